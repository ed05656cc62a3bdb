// Reflow (WCAG 1.4.10), text resize (1.4.4) and text spacing (1.4.12): every widget at 320 CSS pixels, with text
// at 200 % and the WCAG spacing overrides, shows all its text with nothing cut off and nothing wider than the
// screen. Each case also leaves a screenshot under /tmp/shots-a11y/ for a person to look at.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../../src/feed/index.js';
// Each widget's own module, so they are defined at once (the all-in-one bundle defines them lazily).
import '../../src/award-badge/define.js';
import '../../src/event-list/define.js';
import '../../src/resource-finder/define.js';
import '../../src/supporter-wall/define.js';
import { screenshot, settled, widgetsIn } from './helpers.js';

const NOW = '2026-11-26T12:00:00Z';
const WIDTH = 320;

/** The WCAG 1.4.12 test values, as the usual bookmarklet applies them — inside shadow roots too. */
const SPACING = new CSSStyleSheet();
SPACING.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, dt { margin-block-end: 2em !important; }`);

const WIDGETS: [string, TemplateResult][] = [
  ['event-list', html`<sanctuary-event-list src="/demo/feed.json" now=${NOW} page-size="4"></sanctuary-event-list>`],
  ['event-list-cards', html`<sanctuary-event-list src="/demo/feed.json" now=${NOW} page-size="3" layout="cards"></sanctuary-event-list>`],
  ['resource-finder', html`<sanctuary-resource-finder src="/demo/feed.json" page-size="4"></sanctuary-resource-finder>`],
  ['supporter-wall', html`<sanctuary-supporter-wall src="/demo/feed.json" limit="6" group-by="sector" join-url="https://example.org/join"></sanctuary-supporter-wall>`],
  ['award-badge', html`<sanctuary-award-badge award="SOS-2022-0090" register="/demo/feed.json" size="large"></sanctuary-award-badge>`],
  ['award-badge-compact', html`<sanctuary-award-badge award="SOS-2025-0188" register="/demo/feed.json" variant="compact"></sanctuary-award-badge>`],
];

const CASES = [
  { name: '320px', text: '100%', spacing: false, dir: 'ltr' },
  { name: '320px-200pc-text-spacing', text: '200%', spacing: true, dir: 'ltr' },
  { name: '320px-200pc-text-spacing-rtl', text: '200%', spacing: true, dir: 'rtl' },
];

/** Parts of the widget whose text is hidden on purpose: screen-reader-only text, clamped descriptions with "Read more". */
const hiddenOnPurpose = (el: Element) => !!el.closest('.visually-hidden, [aria-hidden="true"], .clamped, .skeleton');

const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');

/** Every way text can be lost at this size: wider than the screen, or cut off by a box that hides overflow. */
function problems(widget: HTMLElement): string[] {
  const found: string[] = [];
  const all = [widget.shadowRoot!.querySelector('[part~=base]')!, ...widget.shadowRoot!.querySelectorAll('[part~=base] *')];
  for (const el of all) {
    if (hiddenOnPurpose(el) || !el.checkVisibility({ visibilityProperty: true })) continue;
    const style = getComputedStyle(el);
    const name = `${el.localName}.${String((el as HTMLElement).className || el.getAttribute('part') || '')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && (rect.right > WIDTH + 1 || rect.left < -1)) found.push(`off screen (${Math.round(rect.left)}–${Math.round(rect.right)}): ${name}`);
    const clips = (v: string) => v === 'hidden' || v === 'clip';
    const hasText = ownText(el) || el.querySelector(':scope > span, :scope > a, :scope > bdi');
    if (hasText && clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(`cut off sideways (${el.scrollWidth} > ${el.clientWidth}): ${name}`);
    if (hasText && clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) found.push(`cut off below (${el.scrollHeight} > ${el.clientHeight}): ${name}`);
    if (ownText(el) && style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) found.push(`ellipsis: ${name}`);
  }
  return found;
}

/**
 * Words broken across lines although the widget is wide enough for them: a sign that a column was squeezed into a
 * sliver beside something else (a seal, a second column of tiles), which is hard to read at large text sizes.
 */
function squeezedWords(widget: HTMLElement): string[] {
  const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
  const room = base.clientWidth;
  const found: string[] = [];
  const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement!;
    if (hiddenOnPurpose(el) || !el.checkVisibility({ visibilityProperty: true })) continue;
    const text = node.textContent!;
    // Words between spaces and hyphens: a line may break after a hyphen.
    for (const match of text.matchAll(/[^\s-]+/g)) {
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (lines.size > 1 && width < room * 0.8) found.push(`"${match[0]}" broken across ${lines.size} lines in ${el.localName}.${el.className}`);
    }
  }
  return found;
}

describe('Reflow at 320 CSS pixels, 200 % text and WCAG text spacing', () => {
  before(() => setViewport({ width: WIDTH, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(clearFeedCache);

  for (const [widgetName, template] of WIDGETS) {
    for (const c of CASES) {
      it(`${widgetName} at ${c.name} shows all its text, nothing wider than the screen`, async () => {
        const page = await fixture<HTMLElement>(html`<div lang=${c.dir === 'rtl' ? 'ar' : 'en-GB'} dir=${c.dir} style="font-size: ${c.text}; padding: 0">${template}</div>`);
        await settled(page, 8000);
        const [widget] = widgetsIn(page);
        if (c.spacing) widget.shadowRoot!.adoptedStyleSheets = [...widget.shadowRoot!.adoptedStyleSheets, SPACING];
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await screenshot(`/tmp/shots-a11y/${widgetName}-${c.name}.png`, true);
        const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
        const found = [...problems(widget), ...squeezedWords(widget)];
        if (document.documentElement.scrollWidth > WIDTH) found.unshift(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
        if (base.scrollWidth > base.clientWidth + 1) found.unshift(`the widget is wider than its box: ${base.scrollWidth} > ${base.clientWidth}`);
        expect(found, found.join('\n')).to.have.length(0);
      });
    }
  }
});
