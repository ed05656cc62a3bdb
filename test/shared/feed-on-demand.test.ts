// The built widgets (dist/) download two pieces of feed code only for the pages that need them: the code that shows
// several feed URLs as one, and the sentence for a calendar address that cannot be reached. A page with one feed pays
// for neither; a page whose chunk does not arrive still ends in a state the page owner can act on. Run
// `npm run build` first (npm test does).
import { expect, waitUntil } from '@open-wc/testing';
import { blockUrls, chunksLoaded, closeBuiltPages, expectOnlyInChunk, openBuiltPage, WIDGETS, type Frame } from '../built-page.js';

type Page = Frame & { errors: { error: { kind: string; message: string } }[]; logged: string[] };

const SEVERAL = 'several-feeds';
const UNREACHABLE = 'unreachable-calendar';

/** Code only each chunk holds: mergeFeeds emptying the first feed's collections, and the calendar sentence and
 * addresses. (The dev server may reformat what it serves, hence the spaces allowed.) */
const CHUNK_CODE: Record<string, RegExp[]> = {
  [SEVERAL]: [/\.\.\.\w+\.feed,\s*events:\s*\[\]/],
  [UNREACHABLE]: [/a webcal: address never does/, /teamup/],
};

const label = () => Math.random().toString(36).slice(2);

/** A page with the built `widget` holding `inner` (attributes `attrs`), which records sanctuary-error events and
 * console errors, once the widget has left its loading state. */
async function openPage(widget: (typeof WIDGETS)[number], attrs: string, inner = '') {
  const tag = `sanctuary-${widget}`;
  const page = (await openBuiltPage(widget, {
    head: `<script>
      window.errors = [];
      window.logged = [];
      addEventListener('sanctuary-error', (e) => errors.push(e.detail));
      console.error = (...args) => logged.push(args.join(' '));
    </script>`,
    body: `<${tag} ${attrs}>${inner}</${tag}>`,
  })) as Page;
  const el = page.document.querySelector<HTMLElement>(tag)!;
  const settled = () => ['ready', 'error'].includes(el.getAttribute('state') ?? '');
  await waitUntil(settled, `${tag} is still loading`, { timeout: 8000 });
  return { page, el };
}

const titles = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('[part~=title]')].map((t) => t.textContent!.trim());

describe('feed code the built widgets download only when a page needs it', () => {
  afterEach(closeBuiltPages);

  it('is in chunks of its own, not in any widget’s file', async () => {
    for (const [chunk, samples] of Object.entries(CHUNK_CODE)) await expectOnlyInChunk(chunk, samples);
  });

  for (const widget of WIDGETS) {
    it(`is not downloaded by a page whose ${widget} has one feed URL`, async () => {
      const { page, el } = await openPage(widget, `src="/feeds/ok?label=${label()}" award="a"`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(chunksLoaded(page, SEVERAL)).to.deep.equal([]);
      expect(chunksLoaded(page, UNREACHABLE)).to.deep.equal([]);
    });
  }

  it('is not downloaded for a feed given inline', async () => {
    const feed = {
      version: 1,
      publisher: { name: 'Riverside' },
      events: [{ id: 'a', title: 'Welcome café', start: '2030-03-07T10:00' }],
    };
    const inline = `<script type="application/json">${JSON.stringify(feed)}</script>`;
    const { page, el } = await openPage('event-list', 'now="2030-03-01T09:00:00Z"', inline);
    expect(titles(el)).to.deep.equal(['Welcome café']);
    expect(chunksLoaded(page, SEVERAL)).to.deep.equal([]);
  });

  it('is not downloaded for one calendar URL, which brings the calendar reader instead', async () => {
    const src = `/feeds/calendar?label=${label()}`;
    const { page, el } = await openPage('event-list', `now="2030-01-01T00:00:00Z" src="${src}"`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(titles(el).length).to.be.greaterThan(0);
    expect(chunksLoaded(page, 'calendar-feed')).to.have.length(1);
    expect(chunksLoaded(page, SEVERAL)).to.deep.equal([]);
  });

  it('is not downloaded to say that no feed was given', async () => {
    const { page, el } = await openPage('event-list', '');
    expect(el.getAttribute('state')).to.equal('error');
    expect(page.errors[0].error.message).to.match(/^No feed was given: set the src attribute/);
    expect(chunksLoaded(page, SEVERAL)).to.deep.equal([]);
  });

  it('joins two feed URLs once downloaded, showing an event both list once', async () => {
    const [north, south] = [`/feeds/ok?label=north-${label()}`, `/feeds/ok?label=south-${label()}`];
    const src = `${north} ${south} ${north}&again=1`;
    const { page, el } = await openPage('event-list', `now="2026-11-26T12:00:00Z" src="${src}"`);
    expect(titles(el).map((t) => t.replace(/-\w+$/, ''))).to.deep.equal(['Event from north', 'Event from south']);
    expect(chunksLoaded(page, SEVERAL)).to.have.length(1);
  });

  it('requests the feeds while their code downloads, not after it', async () => {
    const src = `/feeds/ok?label=east-${label()} /feeds/ok?label=west-${label()}`;
    const { page } = await openPage('event-list', `now="2026-11-26T12:00:00Z" src="${src}"`);
    const started = (part: string) =>
      page.performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).map((e) => e.startTime);
    const [chunk] = started(`/dist/chunks/${SEVERAL}-`);
    const feeds = started('/feeds/ok?label=');
    expect(feeds).to.have.length(2);
    for (const feed of feeds) expect(feed).to.be.at.most(chunk);
  });

  it('requests each feed once, even one that fails before the code has arrived', async () => {
    // Blocked, a feed fails at once, long before the chunk can arrive.
    const [good, bad] = [`/feeds/ok?label=${label()}`, `/feeds/not-found?label=${label()}`];
    await blockUrls(`*${bad.slice(1)}`);
    const page = await openBuiltPage('event-list', {
      head: `<script>
        window.fetched = [];
        const browserFetch = window.fetch;
        window.fetch = (url, init) => (fetched.push(String(url)), browserFetch(url, init));
      </script>`,
      body: `<sanctuary-event-list now="2026-11-26T12:00:00Z" src="${good} ${bad}"></sanctuary-event-list>`,
    });
    const el = page.document.querySelector('sanctuary-event-list')!;
    await waitUntil(() => el.getAttribute('state') === 'ready', `the list is ${el.getAttribute('state')}`, { timeout: 8000 });
    const requests = (page as Frame & { fetched: string[] }).fetched.map((url) => {
      const { pathname, search } = new URL(url, page.location.href);
      return pathname + search;
    });
    expect(requests.filter((url) => url === good)).to.have.length(1);
    // A failed request is tried once more from the browser's cache; that is all.
    expect(requests.filter((url) => url === bad)).to.have.length(2);
  });

  it('that cannot be downloaded for two URLs leaves the widget in its error state, fallback shown, saying why', async () => {
    await blockUrls(`*/dist/chunks/${SEVERAL}-*`);
    const src = `/feeds/ok?label=${label()} /feeds/ok?label=${label()}`;
    const { page, el } = await openPage('event-list', `src="${src}"`, '<a href="/events">See our events</a>');
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.querySelector('a')!.getBoundingClientRect().height, 'the fallback link is shown').to.be.greaterThan(0);
    expect(page.errors).to.have.length(1);
    const { kind, message } = page.errors[0].error;
    expect(kind).to.equal('network');
    expect(message).to.match(/^The feeds at \/feeds\/ok\?label=\w+, \/feeds\/ok\?label=\w+ were not read: /);
    expect(message).to.contain('could not be downloaded (the connection failed, or dist/chunks/ was not copied');
    expect(page.logged).to.deep.equal([`sanctuary-widgets <sanctuary-event-list>: ${message}`]);
  });

  it('says so in words when the calendar reader cannot be downloaded for a calendar feed', async () => {
    await blockUrls('*/dist/chunks/calendar-feed-*');
    const src = `/feeds/calendar?label=${label()}`;
    const { page, el } = await openPage('event-list', `src="${src}"`);
    expect(el.getAttribute('state')).to.equal('error');
    const { kind, message } = page.errors[0].error;
    expect(kind).to.equal('network');
    expect(message).to.match(/^The calendar at http:\/\/[^ ]+\/feeds\/calendar\?label=\w+ was not read: the code that reads calendars could not be downloaded \(/);
  });

  it('explains a calendar address that cannot be reached with the sentence downloaded then', async () => {
    const { page, el } = await openPage('event-list', 'src="webcal://calendar.example.org/events.ics"');
    expect(el.getAttribute('state')).to.equal('error');
    expect(page.errors[0].error.message).to.contain('a webcal: address never does, so try https:');
    expect(chunksLoaded(page, UNREACHABLE)).to.have.length(1);
    expect(chunksLoaded(page, SEVERAL)).to.deep.equal([]);
  });

  it('that cannot be downloaded leaves an unreachable calendar address with the general sentence', async () => {
    await blockUrls(`*/dist/chunks/${UNREACHABLE}-*`);
    const { page, el } = await openPage('event-list', 'src="webcal://calendar.example.org/events.ics"');
    expect(el.getAttribute('state')).to.equal('error');
    expect(page.errors[0].error).to.deep.include({
      kind: 'network',
      message:
        'The feed at webcal://calendar.example.org/events.ics could not be reached: the connection failed, or the ' +
        'server does not let other sites read it (CORS).',
    });
  });
});
