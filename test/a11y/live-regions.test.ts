// Status messages reach screen readers through polite live regions that are on the page before their news, one
// region per kind of message, and each message is announced once: unrelated re-renders leave the regions alone.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../../src/feed/index.js';
// Each widget's own module, so they are defined at once (the all-in-one bundle defines them lazily).
import '../../src/award-badge/define.js';
import '../../src/event-list/define.js';
import '../../src/resource-finder/define.js';
import '../../src/supporter-wall/define.js';
import { settled } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };
const NOW = '2026-11-26T12:00:00Z';
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The live regions in a widget, by what they say. */
const regions = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=status], [role=alert], [aria-live]')].filter(
    (r) => !r.parentElement?.closest('[role=status], [aria-live]'),
  );

/** Records every text a region shows, once per change the screen reader would hear. */
function listen(region: HTMLElement): string[] {
  const heard: string[] = [];
  let last = squash(region.textContent);
  new MutationObserver(() => {
    const now = squash(region.textContent);
    if (now !== last && now !== '') heard.push(now);
    last = now;
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return heard;
}

function politeness(region: HTMLElement) {
  return region.getAttribute('aria-live') ?? (region.getAttribute('role') === 'alert' ? 'assertive' : 'polite');
}

async function loaded(template: TemplateResult): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await settled(el.parentElement!);
  return el;
}

describe('Status messages in live regions', () => {
  beforeEach(clearFeedCache);

  describe('loading and failing, in every widget', () => {
    const failing: [string, (src: string) => TemplateResult][] = [
      ['event list', (src) => html`<sanctuary-event-list src=${src}></sanctuary-event-list>`],
      ['resource finder', (src) => html`<sanctuary-resource-finder src=${src}></sanctuary-resource-finder>`],
      ['supporter wall', (src) => html`<sanctuary-supporter-wall src=${src}></sanctuary-supporter-wall>`],
      ['award badge', (src) => html`<sanctuary-award-badge award="SOS-2025-0188" register=${src}></sanctuary-award-badge>`],
    ];
    for (const [name, make] of failing) {
      it(`the ${name} says "Loading…" and then that it could not load, once each, in one polite region`, async () => {
        const el = await fixture<Widget>(make(`/feeds/bad-gateway?label=a11y-${name.replace(/ /g, '-')}`));
        const [region, ...others] = regions(el);
        expect(others, 'one region while loading').to.have.length(0);
        expect(politeness(region)).to.equal('polite');
        expect(squash(region.textContent)).to.equal('Loading…');
        const heard = listen(region);
        await waitUntil(() => el.getAttribute('state') === 'error', 'never failed', { timeout: 8000 });
        await el.updateComplete;
        expect(regions(el)[0], 'the same region, not a new one').to.equal(region);
        el.requestUpdate();
        await el.updateComplete;
        expect(heard).to.deep.equal(['Sorry, this could not be loaded just now.']);
      });
    }
  });

  it('the event list announces the new count once when a filter changes, and not when a description opens', async () => {
    const el = await loaded(html`<sanctuary-event-list src="/demo/feed.json" now=${NOW} page-size="3"></sanctuary-event-list>`);
    const live = regions(el);
    expect(live.map((r) => politeness(r))).to.deep.equal(['polite', 'polite']);
    const count = live.find((r) => r.classList.contains('count'))!;
    expect(squash(count.textContent)).to.match(/^\d+ events$/);
    const heard = listen(count);
    const other = live.find((r) => r !== count)!;
    const heardOther = listen(other);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!.click();
    await el.updateComplete;
    await aTimeout(50);
    expect(heard, 'nothing said for Read more or Show more').to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLSelectElement>('#attendance')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await aTimeout(50);
    expect(heard).to.have.length(1);
    expect(heard[0]).to.match(/^\d+ events?$/);
    expect(heardOther).to.deep.equal([]);
  });

  it('the resource finder announces the count once the reader pauses typing, once, and not on unrelated changes', async () => {
    const el = await loaded(html`<sanctuary-resource-finder src="/demo/feed.json"></sanctuary-resource-finder>`);
    const live = regions(el);
    const polite = live.filter((r) => r.getAttribute('aria-live') === 'polite');
    expect(polite, 'one region for result counts').to.have.length(1);
    expect(live, 'and the loading region').to.have.length(2);
    const heard = listen(polite[0]);
    el.shadowRoot!.querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'health' });
    await waitUntil(() => heard.length > 0, 'no count announced', { timeout: 4000 });
    await aTimeout(1200);
    expect(heard).to.have.length(1);
    expect(heard[0]).to.match(/^\d+ resources? found$/);
    // Unrelated changes: the filters panel, a long option list, a re-render.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')?.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.facet button[aria-expanded]')?.click();
    el.requestUpdate();
    await el.updateComplete;
    await aTimeout(1200);
    expect(heard).to.have.length(1);
  });

  it('the supporter wall says how many are shown once when a sector is chosen, and nothing on "Show all"', async () => {
    const el = await loaded(html`<sanctuary-supporter-wall src="/demo/feed.json" limit="3"></sanctuary-supporter-wall>`);
    const showing = el.shadowRoot!.querySelector<HTMLElement>('.showing')!;
    expect(regions(el)).to.have.length(2);
    expect(politeness(showing)).to.equal('polite');
    const heard = listen(showing);
    el.shadowRoot!.querySelector<HTMLSelectElement>('#sector')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(heard).to.have.length(1);
    expect(heard[0]).to.match(/^Showing \d+ of \d+ supporters$/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=show-all]')?.click();
    el.requestUpdate();
    await el.updateComplete;
    expect(heard).to.have.length(1);
  });

  it('the award badge, once verified, has only its loading region and says nothing more', async () => {
    const el = await loaded(html`<sanctuary-award-badge award="SOS-2025-0188" register="/demo/feed.json"></sanctuary-award-badge>`);
    const live = regions(el);
    expect(live).to.have.length(1);
    expect(squash(live[0].textContent)).to.equal('');
  });
});
