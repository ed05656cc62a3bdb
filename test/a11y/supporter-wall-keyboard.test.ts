// A keyboard-only walk through <sanctuary-supporter-wall>: call to action, sector filter, tiles, "Show all" and
// the marquee's pause button, focus always visible, never trapped, never lost when the wall changes under it.
import { expect, html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/index.js';
import '../../src/supporter-wall/define.js';
import { deepActiveElement, emulateMediaFeatures } from './helpers.js';
import { inTreeOrder, jumpsBack, onPage, press, reachable, showsFocus, tabThrough } from './keyboard.js';

type Wall = HTMLElement & { updateComplete: Promise<unknown> };
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const JOIN = 'https://cambridge.cityofsanctuary.org/pledge';

describe('Supporter wall with the keyboard alone', () => {
  beforeEach(clearFeedCache);
  afterEach(() => emulateMediaFeatures({ 'prefers-reduced-motion': '' }));

  it('reaches every control with Tab in reading order, always showing focus, and leaves at the end', async () => {
    const { page, widget } = await onPage(html`<sanctuary-supporter-wall src="/demo/feed.json" limit="8" join-url=${JOIN}></sanctuary-supporter-wall>`);
    const stops = await tabThrough(page);
    const names = stops.map((s) => s.name);
    expect(names[0]).to.match(/^a /);
    expect(names[1]).to.equal('select#sector');
    expect(names.at(-1)).to.match(/^button Show all/);
    expect(stops.filter((s) => !s.focusVisible).map((s) => s.name), 'stops without a visible focus indicator').to.deep.equal([]);
    expect(inTreeOrder(stops.map((s) => s.el)), 'Tab follows the order of the content').to.equal(true);
    expect(jumpsBack(stops), 'Tab goes back up or across the screen').to.deep.equal([]);
    expect(stops.map((s) => s.el)).to.have.members(reachable(widget.shadowRoot!));
  });

  it('goes back through the same controls with Shift+Tab', async () => {
    const { page } = await onPage(html`<sanctuary-supporter-wall src="/demo/feed.json" limit="8" join-url=${JOIN}></sanctuary-supporter-wall>`);
    const forward = (await tabThrough(page)).map((s) => s.el);
    const backward = (await tabThrough(page, 200, 'Shift+Tab')).map((s) => s.el);
    expect(backward).to.deep.equal(forward.reverse());
  });

  it('keeps focus on the sector filter while its choice changes the wall', async () => {
    const { widget } = await onPage(html`<sanctuary-supporter-wall src="/demo/feed.json"></sanctuary-supporter-wall>`);
    const select = $<HTMLSelectElement>(widget, '#sector');
    const before = widget.shadowRoot!.querySelectorAll('.grid > li').length;
    select.focus();
    await press('ArrowDown');
    await (widget as Wall).updateComplete;
    expect(widget.shadowRoot!.querySelectorAll('.grid > li').length).to.be.below(before);
    expect(deepActiveElement()).to.equal(select);
  });

  it('moves focus to the first newly shown supporter after "Show all", visibly', async () => {
    const { widget } = await onPage(html`<sanctuary-supporter-wall src="/demo/feed.json" limit="8"></sanctuary-supporter-wall>`);
    $(widget, '[part=show-all]').focus();
    await press('Enter');
    await (widget as Wall).updateComplete;
    const ninth = $(widget, 'li[data-index="8"]');
    expect(ninth.contains(deepActiveElement())).to.equal(true);
    expect(showsFocus(deepActiveElement()!)).to.equal(true);
  });

  it('offers Pause first in a moving marquee, skips the repeated strip, and stops moving while a tile has focus', async () => {
    const { page, widget } = await onPage(html`<sanctuary-supporter-wall src="/demo/feed.json" marquee headline=""></sanctuary-supporter-wall>`);
    const stops = await tabThrough(page);
    expect(stops[0].name).to.match(/^button Pause/);
    expect(stops.filter((s) => !s.focusVisible).map((s) => s.name)).to.deep.equal([]);
    expect(stops.some((s) => s.el.closest('[aria-hidden=true]')), 'no stop in the hidden repeat').to.equal(false);
    expect(stops.map((s) => s.el)).to.have.members(reachable(widget.shadowRoot!));
    stops[1].el instanceof HTMLElement && stops[1].el.focus();
    expect(getComputedStyle($(widget, '.track')).animationPlayState).to.equal('paused');
  });

  it('pauses and plays the marquee with the keyboard, focus staying on the button', async () => {
    const { widget } = await onPage(html`<sanctuary-supporter-wall src="/demo/feed.json" marquee></sanctuary-supporter-wall>`);
    const toggle = $<HTMLButtonElement>(widget, '[part=pause]');
    toggle.focus();
    await press('Enter');
    await (widget as Wall).updateComplete;
    expect(toggle.textContent).to.match(/Play/);
    expect(deepActiveElement()).to.equal(toggle);
    expect(showsFocus(toggle)).to.equal(true);
  });
});
