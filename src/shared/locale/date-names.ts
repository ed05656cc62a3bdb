// Day and month names for a language the browser's Intl has no date words for: Chrome has none for Welsh, and would
// write "Saturday, December 5, 10:00 AM" on a Welsh page. The date is laid out the British way and the names come
// from the language's catalogue. Only pages in such a language need this, so it is fetched with that language's
// catalogue (loadDateNames in ./dates.ts), never on an English, French or Arabic page.
import type { DateFormat } from './dates.js';
import type { Catalogue } from './format.js';
import { translate } from './index.js';

/** The English names, Sunday first: what every catalogue translates (`date.weekdays` …). */
export const dateNameStrings = {
  'date.weekdays': 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday',
  'date.weekdaysShort': 'Sun|Mon|Tue|Wed|Thu|Fri|Sat',
  'date.months': 'January|February|March|April|May|June|July|August|September|October|November|December',
  'date.monthsShort': 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec',
} satisfies Catalogue;

type Width = 'long' | 'short' | 'narrow';

const NAME_KEYS = {
  weekday: { long: 'date.weekdays', short: 'date.weekdaysShort', narrow: 'date.weekdaysShort' },
  month: { long: 'date.months', short: 'date.monthsShort', narrow: 'date.monthsShort' },
} as const satisfies Record<string, Record<Width, keyof typeof dateNameStrings>>;

/** British English names (as the browser writes them) → the catalogue's names for `lang`, for one shape. */
function nameMap(lang: string, field: 'weekday' | 'month', width: Width): Map<string, string> {
  const english = new Intl.DateTimeFormat('en-GB', { [field]: width, timeZone: 'UTC' });
  const names = translate(lang, NAME_KEYS[field][width], undefined, { english: dateNameStrings }).split('|');
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

/** A British-style date format for `lang` with the catalogue's day and month names; `lang`'s catalogue must be
 * loaded (dateFormat in ./dates.ts uses this once it is). */
export function namedDateFormat(lang: string, options: Intl.DateTimeFormatOptions): DateFormat {
  const british = new Intl.DateTimeFormat('en-GB', options);
  const maps: Partial<Record<'weekday' | 'month', Map<string, string>>> = {};
  if (options.weekday) maps.weekday = nameMap(lang, 'weekday', options.weekday);
  if (options.month && !/^(numeric|2-digit)$/.test(options.month)) maps.month = nameMap(lang, 'month', options.month as Width);
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
