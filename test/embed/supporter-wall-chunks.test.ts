// The built supporter wall (dist/) downloads the code of its opt-in views only for a wall that asks for them: the
// marquee (its code and styles) for the marquee attribute, the daily shuffle for sort="shuffle". Run `npm run build`
// first (npm test does).
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ReactiveControllerHost } from 'lit';
import { blockUrls, chunksLoaded, closeBuiltPages, expectOnlyInChunk, openBuiltPage, type Frame } from '../built-page.js';

type Wall = HTMLElement & ReactiveControllerHost;

async function openPage(): Promise<Frame> {
  const win = await openBuiltPage('supporter-wall');
  await win.customElements.whenDefined('sanctuary-supporter-wall');
  return win;
}

/** What a reader could see after one render of a wall. */
interface Seen {
  placeholder: boolean;
  /** The names in the grid, if it was there. */
  grid?: string[];
  /** The marquee's strip, and whether it was moving when it was drawn (its styles there with it). */
  strip: boolean;
  moving: boolean;
}

/** The demo feed as an inline <script> child: read at once, so the wall has its feed before any chunk can arrive. */
const inlineFeed = async () => `<script type="application/json">${(await (await fetch('/demo/feed.json')).text()).replaceAll('</', '<\\/')}</script>`;

/** Adds a wall with these attributes (and children) to `win`, and waits until it is ready; `seen` holds what each
 * render showed. Without children it reads the demo feed from its URL. */
async function addWall(win: Frame, attributes: string, children = ''): Promise<{ wall: Wall; seen: Seen[] }> {
  const holder = win.document.createElement('div');
  const src = children ? '' : 'src="/demo/feed.json"';
  holder.innerHTML = `<sanctuary-supporter-wall ${src} ${attributes}>${children}</sanctuary-supporter-wall>`;
  const wall = holder.firstElementChild as Wall;
  const seen: Seen[] = [];
  wall.addController({
    hostUpdated: () => {
      const root = wall.shadowRoot!;
      const track = root.querySelector('.track');
      seen.push({
        placeholder: !!root.querySelector('[part=skeleton]'),
        grid: root.querySelector('.grid') ? names(wall) : undefined,
        strip: !!track,
        moving: !!track && win.getComputedStyle(track).animationName.startsWith('sanctuary-marquee'),
      });
    },
  });
  win.document.body.append(holder);
  await waitUntil(() => wall.getAttribute('state') === 'ready', `the wall is ${wall.getAttribute('state')}`, { timeout: 8000 });
  return { wall, seen };
}

const names = (wall: Wall) => [...wall.shadowRoot!.querySelectorAll('.grid [part=name]')].map((n) => n.textContent!.trim());

describe('the built supporter wall and its chunks', () => {
  afterEach(closeBuiltPages);

  it('keeps the marquee and the daily shuffle out of dist/supporter-wall.js, in chunks it imports on demand', async () => {
    // Text only the marquee (its keyframes, its Pause icon) and the shuffle (its seeds) hold.
    await expectOnlyInChunk('marquee', ['sanctuary-marquee-rtl', 'M2 1h2v8H2z'], ['supporter-wall']);
    await expectOnlyInChunk('shuffle', ['2166136261', '1831565813'], ['supporter-wall']);
  });

  it('downloads neither chunk for a wall sorted by name, and adopts no marquee styles', async () => {
    const win = await openPage();
    const { wall } = await addWall(win, 'limit="8"');
    const { wall: newest } = await addWall(win, 'sort="newest" group-by="sector"');
    expect(chunksLoaded(win, 'marquee')).to.deep.equal([]);
    expect(chunksLoaded(win, 'shuffle')).to.deep.equal([]);
    expect(names(wall)).to.have.length(8);
    expect(names(newest).length).to.be.greaterThan(8);
    const rules = [...wall.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.length).to.be.greaterThan(10);
    expect(rules.filter((rule) => /\.track|sanctuary-marquee/.test(rule))).to.deep.equal([]);
  });

  it('shows a marquee’s placeholder until its code is here, then a moving strip, never a grid or an unstyled strip', async () => {
    const win = await openPage();
    const { wall, seen } = await addWall(win, 'marquee', await inlineFeed());
    expect(chunksLoaded(win, 'marquee')).to.have.length(1);
    expect(seen.filter((s) => s.grid), 'renders that showed the grid').to.deep.equal([]);
    expect(seen.filter((s) => s.strip && !s.moving), 'renders that showed the strip without its styles').to.deep.equal([]);
    expect(seen.filter((s) => !s.strip).every((s) => s.placeholder), 'the placeholder until then').to.equal(true);
    expect(seen.at(-1)).to.include({ strip: true, moving: true });
    // Its styles are a constructable sheet (which a strict CSP allows), never a <style> element.
    expect(wall.shadowRoot!.querySelectorAll('style')).to.have.length(0);
    const track = wall.shadowRoot!.querySelector('.track')!;
    const count = track.querySelector('.strip')!.children.length;
    expect(win.getComputedStyle(track).animationDuration, 'three seconds a logo').to.equal(`${count * 3}s`);

    // A second marquee on the page uses the code already here.
    const { seen: second } = await addWall(win, 'marquee limit="5"');
    expect(chunksLoaded(win, 'marquee')).to.have.length(1);
    expect(second.some((s) => s.grid || (s.strip && !s.moving))).to.equal(false);
  });

  it('pauses the built marquee with its button, and stops it under reduced motion', async () => {
    const win = await openPage();
    const { wall } = await addWall(win, 'marquee');
    const root = wall.shadowRoot!;
    const pause = root.querySelector<HTMLButtonElement>('[part=pause]')!;
    pause.click();
    await waitUntil(() => pause.textContent!.includes('Play'), 'the button never said Play');
    expect(win.getComputedStyle(root.querySelector('.track')!).animationPlayState).to.equal('paused');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(win.getComputedStyle(root.querySelector('.track')!).animationName).to.equal('none');
      expect(pause.checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('shows a grid of every supporter when the marquee’s code cannot be downloaded', async () => {
    await blockUrls('*/dist/chunks/marquee-*');
    const win = await openPage();
    const { wall, seen } = await addWall(win, 'marquee');
    expect(seen.some((s) => s.strip)).to.equal(false);
    expect(names(wall).length).to.be.greaterThan(20);
  });

  it('deals the same shuffled order to every wall of the day from the shuffle’s chunk, and sorts by name without it', async () => {
    const win = await openPage();
    const { wall: a, seen } = await addWall(win, 'sort="shuffle"', await inlineFeed());
    const { wall: b } = await addWall(win, 'sort="shuffle"');
    const { wall: byName } = await addWall(win, '');
    expect(chunksLoaded(win, 'shuffle')).to.have.length(1);
    // No grid in another order first: the placeholder stays until the shuffle is dealt.
    const orders = new Set(seen.flatMap((s) => (s.grid ? [s.grid.join(' | ')] : [])));
    expect([...orders]).to.deep.equal([names(a).join(' | ')]);
    expect(names(a)).to.deep.equal(names(b));
    expect(names(a)).to.not.deep.equal(names(byName));
    expect([...names(a)].sort()).to.deep.equal([...names(byName)].sort());

    await blockUrls('*/dist/chunks/shuffle-*');
    const offline = await openPage();
    const { wall: unshuffled } = await addWall(offline, 'sort="shuffle"');
    expect(names(unshuffled)).to.deep.equal(names(byName));
  });
});
