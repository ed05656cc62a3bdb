// Every UI string, by language. English is built in (it is the fallback for any missing string); every other
// language is its own small chunk, loaded the first time an element on the page needs it, so a page pays only for
// the languages its readers use.
import { en, type MessageKey } from './en.js';
import { formatMessage, type Message, type Messages, type Vars } from './format.js';

export type { Message, MessageKey, Messages, Vars };

/** The languages that ship, by primary subtag. Adding one is one line here and one file beside this one. */
const LOADERS: Record<string, () => Promise<Messages>> = {
  ar: () => import('./ar.js').then((m) => m.ar),
  cy: () => import('./cy.js').then((m) => m.cy),
  fa: () => import('./fa.js').then((m) => m.fa),
  fr: () => import('./fr.js').then((m) => m.fr),
  uk: () => import('./uk.js').then((m) => m.uk),
};

export const SHIPPED_LANGUAGES = ['en', ...Object.keys(LOADERS)];

const loaded = new Map<string, Messages>([['en', en]]);
const pending = new Map<string, Promise<void>>();

/** Languages written right to left (by primary subtag). */
const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ckb', 'yi', 'dv', 'sd', 'ug']);

const primary = (lang: string) => lang.toLowerCase().split('-')[0];

export const isRtl = (lang: string): boolean => RTL.has(primary(lang));

/** True when `lang`'s strings can be used now: English, a loaded language, or one we do not ship (which reads in
 * English). */
export const isCatalogueReady = (lang: string): boolean => loaded.has(primary(lang)) || !(primary(lang) in LOADERS);

/** Loads the strings for `lang` if we ship them; resolves at once when there is nothing to load. */
export function loadCatalogue(lang: string): Promise<void> {
  const code = primary(lang);
  if (isCatalogueReady(code)) return Promise.resolve();
  let load = pending.get(code);
  if (!load) {
    load = LOADERS[code]().then(
      (messages) => void loaded.set(code, messages),
      // A chunk that fails to load (offline, blocked) leaves the widget in English rather than broken.
      () => void loaded.set(code, {}),
    );
    pending.set(code, load);
  }
  return load;
}

/** The text for `key` in `lang`, with `overrides` (from the page owner) taking precedence; English where the
 * language is not loaded or lacks the string. */
export function translate(lang: string, key: MessageKey, vars?: Vars, overrides?: Messages): string {
  const message: Message = overrides?.[key] ?? loaded.get(primary(lang))?.[key] ?? en[key];
  return formatMessage(lang, message, vars);
}
