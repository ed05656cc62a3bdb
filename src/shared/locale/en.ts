// English, the strings every widget shares: loading and errors. Each widget's own English strings sit beside it
// (src/event-list/event-list.strings.ts …), and the day and month names with the code that uses them
// (./date-names.ts), so a page carries only what it can show; every other language lists all the keys in one file
// (a test checks), and a missing one reads in English.
import type { Catalogue } from './format.js';

export const sharedStrings = {
  'feed.loading': 'Loading…',
  'feed.error': 'Sorry, this could not be loaded just now.',
  'feed.errorDetails': 'Details for the site owner',
} satisfies Catalogue;
