// The built bundle (dist/) in host pages like partners' own: whatever the page does, every widget renders, works
// and stays accessible, and the page is left as it was. Run `npm run build` first (npm test does).
import { expect } from '@open-wc/testing';

type HostWindow = Window & typeof globalThis & { __problems: string[]; axe: typeof import('axe-core') };

const TAGS = ['sanctuary-event-list', 'sanctuary-resource-finder', 'sanctuary-supporter-wall', 'sanctuary-award-badge'];

async function openHost(name: string, width = 1024): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = `/hosts/${name}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as HostWindow;
}

/** Waits until every widget on the page has left the loading state. */
async function settled(win: HostWindow, root: ParentNode = win.document): Promise<HTMLElement[]> {
  const widgets = TAGS.flatMap((tag) => Array.from(root.querySelectorAll<HTMLElement>(tag)));
  const deadline = performance.now() + 8000;
  while (widgets.some((w) => w.getAttribute('state') !== 'ready')) {
    if (performance.now() > deadline) {
      throw new Error(`problems: ${win.__problems.join(' | ')}; not ready: ${widgets.filter((w) => w.getAttribute('state') !== 'ready').map((w) => `${w.localName}[state=${w.getAttribute('state')}]`).join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await Promise.all(widgets.map((w) => (w as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return widgets;
}

const visibleText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

async function expectAccessible(win: HostWindow, el: HTMLElement) {
  const { violations } = await win.axe.run(el);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), el.localName).to.deep.equal([]);
}

describe('the bundle on partners’ host pages', function () {
  // Whole pages with every widget, axe on each: slower than a unit test on a shared 2-core machine.
  this.timeout(40_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders every widget, usable and accessible, under a careless theme’s CSS', async () => {
    const win = await openHost('careless-theme');
    const widgets = await settled(win);
    expect(widgets).to.have.length(8);
    for (const el of widgets) {
      expect(el.getBoundingClientRect().height, el.localName).to.be.greaterThan(40);
      expect(visibleText(el).length, el.localName).to.be.greaterThan(10);
      await expectAccessible(win, el);
    }
    // `button { display: none }` on the page must not hide the widgets' own buttons.
    const list = win.document.querySelector('sanctuary-event-list')!;
    const more = Array.from(list.shadowRoot!.querySelectorAll('button')).find((b) => /more/i.test(b.textContent!));
    expect(more, 'a Show more button').to.not.equal(undefined);
    expect(more!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(win.__problems).to.deep.equal([]);
  });

  it('works under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const win = await openHost('strict-csp');
    const widgets = await settled(win);
    expect(widgets).to.have.length(5);
    for (const el of widgets) expect(visibleText(el).length, el.localName).to.be.greaterThan(10);
    // The marquee's styles (adopted when its code arrived) move it, at the speed its number of logos sets.
    const track = win.document.querySelector('footer sanctuary-supporter-wall')!.shadowRoot!.querySelector('.track')!;
    expect(win.getComputedStyle(track).animationDuration).to.equal(`${track.querySelector('.strip')!.children.length * 3}s`);
    expect(win.__problems).to.deep.equal([]);
  });

  it('survives the bundle included twice after a script littered the prototypes, rendering each widget once', async () => {
    const win = await openHost('double-include');
    const widgets = await settled(win);
    for (const el of widgets) expect(el.shadowRoot!.querySelectorAll('[part~="base"]'), el.localName).to.have.length(1);
    expect(win.__problems).to.deep.equal([]);
  });

  it('mirrors every widget on an Arabic right-to-left page', async () => {
    const win = await openHost('rtl');
    const widgets = await settled(win);
    for (const el of widgets) {
      expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).direction, el.localName).to.equal('rtl');
    }
    expect(win.__problems).to.deep.equal([]);
  });

  it('reflows at 320 CSS pixels with 200 % text and WCAG text spacing, with nothing cut off sideways', async () => {
    const win = await openHost('reflow', 320);
    const widgets = await settled(win);
    expect(win.document.documentElement.scrollWidth, 'page scrolls sideways').to.be.at.most(320);
    for (const el of widgets) {
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth, `${el.localName} content wider than its box`).to.be.at.most(base.clientWidth + 1);
    }
    expect(win.__problems).to.deep.equal([]);
  });

  it('adds no globals but its element names, and no cookies, storage or page styles', async () => {
    const before = await openHost('no-bundle');
    const baseline = new Set(Object.keys(before));
    const win = await openHost('bare');
    await settled(win);
    expect(Object.keys(win).filter((k) => !baseline.has(k)).join(', ')).to.equal('');
    expect(win.document.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    expect(win.document.querySelectorAll('style').length + win.document.adoptedStyleSheets.length).to.equal(0);
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
  });
});
