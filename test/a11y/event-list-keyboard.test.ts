// A keyboard-only walk through <sanctuary-event-list>: every control in order, focus always visible, never trapped,
// never lost when the list changes under it.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/feed/index.js';
import '../../src/event-list/define.js';
import { deepActiveElement } from './helpers.js';
import { describeStop, inTreeOrder, jumpsBack, onPage, press, reachable, showsFocus, tabThrough } from './keyboard.js';

const NOW = '2026-11-26T12:00:00Z';

const smallFeed = {
  version: 1,
  publisher: { name: 'Riverside City of Sanctuary' },
  events: [
    { id: 'choir', title: 'Community choir', start: '2026-11-27T18:00', category: 'arts', location: { name: 'Riverside Hall' }, bookingUrl: 'https://example.org/choir' },
    {
      id: 'cafe',
      title: 'Welcome café',
      start: '2026-11-28T10:00',
      category: 'social',
      location: { name: 'Library' },
      description: 'Tea, cake and conversation every Saturday morning. '.repeat(8) + '\n\nChildren are welcome too.',
    },
    { id: 'esol', title: 'ESOL club', start: '2026-11-29T10:00', category: 'language', location: { name: 'Library' } },
  ],
};

const inWidget = (widget: HTMLElement) => {
  const active = deepActiveElement();
  return !!active && widget.shadowRoot!.contains(active);
};

describe('Event list with the keyboard alone', () => {
  beforeEach(clearFeedCache);

  it('reaches every control with Tab in reading order, always showing focus, and leaves at the end', async () => {
    const { page, widget } = await onPage(html`<sanctuary-event-list src="/demo/feed.json" now=${NOW} page-size="4"></sanctuary-event-list>`);
    const stops = await tabThrough(page);
    const names = stops.map((s) => s.name);
    expect(names.slice(0, 2)).to.deep.equal(['select#category', 'select#attendance']);
    expect(names.at(-1)).to.match(/^button Show 4 more events/);
    expect(stops.filter((s) => !s.focusVisible).map((s) => s.name), 'stops without a visible focus indicator').to.deep.equal([]);
    expect(inTreeOrder(stops.map((s) => s.el)), 'Tab follows the order of the content').to.equal(true);
    expect(jumpsBack(stops), 'Tab goes back up or across the screen').to.deep.equal([]);
    expect(stops.map((s) => s.el)).to.have.members(reachable(widget.shadowRoot!));
  });

  it('goes back through the same controls with Shift+Tab', async () => {
    const { page } = await onPage(html`<sanctuary-event-list src="/demo/feed.json" now=${NOW} page-size="4"></sanctuary-event-list>`);
    const forward = (await tabThrough(page)).map((s) => s.el);
    const backward = (await tabThrough(page, 200, 'Shift+Tab')).map((s) => s.el);
    expect(backward).to.deep.equal(forward.reverse());
  });

  it('moves focus to the first new event after Show more, visibly, and Tab carries on from there', async () => {
    const { widget } = await onPage(html`<sanctuary-event-list src="/demo/feed.json" now=${NOW} page-size="4"></sanctuary-event-list>`);
    const more = widget.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!;
    more.focus();
    const landed = await press('Enter');
    expect(landed?.getAttribute('data-index')).to.equal('4');
    expect(showsFocus(landed!), 'the new event shows focus').to.equal(true);
    const next = await press('Tab');
    expect(landed!.contains(next), `Tab went to ${next && describeStop(next)}, not into the new event`).to.equal(true);
  });

  it('keeps focus on "Read more" when the description opens and closes', async () => {
    const { widget } = await onPage(html`<sanctuary-event-list .feed=${smallFeed} now=${NOW}></sanctuary-event-list>`);
    const toggle = widget.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    toggle.focus();
    await press('Enter');
    expect(deepActiveElement()).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await press('Space');
    expect(deepActiveElement()).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes "Add to calendar" with Escape and puts focus back on it', async () => {
    const { widget } = await onPage(html`<sanctuary-event-list .feed=${smallFeed} now=${NOW}></sanctuary-event-list>`);
    const summary = widget.shadowRoot!.querySelector<HTMLElement>('details.calendar summary')!;
    summary.focus();
    await press('Enter');
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    // The menu's choices are loaded the first time it is focused or opened.
    await waitUntil(() => summary.parentElement!.querySelector('a'), 'the calendar choices never arrived');
    const first = await press('Tab');
    expect(summary.parentElement!.contains(first), 'Tab enters the open menu').to.equal(true);
    await press('Escape');
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(false);
    expect(deepActiveElement()).to.equal(summary);
    expect(showsFocus(summary)).to.equal(true);
  });

  it('keeps focus on a filter while its choice changes the list', async () => {
    const { widget } = await onPage(html`<sanctuary-event-list .feed=${smallFeed} now=${NOW}></sanctuary-event-list>`);
    const category = widget.shadowRoot!.querySelector<HTMLSelectElement>('#category')!;
    category.focus();
    await press('ArrowDown');
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(category.value).to.not.equal('');
    expect(widget.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(1);
    expect(deepActiveElement()).to.equal(category);
  });

  it('keeps focus in the widget when "Clear filters" goes away with the empty message', async () => {
    const { widget } = await onPage(html`<sanctuary-event-list .feed=${smallFeed} now=${NOW} attendance="online"></sanctuary-event-list>`);
    const clear = widget.shadowRoot!.querySelector<HTMLButtonElement>('.empty button')!;
    expect(clear.textContent!.trim()).to.equal('Show all events');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(widget.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(3);
    expect(inWidget(widget), `focus went to ${deepActiveElement()?.localName}`).to.equal(true);
    expect(showsFocus(deepActiveElement()!)).to.equal(true);
  });

  it('moves focus to the first past event when "See past events" replaces the empty message', async () => {
    const past = { version: 1, publisher: { name: 'Quiet group' }, events: [{ id: 'fair', title: 'Summer fair', start: '2026-07-04T12:00', location: { name: 'Park' } }] };
    const { widget } = await onPage(html`<sanctuary-event-list .feed=${past} now=${NOW}></sanctuary-event-list>`);
    const reveal = widget.shadowRoot!.querySelector<HTMLButtonElement>('.empty button')!;
    reveal.focus();
    await sendKeys({ press: 'Enter' });
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepActiveElement()?.getAttribute('part')).to.equal('item');
    expect(deepActiveElement()!.textContent).to.contain('Summer fair');
    expect(showsFocus(deepActiveElement()!)).to.equal(true);
  });
});
