// Feed text in one direction inside a page in the other keeps its punctuation and numbers in place: each widget
// isolates what came from the feed (dir="auto" or <bdi>), so the bidi algorithm treats it as one unit.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/index.js';
import { FEED, mount } from './language-fixtures.js';

const ARABIC_TITLE = 'مقهى الترحيب رقم 2!';
const ENGLISH_TITLE = 'Welcome café no. 2!';

/** The element that isolates `text` in `el`'s shadow DOM: the nearest <bdi> or dir="auto" around it, which must
 * hold that text and nothing else of ours. */
function isolation(el: Element, text: string): Element | null {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.includes(text)) continue;
    const isolating = node.parentElement!.closest('bdi, [dir="auto"]');
    if (isolating && isolating.textContent!.replace(/\s+/g, ' ').trim() === text) return isolating;
  }
  return null;
}

const feedWith = (text: string) => ({
  ...FEED,
  events: [{ ...FEED.events[0], title: text }],
  resources: [{ ...FEED.resources[0], title: text, summary: `${text} ${text}` }],
  supporters: [{ id: 'a', name: text, sector: 'business' }],
  awards: [{ ...FEED.awards[0], holder: { name: text } }],
  publisher: { ...FEED.publisher, place: text },
});

const NOW = Date.UTC(2026, 10, 26, 12);

describe('feed text in the other direction', () => {
  beforeEach(clearFeedCache);
  afterEach(fixtureCleanup);

  for (const [page, text] of [
    ['en', ARABIC_TITLE],
    ['ar', ENGLISH_TITLE],
  ] as const) {
    it(`keeps an event title in its own direction on an ${page} page`, async () => {
      const el = await mount('sanctuary-event-list', `lang="${page}" now="${NOW}"`, feedWith(text));
      expect(isolation(el, text), 'title isolated').to.not.equal(null);
    });

    it(`keeps a resource title and summary in their own direction on an ${page} page`, async () => {
      const el = await mount('sanctuary-resource-finder', `lang="${page}"`, feedWith(text));
      expect(isolation(el, text), 'title isolated').to.not.equal(null);
      expect(isolation(el, `${text} ${text}`), 'summary isolated').to.not.equal(null);
    });

    it(`keeps a supporter’s name in its own direction on an ${page} page`, async () => {
      const el = await mount('sanctuary-supporter-wall', `lang="${page}"`, feedWith(text));
      expect(isolation(el, text), 'name isolated').to.not.equal(null);
      // The place in the headline is a string inside a sentence: isolated with Unicode FSI … PDI.
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain(`\u2068${text}\u2069`);
    });

    it(`keeps an award holder’s name in its own direction on an ${page} page`, async () => {
      const el = await mount('sanctuary-award-badge', `lang="${page}" award="sos-1"`, feedWith(text));
      expect(isolation(el, text), 'holder isolated').to.not.equal(null);
    });
  }

  it('lays an Arabic title out right to left inside an English list, with its number and “!” where Arabic puts them', async () => {
    const el = await mount('sanctuary-event-list', `lang="en" now="${NOW}"`, feedWith(ARABIC_TITLE));
    const title = isolation(el, ARABIC_TITLE)!;
    expect(getComputedStyle(title).direction).to.equal('rtl');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).direction).to.equal('ltr');
  });
});
