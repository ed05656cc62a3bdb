// The event list's words in English: the text for any string a language lacks, and the reference its translations
// (src/shared/locale/<lang>.ts) follow. Only pages with the event list download them.
import type { WidgetCatalogue } from '../shared/locale/keys.js';

export const eventListStrings = {
  'eventList.today': 'Today',
  'eventList.tomorrow': 'Tomorrow',
  'eventList.allDay': 'All day',
  'eventList.online': 'Online',
  'eventList.cancelled': 'Cancelled',
  'eventList.postponed': 'Postponed',
  'eventList.movedOnline': 'Moved online',
  'eventList.where': 'Where',
  'eventList.cost': 'Cost',
  'eventList.languages': 'Languages',
  'eventList.accessibility': 'Access',
  'eventList.readMore': 'Read more',
  'eventList.readLess': 'Show less',
  'eventList.about': 'about {title}',
  'eventList.book': 'Book a place',
  'eventList.join': 'Join online',
  'eventList.addToCalendar': 'Add to calendar',
  'eventList.calendarFailed': 'Sorry, the calendar choices could not be loaded. Check your connection, then close this menu and open it again.',
  'eventList.addTitle': 'Add {title} to',
  'eventList.ics': 'Apple, Outlook or other calendar (.ics file)',
  'eventList.google': 'Google Calendar',
  'eventList.outlook': 'Outlook.com',
  'eventList.office': 'Microsoft 365 (work or school)',
  'eventList.filters': 'Filter events',
  'eventList.category': 'Category',
  'eventList.allCategories': 'All categories',
  'eventList.attendance': 'How to take part',
  'eventList.anyAttendance': 'In person or online',
  'eventList.inPerson': 'In person',
  'eventList.onlineOnly': 'Online',
  'eventList.hybrid': 'In person and online',
  'eventList.empty': 'No upcoming events.',
  'eventList.emptyFiltered': 'No events match these filters.',
  'eventList.clearFilters': 'Show all events',
  'eventList.seePast': 'See past events',
  'eventList.past': 'Past events',
  'eventList.repeats': 'Repeats',
  'eventList.count': { one: '{count} event', other: '{count} events' },
  'eventList.showMore': { one: 'Show {count} more event', other: 'Show {count} more events' },
  'eventList.shownOf': '{shown} of {count} shown',
  'eventList.source': 'by {name}',
} satisfies WidgetCatalogue<'eventList'>;

export type EventListKey = keyof typeof eventListStrings;

// Adds these keys to MessageKey, which every language's catalogue and the page owner's overrides are checked against.
declare module '../shared/locale/keys.js' {
  interface WidgetStrings {
    eventList: typeof eventListStrings;
  }
}
