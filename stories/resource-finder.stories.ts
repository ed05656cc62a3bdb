// <sanctuary-resource-finder>: one story per state a visitor can meet, on the sample feed. Args mirror attributes.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/resource-finder/define.js';
import type { Selection } from '../src/resource-finder/facets.js';
import { searchChunk } from '../src/resource-finder/search-loader.js';

const FEED = './demo/feed.json';
// A feed address that never answers, to hold the loading state still.
const NEVER = './never-answers.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input instanceof Request ? input.url : input).includes('never-answers') ? new Promise(() => {}) : realFetch(input, init);

interface Args {
  src: string;
  stream: string;
  hideFacets: string;
  placeholder: string;
  pageSize: number;
  query: string;
  sort: 'relevance' | 'newest' | 'title';
  selection: Selection;
  theme: '' | 'light' | 'dark' | 'auto';
  lang: string;
  dir: '' | 'ltr' | 'rtl';
  fallback: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Resource finder',
  component: 'sanctuary-resource-finder',
  args: {
    src: FEED,
    stream: '',
    hideFacets: '',
    placeholder: '',
    pageSize: 6,
    query: '',
    sort: 'relevance',
    selection: {},
    theme: '',
    lang: '',
    dir: '',
    fallback: false,
  },
  argTypes: {
    sort: { control: 'select', options: ['relevance', 'newest', 'title'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    dir: { control: 'select', options: ['', 'ltr', 'rtl'] },
    stream: { control: 'select', options: ['', 'schools', 'universities', 'health', 'community', 'arts', 'libraries'] },
    selection: { control: 'object' },
  },
  render: (a) => html`<div
    lang=${a.lang || nothing}
    dir=${a.dir || nothing}
    style=${a.theme === 'dark' ? 'background:#121517;padding:1rem' : 'padding:1rem'}
  >
    <sanctuary-resource-finder
      src=${a.src}
      stream=${a.stream || nothing}
      hide-facets=${a.hideFacets || nothing}
      placeholder=${a.placeholder || nothing}
      page-size=${a.pageSize}
      query=${a.query}
      sort=${a.sort}
      theme=${a.theme || nothing}
      .selection=${a.selection}
      >${a.fallback
        ? html`<p>Our resources are on <a href="https://cityofsanctuary.org/resources">the City of Sanctuary website</a>.</p>`
        : nothing}</sanctuary-resource-finder
    >
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample feed, nothing chosen yet. */
export const Ready: Story = {};

/** Before the feed arrives: a skeleton shaped like the finder, and "Loading…" for screen readers. */
export const Loading: Story = { args: { src: NEVER } };

/** Typed "univ": prefix matching finds University of Sanctuary, matched words are marked. */
export const SearchingWithHighlights: Story = { args: { query: 'univ' } };

/** A typo is forgiven: "mental heath". */
export const TypoTolerant: Story = { args: { query: 'mental heath' } };

/** Filters ticked: each option's count is what it would give beside the other filters. */
export const FacetsSelected: Story = { args: { selection: { type: ['guide', 'toolkit'], stream: ['health'] } } };

/** Newest first. */
export const SortedByNewest: Story = { args: { sort: 'newest' } };

/** Nothing matches: the finder says so, offers to clear the filters and shows the closest matches. */
export const NoResults: Story = { args: { query: 'maternity allotment', selection: { type: ['video'] } } };

/** The feed failed and the page gave fallback content: the fallback is shown. */
/** The search code could not be loaded (offline, or blocked): the finder says plainly that the words are not used,
 * and the filters still work. */
export const SearchUnavailable: Story = {
  args: { query: 'welcome' },
  beforeEach: () => {
    const load = searchChunk.load;
    searchChunk.load = () => Promise.reject(new Error('The search code could not be loaded'));
    return () => void (searchChunk.load = load);
  },
};

export const ErrorWithFallback: Story = { args: { src: './demo/no-such-feed.json', fallback: true } };

/** The feed failed with no fallback: a plain message, with details for the site owner. */
export const ErrorWithoutFallback: Story = { args: { src: './demo/no-such-feed.json' } };

/** An Arabic page, right to left: interface in Arabic, languages named in Arabic. */
export const RightToLeftArabic: Story = { args: { lang: 'ar', dir: 'rtl' } };

/** On a dark page. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Pinned to the schools stream on a schools page, audience filter hidden, own placeholder. */
export const PinnedStream: Story = {
  args: { stream: 'schools', hideFacets: 'audience', placeholder: 'For example: assembly, new arrivals' },
};

/** A feed with no resources. */
export const Empty: Story = {
  render: () => html`<sanctuary-resource-finder
    .feed=${{ version: 1, publisher: { name: 'A new group' } }}
  ></sanctuary-resource-finder>`,
};
