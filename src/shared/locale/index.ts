// Every UI string, by language; the locale controller picks the catalogue for an element's language.
import { ar } from './ar.js';
import { en, type MessageKey } from './en.js';
import { formatMessage, type Message, type Messages, type Vars } from './format.js';

export type { Message, MessageKey, Messages, Vars };

const catalogues: Record<string, Messages> = { en, ar };

/** Languages written right to left (by primary subtag). */
const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ckb', 'yi', 'dv', 'sd', 'ug']);

export const isRtl = (lang: string): boolean => RTL.has(lang.toLowerCase().split('-')[0]);

/** The catalogue chain for a language tag: `ar-EG` reads ar, then English. */
function chain(lang: string): Messages[] {
  const primary = lang.toLowerCase().split('-')[0];
  return [catalogues[lang.toLowerCase()], catalogues[primary], en].filter((c): c is Messages => c !== undefined);
}

/** The text for `key` in `lang`, with `overrides` (from the page owner) taking precedence. */
export function translate(lang: string, key: MessageKey, vars?: Vars, overrides?: Messages): string {
  const message: Message =
    overrides?.[key] ?? chain(lang).map((c) => c[key]).find((m) => m !== undefined) ?? en[key];
  return formatMessage(lang, message, vars);
}

/** True when a catalogue for this language (or its primary subtag) ships with the library. */
export const hasCatalogue = (lang: string): boolean => chain(lang).length > 1 || lang.toLowerCase().startsWith('en');
