// The feed contract's own checks, as plain named functions. The zod schema (./schema.ts) refers to them, and so do
// the validation rules generated from it (./rules/), which is what the widgets run: naming each check is how the
// generator carries it across, so a check written inline in the schema would stop the build.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// A date, or a date and time with seconds and fraction optional and an offset (Z, +01:00) or none (then it is
// local time in the event's timezone, as a spreadsheet or calendar would write it). Captures year, month, day,
// hour and minute.
const DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the text is a real calendar date or date-time (not 2026-02-30). Arithmetic rather than a Date
 * object: a 10,000-event feed checks 20,000 of these before it can show anything. */
export function isRealDate(value: string): boolean {
  const parts = DATE_OR_DATE_TIME.exec(value);
  if (!parts) return false;
  const year = +parts[1];
  const month = +parts[2];
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || +parts[3] < 1 || +parts[3] > DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0)) return false;
  return parts[4] === undefined || (+parts[4] < 24 && +parts[5] < 60);
}

/** A real date written as a date alone (2026-03-07). */
export const isDateOnly = (value: string): boolean => DATE.test(value) && isRealDate(value);

/** A year (2019) or a real date (2019-05-01). */
export const isYearOrDate = (value: string): boolean => /^\d{4}$/.test(value) || isDateOnly(value);

const knownZones = new Map<string, boolean>();

/** True for a time zone name the browser knows (IANA, e.g. Europe/London). Remembered per name: building an
 * Intl.DateTimeFormat costs far more than checking an event, and a feed repeats one or two zones. */
export function isKnownTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(value, known);
  }
  return known;
}

/** Translations need at least one language. */
export const hasSomeLanguage = (translations: object): boolean => Object.keys(translations).length > 0;

/** Orders starts and ends for the end-before-start check. Both share the event's timezone, so local times compare
 * as written; an all-day end counts as the whole of that day. */
function comparableTime(value: string): number {
  if (value.length === 10) return Date.parse(`${value}T23:59:59Z`);
  return Date.parse(OFFSET.test(value) ? value : `${value}Z`);
}

/** An event's end, when it has one, is not before its start. */
export function endsAfterStart({ start, end }: { start: string; end?: string }): boolean {
  if (end === undefined) return true;
  // Two local times written alike (2026-03-07T18:30) compare as text, which is most feeds and far quicker.
  if (start.length === end.length && start.length >= 16 && !OFFSET.test(start) && !OFFSET.test(end)) return end >= start;
  return comparableTime(end) >= comparableTime(start);
}

/** A recurrence stops after a count or on a date, not both. */
export const hasOneStop = (recurrence: { count?: number; until?: string }): boolean =>
  recurrence.count === undefined || recurrence.until === undefined;

/** An award does not expire before it was given. */
export const expiresAfterAwarded = (award: { awarded: string; expires?: string }): boolean =>
  award.expires === undefined || award.expires >= award.awarded;
