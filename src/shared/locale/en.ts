// English, the strings every widget shares: loading and errors, and day and month names for dates. Each widget's own
// English strings sit beside it (src/event-list/event-list.strings.ts …), so a page carries only the widgets it has;
// every other language lists all the keys in one file (a test checks), and a missing one reads in English.
import type { Catalogue } from './format.js';

export const sharedStrings = {
  'feed.loading': 'Loading…',
  'feed.error': 'Sorry, this could not be loaded just now.',
  'feed.errorDetails': 'Details for the site owner',
  // Day and month names, Sunday first, for browsers whose Intl has no dates in this language (Chrome: Welsh).
  'date.weekdays': 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday',
  'date.weekdaysShort': 'Sun|Mon|Tue|Wed|Thu|Fri|Sat',
  'date.months': 'January|February|March|April|May|June|July|August|September|October|November|December',
  'date.monthsShort': 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec',
} satisfies Catalogue;
