// The reader's settings win: prefers-reduced-motion stops every animation (skeleton pulse, marquee),
// theme="auto" follows prefers-color-scheme, and in forced colours (Windows high contrast) status words, the edges
// of cards and badges, and every focus indicator stay visible.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../../src/feed/index.js';
// Each widget's own module, so they are defined at once (the all-in-one bundle defines them lazily).
import '../../src/award-badge/define.js';
import '../../src/event-list/define.js';
import '../../src/resource-finder/define.js';
import '../../src/supporter-wall/define.js';
import { axeViolations, emulateMediaFeatures, screenshot, settled, widgetsIn } from './helpers.js';
import { onPage, press, tabThrough } from './keyboard.js';

// A feed address that never answers, so the loading skeleton stays on screen.
const NEVER = '/a11y-never-answers';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).includes(NEVER) ? new Promise<Response>(() => {}) : realFetch(input, init);

const NOW = '2026-11-26T12:00:00Z';
const loading: [string, TemplateResult][] = [
  ['event list', html`<sanctuary-event-list src=${NEVER}></sanctuary-event-list>`],
  ['resource finder', html`<sanctuary-resource-finder src=${NEVER}></sanctuary-resource-finder>`],
  ['supporter wall', html`<sanctuary-supporter-wall src=${NEVER}></sanctuary-supporter-wall>`],
  ['award badge', html`<sanctuary-award-badge award="SOS-2025-0188" register=${NEVER}></sanctuary-award-badge>`],
];

const running = (el: Element) => el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running');
const allIn = (root: ShadowRoot) => [...root.querySelectorAll('*')];
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Relative luminance of an rgb()/rgba() colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Fails with the whole list in the message (chai abbreviates arrays). */
const none = (list: string[], what: string) => expect(list, `${what}:\n${list.join('\n')}`).to.have.length(0);

describe('The reader’s display settings', () => {
  beforeEach(clearFeedCache);
  afterEach(() => emulateMediaFeatures({ 'prefers-reduced-motion': '', 'prefers-color-scheme': '', 'forced-colors': '' }));

  describe('prefers-reduced-motion', () => {
    for (const [name, template] of loading) {
      it(`the ${name}'s loading placeholder pulses normally and stands still when the reader asks for less motion`, async () => {
        const el = (await fixture<HTMLElement>(template)) as HTMLElement;
        await nextFrame();
        expect(running(el), 'pulses without the setting').to.not.be.empty;
        await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
        await nextFrame();
        expect(running(el).map((a) => (a as CSSAnimation).animationName)).to.deep.equal([]);
      });
    }

    it('the supporter marquee moves normally and stands still, with no Pause button, under reduced motion', async () => {
      const el = await fixture<HTMLElement>(html`<sanctuary-supporter-wall src="/demo/feed.json" marquee></sanctuary-supporter-wall>`);
      await settled(el.parentElement!);
      expect(running(el).map((a) => (a as CSSAnimation).animationName)).to.include('sanctuary-marquee');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      await nextFrame();
      expect(running(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part=pause]')!.checkVisibility()).to.equal(false);
      // Still every supporter, in a strip the reader scrolls, and no copy of it for screen readers to meet twice.
      expect(getComputedStyle(el.shadowRoot!.querySelector('.viewport')!).overflowX).to.equal('auto');
      // The still strip scrolls inside the widget: nothing in it (not even the visually hidden names) widens the page.
      await nextFrame();
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });

    it('no part of any ready widget has a transition or animation under reduced motion', async () => {
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      const page = await fixture<HTMLElement>(html`<div>
        <sanctuary-event-list src="/demo/feed.json" now=${NOW} layout="cards"></sanctuary-event-list>
        <sanctuary-resource-finder src="/demo/feed.json"></sanctuary-resource-finder>
        <sanctuary-supporter-wall src="/demo/feed.json" limit="8"></sanctuary-supporter-wall>
        <sanctuary-award-badge award="SOS-2025-0188" register="/demo/feed.json"></sanctuary-award-badge>
      </div>`);
      await settled(page);
      for (const widget of widgetsIn(page)) {
        const moving = allIn(widget.shadowRoot!).filter((node) => {
          const style = getComputedStyle(node);
          return style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
        });
        expect(moving.map((n) => `${widget.localName} ${n.localName}.${n.className}`)).to.deep.equal([]);
        expect(running(widget)).to.deep.equal([]);
      }
    });
  });

  describe('prefers-color-scheme', () => {
    const surface = (el: Element) => getComputedStyle(el).backgroundColor;
    const ink = (el: Element) => getComputedStyle(el).color;

    for (const tag of ['sanctuary-event-list', 'sanctuary-resource-finder', 'sanctuary-supporter-wall', 'sanctuary-award-badge']) {
      it(`${tag} with theme="auto" is light on a light system and dark on a dark one; theme="light" stays light`, async () => {
        const page = await fixture<HTMLElement>(html`<div>
          ${tag === 'sanctuary-award-badge'
            ? html`<sanctuary-award-badge award="SOS-2025-0188" register="/demo/feed.json" theme="auto"></sanctuary-award-badge>
                <sanctuary-award-badge award="SOS-2025-0188" register="/demo/feed.json" theme="light"></sanctuary-award-badge>`
            : html`${['auto', 'light'].map((theme) => {
                const el = document.createElement(tag);
                el.setAttribute('src', '/demo/feed.json');
                el.setAttribute('theme', theme);
                el.setAttribute('now', NOW);
                return el;
              })}`}
        </div>`);
        await settled(page);
        const [auto, light] = widgetsIn(page);
        // Two identical widgets side by side share landmark names; that is this test's page, not a partner's.
        await emulateMediaFeatures({ 'prefers-color-scheme': 'light' });
        expect(luminance(surface(auto)), 'auto on a light system').to.be.above(0.8);
        expect(luminance(ink(auto))).to.be.below(0.1);
        await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
        expect(luminance(surface(auto)), 'auto on a dark system').to.be.below(0.05);
        expect(luminance(ink(auto))).to.be.above(0.7);
        expect(luminance(surface(light)), 'light stays light').to.be.above(0.8);
        await screenshot(`/tmp/shots-a11y/dark-auto-${tag}.png`);
        none(await axeViolations(auto), 'axe in the dark');
      });
    }
  });

  describe('forced-colors (Windows high contrast)', () => {
    const edged = (el: Element) => {
      const s = getComputedStyle(el);
      return (['Top', 'Right', 'Bottom', 'Left'] as const).some(
        (side) => s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
      );
    };

    it('keeps the edge of every status word, event card, result, supporter logo and award badge', async () => {
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const page = await fixture<HTMLElement>(html`<div>
        <sanctuary-event-list src="/demo/feed.json" now=${NOW} layout="cards" page-size="50"></sanctuary-event-list>
        <sanctuary-resource-finder src="/demo/feed.json"></sanctuary-resource-finder>
        <sanctuary-supporter-wall src="/demo/feed.json" limit="8"></sanctuary-supporter-wall>
        <sanctuary-award-badge award="SOS-2022-0090" register="/demo/feed.json"></sanctuary-award-badge>
      </div>`);
      await settled(page);
      const [events, finder, wall, badge] = widgetsIn(page);
      const parts = [
        ...events.shadowRoot!.querySelectorAll('[part=badge], [part=item]'),
        ...finder.shadowRoot!.querySelectorAll('.results > ul > li'),
        ...wall.shadowRoot!.querySelectorAll('.logo-box, .monogram'),
        ...badge.shadowRoot!.querySelectorAll('[part=badge]'),
      ];
      expect(events.shadowRoot!.querySelectorAll('[part=badge]').length, 'the sample has status words').to.be.above(0);
      events.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!.scrollIntoView({ block: 'center' });
      await screenshot('/tmp/shots-a11y/forced-colors-status-words.png');
      badge.scrollIntoView({ block: 'center' });
      await screenshot('/tmp/shots-a11y/forced-colors-award-badge.png');
      none(parts.filter((p) => !edged(p) && p.checkVisibility()).map((p) => `${(p.getRootNode() as ShadowRoot).host.localName} ${p.className}`), 'parts without an edge');
    });

    for (const [name, template] of [
      ['event list', html`<sanctuary-event-list src="/demo/feed.json" now=${NOW} page-size="3"></sanctuary-event-list>`],
      ['resource finder', html`<sanctuary-resource-finder src="/demo/feed.json" page-size="3"></sanctuary-resource-finder>`],
      ['supporter wall', html`<sanctuary-supporter-wall src="/demo/feed.json" limit="6" join-url="https://example.org/join"></sanctuary-supporter-wall>`],
      ['award badge', html`<sanctuary-award-badge award="SOS-2025-0188" register="/demo/feed.json"></sanctuary-award-badge>`],
    ] as const) {
      it(`shows a focus indicator on every control of the ${name}`, async () => {
        await emulateMediaFeatures({ 'forced-colors': 'active' });
        const { page } = await onPage(template);
        const stops = await tabThrough(page);
        expect(stops.length).to.be.above(0);
        const link = stops.find((s) => s.el.localName === 'a');
        if (link) {
          (link.el as HTMLElement).focus({ focusVisible: true } as FocusOptions);
          await screenshot(`/tmp/shots-a11y/forced-colors-focus-${name.replace(/ /g, '-')}.png`);
        }
        none(stops.filter((s) => !s.focusVisible).map((s) => s.name), 'stops without visible focus');
        // showsFocus accepts a box shadow, which forced colours removes: ask for a real outline here.
        const outlined = (outline: string) => !outline.startsWith('none') && parseFloat(outline.split(' ')[1]) >= 2 && !/rgba\(.*, 0\)|transparent/.test(outline);
        const noOutline = stops.filter((s) => !outlined(s.outline)).map((s) => `${s.name} (${s.outline})`);
        none(noOutline, 'focus indicators that vanish in forced colours');
      });
    }

    it('shows where focus went after "Show more" in the event list', async () => {
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      const { widget } = await onPage(html`<sanctuary-event-list src="/demo/feed.json" now=${NOW} page-size="3"></sanctuary-event-list>`);
      widget.shadowRoot!.querySelector<HTMLElement>('[part=more]')!.focus();
      const landed = await press('Enter');
      expect(landed?.getAttribute('part')).to.equal('item');
      expect(getComputedStyle(landed!).outlineStyle).to.equal('solid');
    });
  });
});
