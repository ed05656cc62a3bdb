// Small feeds the framework tests hand to the widgets as objects, with the clock fixed so "upcoming" holds.
import type { FeedInput } from '../../src/feed/index.js';

export const NOW = Date.parse('2026-11-26T12:00:00Z');

/** Three good events and one without a title, which the widget drops and reports. */
export const riversideFeed = {
  version: 1,
  publisher: { name: 'Riverside City of Sanctuary' },
  events: [
    { id: 'choir', title: 'Community choir', start: '2026-11-27T18:00', location: { name: 'Riverside Hall' } },
    { id: 'club', title: 'Conversation club', start: '2026-12-01T18:30', location: { name: 'Library' } },
    { id: 'walk', title: 'Welcome walk by the river', start: '2026-12-05T10:00', location: { name: 'Boathouse' } },
    { id: 'untitled', start: '2026-12-06T10:00' },
  ],
} as FeedInput;

export const emptyFeed: FeedInput = { version: 1, publisher: { name: 'Quiet group' }, events: [] };

/** JSON text that is not a feed at all: the widget fails and says so. */
export const brokenFeed = '{ "version": 1, "events": [';

export const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
