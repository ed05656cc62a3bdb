// A partner's own wording: replacement strings by message key, either for every language or in sections by
// language (`{ "eventList.empty": "…", "cy": { "eventList.empty": "…" } }`), picked for the reader's language.
// Most pages have none, so the locale controller fetches this module only for an element that has some.
import { primary } from '../../feed/localize.js';
import { sharedStrings } from './en.js';
import type { Catalogue, Message } from './format.js';
import type { MessageKey, Messages } from './keys.js';

/** Overrides as a partner writes them: message keys (which always contain a dot) and language sections. */
export type MessageOverrides = Partial<Record<MessageKey, Message>> & { [lang: string]: Message | Messages | undefined };

const isMessage = (value: unknown): value is Message =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).other === 'string');

/** The strings in `overrides` that apply to `lang`: shared ones, then the language's section, then the exact tag's. */
export function overridesFor(overrides: MessageOverrides | undefined, lang: string): Messages | undefined {
  if (!overrides) return undefined;
  const result: Record<string, Message> = {};
  const take = (from: unknown) => {
    if (typeof from !== 'object' || from === null) return;
    for (const [key, value] of Object.entries(from)) if (key.includes('.') && isMessage(value)) result[key] = value;
  };
  take(overrides);
  const sections = Object.keys(overrides).filter((key) => !key.includes('.'));
  const wanted = lang.toLowerCase();
  // "cy" applies to cy-GB too; "cy-GB" wins over "cy" for that tag.
  take(overrides[sections.find((s) => s.toLowerCase() === primary(lang)) ?? '']);
  if (wanted !== primary(lang)) take(overrides[sections.find((s) => s.toLowerCase() === wanted) ?? '']);
  return result as Messages;
}

type Prefix<Key> = Key extends `${infer P}.${string}` ? P : never;

/** The prefix of every message key, shared or a widget's; the type check keeps the list complete. */
const PREFIXES = {
  feed: true,
  date: true,
  eventList: true,
  resourceFinder: true,
  supporterWall: true,
  awardBadge: true,
} satisfies Record<Prefix<MessageKey>, true>;

const prefixOf = (key: string) => key.slice(0, key.indexOf('.'));

/** True for a key among the shared strings or `english` (a widget's own). Another widget's key is let through: its
 * strings are not loaded with this widget, so it cannot be checked here (and it changes nothing here either). The
 * day and month names (`date.…`) are not wording: they stand in only where the browser has no dates in a language,
 * and come from that language's own file, so a page owner's `date.…` entry would change nothing and is reported. */
function isKnownKey(key: string, english: Catalogue): boolean {
  const own = { ...sharedStrings, ...english };
  if (key in own) return true;
  const prefix = prefixOf(key);
  if (prefix === 'date') return false;
  return Object.hasOwn(PREFIXES, prefix) && !Object.keys(own).some((known) => prefixOf(known) === prefix);
}

/** Keys in `overrides` that are no message (a typo, or a string from another version), to warn the page owner;
 * `english` is the widget's own English strings. */
export function unknownKeys(overrides: MessageOverrides, english: Catalogue): string[] {
  const unknown: string[] = [];
  const check = (from: object, prefix: string) => {
    for (const [key, value] of Object.entries(from)) {
      if (key.includes('.')) {
        if (!isKnownKey(key, english) || !isMessage(value)) unknown.push(prefix + key);
      } else if (!prefix && typeof value === 'object' && value !== null) {
        check(value, `${key}: `);
      } else {
        unknown.push(prefix + key);
      }
    }
  };
  check(overrides, '');
  return unknown;
}

/** Reads a `<script type="application/json" data-messages>` child's text, for a widget with the given English
 * strings; a mistake is reported, never thrown. */
export function parseOverrides(text: string, english: Catalogue): { overrides?: MessageOverrides; problem?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `the data-messages script is not valid JSON (${(error as Error).message}); the built-in wording is used.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'the data-messages script must hold a JSON object of message keys and texts; the built-in wording is used.' };
  }
  const overrides = value as MessageOverrides;
  const unknown = unknownKeys(overrides, english);
  return {
    overrides,
    problem: unknown.length
      ? `data-messages has entries that are no message and are ignored: ${unknown.join(', ')}. The keys are listed in docs/languages.md.`
      : undefined,
  };
}

/** One element's page-owner wording: what its data-messages child declares, and what its `messages` property
 * assigns over that, merged for the reader's language. */
export class OwnerWording {
  private declared?: { text: string; overrides?: MessageOverrides };
  private merged?: { lang: string; declared?: MessageOverrides; assigned?: MessageOverrides; messages?: Messages };

  /** `element` names the element in warnings; `english` is its own English strings, to check keys against. */
  constructor(
    private readonly element: string,
    private readonly english: Catalogue,
  ) {}

  /** Takes the data-messages child's text (parsed again only when it changed), and warns the page owner once about
   * a mistake in it. */
  read(text: string): void {
    if (text === (this.declared?.text ?? '')) return;
    const { overrides, problem } = text.trim() ? parseOverrides(text, this.english) : {};
    if (problem) console.warn(`sanctuary-widgets <${this.element}>: ${problem}`);
    this.declared = { text, overrides };
  }

  /** The owner's strings for `lang`: the declared ones, with `assigned` (the `messages` property) over them. */
  messagesFor(lang: string, assigned: MessageOverrides | undefined): Messages | undefined {
    const declared = this.declared?.overrides;
    const m = this.merged;
    if (m && m.lang === lang && m.declared === declared && m.assigned === assigned) return m.messages;
    const messages = declared || assigned ? { ...overridesFor(declared, lang), ...overridesFor(assigned, lang) } : undefined;
    this.merged = { lang, declared, assigned, messages };
    return messages;
  }
}
