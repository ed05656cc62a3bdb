// Tells a calendar's address from a feed's, to word a failed request (../unreachable-calendar.ts). Apart from
// ./detect.ts, which every response goes through, so that pages whose requests succeed never download it.

/** True when an (absolute) address is a calendar's: webcal:, a path ending in .ics (or .ical / .ifb), a Nextcloud
 * public calendar, or a public calendar of Google, Outlook / Microsoft 365, iCloud or Teamup. */
export const isCalendarUrl = (url: string): boolean =>
  /^webcals?:|^[^?#]*(\.(ics|ical|ifb)([?#]|$)|\/public-calendars\/)|^\w+:\/\/([^/?#]*\.)?(calendar\.google|outlook\.(office365|office|live)|icloud|teamup)\.com([:/?#]|$)/i.test(
    url,
  );
