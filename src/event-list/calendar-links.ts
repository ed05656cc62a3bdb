// "Add to calendar" links for Google Calendar and Outlook on the web, built from the event alone: no script or
// request to anyone until the reader follows one.
import type { SanctuaryEvent } from '../feed/index.js';
import { attendanceOf, onlineUrl, pageUrl, placeText } from './event-facts.js';
import type { Occurrence } from './occurrences.js';
import { rruleOf, utcValue } from './ics.js';
import { DAY, dateOfDay, dayNumber, readFeedTime } from '../feed/zoned-time.js';

const compactDate = (day: number) => {
  const d = dateOfDay(day);
  return `${d.year}${String(d.month).padStart(2, '0')}${String(d.day).padStart(2, '0')}`;
};

function details(event: SanctuaryEvent): string {
  const page = pageUrl(event);
  const online = onlineUrl(event);
  return [event.description?.trim(), online && `Join online: ${online}`, page && `More: ${page}`].filter(Boolean).join('\n\n');
}

const locationOf = (event: SanctuaryEvent) => (attendanceOf(event) === 'online' ? (onlineUrl(event) ?? 'Online') : placeText(event));

/** Google Calendar's "create event" template. Times go in UTC; a repeating event brings its RRULE. */
export function googleCalendarUrl(event: SanctuaryEvent): string {
  const start = readFeedTime(event.start, event.timezone);
  const end = event.end ? readFeedTime(event.end, event.timezone) : undefined;
  const dates = start.allDay
    ? `${compactDate(dayNumber(start.wall))}/${compactDate((end ? dayNumber(end.wall) : dayNumber(start.wall)) + 1)}`
    : `${utcValue(start.instant)}/${utcValue(end ? end.instant : start.instant)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates, ctz: event.timezone });
  const text = details(event);
  if (text) params.set('details', text);
  const location = locationOf(event);
  if (location) params.set('location', location);
  const rrule = rruleOf(event);
  if (rrule) params.set('recur', `RRULE:${rrule}`);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** Outlook on the web's compose form: `live` for Outlook.com, `office` for Microsoft 365 work or school accounts.
 * It takes no repeat rule, so a repeating event is added as its next date (the .ics file carries the series). */
export function outlookCalendarUrl(
  event: SanctuaryEvent,
  occurrence: Pick<Occurrence, 'start' | 'end' | 'allDay' | 'date' | 'lastDate'>,
  host: 'live' | 'office' = 'live',
): string {
  const iso = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const isoDate = (t: number) => iso(t).slice(0, 10);
  const params = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: event.title });
  if (occurrence.allDay) {
    // All-day dates are read as dates: give the event's own local dates, the end being the day after the last.
    const [y, m, d] = occurrence.lastDate.split('-').map(Number);
    params.set('startdt', occurrence.date);
    params.set('enddt', isoDate(Date.UTC(y, m - 1, d) + DAY));
    params.set('allday', 'true');
  } else {
    params.set('startdt', iso(occurrence.start));
    params.set('enddt', iso(occurrence.end ?? occurrence.start));
    params.set('allday', 'false');
  }
  const text = details(event);
  if (text) params.set('body', text);
  const location = locationOf(event);
  if (location) params.set('location', location);
  const domain = host === 'office' ? 'outlook.office.com' : 'outlook.live.com';
  return `https://${domain}/calendar/0/action/compose?${params}`;
}
