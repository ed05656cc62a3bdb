// Dates and times in words, with Intl in the reader's language: day and month headings ("Today", "Tomorrow",
// "Saturday 7 March"), time ranges in the event's zone ("18:30–20:00"), and all-day ranges ("Sat 7 – Sun 8 March").
import { dateFormat, type DateFormat } from '../shared/locale/dates.js';
import { perLanguage } from '../shared/locale/format.js';
import type { Occurrence } from './occurrences.js';
import { isoDate, wallIn } from '../feed/zoned-time.js';

const formats = new Map<string, DateFormat>();

/** Intl.DateTimeFormat is slow to make and quick to use: one per language, zone and shape. */
function formatter(lang: string, options: Intl.DateTimeFormatOptions): DateFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    // Gregorian, with our day and month names where the browser has none for the language (Welsh in Chrome).
    f = dateFormat(lang, options);
    formats.set(key, f);
  }
  return f;
}

/** Noon UTC on a calendar date: formatting it in UTC shows that date whatever the reader's zone. */
const noonOf = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), 12);

/** Today's date (YYYY-MM-DD) in a time zone. */
export const todayIn = (now: number, timeZone: string): string => isoDate(wallIn(now, timeZone));

/** The date after `date`. */
export const nextDate = (date: string): string => new Date(noonOf(date) + 86_400_000).toISOString().slice(0, 10);

export interface HeadingWords {
  today: string;
  tomorrow: string;
}

/** A day heading: "Today", "Tomorrow", or the date in full (with the year when it is not this year's). */
export function dayHeading(date: string, today: string, lang: string, words: HeadingWords): string {
  if (date === today) return words.today;
  if (date === nextDate(today)) return words.tomorrow;
  return formatter(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: date.slice(0, 4) === today.slice(0, 4) ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(noonOf(date));
}

/** A month heading, "March 2026". */
export const monthHeading = (month: string, lang: string): string =>
  formatter(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noonOf(`${month}-01`));

/** A short date, "Sat 7 Mar", for list rows that sit under month headings. */
export const shortDate = (date: string, lang: string): string =>
  formatter(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(noonOf(date));

/** "Sat 7 – Sun 8 March": Intl's range, with the month said once when both days share it (ICU repeats it when
 * weekdays are shown). Only done where the day comes before the month, where dropping the first one reads
 * naturally. */
export function dateRange(first: string, last: string, lang: string): string {
  const parts = formatter(lang, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).formatRangeToParts(
    noonOf(first),
    noonOf(last),
  );
  const start = parts.filter((p) => p.source === 'startRange');
  const month = start.findIndex((p) => p.type === 'month');
  const day = start.findIndex((p) => p.type === 'day');
  if (first.slice(0, 7) === last.slice(0, 7) && month > day && day >= 0) {
    const drop = new Set([start[month], start[month - 1]?.type === 'literal' ? start[month - 1] : undefined]);
    return parts.filter((p) => !drop.has(p)).map((p) => p.value).join('');
  }
  return parts.map((p) => p.value).join('');
}

let readerFormat: Intl.DateTimeFormat | undefined;

/** The reader's own time zone (the browser's), asked of Intl once per page: each new formatter costs about as much
 * as drawing an event. */
export const readerZone = (): string => (readerFormat ??= new Intl.DateTimeFormat()).resolvedOptions().timeZone;

/**
 * When an occurrence happens, in words: "18:30–20:00" on its day, "Fri 6 Mar, 18:00 – Sun 8 Mar, 14:00" across
 * days, `allDay` for a whole day and "Sat 7 – Sun 8 March" for several. Times are in the event's zone; its name is
 * added when the reader's clock is in another zone, so nobody turns up an hour early.
 */
export function timeText(o: Occurrence, lang: string, allDay: string, readerTimeZone = readerZone()): string {
  const timeZone = o.event.timezone;
  if (o.allDay) {
    if (o.lastDate === o.date) return allDay;
    return dateRange(o.date, o.lastDate, lang);
  }
  const zoneName = timeZone !== readerTimeZone ? ('short' as const) : undefined;
  const sameDay = o.lastDate === o.date;
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: zoneName }
    : { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: zoneName };
  const f = formatter(lang, options);
  return o.end === undefined || o.end === o.start ? f.format(o.start) : f.formatRange(o.start, o.end);
}

/** A machine-readable start for <time datetime>: the date, or the instant in UTC. */
export const machineTime = (o: Occurrence): string => (o.allDay ? o.date : new Date(o.start).toISOString());

const languageNames = new Map<string, Intl.DisplayNames | null>();
const listFormats = new Map<string, Intl.ListFormat | null>();

/** Language codes from the feed ("ar", "fa", "uk") as names in the reader's language ("Arabic", "Persian",
 * "Ukrainian"); anything that is not a code (a feed may say "English") is kept as written. */
export function languageName(code: string, lang: string): string {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code)) return code;
  const names = perLanguage(languageNames, lang, () => new Intl.DisplayNames([lang, 'en'], { type: 'language', fallback: 'none' }));
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "English, Arabic and Persian" in the reader's language. */
export function listText(items: string[], lang: string): string {
  const list = perLanguage(listFormats, lang, () => new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }));
  return list ? list.format(items) : items.join(', ');
}
