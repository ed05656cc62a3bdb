// The feed contract's own checks, as plain named functions. The zod schema (./schema.ts) refers to them, and so do
// the validation rules generated from it (./rules/), which is what the widgets run: naming each check is how the
// generator carries it across, so a check written inline in the schema would stop the build.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `length` digits at `at`, or -1. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** True when the text is a real calendar date (2026-03-07, not 2026-02-30) or date and time: 2026-03-07T18:30, with
 * seconds and a fraction optional, and an offset (Z, +01:00, +0100) or none, when it is local time in the event's
 * time zone, as a spreadsheet or calendar writes it. Read character by character, without a regular expression or
 * a Date: a 10,000-event feed checks 20,000 of these before it can show anything. */
export function isRealDate(value: string): boolean {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || value[4] !== '-' || value[7] !== '-' || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0)) return false;
  if (value.length === 10) return true;
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  if (value[10] !== 'T' || value[13] !== ':' || hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  let at = 16;
  if (value[at] === ':') {
    if (digitsAt(value, at + 1, 2) < 0) return false;
    at += 3;
    if (value[at] === '.') {
      const first = ++at;
      while (digitsAt(value, at, 1) >= 0) at++;
      if (at === first) return false;
    }
  }
  if (at === value.length) return true;
  if (value[at] === 'Z') return at + 1 === value.length;
  if ((value[at] !== '+' && value[at] !== '-') || digitsAt(value, at + 1, 2) < 0) return false;
  at += value[at + 3] === ':' ? 4 : 3;
  return digitsAt(value, at, 2) >= 0 && at + 2 === value.length;
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
      new Intl.DateTimeFormat('en-GB', { timeZone: value });
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

/** A feed date or date-time as a number to order by, without its event's time zone: a local time read as if UTC, a
 * date as its midnight. Times of one event share its zone, so they compare rightly; across events it is within 14
 * hours of the real instant. */
export function timeAsUtc(value: string): number {
  if (value.length === 10) return Date.parse(`${value}T00:00:00Z`);
  return Date.parse(OFFSET.test(value) ? value : `${value}Z`);
}

/** Orders starts and ends for the end-before-start check: an all-day end counts as the whole of that day. */
const comparableTime = (value: string): number => timeAsUtc(value) + (value.length === 10 ? 86_399_000 : 0);

/** A field the checked value has itself, not one a page added to Object.prototype. */
const own = <T extends object, K extends keyof T>(value: T, key: K): T[K] | undefined =>
  Object.hasOwn(value, key) ? value[key] : undefined;

/** An event's end, when it has one, is not before its start. */
export function endsAfterStart(event: { start: string; end?: string }): boolean {
  const { start } = event;
  const end = own(event, 'end');
  if (end === undefined) return true;
  // Two local times written alike (2026-03-07T18:30) compare as text, which is most feeds and far quicker.
  if (start.length === end.length && start.length >= 16 && !OFFSET.test(start) && !OFFSET.test(end)) return end >= start;
  return comparableTime(end) >= comparableTime(start);
}

/** A recurrence stops after a count or on a date, not both. */
export const hasOneStop = (recurrence: { count?: number; until?: string }): boolean =>
  own(recurrence, 'count') === undefined || own(recurrence, 'until') === undefined;

/** An award does not expire before it was given. */
export const expiresAfterAwarded = (award: { awarded: string; expires?: string }): boolean => {
  const expires = own(award, 'expires');
  return expires === undefined || expires >= award.awarded;
};
