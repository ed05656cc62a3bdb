// Turns feed events into dated occurrences: one for a single event, and for a repeating one each date its rule
// (the contract's weekly/monthly subset) gives inside a window. Every loop is bounded, so no rule can run forever,
// and each occurrence keeps the series' wall-clock time across the BST/GMT changes.
import type { SanctuaryEvent } from '../feed/index.js';
import { DAY, dateOfDay, dayNumber, instantOf, isoDate, readFeedTime, wallIn, type FeedTime } from '../feed/zoned-time.js';

export interface Occurrence {
  event: SanctuaryEvent;
  /** Unique in a list: the event id and the local start date. */
  key: string;
  /** Start instant (ms); for an all-day event, midnight in the event's zone. */
  start: number;
  /** End instant (ms), exclusive for all-day events (midnight after the last day); undefined when the feed gave
   * no end to a timed event. */
  end?: number;
  /** Local start date in the event's zone, YYYY-MM-DD. */
  date: string;
  /** Local date of the last day (inclusive), YYYY-MM-DD. */
  lastDate: string;
  allDay: boolean;
  /** The whole event is cancelled, or this date of a series is. */
  cancelled: boolean;
  /** Part of a repeating series. */
  recurring: boolean;
}

export interface TimeWindow {
  /** Occurrences that end after this instant… */
  from: number;
  /** …and start before this one are kept. */
  to: number;
}

/** Most occurrences one series yields in one window: a daily-ish rule over years cannot swamp the list. */
export const MAX_PER_SERIES = 1000;
/** Most periods (weeks or months) a rule is stepped through, whatever its count or until says. */
const MAX_PERIODS = 5000;

const WEEKDAY_INDEX: Record<string, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
/** Monday = 0. 1970-01-01 (day 0) was a Thursday. */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** When an occurrence is over: its end, or for a timed event without one, its start. */
export const endsAt = (o: Occurrence): number => o.end ?? o.start;

interface Series {
  event: SanctuaryEvent;
  start: FeedTime;
  startDay: number;
  /** Whole days from the first day to the last (all-day events). */
  spanDays: number;
  /** Length of a timed event in ms, when it has an end. */
  duration?: number;
  cancelledDates: Set<string>;
}

function seriesOf(event: SanctuaryEvent): Series {
  const tz = event.timezone;
  const start = readFeedTime(event.start, tz);
  const end = event.end ? readFeedTime(event.end, tz) : undefined;
  const startDay = dayNumber(start.wall);
  return {
    event,
    start,
    startDay,
    spanDays: end ? Math.max(0, dayNumber(end.wall) - startDay) : 0,
    duration: end && !start.allDay ? end.instant - start.instant : undefined,
    cancelledDates: new Set(event.recurrence?.cancelledDates),
  };
}

/** A one-off event: read once, no date arithmetic (the common case, and the one a 10,000-event feed is made of). */
function singleOccurrence(event: SanctuaryEvent): Occurrence {
  const tz = event.timezone;
  const start = readFeedTime(event.start, tz);
  const end = event.end ? readFeedTime(event.end, tz) : undefined;
  const date = isoDate(start.wall);
  let lastDate = date;
  let endInstant = end?.instant;
  if (start.allDay) {
    const lastDay = end ? dayNumber(end.wall) : dayNumber(start.wall);
    lastDate = end ? isoDate(end.wall) : date;
    endInstant = instantOf({ ...dateOfDay(lastDay + 1), hour: 0, minute: 0, second: 0 }, tz);
  } else if (end && end.instant > start.instant) {
    const w = end.wall;
    // An end at midnight belongs to the day before.
    const endsAtMidnight = w.hour === 0 && w.minute === 0 && w.second === 0;
    lastDate = endsAtMidnight ? isoDate(dateOfDay(dayNumber(w) - 1)) : isoDate(w);
    if (lastDate < date) lastDate = date;
  }
  return {
    event,
    key: `${event.id}@${date}`,
    start: start.instant,
    end: endInstant,
    date,
    lastDate,
    allDay: start.allDay,
    cancelled: event.status === 'cancelled',
    recurring: false,
  };
}

function occurrenceOn(series: Series, day: number): Occurrence {
  const { event, start } = series;
  const tz = event.timezone;
  const date = dateOfDay(day);
  const dateText = isoDate(date);
  let startInstant: number;
  let endInstant: number | undefined;
  let lastDay = day + series.spanDays;
  if (start.allDay) {
    startInstant = instantOf({ ...date, hour: 0, minute: 0, second: 0 }, tz);
    endInstant = instantOf({ ...dateOfDay(lastDay + 1), hour: 0, minute: 0, second: 0 }, tz);
  } else {
    startInstant = instantOf({ ...start.wall, ...date }, tz);
    endInstant = series.duration === undefined ? undefined : startInstant + series.duration;
    if (endInstant !== undefined) lastDay = dayNumber(wallIn(Math.max(startInstant, endInstant - 1), tz));
  }
  return {
    event,
    key: `${event.id}@${dateText}`,
    start: startInstant,
    end: endInstant,
    date: dateText,
    lastDate: lastDay === day ? dateText : isoDate(dateOfDay(lastDay)),
    allDay: start.allDay,
    cancelled: event.status === 'cancelled' || series.cancelledDates.has(dateText),
    recurring: true,
  };
}

/** The days (day numbers, ascending) of a monthly period that match the rule. */
function monthDays(year: number, month: number, byDay: string[] | undefined, dayOfMonth: number): number[] {
  const first = dayNumber({ year, month, day: 1 });
  const length = dayNumber({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }) - first;
  if (!byDay?.length) return dayOfMonth <= length ? [first + dayOfMonth - 1] : [];
  const days = new Set<number>();
  for (const spec of byDay) {
    const m = /^(-?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(spec);
    if (!m) continue;
    const weekday = WEEKDAY_INDEX[m[2]];
    const firstMatch = first + ((weekday - weekdayOf(first) + 7) % 7);
    const matches: number[] = [];
    for (let d = firstMatch; d < first + length; d += 7) matches.push(d);
    if (m[1] === undefined) matches.forEach((d) => days.add(d));
    else {
      const n = Number(m[1]);
      const pick = n > 0 ? matches[n - 1] : matches[matches.length + n];
      if (pick !== undefined) days.add(pick);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** Occurrences of one event that overlap `window`. A single event yields itself when it overlaps. */
export function expandEvent(event: SanctuaryEvent, window: TimeWindow): Occurrence[] {
  const rule = event.recurrence;
  const overlaps = (o: Occurrence) => endsAt(o) >= window.from && o.start < window.to;
  if (!rule) {
    const single = singleOccurrence(event);
    return overlaps(single) ? [single] : [];
  }
  const series = seriesOf(event);

  const tz = event.timezone;
  const interval = rule.interval ?? 1;
  const until = rule.until ? readFeedTime(rule.until, tz) : undefined;
  const untilDay = until ? dayNumber(until.wall) : Infinity;
  // Occurrences start at most a few days before the window's first day; step from a little earlier to be safe,
  // and stop a day after its last.
  const lastDay = Math.min(untilDay, dayNumber(wallIn(window.to, tz)) + 1);
  const firstWantedDay = dayNumber(wallIn(window.from, tz)) - series.spanDays - 1;
  const out: Occurrence[] = [];
  let generated = 0;

  const take = (day: number): boolean => {
    if (day < series.startDay) return true;
    if (day > lastDay) return false;
    if (rule.count !== undefined && generated >= rule.count) return false;
    generated++;
    if (day < firstWantedDay) return true;
    const o = occurrenceOn(series, day);
    if (until && !until.allDay && o.start > until.instant) return false;
    if (overlaps(o)) out.push(o);
    return out.length < MAX_PER_SERIES;
  };

  if (rule.frequency === 'weekly') {
    const weekdays = rule.byDay?.length
      ? [...new Set(rule.byDay.map((d) => WEEKDAY_INDEX[d.slice(-2)]))].sort((a, b) => a - b)
      : [weekdayOf(series.startDay)];
    const firstWeek = series.startDay - weekdayOf(series.startDay);
    // Without a count the weeks before the window need not be walked: jump to the first one in it.
    let week = 0;
    if (rule.count === undefined && firstWantedDay > firstWeek) {
      week = Math.floor((firstWantedDay - firstWeek) / 7 / interval) * interval;
    }
    for (let steps = 0; steps < MAX_PERIODS; steps++, week += interval) {
      const base = firstWeek + week * 7;
      if (base > lastDay) break;
      if (!weekdays.every((w) => take(base + w))) break;
    }
  } else {
    const { year, month, day } = series.start.wall;
    const firstMonth = year * 12 + (month - 1);
    let k = 0;
    if (rule.count === undefined) {
      const wanted = dateOfDay(firstWantedDay);
      const wantedMonth = wanted.year * 12 + (wanted.month - 1);
      if (wantedMonth > firstMonth) k = Math.floor((wantedMonth - firstMonth) / interval) * interval;
    }
    for (let steps = 0; steps < MAX_PERIODS; steps++, k += interval) {
      const index = firstMonth + k;
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      if (dayNumber({ year: y, month: m, day: 1 }) > lastDay) break;
      if (!monthDays(y, m, rule.byDay, day).every(take)) break;
    }
  }
  return out;
}

export interface ListOptions {
  /** The current instant (ms). */
  now: number;
  /** Also list occurrences that have ended. */
  showPast?: boolean;
  /** How far ahead repeating events are expanded, in days (default 365). Single events are never cut off. */
  horizonDays?: number;
  /** How far back repeating events are expanded when past ones are shown, in days (default 365). */
  pastDays?: number;
}

export interface OccurrenceList {
  /** Not yet over, soonest first (an event on now is here). */
  upcoming: Occurrence[];
  /** Over, most recent first; empty unless `showPast`. */
  past: Occurrence[];
}

/** All occurrences to show, split into upcoming and past. Cost: one read per single event, and for a repeating one
 * only the dates in the window — never the whole series. */
export function listOccurrences(events: readonly SanctuaryEvent[], options: ListOptions): OccurrenceList {
  const { now, showPast = false, horizonDays = 365, pastDays = 365 } = options;
  const window: TimeWindow = {
    from: showPast ? now - pastDays * DAY : now,
    to: now + horizonDays * DAY,
  };
  const everything: TimeWindow = { from: showPast ? -Infinity : now, to: Infinity };
  const upcoming: Occurrence[] = [];
  const past: Occurrence[] = [];
  for (const event of events) {
    for (const o of expandEvent(event, event.recurrence ? window : everything)) {
      if (endsAt(o) > now || (o.end === undefined && o.start >= now)) upcoming.push(o);
      else if (showPast) past.push(o);
    }
  }
  upcoming.sort((a, b) => a.start - b.start || (a.allDay === b.allDay ? 0 : a.allDay ? -1 : 1));
  past.sort((a, b) => b.start - a.start);
  return { upcoming, past };
}
