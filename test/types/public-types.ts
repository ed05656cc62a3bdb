// Only type-checked (by `tsc --noEmit`, and against the built package by test/package), never run: what a
// TypeScript user of the all-in-one entry gets.
import 'sanctuary-widgets';
import type { ParsedFeed, SanctuaryLoadDetail } from 'sanctuary-widgets';

const badge = document.createElement('sanctuary-award-badge');
badge.award = 'SOS-2023-0142';
badge.variant = 'compact';
badge.addEventListener('sanctuary-load', (event) => {
  const awards: ParsedFeed['awards'] = event.detail.feed.awards;
  void awards;
});
// @ts-expect-error the award id is text
badge.award = 2023;
// @ts-expect-error no such property: it is `award`
badge.awardId = 'SOS-2023-0142';

const list = document.createElement('sanctuary-event-list');
list.feed = { version: 1, publisher: { name: 'Riverside City of Sanctuary' }, events: [] };
list.messages = { 'eventList.empty': 'Nothing planned just now.' };
list.now = Date.parse('2026-11-26T12:00:00Z');
list.pageSize = 5;
list.addEventListener('sanctuary-load', (event) => {
  const detail: SanctuaryLoadDetail = event.detail;
  const events: ParsedFeed['events'] = detail.feed.events;
  void events;
});
list.addEventListener('sanctuary-error', (event) => console.error(event.detail.error.message));
list.addEventListener('sanctuary-feed-issues', (event) => event.detail.issues.map((issue) => issue.path));
// @ts-expect-error a message is text or plural forms (unknown keys are allowed for whole languages of the page
// owner's own, and warned about at run time)
list.messages = { 'eventList.empty': 42 };
// @ts-expect-error the layout is one of list, cards, compact
list.layout = 'grid';

const finder: HTMLElementTagNameMap['sanctuary-resource-finder'] = document.createElement('sanctuary-resource-finder');
finder.query = 'housing';
const wall = document.querySelector('sanctuary-supporter-wall');
if (wall) wall.limit = 12;
