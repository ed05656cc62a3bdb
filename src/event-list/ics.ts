// Writes an iCalendar file (RFC 5545) for one event, made in the browser: CRLF lines folded at 75 octets, text
// escaped, all-day dates as VALUE=DATE, a repeating event with its RRULE and EXDATEs in its own time zone (with a
// VTIMEZONE built from the browser's Intl data), a single timed event in UTC.
import type { SanctuaryEvent } from '../feed/index.js';
import { attendanceOf, onlineUrl, pageUrl, placeText } from './event-facts.js';
import { DAY, dayNumber, dateOfDay, instantOf, offsetAt, readFeedTime, wallIn, type WallTime } from '../feed/zoned-time.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateValue = (w: Pick<WallTime, 'year' | 'month' | 'day'>) => `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
const localValue = (w: WallTime) => `${dateValue(w)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
export const utcValue = (instant: number): string => {
  const d = new Date(instant);
  return `${dateValue({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() })}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
};

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line so no physical line is longer than 75 octets of UTF-8, never splitting a character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // a continuation line starts with one space, which counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The rule part of RRULE for the contract's recurrence. */
export function rruleOf(event: SanctuaryEvent): string | undefined {
  const rule = event.recurrence;
  if (!rule) return undefined;
  const parts = [`FREQ=${rule.frequency.toUpperCase()}`];
  if (rule.interval && rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay?.length) {
    const days = rule.frequency === 'weekly' ? rule.byDay.map((d) => d.slice(-2)) : rule.byDay;
    parts.push(`BYDAY=${[...new Set(days)].join(',')}`);
  }
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until) {
    const start = readFeedTime(event.start, event.timezone);
    const until = readFeedTime(rule.until, event.timezone);
    if (start.allDay) parts.push(`UNTIL=${dateValue(until.wall)}`);
    // With a zoned DTSTART, UNTIL must be UTC; a date means the whole of that day.
    else parts.push(`UNTIL=${utcValue(until.allDay ? instantOf({ ...dateOfDay(dayNumber(until.wall) + 1), hour: 0, minute: 0, second: 0 }, event.timezone) - 1000 : until.instant)}`);
  }
  return parts.join(';');
}

const offsetValue = (ms: number) => {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(ms) / 60_000;
  return `${sign}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
};

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** Offset changes of `tz` between two instants: weekly samples, then a binary search to the minute. */
function transitions(tz: string, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  const WEEK = 7 * DAY;
  let previous = offsetAt(from, tz);
  for (let t = from + WEEK; t <= to + WEEK; t += WEEK) {
    const offset = offsetAt(t, tz);
    if (offset === previous) continue;
    let lo = t - WEEK;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, tz) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

/** A VTIMEZONE for `tz` covering `fromYear`–`toYear`, one observance per change (valid for any zone, no rules to
 * guess), and one for the offset in force at the start. */
export function vtimezone(tz: string, fromYear: number, toYear: number): string[] {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const changes = transitions(tz, from, to);
  const initial = offsetAt(from, tz);
  const lowest = Math.min(initial, ...changes.map((c) => c.to));
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', start: WallTime, offsetFrom: number, offsetTo: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${localValue(start)}`,
    `TZOFFSETFROM:${offsetValue(offsetFrom)}`,
    `TZOFFSETTO:${offsetValue(offsetTo)}`,
    `END:${kind}`,
  ];
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`];
  lines.push(...observance(initial > lowest ? 'DAYLIGHT' : 'STANDARD', wallIn(from, tz), initial, initial));
  for (const c of changes) {
    const onset = new Date(c.at + c.from); // the local time of the change, read on the clock before it
    lines.push(
      ...observance(
        c.to > lowest ? 'DAYLIGHT' : 'STANDARD',
        { year: onset.getUTCFullYear(), month: onset.getUTCMonth() + 1, day: onset.getUTCDate(), hour: onset.getUTCHours(), minute: onset.getUTCMinutes(), second: 0 },
        c.from,
        c.to,
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** How many years of time zone changes a repeating event's file carries: to its last date, or ten years on. */
function lastYearOf(event: SanctuaryEvent, startYear: number): number {
  const rule = event.recurrence!;
  if (rule.until) return Number(rule.until.slice(0, 4));
  if (rule.count !== undefined) {
    const periods = Math.ceil(rule.count * (rule.interval ?? 1) / (rule.frequency === 'weekly' ? 52 : 12));
    return startYear + Math.min(periods + 1, 30);
  }
  return startYear + 10;
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made (ms). */
  now: number;
  /** The domain in UIDs, so the same event saved twice is recognised as the same (default sanctuary-widgets). */
  uidDomain?: string;
}

/** One VCALENDAR with one VEVENT (a repeating event as a series), as text with CRLF line ends. */
export function eventToIcs(event: SanctuaryEvent, options: IcsOptions): string {
  const tz = event.timezone;
  const start = readFeedTime(event.start, tz);
  const end = event.end ? readFeedTime(event.end, tz) : undefined;
  const rrule = rruleOf(event);
  const zoned = rrule !== undefined && !start.allDay;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//City of Sanctuary//sanctuary-widgets event list//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (zoned) lines.push(...vtimezone(tz, start.wall.year, lastYearOf(event, start.wall.year)));

  const when = (t: { instant: number; wall: WallTime }) => (zoned ? `;TZID=${tz}:${localValue(t.wall)}` : `:${utcValue(t.instant)}`);
  lines.push('BEGIN:VEVENT', `UID:${escapeText(`${event.id}@${options.uidDomain ?? 'sanctuary-widgets'}`)}`, `DTSTAMP:${utcValue(options.now)}`);
  if (start.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(start.wall)}`);
    // DTEND of an all-day event is the day after the last one.
    const lastDay = end ? dayNumber(end.wall) : dayNumber(start.wall);
    lines.push(`DTEND;VALUE=DATE:${dateValue(dateOfDay(lastDay + 1))}`);
  } else {
    lines.push(`DTSTART${when(start)}`);
    if (end) lines.push(`DTEND${when(end.allDay ? { ...end, instant: end.instant + DAY } : end)}`);
  }
  if (rrule) {
    lines.push(`RRULE:${rrule}`);
    for (const date of event.recurrence?.cancelledDates ?? []) {
      const [year, month, day] = date.split('-').map(Number);
      lines.push(start.allDay ? `EXDATE;VALUE=DATE:${dateValue({ year, month, day })}` : `EXDATE;TZID=${tz}:${localValue({ ...start.wall, year, month, day })}`);
    }
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  const page = pageUrl(event);
  const online = onlineUrl(event);
  const description = [event.description?.trim(), online && `Join online: ${online}`, page && `More: ${page}`].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const place = attendanceOf(event) === 'online' ? online ?? 'Online' : placeText(event);
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  if (page) lines.push(`URL:${page}`);
  if (event.category) lines.push(`CATEGORIES:${escapeText(event.category)}`);
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for the download: the title in plain letters, digits and dashes. */
export function icsFileName(event: SanctuaryEvent): string {
  const slug = event.title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 60);
  return `${slug || 'event'}.ics`;
}
