import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { clearFeedCache } from '../../src/feed/index.js';
import '../../src/event-list/define.js';
import type { SanctuaryEventList } from '../../src/event-list/event-list.js';
import { quietly as captureConsole } from '../console-capture.js';
import { $, $$, settled, text } from '../widget-dom.js';

const NOW = Date.parse('2026-11-26T12:00:00Z'); // a Thursday
let feed: Record<string, unknown>;
const titles = (el: Element) => $$(el, '[part=title]').map(text);
const itemFor = (el: Element, title: string) => $$(el, '[part=item]').find((li) => text(li.querySelector('[part=title]')) === title)!;

/** Warnings and errors both: a broken feed is reported with console.warn, a failed one with console.error. */
const quietly = <T>(run: () => Promise<T>) => captureConsole(run, ['warn', 'error']);

/** Opens an event's "Add to calendar" menu as a reader does, and waits for its choices (loaded on first open). */
async function openCalendar(item: HTMLElement): Promise<HTMLDetailsElement> {
  const details = item.querySelector<HTMLDetailsElement>('details.calendar')!;
  details.querySelector('summary')!.click();
  expect(details.open, 'the menu opens').to.equal(true);
  await waitUntil(() => details.querySelector('ul a'), 'the calendar choices never arrived', { timeout: 5000 });
  return details;
}

async function list(attributes: Partial<SanctuaryEventList> = {}, data: unknown = feed): Promise<SanctuaryEventList> {
  const { result } = await quietly(async () => {
    const el = await fixture<SanctuaryEventList>(html`<sanctuary-event-list .now=${NOW} .feed=${data}></sanctuary-event-list>`);
    Object.assign(el, attributes);
    await settled(el);
    await el.updateComplete;
    return el;
  });
  return result;
}

describe('<sanctuary-event-list>', () => {
  let pageLang: string;
  before(async () => {
    feed = await (await fetch('/test/fixtures/event-list-feed.json')).json();
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'en-GB';
  });
  after(() => {
    document.documentElement.lang = pageLang;
  });
  beforeEach(clearFeedCache);

  it('shows upcoming events soonest first, under day headings with Today and Tomorrow in words', async () => {
    const el = await list();
    expect(titles(el).slice(0, 3)).to.deep.equal(['Welcome café <b>with cake</b>', 'Asylum system webinar', 'Advice drop-in']);
    const headings = $$(el, '.group-heading').map(text);
    expect(headings.slice(0, 3)).to.deep.equal(['Today', 'Tomorrow', 'Tuesday 1 December']);
    expect($$(el, '.group-heading')[0].getAttribute('role')).to.equal('heading');
    expect($$(el, '.group-heading')[0].getAttribute('aria-level')).to.equal('3');
    expect($$(el, '[part=title]')[0].getAttribute('aria-level')).to.equal('4');
  });

  it('hides past events unless asked, then lists them under Past events, latest first', async () => {
    const el = await list({ pageSize: 50 });
    expect(titles(el)).to.not.include('Annual general meeting');
    el.showPast = true;
    await el.updateComplete;
    expect(text($(el, '.past-heading'))).to.equal('Past events');
    const all = titles(el);
    expect(all.indexOf('Annual general meeting')).to.be.greaterThan(all.indexOf('Winter fair'));
  });

  it('shows a weekly drop-in every week until its last date', async () => {
    const el = await list({ pageSize: 50 });
    const dates = $$(el, '[part=item]')
      .filter((li) => text(li.querySelector('[part=title]')) === 'Advice drop-in')
      .map((li) => li.querySelector('time')!.getAttribute('datetime')!.slice(0, 10));
    expect(dates).to.deep.equal(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22']);
  });

  it('shows a cancelled event struck through, with the word Cancelled, in its place', async () => {
    const el = await list({ pageSize: 50 });
    const carols = itemFor(el, 'Carols for sanctuary');
    expect(text(carols.querySelector('[part=badge]'))).to.equal('Cancelled');
    expect(getComputedStyle(carols.querySelector('.title')!).textDecorationLine).to.equal('line-through');
    const cancelledDate = $$(el, '[part=item]').find((li) => li.querySelector('time')!.getAttribute('datetime')!.startsWith('2026-12-08'))!;
    expect(text(cancelledDate.querySelector('[part=badge]'))).to.equal('Cancelled');
  });

  it('says Postponed and Moved online in words, and an event moved online is shown as online', async () => {
    const el = await list({ pageSize: 50 });
    expect(text(itemFor(el, 'Sanctuary ceilidh').querySelector('[part=badge]'))).to.equal('Postponed');
    const briefing = itemFor(el, 'Councillor briefing');
    expect(text(briefing.querySelector('[part=badge]'))).to.equal('Moved online');
    expect(text(briefing.querySelector('.facts'))).to.contain('Online (Teams)');
    expect(text(briefing.querySelector('.facts'))).to.not.contain('Guildhall');
  });

  it('shows when, where, cost, languages and access for each event', async () => {
    const el = await list({ pageSize: 50 });
    const dropIn = itemFor(el, 'Advice drop-in');
    expect(text(dropIn.querySelector('[part=date]'))).to.match(/^10:00\s?–\s?12:00/);
    const facts = (li: Element) => Object.fromEntries([...li.querySelectorAll('.fact')].map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]));
    expect(facts(dropIn)).to.deep.equal({
      Where: 'Community Centre, 1 High Street, CB1 1AA',
      Cost: 'Free',
      Languages: 'English and Arabic',
      Access: 'Step-free entrance',
    });
    expect(facts(itemFor(el, 'Asylum system webinar'))).to.deep.equal({ Where: 'Online (Zoom)' });
    expect(text(itemFor(el, 'Winter fair').querySelector('[part=date]'))).to.equal('Sat 6 – Sun 7 March');
  });

  it('links a title to the event page, but never to a javascript: address', async () => {
    const el = await list({ pageSize: 50 });
    expect(itemFor(el, 'Advice drop-in').querySelector('[part=title] a')!.getAttribute('href')).to.equal('https://example.org/drop-in');
    expect(itemFor(el, 'Welcome café <b>with cake</b>').querySelector('[part=title] a')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
  });

  it('shows text that looks like HTML as text', async () => {
    const el = await list();
    const cafe = itemFor(el, 'Welcome café <b>with cake</b>');
    expect(cafe.querySelector('b, script')).to.equal(null);
    expect(text(cafe.querySelector('[part=description]'))).to.contain("<script>alert('x')</script>");
  });

  it('clamps a long description with a button that says whether it is open', async () => {
    const el = await list();
    const cafe = itemFor(el, 'Welcome café <b>with cake</b>');
    const button = cafe.querySelector<HTMLButtonElement>('button.toggle')!;
    const description = cafe.querySelector('[part=description]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(description.id);
    expect(text(button)).to.equal('Read more about Welcome café <b>with cake</b>');
    const clampedHeight = description.getBoundingClientRect().height;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(description.getBoundingClientRect().height).to.be.greaterThan(clampedHeight);
    expect(text(button)).to.match(/^Show less/);
  });

  it('lets a reader filter by category and by in person or online, with labelled controls and a count', async () => {
    const el = await list({ pageSize: 50 });
    const category = $(el, 'select#category') as HTMLSelectElement;
    expect(text(el.shadowRoot!.querySelector('label[for=category]'))).to.equal('Category');
    category.value = 'training';
    category.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Asylum system webinar', 'Councillor briefing']);
    expect(text($(el, '.count'))).to.equal('2 events');
    expect($(el, '.count')!.getAttribute('role')).to.equal('status');
    category.value = '';
    category.dispatchEvent(new Event('change'));
    const attendance = $(el, 'select#attendance') as HTMLSelectElement;
    attendance.value = 'online';
    attendance.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Asylum system webinar', 'Councillor briefing']);
    attendance.value = 'in-person';
    attendance.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)).to.not.include('Asylum system webinar');
    expect(titles(el)).to.include('Advice drop-in');
  });

  it('takes a preset category and a limit from the page owner, for a sidebar', async () => {
    const el = await list({ category: 'fundraising', limit: 1 });
    expect(titles(el)).to.deep.equal(['Carols for sanctuary']);
    expect(($(el, 'select#category') as HTMLSelectElement).value).to.equal('fundraising');
    expect($(el, '[part=more]')).to.equal(null);
  });

  it('offers a way back when filters match nothing', async () => {
    const el = await list({ category: 'nothing-like-this' });
    expect(text($(el, '[part=empty]'))).to.contain('No events match these filters.');
    ($(el, '[part=empty] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(titles(el).length).to.be.greaterThan(3);
  });

  it('renders the first page at once and shows more on request, moving focus to the first new event', async () => {
    const many = {
      version: 1,
      publisher: { name: 'Busy group' },
      events: Array.from({ length: 25 }, (_, i) => ({ id: `e${i}`, title: `Event ${i + 1}`, start: `2027-01-${String(i + 1).padStart(2, '0')}T10:00` })),
    };
    const el = await list({}, many);
    expect($$(el, '[part=item]')).to.have.length(10);
    const more = $(el, '[part=more]') as HTMLButtonElement;
    expect(text(more)).to.equal('Show 10 more events');
    expect(text($(el, '.shown-of'))).to.equal('10 of 25 shown');
    more.click();
    await waitUntil(() => $$(el, '[part=item]').length === 20);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=item]')[10]);
    expect(text(el.shadowRoot!.activeElement!.querySelector('[part=title]'))).to.equal('Event 11');
    ($(el, '[part=more]') as HTMLButtonElement).click();
    await waitUntil(() => $$(el, '[part=item]').length === 25);
    expect($(el, '[part=more]')).to.equal(null);
  });

  it('honours page-size', async () => {
    const el = await list({ pageSize: 3 });
    expect($$(el, '[part=item]')).to.have.length(3);
  });

  it('has list, cards and compact layouts; compact leaves out descriptions and actions', async () => {
    const el = await list();
    expect(el.getAttribute('layout')).to.equal('list');
    expect($$(el, '[part=actions]').length).to.be.greaterThan(0);
    el.layout = 'cards';
    await el.updateComplete;
    expect(getComputedStyle($(el, '.events')!).gridTemplateColumns.split(' ').length).to.be.greaterThan(0);
    expect(text($(el, '.group-heading'))).to.equal('November 2026');
    el.layout = 'compact';
    await el.updateComplete;
    expect($$(el, '[part=description]')).to.have.length(0);
    expect($$(el, '[part=actions]')).to.have.length(0);
  });

  it('adds an event to a calendar with an .ics file that an independent parser reads', async () => {
    const el = await list();
    const webinar = itemFor(el, 'Asylum system webinar');
    await openCalendar(webinar);
    const originalClick = HTMLAnchorElement.prototype.click;
    let download: { href: string; name: string } | undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      download = { href: this.href, name: this.download };
    };
    try {
      webinar.querySelector<HTMLButtonElement>('.calendar button')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(download!.name).to.equal('asylum-system-webinar.ics');
    const ics = await (await fetch(download!.href)).text();
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(parsed.summary).to.equal('Asylum system webinar');
    expect(parsed.uid).to.equal('webinar@example.org'); // the publisher's domain, the same from any partner page
    expect(parsed.startDate.toJSDate().toISOString()).to.equal('2026-11-27T19:00:00.000Z');
  });

  it('offers Google Calendar and Outlook links whose text makes sense alone', async () => {
    const el = await list();
    const details = await openCalendar(itemFor(el, 'Asylum system webinar'));
    const links = [...details.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => new URL(a.href).host)).to.deep.equal(['calendar.google.com', 'outlook.live.com', 'outlook.office.com']);
    expect(text(links[0])).to.equal('Add Asylum system webinar to Google Calendar');
  });

  it('closes the calendar menu with Escape and puts focus back on it', async () => {
    const el = await list();
    const details = await openCalendar(itemFor(el, 'Asylum system webinar'));
    const link = details.querySelector<HTMLAnchorElement>('a')!;
    link.focus();
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(details.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
  });

  it('writes schema.org JSON-LD into the page when asked, and takes it away when not', async () => {
    const el = await list({ jsonLd: true, pageSize: 3 });
    // The JSON-LD code is loaded when the attribute is first set: the script follows a moment later.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD written', { timeout: 5000 });
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!);
    expect(data).to.have.length(3);
    expect(data[0]).to.include({ '@type': 'Event', name: 'Welcome café <b>with cake</b>', startDate: '2026-11-26T14:00:00+00:00' });
    expect(el.getAttribute('state')).to.equal('ready'); // a script child is not fallback content
    el.jsonLd = false;
    await el.updateComplete;
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('takes its JSON-LD away when it leaves the page, and writes it again when it comes back', async () => {
    const el = await list({ jsonLd: true, pageSize: 3 });
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD written', { timeout: 5000 });
    const parent = el.parentElement!;
    el.remove();
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    parent.append(el);
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD after coming back', { timeout: 5000 });
  });

  it('drops a broken event (bad zone, end before start, unknown status), says why, and shows the rest', async () => {
    let issues: { path: string; message: string }[] = [];
    const { warnings } = await quietly(async () => {
      const el = document.createElement('sanctuary-event-list');
      el.now = NOW;
      el.addEventListener('sanctuary-feed-issues', (e) => (issues = e.detail.issues));
      el.feed = feed;
      document.body.append(el);
      await settled(el);
      expect(titles(el)).to.not.include('Unknown zone');
      expect(titles(el)).to.include('Advice drop-in');
      el.remove();
    });
    expect(issues.map((i) => i.path)).to.deep.equal(['$.events[8].timezone', '$.events[9].end', '$.events[10].status']);
    expect(warnings.join()).to.contain('$.events[8].timezone');
  });

  it('helps when nothing is coming up: a link the owner sets, or the past events', async () => {
    const old = { version: 1, publisher: { name: 'Quiet group' }, events: [{ id: 'x', title: 'Last year’s picnic', start: '2025-06-01' }] };
    const withLink = await list({ emptyUrl: 'https://example.org/archive' }, old);
    expect(text($(withLink, '[part=empty]'))).to.contain('No upcoming events.');
    expect(withLink.shadowRoot!.querySelector('[part=empty] a')!.getAttribute('href')).to.equal('https://example.org/archive');
    const el = await list({ emptyText: 'Nothing planned yet — check back soon.' }, old);
    expect(text($(el, '[part=empty]'))).to.contain('Nothing planned yet');
    ($(el, '[part=empty] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Last year’s picnic']);
    const unsafe = await list({ emptyUrl: 'javascript:alert(1)' }, old);
    expect(unsafe.shadowRoot!.querySelector('[part=empty] a')).to.equal(null);
  });

  it('merges several feeds given in src, showing an event that appears twice once', async () => {
    const label = Math.random().toString(36).slice(2);
    const north = `/feeds/ok?label=north-${label}`;
    const el = await fixture<SanctuaryEventList>(html`<sanctuary-event-list now="2026-11-26T12:00:00Z"
      src="${north} /feeds/ok?label=south-${label} ${north}&again=1"></sanctuary-event-list>`);
    await settled(el);
    expect(titles(el)).to.deep.equal([`Event from north-${label}`, `Event from south-${label}`]);
  });

  it('reads now from an attribute, for previews', async () => {
    const { result: el } = await quietly(async () => {
      const el = await fixture<SanctuaryEventList>(html`<sanctuary-event-list now="2026-11-26T12:00:00Z" .feed=${feed}></sanctuary-event-list>`);
      await settled(el);
      return el;
    });
    expect(el.now).to.equal(NOW);
    expect(text($(el, '.group-heading'))).to.equal('Today');
  });

  it('speaks Arabic right to left, in the reader’s language', async () => {
    const { result: el } = await quietly(async () => {
      const wrapper = await fixture(html`<div lang="ar"><sanctuary-event-list .now=${NOW} .feed=${feed}></sanctuary-event-list></div>`);
      const el = wrapper.firstElementChild as SanctuaryEventList;
      await settled(el);
      return el;
    });
    expect($(el, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '.group-heading'))).to.equal('اليوم');
    expect(text(itemFor(el, 'Carols for sanctuary').querySelector('[part=badge]'))).to.equal('أُلغيت');
    // The feed's own English text is marked as English, so a screen reader does not read it with an Arabic voice.
    expect(itemFor(el, 'Carols for sanctuary').querySelector('[part=title]')!.getAttribute('lang')).to.equal('en');
    expect(itemFor(el, 'Carols for sanctuary').querySelector('dt')!.hasAttribute('lang')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows a translated title in the reader’s language, without marking it as the feed’s language', async () => {
    const translated = {
      version: 1,
      publisher: { name: 'Bilingual group' },
      language: 'en',
      events: [
        { id: 'cafe', title: { en: 'Welcome café', ar: 'مقهى الترحيب' }, start: '2026-11-27T10:00' },
        { id: 'club', title: 'Conversation club', start: '2026-11-28T10:00' },
      ],
    };
    const { result: el } = await quietly(async () => {
      const wrapper = await fixture(html`<div lang="ar"><sanctuary-event-list .now=${NOW} .feed=${translated}></sanctuary-event-list></div>`);
      const el = wrapper.firstElementChild as SanctuaryEventList;
      await settled(el);
      return el;
    });
    const [cafe, club] = $$(el, '[part=title]');
    expect(text(cafe)).to.equal('مقهى الترحيب');
    expect(cafe.hasAttribute('lang')).to.equal(false);
    expect(club.getAttribute('lang')).to.equal('en');
  });

  it('reflows into one column at 320 pixels wide without sideways scrolling', async () => {
    const el = await list();
    el.style.width = '320px';
    await aTimeout(50);
    const base = $(el, '[part=base]')!;
    expect(base.scrollWidth).to.be.at.most(320);
    const item = $(el, '[part=item]')!;
    expect(getComputedStyle(item).gridTemplateColumns.split(' ')).to.have.length(1);
  });

  it('shows the page’s fallback when the feed fails', async () => {
    const { result: el } = await quietly(async () => {
      const el = await fixture<SanctuaryEventList>(html`<sanctuary-event-list src="/feeds/not-found?label=${Math.random()}"><a href="/events">Our events</a></sanctuary-event-list>`);
      await settled(el);
      return el;
    });
    expect(el.getAttribute('state')).to.equal('error');
    expect($(el, 'slot')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('is accessible', () => {
    it('while loading, with a skeleton shaped like the list', async () => {
      const el = await fixture<SanctuaryEventList>(html`<sanctuary-event-list src="/feeds/ok?delay=500&label=${Math.random()}"></sanctuary-event-list>`);
      expect(el.getAttribute('state')).to.equal('loading');
      expect($(el, '[part=skeleton]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      await settled(el);
    });

    it('when ready, with descriptions open and a calendar menu open', async () => {
      const el = await list({ pageSize: 50 });
      $$(el, 'button.toggle')[0].click();
      await openCalendar($$(el, '[part=item]')[0]);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('when empty', async () => {
      const el = await list({}, { version: 1, publisher: { name: 'Empty' }, events: [] });
      expect(text($(el, '[part=empty]'))).to.contain('No upcoming events.');
      await expect(el).to.be.accessible();
    });

    it('in the dark theme, in every layout', async () => {
      const el = await list({ theme: 'dark', pageSize: 50 });
      for (const layout of ['list', 'cards', 'compact'] as const) {
        el.layout = layout;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });

    it('when an error has no fallback', async () => {
      const { result: el } = await quietly(async () => {
        const el = await fixture<SanctuaryEventList>(html`<sanctuary-event-list src="/feeds/version-3?label=${Math.random()}"></sanctuary-event-list>`);
        await settled(el);
        return el;
      });
      await expect(el).to.be.accessible();
    });
  });

  it('tells the page it loaded', async () => {
    const el = document.createElement('sanctuary-event-list');
    el.now = NOW;
    el.feed = { version: 1, publisher: { name: 'x' }, events: [] };
    const loaded = oneEvent(el, 'sanctuary-load');
    document.body.append(el);
    expect((await loaded).detail.feed.publisher.name).to.equal('x');
    el.remove();
  });
});
