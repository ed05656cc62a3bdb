// A keyboard-only walk through <sanctuary-award-badge>: one link to the register's verify page, with focus shown,
// in every variant and state.
import { expect, html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/index.js';
import '../../src/award-badge/define.js';
import { onPage, reachable, tabThrough } from './keyboard.js';

const NOW = new Date(2026, 10, 26, 12);

describe('Award badge with the keyboard alone', () => {
  beforeEach(clearFeedCache);

  for (const variant of ['full', 'compact', 'seal-only']) {
    it(`is one Tab stop, a link with visible focus, in the ${variant} variant`, async () => {
      const { page } = await onPage(
        html`<sanctuary-award-badge award="SOS-2025-0188" register="/demo/feed.json" variant=${variant} .now=${NOW}></sanctuary-award-badge>`,
      );
      const stops = await tabThrough(page);
      expect(stops).to.have.length(1);
      expect(stops[0].el.localName).to.equal('a');
      expect(stops[0].el.getAttribute('href')).to.match(/^https?:/);
      expect(stops[0].focusVisible).to.equal(true);
    });
  }

  it('is still one Tab stop with visible focus when the award is not in the register', async () => {
    const { page } = await onPage(html`<sanctuary-award-badge award="SOS-2099-0000" register="/demo/feed.json" .now=${NOW}></sanctuary-award-badge>`);
    const stops = await tabThrough(page);
    expect(stops.map((s) => s.focusVisible)).to.deep.equal([true]);
  });

  it('reaches whatever a "cannot verify" badge offers, with visible focus, and nothing else', async () => {
    const { page, widget } = await onPage(html`<sanctuary-award-badge award="SOS-2025-0188" register="/no-such-register" .now=${NOW}></sanctuary-award-badge>`);
    const stops = await tabThrough(page);
    expect(stops.map((s) => s.el)).to.deep.equal(reachable(widget.shadowRoot!));
    expect(stops.every((s) => s.focusVisible)).to.equal(true);
  });
});
