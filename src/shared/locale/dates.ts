// Dates in the reader's language, by the browser's Intl, on the Gregorian calendar the feed is written in. Where the
// browser has no date words for a language we ship (Chrome: Welsh), the day and month names come from our catalogue
// through ./date-names.ts, which is fetched with that language's catalogue: the widget is not ready before both are
// here, so dateFormat stays synchronous and pages in other languages never download the names.
import { primary } from '../../feed/localize.js';
import type { namedDateFormat } from './date-names.js';
import { dateLocale } from './format.js';

/** What the widgets use of Intl.DateTimeFormat. */
export type DateFormat = Pick<Intl.DateTimeFormat, 'format' | 'formatToParts' | 'formatRange' | 'formatRangeToParts'>;

/** True when the browser formats dates in `lang` itself rather than falling back to its default language. */
export function hasDateWords(lang: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false;
  }
}

let named: typeof namedDateFormat | undefined;
/** The languages (primary subtags) whose names have been fetched with their catalogue. */
const withNames = new Set<string>();

/** Fetches the day and month names for `code`, a language we ship, when the browser has none. Never fails: names
 * that cannot be fetched leave the dates in British English. */
export async function loadDateNames(code: string): Promise<void> {
  if (hasDateWords(code)) return;
  try {
    named ??= (await import('./date-names.js')).namedDateFormat;
    withNames.add(code);
  } catch {
    // Offline or blocked: dateFormat keeps the browser's British English.
  }
}

/** An Intl.DateTimeFormat for `lang` on the Gregorian calendar, with the catalogue's day and month names when the
 * browser has none for the language. A language we do not ship is dated the British way, not the American. */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): DateFormat {
  let native: Intl.DateTimeFormat;
  try {
    native = new Intl.DateTimeFormat(dateLocale(lang), options);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options); // a malformed lang attribute on the page
  }
  if (hasDateWords(lang)) return native;
  const code = primary(lang);
  return named && withNames.has(code) ? named(lang, options) : new Intl.DateTimeFormat('en-GB', options);
}
