// Every state a visitor can meet on <sanctuary-supporter-wall>, on the sample feed (served at /demo/feed.json).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/supporter-wall/define.js';

interface Args {
  src?: string;
  groupBy: 'sector' | 'none';
  sector?: string;
  sort: 'alphabetical' | 'newest' | 'shuffle';
  limit?: number;
  headline?: string;
  joinUrl?: string;
  joinText?: string;
  marquee: boolean;
  hideFilter: boolean;
  hideNames: boolean;
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
  feed?: unknown;
}

const FEED = '/demo/feed.json';

// The loading story needs a feed that never arrives: its address is held by this stand-in for fetch.
const NEVER = '/demo/feed.json?story=never-loads';
if (!(window as { __swNeverFetch?: boolean }).__swNeverFetch) {
  (window as { __swNeverFetch?: boolean }).__swNeverFetch = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('never-loads') ? new Promise<Response>(() => {}) : realFetch(input, init);
}

const wall = (args: Args, fallback?: TemplateResult) => html`<sanctuary-supporter-wall
  src=${ifDefined(args.src)}
  .feed=${args.feed}
  group-by=${args.groupBy}
  sector=${ifDefined(args.sector || undefined)}
  sort=${args.sort}
  limit=${ifDefined(args.limit)}
  headline=${ifDefined(args.headline)}
  join-url=${ifDefined(args.joinUrl || undefined)}
  join-text=${ifDefined(args.joinText || undefined)}
  ?marquee=${args.marquee}
  ?hide-filter=${args.hideFilter}
  ?hide-names=${args.hideNames}
  heading-level=${args.headingLevel}
  theme=${ifDefined(args.theme)}
  timeout=${args.src === NEVER ? 2_000_000_000 : 10_000}
  >${fallback ?? ''}</sanctuary-supporter-wall
>`;

const meta: Meta<Args> = {
  title: 'Widgets/Supporter wall',
  component: 'sanctuary-supporter-wall',
  args: {
    src: FEED,
    groupBy: 'none',
    sort: 'alphabetical',
    marquee: false,
    hideFilter: false,
    hideNames: false,
    headingLevel: 2,
    joinUrl: 'https://cambridge.cityofsanctuary.org/pledge',
  },
  argTypes: {
    src: { control: 'text', description: 'Feed URL(s)' },
    groupBy: { control: 'inline-radio', options: ['none', 'sector'] },
    sector: {
      control: 'select',
      options: ['', 'faith', 'education', 'business', 'health', 'arts', 'community', 'public-sector', 'sport'],
    },
    sort: { control: 'inline-radio', options: ['alphabetical', 'newest', 'shuffle'] },
    limit: { control: { type: 'number', min: 1 } },
    headline: { control: 'text', description: '{count} and {place} are filled in; empty hides the headline' },
    joinUrl: { control: 'text' },
    joinText: { control: 'text' },
    marquee: { control: 'boolean' },
    hideFilter: { control: 'boolean' },
    hideNames: { control: 'boolean' },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    feed: { table: { disable: true } },
  },
  render: (args) => wall(args),
};
export default meta;

type Story = StoryObj<Args>;

/** One grid, by name, with the call to action and the sector filter. */
export const Ready: Story = {};

/** A heading per sector; sectors the library does not know keep the feed's own word. */
export const GroupedBySector: Story = { args: { groupBy: 'sector' } };

/** Latest pledges first; supporters without a date go last. */
export const NewestFirst: Story = { args: { sort: 'newest' } };

/** A new order each day, the same all day: nobody is always at the bottom. */
export const DailyShuffle: Story = { args: { sort: 'shuffle' } };

/** The first eight, and a button that shows the rest and moves focus to the first new tile. */
export const LimitWithShowAll: Story = { args: { limit: 8, sort: 'newest', headline: 'Welcome to our {count} supporters' } };

/** One sector chosen by the page; the reader can still change it. */
export const OneSector: Story = { args: { sector: 'faith', headline: 'Faith groups standing with refugees' } };

/** Broken, missing and unsafe logos become initials; javascript: and mailto: addresses are not links. */
export const BrokenLogos: Story = {
  args: {
    src: undefined,
    feed: {
      version: 1,
      publisher: { name: 'Story group', place: 'Storyton' },
      supporters: [
        { id: 'a', name: 'The Welcome Café', url: 'https://cafe.example', logo: { src: '/demo/logos/missing.png', alt: '' } },
        { id: 'b', name: 'Hope Street Library', url: 'javascript:alert(1)', logo: { src: 'javascript:alert(1)', alt: '' } },
        { id: 'c', name: 'Northgate School', url: 'mailto:office@northgate.example', sector: 'education' },
        { id: 'd', name: 'مسجد النور', url: 'https://noor.example', sector: 'faith' },
        { id: 'e', name: 'Mill Road Bakehouse', url: 'https://bakery.example', logo: { src: '/demo/logos/mill-road-bakehouse.svg', alt: '' } },
        { id: 'f', name: 'Very Wide Logo Council', url: 'https://wide.example', logo: { src: '/demo/logos/cambridgeshire-county-council.svg', alt: '' } },
        { id: 'g', name: 'Very Tall Logo Gurdwara', url: 'https://tall.example', logo: { src: '/demo/logos/cambridge-gurdwara.svg', alt: '' } },
      ],
    },
  },
};

/** Logos only; each name stays as its link's accessible name. */
export const LogosOnly: Story = { args: { hideNames: true } };

/** A slow strip for a footer with a Pause button. Under prefers-reduced-motion it stands still. */
export const Marquee: Story = { args: { marquee: true, headline: '', hideNames: true } };

/** A new group with nobody yet: says so, and still invites organisations to join. */
export const Empty: Story = {
  args: { src: undefined, feed: { version: 1, publisher: { name: 'New group', place: 'Newtown' } } },
};

/** While the feed loads: tile-shaped placeholders, so the page does not jump. */
export const Loading: Story = { args: { src: NEVER } };

/** The feed failed: the page's own fallback link is shown instead. */
export const ErrorWithFallback: Story = {
  args: { src: '/demo/no-such-feed.json' },
  render: (args) =>
    wall(args, html`<a href="https://cambridge.cityofsanctuary.org/supporters">See the organisations that support us</a>`),
};

/** The feed failed and the page gave no fallback: a plain message, with details for the site owner. */
export const ErrorWithoutFallback: Story = { args: { src: '/demo/no-such-feed.json' } };

/** Arabic, right to left: words, numbers, plural forms and the layout follow the page's language. */
export const ArabicRightToLeft: Story = {
  args: { groupBy: 'sector', limit: 10 },
  render: (args) => html`<div lang="ar" dir="rtl">${wall(args)}</div>`,
};

/** On a dark page, with the widget's own dark surface. Logos keep a white plate. */
export const Dark: Story = {
  args: { theme: 'dark', limit: 12 },
  render: (args) => html`<div style="background:#111417;padding:1rem">${wall(args)}</div>`,
};
