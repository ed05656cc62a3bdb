// Every UI string, by language. English is built in (the shared strings in ./en.ts, each widget's own in its folder)
// and is the fallback for any missing string; every other language is its own small chunk, loaded the first time an
// element on the page needs it, so a page pays only for the languages its readers use.
import { primary } from '../../feed/localize.js';
import { loadDateNames } from './dates.js';
import { sharedStrings } from './en.js';
import { formatMessage, type Catalogue, type Message, type Vars } from './format.js';
import type { KnownKey, MessageKey, Messages, SharedKey } from './keys.js';

export type { Catalogue, KnownKey, Message, MessageKey, Messages, SharedKey, Vars };

/** The languages that ship, by primary subtag. Adding one is one line here and one file beside this one. */
const LOADERS: Record<string, () => Promise<Messages>> = {
  ar: () => import('./ar.js').then((m) => m.ar),
  cy: () => import('./cy.js').then((m) => m.cy),
  fa: () => import('./fa.js').then((m) => m.fa),
  fr: () => import('./fr.js').then((m) => m.fr),
  uk: () => import('./uk.js').then((m) => m.uk),
};

/** The languages that ship, English first (a function, so a widget's bundle does not carry the list). */
export const shippedLanguages = (): string[] => ['en', ...Object.keys(LOADERS)];

const loaded = new Map<string, Messages>();
const pending = new Map<string, Promise<void>>();

/** Languages written right to left (by primary subtag). */
const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ckb', 'yi', 'dv', 'sd', 'ug']);

export const isRtl = (lang: string): boolean => RTL.has(primary(lang));

/** True when `lang`'s strings can be used now: English, a loaded language, or one we do not ship (which reads in
 * English). */
export const isCatalogueReady = (lang: string): boolean => loaded.has(primary(lang)) || !(primary(lang) in LOADERS);

/** Loads the strings for `lang` if we ship them, with our day and month names where the browser has none for it;
 * resolves at once when there is nothing to load. */
export function loadCatalogue(lang: string): Promise<void> {
  const code = primary(lang);
  if (isCatalogueReady(code)) return Promise.resolve();
  let load = pending.get(code);
  if (!load) {
    load = Promise.all([
      // A chunk that fails to load (offline, blocked) leaves the widget in English rather than broken.
      LOADERS[code]().catch(() => ({})),
      // Where the browser has no date words for the language (Chrome: Welsh), our day and month names come with it.
      loadDateNames(code),
    ]).then(([messages]) => void loaded.set(code, messages));
    pending.set(code, load);
  }
  return load;
}

/** Where a string may come from besides the language's catalogue. */
export interface Sources<Strings extends Catalogue> {
  /** The widget's English strings, for its own keys where the language is not loaded or lacks the string. */
  english?: Strings;
  /** The page owner's wording, which wins over ours. */
  overrides?: Messages;
}

/** The text for `key` in `lang`: the page owner's if given, else the language's, else English (the widget's own
 * strings, or the shared ones). */
export function translate<Strings extends Catalogue = Record<never, Message>>(
  lang: string,
  key: KnownKey<NoInfer<Strings>>,
  vars?: Vars,
  { english, overrides }: Sources<Strings> = {},
): string {
  const find = (from: Partial<Catalogue> | undefined) => from?.[key];
  const message = find(overrides) ?? find(loaded.get(primary(lang))) ?? find(english) ?? sharedStrings[key as SharedKey];
  return formatMessage(lang, message, vars);
}
