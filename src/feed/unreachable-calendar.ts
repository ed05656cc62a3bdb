// What to tell the page owner when a calendar's address cannot be read. A module of its own that the loader
// (./load.ts) fetches only once a request has failed; every other page never downloads it.
import { isCalendarUrl } from './ics/calendar-url.js';

/** Why a calendar at `url` could not be read and what to do instead; undefined for an address that is not a
 * calendar's, which gets the loader's general sentence. */
export const unreachableCalendar = (url: string): string | undefined =>
  isCalendarUrl(url)
    ? `The calendar at ${url} could not be read: the connection failed, or its server does not let other websites read it ` +
      '(most calendar services do not; a webcal: address never does, so try https:). You can make a feed of it with ' +
      '`npx sanctuary-widgets from-ics` instead (see docs/publishing.md).'
    : undefined;
