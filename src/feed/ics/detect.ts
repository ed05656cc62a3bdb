// Tells a calendar (iCalendar, RFC 5545) from a JSON feed: by its address before the request, and by its content
// type or first line after. Tiny and dependency-free: the loader asks it without loading the calendar reader.

/** True when an (absolute) address is a calendar's: webcal:, a path ending in .ics (or .ical / .ifb), a Nextcloud
 * public calendar, or a public calendar of Google, Outlook / Microsoft 365, iCloud or Teamup. */
export const isCalendarUrl = (url: string): boolean =>
  /^webcals?:|^[^?#]*(\.(ics|ical|ifb)([?#]|$)|\/public-calendars\/)|^\w+:\/\/([^/?#]*\.)?(calendar\.google|outlook\.(office365|office|live)|icloud|teamup)\.com([:/?#]|$)/i.test(
    url,
  );

/** True when a response is a calendar: served as text/calendar, or a body that starts a calendar whatever its type
 * (servers often send .ics files as text/plain or application/octet-stream). */
export const isCalendarResponse = (contentType: string, body: string): boolean =>
  /^\s*text\/calendar/i.test(contentType) || /^\ufeff?\s*BEGIN:VCALENDAR/i.test(body);
