// Tells a calendar (iCalendar, RFC 5545) from a JSON feed by the response: its content type or first line. Tiny and
// dependency-free: the loader asks it of every response without loading the calendar reader.

/** True when a response is a calendar: served as text/calendar, or a body that starts a calendar whatever its type
 * (servers often send .ics files as text/plain or application/octet-stream). */
export const isCalendarResponse = (contentType: string, body: string): boolean =>
  /^\s*text\/calendar/i.test(contentType) || /^\ufeff?\s*BEGIN:VCALENDAR/i.test(body);
