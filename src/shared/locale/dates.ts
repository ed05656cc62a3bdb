// Date formatting that still speaks the reader's language where the browser has no date words for it: Chrome's
// Intl has none for Welsh (nor Tigrinya, Pashto…), and would write "Saturday, December 5, 10:00 AM" on a Welsh page.
// Then the dates are laid out the British way and the day and month names come from our catalogue.
import { dateLocale } from './format.js';
import { translate, type MessageKey } from './index.js';

/** What the widgets use of Intl.DateTimeFormat. */
export type DateFormat = Pick<Intl.DateTimeFormat, 'format' | 'formatToParts' | 'formatRange' | 'formatRangeToParts'>;

const NAME_KEYS = {
  weekday: { long: 'date.weekdays', short: 'date.weekdaysShort', narrow: 'date.weekdaysShort' },
  month: { long: 'date.months', short: 'date.monthsShort', narrow: 'date.monthsShort' },
} as const satisfies Record<string, Record<string, MessageKey>>;

/** True when the browser formats dates in `lang` itself rather than falling back to its default language. */
export function hasDateWords(lang: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false;
  }
}

/** British English names (as the browser writes them) → the catalogue's names for `lang`, for one shape. */
function nameMap(lang: string, field: 'weekday' | 'month', width: 'long' | 'short' | 'narrow'): Map<string, string> {
  const english = new Intl.DateTimeFormat('en-GB', { [field]: width, timeZone: 'UTC' });
  const names = translate(lang, NAME_KEYS[field][width]).split('|');
  const map = new Map<string, string>();
  // 2023-01-01 was a Sunday: days 1–7 of January give Sunday…Saturday; the 15th of each month gives the months.
  const count = field === 'weekday' ? 7 : 12;
  for (let i = 0; i < count; i++) {
    const date = field === 'weekday' ? Date.UTC(2023, 0, 1 + i, 12) : Date.UTC(2023, i, 15, 12);
    const name = names[i]?.trim();
    if (name) map.set(english.format(date), name);
  }
  return map;
}

/** An Intl.DateTimeFormat for `lang` on the Gregorian calendar, with the catalogue's day and month names when the
 * browser has none for the language. */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): DateFormat {
  let native: Intl.DateTimeFormat;
  try {
    native = new Intl.DateTimeFormat(dateLocale(lang), options);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options); // a malformed lang attribute on the page
  }
  if (hasDateWords(lang)) return native;
  const british = new Intl.DateTimeFormat('en-GB', options);
  const maps: Partial<Record<'weekday' | 'month', Map<string, string>>> = {};
  if (options.weekday) maps.weekday = nameMap(lang, 'weekday', options.weekday);
  if (options.month && !/^(numeric|2-digit)$/.test(options.month)) maps.month = nameMap(lang, 'month', options.month as 'long' | 'short' | 'narrow');
  if (options.dateStyle) {
    maps.weekday = nameMap(lang, 'weekday', 'long');
    maps.month = nameMap(lang, 'month', options.dateStyle === 'medium' || options.dateStyle === 'short' ? 'short' : 'long');
  }
  const rename = <P extends Intl.DateTimeFormatPart>(parts: P[]): P[] =>
    parts.map((part) => {
      const map = part.type === 'weekday' || part.type === 'month' ? maps[part.type] : undefined;
      const value = map?.get(part.value);
      return value ? { ...part, value } : part;
    });
  const join = (parts: { value: string }[]) => parts.map((p) => p.value).join('');
  return {
    format: (date?: Date | number) => join(rename(british.formatToParts(date))),
    formatToParts: (date?: Date | number) => rename(british.formatToParts(date)),
    formatRange: (start: Date | number | bigint, end: Date | number | bigint) =>
      join(rename(british.formatRangeToParts(start as Date, end as Date))),
    formatRangeToParts: (start: Date | number | bigint, end: Date | number | bigint) =>
      rename(british.formatRangeToParts(start as Date, end as Date)),
  } as DateFormat;
}
