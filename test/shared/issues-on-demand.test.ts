// The built widgets (dist/) put a feed's problems into words only when the feed has some, with code they download
// then: a feed with no problems costs nothing for it, and one with problems is reported as fully as by the package
// API. Run `npm run build` first (npm test does).
import { expect } from '@open-wc/testing';
import { blockUrls, chunksLoaded, closeBuiltPages, expectOnlyInChunk, openBuiltPage, type Frame } from '../built-page.js';
import { parseCollections, type FeedIssue } from '../../src/feed/index.js';
import { events } from '../../src/feed/rules/feed-rules.generated.js';

type Page = Frame & { loads: { issues: FeedIssue[] }[]; warnings: string[] };

/** Text only the describer (src/feed/issues.ts) holds. */
const DESCRIBER_TEXTS = ['was left out:', 'is required but missing', 'translations like', 'should be a list'];

const broken = {
  version: 1,
  publisher: { name: 'Riverside City of Sanctuary' },
  events: [
    { id: 'cafe', title: 'Welcome café', start: '2030-03-07T10:00' },
    { id: 'walk', title: 'Riverside walk' },
  ],
};
const good = { ...broken, events: broken.events.slice(0, 1) };

/** A page with the built event list showing `feed` (inline), which records the page events and console warnings. */
async function openPage(feed: object): Promise<Page> {
  const page = (await openBuiltPage('event-list', {
    head: `<script>
      window.loads = [];
      window.warnings = [];
      addEventListener('sanctuary-load', (e) => loads.push(e.detail));
      console.warn = (...args) => warnings.push(args.join(' '));
    </script>`,
    body: `<sanctuary-event-list now="2030-03-01T09:00:00Z"><script type="application/json">${JSON.stringify(feed)}</script></sanctuary-event-list>`,
  })) as Page;
  const deadline = performance.now() + 8000;
  while (page.loads.length === 0) {
    if (performance.now() > deadline) throw new Error('no sanctuary-load');
    await new Promise((r) => setTimeout(r, 50));
  }
  return page;
}

const issueChunks = (page: Page) => chunksLoaded(page, 'issues-chunk');

const shownTitles = (page: Page) =>
  [...page.document.querySelector('sanctuary-event-list')!.shadowRoot!.querySelectorAll('[part~=title]')].map((t) => t.textContent!.trim());

describe('the words for a feed’s problems, in the built widgets', () => {
  afterEach(closeBuiltPages);

  it('are not in any widget’s own file, but in a chunk of their own', async () => {
    await expectOnlyInChunk('issues-chunk', DESCRIBER_TEXTS);
  });

  it('are not downloaded for a feed with no problems', async () => {
    const page = await openPage(good);
    expect(page.loads[0].issues).to.deep.equal([]);
    expect(page.warnings).to.deep.equal([]);
    expect(issueChunks(page)).to.deep.equal([]);
  });

  it('are downloaded for a broken item, which sanctuary-load and the console report as the package API does', async () => {
    const page = await openPage(broken);
    const expected = parseCollections(broken, 'inline feed', { events }).issues;
    expect(expected.map((i) => i.message)).to.deep.equal([
      'Event 2 "Riverside walk" (id walk) was left out: start is required but missing.',
    ]);
    expect(page.loads).to.have.length(1);
    expect(page.loads[0].issues).to.deep.equal(expected);
    expect(page.warnings).to.deep.equal([
      'sanctuary-widgets <sanctuary-event-list>: 1 problem(s) in the feed; the rest is shown.\n' +
        `- $.events[1].start (inline feed): ${expected[0].message}`,
    ]);
    expect(issueChunks(page)).to.have.length(1);
    expect(shownTitles(page)).to.deep.equal(['Welcome café']);
  });

  it('that cannot be downloaded still leave every problem reported, by its path', async () => {
    await blockUrls('*/dist/chunks/issues-chunk-*');
    const page = await openPage(broken);
    const message = 'This was left out, as it does not fit the feed format (the full description could not be loaded).';
    expect(page.loads[0].issues).to.deep.equal([
      { path: '$.events[1].start', message, collection: 'events', index: 1, id: 'walk', source: 'inline feed' },
    ]);
    expect(page.warnings).to.deep.equal([
      `sanctuary-widgets <sanctuary-event-list>: 1 problem(s) in the feed; the rest is shown.\n- $.events[1].start (inline feed): ${message}`,
    ]);
    expect(page.document.querySelector('sanctuary-event-list')!.getAttribute('state')).to.equal('ready');
    expect(shownTitles(page)).to.deep.equal(['Welcome café']);
  });
});
