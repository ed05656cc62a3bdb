import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/feed/index.js';
import '../../src/supporter-wall/define.js';
import type { SanctuarySupporterWall } from '../../src/supporter-wall/supporter-wall.js';
import { quietly } from '../console-capture.js';
import { $, $$, settled, text } from '../widget-dom.js';

const FEED = '/test/fixtures/supporter-wall-basic.json';
const tileNames = (el: Element, scope = '.grid') => $$(el, `${scope} [part=name]`).map(text);

async function wall(template: ReturnType<typeof html>) {
  const { result: el } = await quietly(async () => {
    const el = await fixture<SanctuarySupporterWall>(template);
    await settled(el);
    await el.updateComplete;
    return el;
  });
  return el;
}

const many = (n: number, extra: (i: number) => object = () => ({})) => ({
  version: 1,
  publisher: { name: 'Big group' },
  supporters: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Supporter ${String(i).padStart(3, '0')}`, url: `https://s${i}.example`, ...extra(i) })),
});

describe('<sanctuary-supporter-wall>', () => {
  beforeEach(clearFeedCache);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shows every supporter as a list item, with a link named by the organisation when it has a website', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    expect($(el, 'ul')!.getAttribute('role')).to.equal('list');
    expect($$(el, '.grid > li')).to.have.length(8);
    const link = $$<HTMLAnchorElement>(el, 'a.tile').find((a) => text(a.querySelector('[part=name]')) === 'Testford Central Mosque')!;
    expect(link.getAttribute('href')).to.equal('https://mosque.example');
    // The monogram and logos are hidden from screen readers, so the link's name is the organisation's name alone.
    expect(link.querySelector('.monogram')!.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, 'img').every((img) => img.getAttribute('alt') === '')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('drops a supporter without a name and tells the page owner which one', async () => {
    const { result: el, warnings } = await quietly(async () => {
      const el = await fixture<SanctuarySupporterWall>(html`<sanctuary-supporter-wall src=${`${FEED}?w=1`}></sanctuary-supporter-wall>`);
      await settled(el);
      return el;
    });
    expect(tileNames(el)).to.not.include('');
    expect(warnings.join()).to.match(/\$\.supporters\[8\]\.name/);
  });

  it('never turns a javascript: or mailto: address into a link, but still shows the supporter', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    expect(tileNames(el)).to.include.members(['Radio Testford', 'Hillside Primary School']);
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => /^(javascript|mailto):/i.test(h ?? ''))).to.equal(false);
    expect($$(el, 'div.tile [part=name]').map(text)).to.include.members(['Radio Testford', 'Hillside Primary School']);
  });

  it('shows two supporters that share a name as two tiles, told apart by their place', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    expect(tileNames(el).filter((n) => n.startsWith('Welcome Café'))).to.deep.equal(['Welcome Café, Northgate', 'Welcome Café, Southbank']);
    expect(tileNames(el)).to.include('Testford Central Mosque');
  });

  it('reserves the logo’s space before it loads, and loads logos lazily', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    const img = $<HTMLImageElement>(el, 'img[data-src$="wide.svg"]')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('width')).to.match(/^\d+$/);
    expect(img.getAttribute('height')).to.match(/^\d+$/);
    const box = img.parentElement!;
    const before = box.getBoundingClientRect();
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'logo never loaded');
    const after = box.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    // A 800×100 logo is contained in the box, not stretched or cropped.
    expect(getComputedStyle(img).objectFit).to.equal('contain');
    const tall = $<HTMLImageElement>(el, 'img[data-src$="tall.svg"]')!;
    expect(tall.parentElement!.getBoundingClientRect().height).to.equal(before.height);
  });

  it('reads a relative logo address against the feed’s address, not the page’s', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src="/test/fixtures/supporter-wall-relative.json"></sanctuary-supporter-wall>`);
    const img = $<HTMLImageElement>(el, 'img')!;
    expect(new URL(img.dataset.src!).pathname).to.equal('/test/supporter-wall/logos/wide.svg');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'logo never loaded');
  });

  it('fetches only the logos near the screen, and the rest as the reader scrolls to them', async () => {
    const feed = many(400, (i) => ({ logo: { src: `/test/supporter-wall/logos/wide.svg?n=${i}`, alt: '' } }));
    const el = await wall(html`<sanctuary-supporter-wall .feed=${feed}></sanctuary-supporter-wall>`);
    await aTimeout(300);
    const requested = () => $$<HTMLImageElement>(el, 'img').filter((img) => img.hasAttribute('src')).length;
    expect(requested()).to.be.greaterThan(0);
    expect(requested()).to.be.below(150);
    const last = $$(el, '.grid > li').at(-1)!;
    last.scrollIntoView();
    await waitUntil(() => last.querySelector('img')!.hasAttribute('src'), 'the last logo never loaded after scrolling');
    window.scrollTo(0, 0);
  });

  it('replaces a broken logo, and a logo with an unsafe address, with the organisation’s initials', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    const radio = () => $$(el, '.grid > li').find((li) => text(li.querySelector('[part=name]')) === 'Radio Testford')!;
    await waitUntil(() => radio().querySelector('.monogram'), 'broken logo never became a monogram');
    expect(text(radio().querySelector('.monogram'))).to.equal('RT');
    expect(radio().querySelector('img')).to.equal(null);
    expect($$(el, 'img').some((img) => img.getAttribute('src')!.startsWith('javascript'))).to.equal(false);
    const cafes = $$(el, '.grid > li').filter((li) => text(li.querySelector('[part=name]')).startsWith('Welcome Café'));
    expect(cafes.map((li) => text(li.querySelector('.monogram')))).to.deep.equal(['WC', 'WC']);
  });

  it('sorts by name by default, and newest pledge first on request', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    expect(tileNames(el).slice(0, 3)).to.deep.equal(['Anonymous Friends', 'Hillside Primary School', 'Radio Testford']);
    el.sort = 'newest';
    await el.updateComplete;
    // 2024-06-10, then 2023, then 2022-03-01.
    expect(tileNames(el).slice(0, 3)).to.deep.equal(['The Corner Bakery', 'Welcome Café, Northgate', "St Anne's Church"]);
  });

  it('shuffles into the same order on every page view of the day', async () => {
    const a = await wall(html`<sanctuary-supporter-wall sort="shuffle" .feed=${many(40)}></sanctuary-supporter-wall>`);
    const b = await wall(html`<sanctuary-supporter-wall sort="shuffle" .feed=${many(40)}></sanctuary-supporter-wall>`);
    expect(tileNames(a)).to.deep.equal(tileNames(b));
    expect(tileNames(a)).to.not.deep.equal([...tileNames(a)].sort());
  });

  it('groups supporters under sector headings, keeping a sector it does not know', async () => {
    const el = await wall(html`<sanctuary-supporter-wall group-by="sector" src=${FEED}></sanctuary-supporter-wall>`);
    const headings = $$(el, 'h3').map(text);
    expect(headings).to.deep.equal([
      'Businesses (1)',
      'Community groups (2)',
      'Education (1)',
      'Faith groups (2)',
      'Local media (1)',
      'Other supporters (1)',
    ]);
    const faith = $$(el, '.group').find((g) => text(g.querySelector('h3')).startsWith('Faith'))!;
    expect([...faith.querySelectorAll('[part=name]')].map(text)).to.deep.equal(["St Anne's Church", 'Testford Central Mosque']);
    expect(faith.querySelector('ul')!.getAttribute('aria-label')).to.equal('Faith groups');
  });

  it('fills the first sector groups when grouped with a limit', async () => {
    const el = await wall(html`<sanctuary-supporter-wall group-by="sector" limit="3" src=${FEED}></sanctuary-supporter-wall>`);
    expect($$(el, 'h3').map(text)).to.deep.equal(['Businesses (1)', 'Community groups (2)']);
    $<HTMLButtonElement>(el, '[part=show-all]')!.click();
    await el.updateComplete;
    expect($$(el, 'h3')).to.have.length(6);
    // Focus lands on the fourth supporter in reading order: the first of Education.
    expect(text(el.shadowRoot!.activeElement!.closest('li')!.querySelector('[part=name]'))).to.equal('Hillside Primary School');
  });

  it('filters by sector with a labelled control, and says how many are shown', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    const select = $<HTMLSelectElement>(el, 'select')!;
    expect(text($(el, `label[for=${select.id}]`))).to.equal('Sector');
    // Supporters without a sector are a group of their own, but not the one chosen at first.
    expect(select.value).to.equal('');
    expect(text(select.selectedOptions[0])).to.equal('All sectors (8)');
    select.value = 'faith';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(tileNames(el)).to.deep.equal(["St Anne's Church", 'Testford Central Mosque']);
    expect(text($(el, '[role=status].showing'))).to.equal('Showing 2 of 8 supporters');
    expect(el.getAttribute('sector')).to.equal('faith');
    select.value = '-';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(tileNames(el)).to.deep.equal(['Anonymous Friends']);
  });

  it('starts on the sector the page chose', async () => {
    const el = await wall(html`<sanctuary-supporter-wall sector="Community" src=${FEED}></sanctuary-supporter-wall>`);
    expect(tileNames(el)).to.deep.equal(['Welcome Café, Northgate', 'Welcome Café, Southbank']);
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('community');
  });

  it('says so when the chosen sector has nobody, and keeps the filter to go back', async () => {
    const el = await wall(html`<sanctuary-supporter-wall sector="sport" src=${FEED}></sanctuary-supporter-wall>`);
    expect(text($(el, '[part=empty]'))).to.equal('No supporters in this sector yet.');
    expect($(el, 'select')).to.not.equal(null);
  });

  it('shows the first few with a button that shows all and moves focus to the first new tile', async () => {
    const el = await wall(html`<sanctuary-supporter-wall limit="3" src=${FEED}></sanctuary-supporter-wall>`);
    expect($$(el, '.grid > li')).to.have.length(3);
    const button = $<HTMLButtonElement>(el, '[part=show-all]')!;
    expect(text(button)).to.equal('Show all 8 supporters');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '.grid > li')).to.have.length(8);
    expect($(el, '[part=show-all]')).to.equal(null);
    const fourth = $$(el, '.grid > li')[3];
    expect(fourth.contains(el.shadowRoot!.activeElement)).to.equal(true);
    expect(text(el.shadowRoot!.activeElement!.querySelector('[part=name]'))).to.equal(tileNames(el)[3]);
  });

  it('focuses the item itself when the first new supporter has no website', async () => {
    const el = await wall(html`<sanctuary-supporter-wall limit="1" src=${FEED}></sanctuary-supporter-wall>`);
    // Second alphabetically is Hillside Primary School, whose only address is mailto:.
    $<HTMLButtonElement>(el, '[part=show-all]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.grid > li')[1]);
  });

  it('counts the supporters in its headline, naming the place from the feed', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    expect(text($(el, 'h2'))).to.equal('8 organisations in \u2068Testford\u2069 support sanctuary');
  });

  it('uses the owner’s headline with {count}, at the heading level the page needs, or none at all', async () => {
    const el = await wall(html`<sanctuary-supporter-wall heading-level="3" headline="Thank you to our {count} supporters" src=${FEED}></sanctuary-supporter-wall>`);
    expect(text($(el, 'h3'))).to.equal('Thank you to our 8 supporters');
    el.headline = '';
    await el.updateComplete;
    expect($(el, '[part=headline]')).to.equal(null);
  });

  it('invites organisations to join with the owner’s link and words, never a script link', async () => {
    const el = await wall(html`<sanctuary-supporter-wall join-url="https://testford.example/pledge" src=${FEED}></sanctuary-supporter-wall>`);
    const join = $<HTMLAnchorElement>(el, '[part=join]')!;
    expect(join.getAttribute('href')).to.equal('https://testford.example/pledge');
    expect(text(join)).to.equal('Pledge your support');
    el.joinText = 'Add your organisation';
    await el.updateComplete;
    expect(text($(el, '[part=join]'))).to.equal('Add your organisation');
    el.joinUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect($(el, '[part=join]')).to.equal(null);
  });

  it('says so kindly when there are no supporters yet, still inviting them to join', async () => {
    const el = await wall(html`<sanctuary-supporter-wall join-url="/pledge" .feed=${{ version: 1, publisher: { name: 'New group' } }}></sanctuary-supporter-wall>`);
    expect(text($(el, '[part=empty]'))).to.equal('No supporters are listed yet.');
    expect($(el, '[part=join]')).to.not.equal(null);
    expect($(el, 'h2')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the page’s fallback when the feed cannot be loaded', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<SanctuarySupporterWall>(
        html`<sanctuary-supporter-wall src="/feeds/not-found"><a href="/supporters">Our supporters</a></sanctuary-supporter-wall>`,
      );
      await settled(el);
      expect(el.getAttribute('state')).to.equal('error');
      expect($(el, 'slot')).to.not.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('shows a tile-shaped placeholder while loading', async () => {
    const el = await fixture<SanctuarySupporterWall>(html`<sanctuary-supporter-wall src="/feeds/ok?delay=400&label=sw"></sanctuary-supporter-wall>`);
    expect($$(el, '.skeleton-tile').length).to.be.greaterThan(5);
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('scrolls as a marquee with a Pause button, its looping copy hidden from screen readers and the keyboard', async () => {
    const el = await wall(html`<sanctuary-supporter-wall marquee .feed=${many(12)}></sanctuary-supporter-wall>`);
    const [list, copy] = $$(el, '.strip');
    expect(list.getAttribute('aria-hidden')).to.equal(null);
    expect(copy.getAttribute('aria-hidden')).to.equal('true');
    expect(copy.hasAttribute('inert')).to.equal(true);
    const track = $(el, '.track')!;
    expect(track.getAnimations()[0]?.playState).to.equal('running');
    const pause = $<HTMLButtonElement>(el, '[part=pause]')!;
    expect(text(pause)).to.equal('Pause');
    pause.click();
    await el.updateComplete;
    expect(text(pause)).to.equal('Play');
    expect(getComputedStyle(track).animationPlayState).to.equal('paused');
    // Tabbing goes through the 12 real links and never into the copy.
    const copyLink = copy.querySelector('a')!;
    copyLink.focus();
    expect(el.shadowRoot!.activeElement).to.not.equal(copyLink);
    await expect(el).to.be.accessible();
  });

  it('stops the marquee while a keyboard user is on one of its links', async () => {
    const el = await wall(html`<sanctuary-supporter-wall marquee .feed=${many(12)}></sanctuary-supporter-wall>`);
    const track = $(el, '.track')!;
    expect(getComputedStyle(track).animationPlayState).to.equal('running');
    $<HTMLAnchorElement>(el, '.strip a')!.focus();
    expect(getComputedStyle(track).animationPlayState).to.equal('paused');
  });

  it('leaves out the sector filter when the page asks, or when there is only one sector', async () => {
    const el = await wall(html`<sanctuary-supporter-wall hide-filter src=${FEED}></sanctuary-supporter-wall>`);
    expect($(el, 'select')).to.equal(null);
    const one = await wall(html`<sanctuary-supporter-wall .feed=${many(5, () => ({ sector: 'faith' }))}></sanctuary-supporter-wall>`);
    expect($(one, 'select')).to.equal(null);
  });

  it('holds the marquee still, with no Pause button, for readers who ask for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await wall(html`<sanctuary-supporter-wall marquee .feed=${many(12)}></sanctuary-supporter-wall>`);
    const track = $(el, '.track')!;
    expect(getComputedStyle(track).animationName).to.equal('none');
    expect($(el, '[part=pause]')!.offsetParent).to.equal(null);
    const copy = $$(el, '.strip')[1];
    expect(getComputedStyle(copy).display).to.equal('none');
    await aTimeout(100);
    expect(track.getBoundingClientRect().left).to.equal($(el, '.viewport')!.getBoundingClientRect().left + 0);
  });

  it('is accessible grouped, with names hidden, and in dark theme', async () => {
    const el = await wall(html`<sanctuary-supporter-wall theme="dark" group-by="sector" limit="5" join-url="/join" src=${FEED}></sanctuary-supporter-wall>`);
    await expect(el).to.be.accessible();
    el.hideNames = true;
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, 'a.tile')!;
    expect(link.querySelector('[part=name]')!.classList.contains('visually-hidden')).to.equal(true);
    expect(text(link)).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic and runs right to left inside an Arabic page', async () => {
    const wrapper = await fixture(html`<div lang="ar" dir="rtl"><sanctuary-supporter-wall limit="2" src=${FEED}></sanctuary-supporter-wall></div>`);
    const el = wrapper.querySelector('sanctuary-supporter-wall')!;
    await quietly(() => settled(el));
    await el.updateComplete;
    expect($(el, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, 'h2'))).to.contain('تدعم حركة الملاذ');
    expect(text($(el, '[part=show-all]'))).to.contain('عرض جميع الجهات الداعمة');
    await expect(el).to.be.accessible();
  });

  it('makes every tile link reachable by keyboard with a visible focus style', async () => {
    const el = await wall(html`<sanctuary-supporter-wall src=${FEED}></sanctuary-supporter-wall>`);
    const first = $<HTMLAnchorElement>(el, 'a.tile')!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.matches('a.tile')).to.equal(true);
    expect(getComputedStyle(focused).outlineStyle !== 'none' || getComputedStyle(focused).boxShadow !== 'none').to.equal(true);
  });
});
