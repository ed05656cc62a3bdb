// Wall-clock time in an IANA time zone ⇄ instants, from the offsets Intl.DateTimeFormat reports, so "18:30 in
// Europe/London" is right on both sides of the BST/GMT changes without shipping a time zone database. The event
// list reads and writes feed times with it, and so does the calendar reader (./ics/).

/** A calendar date and time of day as a clock on the wall shows it. Months are 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A feed date or date-time read in its event's time zone. */
export interface FeedTime {
  /** The instant, in ms since the epoch; for a date, midnight at the start of that day in the zone. */
  instant: number;
  /** The wall time in the zone (for a date, midnight). */
  wall: WallTime;
  /** True when the feed gave a date without a time (an all-day event). */
  allDay: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, WeekOffsets>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-GB, the locale the widgets already format in: every other locale costs Intl a cold start of its own.
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall time at `instant` in `timeZone`. */
export function wallAt(instant: number, timeZone: string): WallTime {
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

/** The offset read straight from Intl (one formatToParts call, the slow part). */
function offsetFromIntl(instant: number, timeZone: string): number {
  const t = Math.floor(instant / 1000) * 1000;
  const w = wallAt(t, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - t;
}

/** What is known about a zone's offset during one week: constant, or one change at `at` (to the minute). */
type WeekOffsets = number | { at: number; before: number; after: number };
const WEEK = 7 * DAY;

/** Milliseconds to add to UTC to get wall time in `timeZone` at `instant` (3,600,000 in BST). Cached per week: a
 * week whose two ends agree keeps one offset throughout (no zone changes twice within a week), and a week with a
 * change has it found to the minute once. A 10,000-event feed then costs about two Intl calls per week it spans
 * instead of one per event. */
export function offsetAt(instant: number, timeZone: string): number {
  let cache = offsets.get(timeZone);
  if (!cache) offsets.set(timeZone, (cache = new Map()));
  const week = Math.floor(instant / WEEK);
  let known = cache.get(week) as WeekOffsets | undefined;
  if (known === undefined) {
    const start = week * WEEK;
    const before = offsetFromIntl(start, timeZone);
    const after = offsetFromIntl(start + WEEK, timeZone);
    if (before === after) known = before;
    else {
      let lo = start;
      let hi = start + WEEK;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offsetFromIntl(mid, timeZone) === before) lo = mid;
        else hi = mid;
      }
      known = { at: hi, before, after };
    }
    cache.set(week, known);
  }
  return typeof known === 'number' ? known : instant < known.at ? known.before : known.after;
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The instant a wall clock in `timeZone` shows `wall`. A time that does not exist (the hour skipped when clocks
 * go forward) moves on by the gap, and a time that happens twice (clocks going back) is the first of the two —
 * what calendars and Temporal's "compatible" mode do. */
export function instantOf(wall: WallTime, timeZone: string): number {
  const local = asUtc(wall);
  // Usually the offset at the guess is the answer; only near a change is the longer way needed.
  const guess = local - offsetAt(local, timeZone);
  if (offsetAt(guess, timeZone) === local - guess && offsetAt(local - DAY, timeZone) === offsetAt(local + DAY, timeZone)) return guess;
  // The offsets just before and after this wall time cover both sides of any change on that day.
  const before = offsetAt(local - DAY, timeZone);
  const after = offsetAt(local + DAY, timeZone);
  const candidates = [local - before, local - after].filter((t) => offsetAt(t, timeZone) === local - t);
  if (candidates.length) return Math.min(...candidates);
  // In the gap: read it with the offset from before the change, which lands after the gap.
  return local - before;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a feed date or date-time (already checked by the feed parser) in the event's zone. */
export function readFeedTime(value: string, timeZone: string): FeedTime {
  // The two shapes nearly every feed uses, 2026-03-07 and 2026-03-07T18:30, read without a regular expression:
  // a 10,000-event feed reads 20,000 of them before its first render.
  if ((value.length === 10 || (value.length === 16 && value.charCodeAt(10) === 84 && value.charCodeAt(13) === 58)) && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const n = (at: number) => (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
    const allDay = value.length === 10;
    const wall = { year: n(0) * 100 + n(2), month: n(5), day: n(8), hour: allDay ? 0 : n(11), minute: allDay ? 0 : n(14), second: 0 };
    if (wall.month >= 1 && wall.month <= 12 && wall.day >= 1 && wall.day <= 31 && wall.hour < 24 && wall.minute < 60) {
      return { instant: instantOf(wall, timeZone), wall, allDay };
    }
  }
  const m = DATE_TIME.exec(value);
  if (!m) throw new RangeError(`Not a feed date or date-time: ${value}`);
  const [, y, mo, d, h, mi, s, zone] = m;
  if (h === undefined) {
    const wall = { year: +y, month: +mo, day: +d, hour: 0, minute: 0, second: 0 };
    return { instant: instantOf(wall, timeZone), wall, allDay: true };
  }
  if (zone === undefined) {
    const wall = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: s ? +s : 0 };
    return { instant: instantOf(wall, timeZone), wall, allDay: false };
  }
  const instant = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
  return { instant, wall: wallFromOffset(instant, timeZone), allDay: false };
}

function wallFromOffset(instant: number, timeZone: string): WallTime {
  const d = new Date(instant + offsetAt(instant, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall time at `instant` in `timeZone`, from the cached offsets (cheap enough to call per event). */
export const wallIn = wallFromOffset;

/** A calendar date as YYYY-MM-DD. */
export const isoDate = (w: Pick<WallTime, 'year' | 'month' | 'day'>): string =>
  `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;

/** Days since 1970-01-01 for a calendar date: date arithmetic without time zones. */
export const dayNumber = (w: Pick<WallTime, 'year' | 'month' | 'day'>): number =>
  Math.floor(Date.UTC(w.year, w.month - 1, w.day) / DAY);

/** The calendar date `n` days after day number 0. */
export function dateOfDay(n: number): Pick<WallTime, 'year' | 'month' | 'day'> {
  const d = new Date(n * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Wall-clock time of an instant in a zone, as a feed writes it: "2027-01-12T18:30" (seconds only when not zero). */
export function wallTime(instant: number, timeZone: string): string {
  const wall = wallIn(instant, timeZone);
  const time = `${isoDate(wall)}T${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`;
  return wall.second === 0 ? time : `${time}:${twoDigits(wall.second)}`;
}
