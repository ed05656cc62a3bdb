// The built event list (dist/) downloads code that only some pages need when they need it: the calendar reader for a
// calendar feed, the add-to-calendar menu's code when a reader opens one, JSON-LD for the json-ld attribute. Run
// `npm run build` first (npm test does).
import { expect, waitUntil } from '@open-wc/testing';
import { blockUrls, chunksLoaded, closeBuiltPages, expectOnlyInChunk, openBuiltPage, type Frame } from '../built-page.js';

const openPage = (body: string) => openBuiltPage('event-list', { body });

async function ready(win: Frame, selector: string): Promise<HTMLElement> {
  const deadline = performance.now() + 8000;
  for (;;) {
    const el = win.document.querySelector<HTMLElement>(selector);
    if (el?.getAttribute('state') === 'ready') return el;
    if (el?.getAttribute('state') === 'error' || performance.now() > deadline) throw new Error(`${selector} is ${el?.getAttribute('state')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const scriptsLoaded = (win: Frame) =>
  win.performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /\.js(\?|$)/.test(name));

const NOW = '2026-11-26T12:00:00Z';

/** Opens (or closes) an event's "Add to calendar" menu as a reader does, with a click on it. */
function toggleCalendar(list: HTMLElement, index = 0): HTMLDetailsElement {
  const details = list.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details.calendar')[index];
  details.querySelector('summary')!.click();
  return details;
}

describe('the built event list and its chunks', () => {
  afterEach(closeBuiltPages);

  it('keeps the add-to-calendar and JSON-LD code out of dist/event-list.js, in chunks of their own', async () => {
    // Text that only the .ics writer, the calendar links and the JSON-LD writer hold.
    await expectOnlyInChunk('add-to-calendar', ['PRODID:', 'BEGIN:VTIMEZONE', 'calendar/render', 'action/compose'], ['event-list']);
    await expectOnlyInChunk('json-ld', ['EventScheduled'], ['event-list']);
  });

  it('downloads the add-to-calendar code when a reader first opens the menu, then fills every menu from it', async () => {
    const win = await openPage(`<sanctuary-event-list id="events" src="/demo/feed.json" now="${NOW}"></sanctuary-event-list>`);
    const list = await ready(win, '#events');
    expect(chunksLoaded(win, 'add-to-calendar')).to.deep.equal([]);
    expect(list.shadowRoot!.querySelector('details.calendar a'), 'no links before the code is here').to.equal(null);

    const first = toggleCalendar(list);
    await waitUntil(() => first.querySelector('a'), 'the calendar choices never arrived', { timeout: 5000 });
    const hosts = [...first.querySelectorAll('a')].map((a) => new URL(a.href).host);
    expect(hosts).to.deep.equal(['calendar.google.com', 'outlook.live.com', 'outlook.office.com']);
    expect(first.querySelector('button')!.textContent).to.contain('.ics file');
    expect(chunksLoaded(win, 'add-to-calendar')).to.have.length(1);

    const second = toggleCalendar(list, 1);
    expect(second.querySelector('a'), 'a second menu has its links at once').to.not.equal(null);
    expect(chunksLoaded(win, 'add-to-calendar')).to.have.length(1);
  });

  it('downloads the JSON-LD code only for a list with json-ld, and writes the events with it', async () => {
    const win = await openPage(`<sanctuary-event-list id="plain" src="/demo/feed.json" now="${NOW}"></sanctuary-event-list>`);
    const plain = await ready(win, '#plain');
    expect(chunksLoaded(win, 'json-ld')).to.deep.equal([]);
    expect(plain.querySelector('script')).to.equal(null);

    win.document.body.insertAdjacentHTML(
      'beforeend',
      `<sanctuary-event-list id="seo" src="/demo/feed.json" now="${NOW}" json-ld page-size="2"></sanctuary-event-list>`,
    );
    const seo = await ready(win, '#seo');
    const script = () => seo.querySelector('script[type="application/ld+json"]');
    await waitUntil(script, 'no JSON-LD written', { timeout: 5000 });
    const data = JSON.parse(script()!.textContent!) as { '@type': string }[];
    expect(data.map((d) => d['@type'])).to.deep.equal(['Event', 'Event']);
    expect(chunksLoaded(win, 'json-ld')).to.have.length(1);
  });

  it('says in words when the add-to-calendar code cannot be downloaded, and tries again when the menu is reopened', async () => {
    await blockUrls('*/dist/chunks/add-to-calendar-*');
    const win = await openPage(`<sanctuary-event-list id="events" src="/demo/feed.json" now="${NOW}"></sanctuary-event-list>`);
    const list = await ready(win, '#events');
    const details = toggleCalendar(list);
    await waitUntil(() => details.querySelector('.calendar-failed'), 'no words about the failure', { timeout: 5000 });
    const failed = details.querySelector('.calendar-failed')!;
    expect(failed.textContent).to.contain('the calendar choices could not be loaded');
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(details.querySelector('a, button')).to.equal(null);

    await blockUrls();
    toggleCalendar(list); // closes it
    expect(details.open).to.equal(false);
    toggleCalendar(list);
    await waitUntil(() => details.querySelector('a'), 'the calendar choices never arrived on the second try', { timeout: 5000 });
    expect(details.querySelector('.calendar-failed')).to.equal(null);
  });

  it('does not download the calendar reader for a JSON feed, and does for a calendar', async () => {
    const label = Math.random().toString(36).slice(2);
    const win = await openPage(`<sanctuary-event-list id="json" src="/feeds/ok?label=${label}" now="2029-12-01T00:00:00Z"></sanctuary-event-list>`);
    await ready(win, '#json');
    expect(scriptsLoaded(win).some((name) => name.includes('/dist/event-list.js'))).to.equal(true);
    expect(chunksLoaded(win, 'calendar-feed')).to.deep.equal([]);

    win.document.body.insertAdjacentHTML(
      'beforeend',
      `<sanctuary-event-list id="calendar" src="/feeds/calendar?label=${label}" now="2030-03-01T09:00:00Z"></sanctuary-event-list>`,
    );
    const calendar = await ready(win, '#calendar');
    expect(calendar.shadowRoot!.textContent).to.contain('Riverside welcome café');
    expect(chunksLoaded(win, 'calendar-feed')).to.have.length(1);
  });
});
