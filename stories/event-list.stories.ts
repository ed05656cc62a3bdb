// Every state a visitor can meet, on the demo feed or small inline feeds, with "now" fixed so the pictures hold.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/event-list/define.js';

const NOW = '2026-11-26T12:00:00Z';
const DEMO_FEED = '/demo/feed.json';

interface Args {
  src?: string;
  feed?: unknown;
  category: string;
  attendance: '' | 'in-person' | 'online';
  layout: 'list' | 'cards' | 'compact';
  pageSize: number;
  limit?: number;
  showPast: boolean;
  groupBy?: 'day' | 'month';
  noFilters: boolean;
  jsonLd: boolean;
  emptyUrl?: string;
  emptyText?: string;
  theme?: 'light' | 'dark' | 'auto';
  now: string;
  lang: string;
  fallback?: string;
}

// A feed URL that never answers, so the loading state stays on screen (story only).
const NEVER = '/sanctuary-story-never-loads.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).includes(NEVER) ? new Promise<Response>(() => {}) : realFetch(input, init);

const statusFeed = {
  version: 1,
  publisher: { name: 'Riverside City of Sanctuary' },
  events: [
    { id: 'choir', title: 'Community choir', start: '2026-11-26T18:00', end: '2026-11-26T19:30', category: 'arts', location: { name: 'Riverside Hall' }, cost: 'Free' },
    { id: 'carols', title: 'Carols for sanctuary', start: '2026-12-19T16:00', end: '2026-12-19T17:30', status: 'cancelled', category: 'fundraising', location: { name: 'Market Square' }, description: 'Called off because of the storm warning. We hope to sing together in the spring instead.' },
    { id: 'ceilidh', title: 'Sanctuary ceilidh', start: '2027-01-30T19:00', status: 'postponed', category: 'fundraising', location: { name: 'Guildhall' }, description: 'A new date will be announced soon; tickets already bought stay valid.' },
    { id: 'briefing', title: 'Briefing for councillors', start: '2027-01-14T18:00', end: '2027-01-14T19:30', status: 'moved-online', category: 'training', online: { url: 'https://example.org/join', platform: 'Microsoft Teams' } },
    { id: 'club', title: 'Conversation club', start: '2026-12-01T18:30', end: '2026-12-01T20:00', category: 'language', location: { name: 'Library' }, recurrence: { frequency: 'weekly', until: '2026-12-22', cancelledDates: ['2026-12-15'] } },
  ],
};

const manyFeed = {
  version: 1,
  publisher: { name: 'Busy group' },
  events: Array.from({ length: 60 }, (_, i) => ({
    id: `e${i}`,
    title: `${['Welcome café', 'ESOL club', 'Advice drop-in', 'Football', 'Sewing group'][i % 5]} ${i + 1}`,
    start: `${new Date(Date.parse(NOW) + Math.floor(i / 2 + 1) * 86_400_000).toISOString().slice(0, 10)}T${10 + (i % 2) * 8}:30`,
    category: ['social', 'language', 'advice', 'sport', 'arts'][i % 5],
    location: { name: 'Community Centre' },
  })),
};

const meta: Meta<Args> = {
  title: 'Widgets/Event list',
  component: 'sanctuary-event-list',
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'cards', 'compact'] },
    attendance: { control: 'inline-radio', options: ['', 'in-person', 'online'] },
    groupBy: { control: 'inline-radio', options: [undefined, 'day', 'month'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en-GB', 'ar'] },
    feed: { control: false },
  },
  args: {
    src: DEMO_FEED,
    category: '',
    attendance: '',
    layout: 'list',
    pageSize: 10,
    showPast: false,
    noFilters: false,
    jsonLd: false,
    now: NOW,
    lang: 'en-GB',
  },
  render: (a) => html`<div lang=${a.lang} style="max-width: 56rem; ${a.theme === 'dark' ? 'background:#15191b;padding:1rem' : ''}">
    <sanctuary-event-list
      src=${ifDefined(a.feed ? undefined : a.src)}
      .feed=${a.feed}
      category=${a.category}
      attendance=${a.attendance}
      layout=${a.layout}
      page-size=${a.pageSize}
      limit=${ifDefined(a.limit)}
      ?show-past=${a.showPast}
      group-by=${ifDefined(a.groupBy)}
      ?no-filters=${a.noFilters}
      ?json-ld=${a.jsonLd}
      empty-url=${ifDefined(a.emptyUrl)}
      empty-text=${ifDefined(a.emptyText)}
      theme=${ifDefined(a.theme)}
      now=${a.now}
      >${a.fallback ? html`<p><a href="https://example.org/events">${a.fallback}</a></p>` : nothing}</sanctuary-event-list
    >
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample feed as a partner page shows it. */
export const Ready: Story = {};

/** While the feed loads: a placeholder shaped like the list. */
export const Loading: Story = { args: { src: NEVER } };

/** Nothing coming up; the owner's archive link helps the visitor on. */
export const Empty: Story = {
  args: { src: undefined, feed: { version: 1, publisher: { name: 'Quiet group' }, events: [] }, emptyUrl: 'https://example.org/past-events' },
};

/** The feed failed: the page's own fallback link shows instead. */
export const ErrorWithFallback: Story = { args: { src: '/demo/no-such-feed.json', fallback: 'See our events on our website' } };

/** The feed failed and the page gave no fallback: a plain message and details for the site owner. */
export const ErrorWithoutFallback: Story = { args: { src: '/demo/no-such-feed.json' } };

/** Cancelled, postponed and moved online said in words; a cancelled date in a weekly series keeps its place. */
export const Cancelled: Story = { args: { src: undefined, feed: statusFeed, pageSize: 20 } };

/** Arabic, right to left: headings, dates and labels in Arabic; feed text keeps its own direction. */
export const ArabicRtl: Story = { args: { lang: 'ar' } };

/** On a dark page, with the widget's dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Cards, grouped by month. */
export const Cards: Story = { args: { layout: 'cards', pageSize: 6 } };

/** Compact, for a sidebar: three training events, no filters. */
export const CompactSidebar: Story = {
  args: { layout: 'compact', category: 'training', limit: 3, noFilters: true },
  render: (a, c) => html`<div style="max-width: 20rem">${meta.render!(a, c)}</div>`,
};

/** Filters preset by the page owner: online training. The reader can still change them. */
export const FiltersPreset: Story = { args: { category: 'training', attendance: 'online' } };

/** Sixty events: ten at first, "Show more" adds ten at a time and moves focus to the first new one. */
export const ManyEventsPaging: Story = { args: { src: undefined, feed: manyFeed } };

/** Past events too, most recent first, after the upcoming ones. */
export const WithPastEvents: Story = { args: { showPast: true, now: '2027-03-01T12:00:00Z' } };

/** Month headings instead of day headings. */
export const GroupedByMonth: Story = { args: { groupBy: 'month' } };

const regionalFeed = {
  version: 1,
  publisher: { name: 'City of Sanctuary East of England' },
  events: [
    { id: 'cam-cafe', title: 'Welcome café', start: '2026-11-27T10:30', end: '2026-11-27T12:30', location: { name: 'Mill Road Library' }, source: { name: 'Cambridge City of Sanctuary', url: 'https://cambridge.cityofsanctuary.org' } },
    { id: 'nor-walk', title: 'Riverside walk for new arrivals', start: '2026-11-28T14:00', location: { name: 'Norwich Cathedral close' }, source: { name: 'Norwich City of Sanctuary', url: 'https://norwich.cityofsanctuary.org' } },
    { id: 'ips-esol', title: 'ESOL conversation club', start: '2026-12-01T18:30', category: 'language', location: { name: 'Ipswich Town Hall' }, source: { name: 'Ipswich City of Sanctuary' } },
    { id: 'region-meet', title: 'Regional network meeting', start: '2026-12-03T18:00', online: { url: 'https://example.org/join', platform: 'Zoom' } },
  ],
};

/** A regional page on a feed made with `sanctuary-widgets merge`: each event says which group it is by. */
export const RegionalMergedFeed: Story = { args: { src: undefined, feed: regionalFeed } };
