// A keyboard-only walk through <sanctuary-resource-finder>: search, filters, sort, results and paging in order,
// focus always visible, never trapped, never lost when the results change under it.
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/feed/index.js';
import '../../src/resource-finder/define.js';
import { deepActiveElement } from './helpers.js';
import { describeStop, inTreeOrder, jumpsBack, onPage, press, reachable, showsFocus, tabThrough } from './keyboard.js';

type Finder = HTMLElement & { updateComplete: Promise<unknown> };
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const results = (el: Element) => el.shadowRoot!.querySelectorAll('.results > ul > li').length;
const finder = () =>
  onPage(html`<sanctuary-resource-finder src="/demo/feed.json" page-size="4"></sanctuary-resource-finder>`);

describe('Resource finder with the keyboard alone', () => {
  beforeEach(clearFeedCache);

  it('reaches every control with Tab in reading order, always showing focus, and leaves at the end', async () => {
    const { page, widget } = await finder();
    const stops = await tabThrough(page);
    const names = stops.map((s) => s.name);
    expect(names[0]).to.equal('input#q');
    expect(names).to.include('select');
    expect(names.at(-1)).to.match(/^button Show 4 more/);
    expect(stops.filter((s) => !s.focusVisible).map((s) => s.name), 'stops without a visible focus indicator').to.deep.equal([]);
    expect(inTreeOrder(stops.map((s) => s.el)), 'Tab follows the order of the content').to.equal(true);
    expect(jumpsBack(stops), 'Tab goes back up or across the screen').to.deep.equal([]);
    expect(stops.map((s) => s.el)).to.have.members(reachable(widget.shadowRoot!));
  });

  it('goes back through the same controls with Shift+Tab', async () => {
    const { page } = await finder();
    const forward = (await tabThrough(page)).map((s) => s.el);
    const backward = (await tabThrough(page, 200, 'Shift+Tab')).map((s) => s.el);
    expect(backward).to.deep.equal(forward.reverse());
  });

  it('keeps focus in the search box while typing narrows the results, and Escape clears the search', async () => {
    const { widget } = await finder();
    const input = $<HTMLInputElement>(widget, '#q');
    const before = widget.shadowRoot!.querySelector('[part=count]')!.textContent;
    input.focus();
    await sendKeys({ type: 'asylum' });
    await (widget as Finder).updateComplete;
    expect(deepActiveElement()).to.equal(input);
    expect(widget.shadowRoot!.querySelector('[part=count]')!.textContent).to.not.equal(before);
    await press('Escape');
    await (widget as Finder).updateComplete;
    expect(input.value).to.equal('');
    expect(deepActiveElement()).to.equal(input);
    expect(widget.shadowRoot!.querySelector('[part=count]')!.textContent).to.equal(before);
  });

  it('keeps focus on a filter ticked with Space, and "Clear all" hands focus to the search box', async () => {
    const { widget } = await finder();
    const box = $<HTMLInputElement>(widget, '.facet input[type=checkbox]');
    box.focus();
    await press('Space');
    await (widget as Finder).updateComplete;
    expect(box.checked).to.equal(true);
    expect(deepActiveElement()).to.equal(box);
    const clear = $<HTMLButtonElement>(widget, '[part=clear]');
    clear.focus();
    await press('Enter');
    await (widget as Finder).updateComplete;
    expect(widget.shadowRoot!.querySelector('[part=clear]')).to.equal(null);
    expect(deepActiveElement()).to.equal($(widget, '#q'));
    expect(showsFocus($(widget, '#q'))).to.equal(true);
  });

  it('keeps focus on "More options" as a long filter list opens and closes', async () => {
    const { widget } = await finder();
    const more = [...widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('.facet button[aria-expanded]')][0];
    expect(more, 'a facet long enough to fold').to.exist;
    more.focus();
    await press('Enter');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement()).to.equal(more);
    await press('Enter');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(more);
  });

  it('moves focus to the first new result after Show more, visibly', async () => {
    const { widget } = await finder();
    $(widget, '[part=more]').focus();
    const landed = await press('Enter');
    await (widget as Finder).updateComplete;
    expect(results(widget)).to.equal(8);
    const fifth = widget.shadowRoot!.querySelectorAll('.results > ul > li')[4];
    expect(fifth.contains(deepActiveElement()), `focus is on ${landed && describeStop(landed)}`).to.equal(true);
    expect(showsFocus(deepActiveElement()!)).to.equal(true);
  });

  it('hands focus to the search box when "Clear filters" in a no-results message goes away', async () => {
    const { widget } = await onPage(
      html`<sanctuary-resource-finder src="/demo/feed.json" .selection=${{ type: ['video'] }} query="maternity allotment"></sanctuary-resource-finder>`,
    );
    const clear = $<HTMLButtonElement>(widget, '.no-results [part=clear]');
    clear.focus();
    await press('Enter');
    await (widget as Finder).updateComplete;
    expect(widget.shadowRoot!.contains(deepActiveElement())).to.equal(true);
    expect(deepActiveElement()).to.equal($(widget, '#q'));
  });

  it('on a phone, opens the folded filters from their button, keeps focus there, and Tab then reaches them', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { page, widget } = await finder();
      const before = (await tabThrough(page)).map((s) => s.name);
      expect(before.some((n) => n.startsWith('input[checkbox')), 'folded filters take no Tab stops').to.equal(false);
      const toggle = $<HTMLButtonElement>(widget, '.filters-toggle');
      expect(toggle.checkVisibility()).to.equal(true);
      toggle.focus();
      await press('Enter');
      await (widget as Finder).updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal(toggle);
      const next = await press('Tab');
      expect(next && describeStop(next)).to.match(/^input\[checkbox/);
      const stops = await tabThrough(page);
      expect(stops.filter((s) => !s.focusVisible).map((s) => s.name)).to.deep.equal([]);
      expect(stops.map((s) => s.el)).to.have.members(reachable(widget.shadowRoot!));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
