// What an "Add to calendar" menu needs, in a chunk of its own: the element loads it the first time a reader points
// at, focuses or opens a menu, so a reader who never adds an event never downloads it.
export { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';
export { eventToIcs, icsFileName } from './ics.js';
