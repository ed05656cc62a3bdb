import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/award-badge/define.js';
import { configureAwardRegister } from '../../src/award-badge/register-config.js';
import type { SanctuaryAwardBadge } from '../../src/award-badge/award-badge.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { awards, record, register } from './registers.js';

const NOW = new Date(2026, 10, 26, 12);
const settled = (el: SanctuaryAwardBadge) =>
  waitUntil(() => el.hasAttribute('award-state'), 'the badge never decided', { timeout: 5000 });
const link = (el: SanctuaryAwardBadge) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=badge]');
/** The link's name as a screen reader builds it: its aria-label, else its text without aria-hidden parts. */
function spokenName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const walk = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE
      ? node.textContent!
      : (node as Element).getAttribute?.('aria-hidden') === 'true'
        ? ''
        : Array.from(node.childNodes).map(walk).join('');
  return walk(el).replace(/\s+/g, ' ').trim();
}
const text = (el: SanctuaryAwardBadge) => el.shadowRoot!.querySelector('[part=badge]')!.textContent!.replace(/\s+/g, ' ').trim();

/** A made-up register, fetched from the test server like a real one (a badge never reads data from its page). */
// Its records' own pages move to this test server's site, as a real register's pages are on the register's site.
const served = (feed: unknown) =>
  `/feeds/echo?json=${encodeURIComponent(JSON.stringify(feed).replaceAll('https://awards.example.org', location.origin))}`;

async function badge(id: string, extra: Partial<SanctuaryAwardBadge> = {}, list = awards) {
  const el = await fixture<SanctuaryAwardBadge>(
    html`<sanctuary-award-badge lang="en-GB" award=${id} .now=${NOW} register=${served(register(list))}></sanctuary-award-badge>`,
  );
  Object.assign(el, extra);
  await settled(el);
  await el.updateComplete;
  return el;
}

/** Silences the console.error the shared loader writes for a failing register, and returns what it said. */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => {};
  try {
    return await run();
  } finally {
    console.error = original;
  }
}

describe('<sanctuary-award-badge>', () => {
  beforeEach(clearFeedCache);
  afterEach(() => {
    // Badges still on the page would re-check against the default register the moment it is restored.
    fixtureCleanup();
    configureAwardRegister({ url: undefined });
  });

  it('shows a current award as verified, with one name that says it all, linking to the register', async () => {
    const el = await badge('sos-parkside-2024');
    expect(el.getAttribute('award-state')).to.equal('verified');
    const a = link(el)!;
    expect(spokenName(a)).to.equal(
      `School of Sanctuary award held by Parkside Community Primary School. Awarded 2024, Valid until 13 March 2027. Verified by ${location.host}`,
    );
    expect(a.href).to.equal(`${location.origin}/awards/sos-parkside-2024`);
    expect(text(el)).to.contain('Parkside Community Primary School');
    expect(text(el)).to.contain(`Verified by ${location.host}`);
    await expect(el).to.be.accessible();
  });

  it('cannot be faked by award data given on the page itself', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await quietly(() =>
        fixture<SanctuaryAwardBadge>(html`<sanctuary-award-badge award="sos-parkside-2024" register="/feeds/not-found" .now=${NOW} .feed=${register()}>
          <script type="application/json">${JSON.stringify(register())}</script>
        </sanctuary-award-badge>`),
      );
      await quietly(() => settled(el));
      await el.updateComplete;
      expect(el.getAttribute('award-state')).to.not.equal('verified');
      expect(text(el)).to.not.contain('Verified');
      expect(warnings.join()).to.match(/data given on the page .* is ignored/);
    } finally {
      console.warn = original;
    }
  });

  it('is reachable with the keyboard', async () => {
    const el = await badge('sos-parkside-2024');
    link(el)!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
  });

  for (const [id, state, words] of [
    ['uos-anglia-2021', 'expired', 'Expired'],
    ['los-central-2022', 'revoked', 'Revoked'],
    ['tos-junction-2025', 'suspended', 'Suspended'],
    ['cos-chesterton-2027', 'not-yet-valid', 'Not yet valid'],
    ['sos-unknown-2024', 'not-found', 'Not found'],
  ] as const) {
    it(`shows a ${state} award in words and shape, never as verified`, async () => {
      const el = await badge(id);
      expect(el.getAttribute('award-state')).to.equal(state);
      expect(el.shadowRoot!.querySelector('[part=state]')!.textContent).to.equal(words);
      expect(text(el)).not.to.contain('Verified');
      expect(el.shadowRoot!.querySelector(`svg.seal-${state}`)).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('svg.seal-verified')).to.equal(null);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part=badge]')!).borderStyle).to.equal('dashed');
      expect(spokenName(link(el)!)).to.match(new RegExp(`^${words}: .*Check with ${location.host}$`));
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('says plainly when the page gave no award id', async () => {
    const el = await quietly(async () => {
      const el = await fixture<SanctuaryAwardBadge>(html`<sanctuary-award-badge lang="en-GB"></sanctuary-award-badge>`);
      await settled(el);
      return el;
    });
    expect(el.getAttribute('award-state')).to.equal('not-found');
    expect(text(el)).to.contain('No award id was given to this badge');
  });

  it('does not accept a look-alike id', async () => {
    const el = await badge('sos-pаrkside-2024'); // Cyrillic а
    expect(el.getAttribute('award-state')).to.equal('not-found');
    expect(text(el)).to.contain('No award with id sos-pаrkside-2024 in the register');
  });

  it('shows an old badge id as its holder’s current renewal', async () => {
    const el = await badge('sos-mayfield-2019');
    expect(el.getAttribute('award-state')).to.equal('verified');
    expect(link(el)!.href).to.equal(`${location.origin}/awards/sos-mayfield-2025`);
  });

  it('shows cannot verify, with the award id and a link to the register, when the register is unreachable', async () => {
    const el = await quietly(async () => {
      const el = await fixture<SanctuaryAwardBadge>(
        html`<sanctuary-award-badge award="sos-1" register="/feeds/bad-gateway"></sanctuary-award-badge>`,
      );
      await settled(el);
      return el;
    });
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.getAttribute('award-state')).to.equal('cannot-verify');
    expect(text(el)).to.contain('Cannot verify');
    expect(text(el)).to.contain('Award id sos-1');
    expect(link(el)!.href).to.equal(new URL('/feeds/bad-gateway', location.href).href);
    expect(spokenName(link(el)!)).to.equal(`Cannot verify: Sanctuary Award. The register could not be checked. Award id sos-1. Check with ${location.host}`);
    await expect(el).to.be.accessible();
  });

  it('shows cannot verify when the award’s own record is malformed', async () => {
    const el = await quietly(async () => {
      const el = await fixture<SanctuaryAwardBadge>(
        html`<sanctuary-award-badge award="bad-3" register="/feeds/awards/register"></sanctuary-award-badge>`,
      );
      await settled(el);
      return el;
    });
    expect(el.getAttribute('award-state')).to.equal('cannot-verify');
  });

  it('checks a whole register from the register attribute and names its host', async () => {
    const el = await fixture<SanctuaryAwardBadge>(
      html`<sanctuary-award-badge award="sos-1" register="/feeds/awards/register"></sanctuary-award-badge>`,
    );
    await settled(el);
    expect(el.getAttribute('award-state')).to.equal('verified');
    expect(text(el)).to.contain(`Verified by ${location.host}`);
  });

  it('uses the library-wide register when the badge names none', async () => {
    configureAwardRegister({ url: '/feeds/awards/one/{id}' });
    const el = await fixture<SanctuaryAwardBadge>(html`<sanctuary-award-badge award="los-2"></sanctuary-award-badge>`);
    await settled(el);
    expect(el.getAttribute('award-state')).to.equal('revoked');
  });

  it('checks again when the site configures its register after the badge appeared', async () => {
    // (a local register first, so the test never reaches for the real default one on the internet)
    configureAwardRegister({ url: '/feeds/ok?delay=300' });
    const el = await quietly(async () => {
      const el = await fixture<SanctuaryAwardBadge>(html`<sanctuary-award-badge award="sos-1"></sanctuary-award-badge>`);
      configureAwardRegister({ url: '/feeds/awards/register' });
      await waitUntil(() => el.getAttribute('award-state') === 'verified', 'did not re-check', { timeout: 5000 });
      return el;
    });
    expect(text(el)).to.contain('Hilltop School');
  });

  it('fetches only the one award from a src template, with the id encoded', async () => {
    const el = await fixture<SanctuaryAwardBadge>(
      html`<sanctuary-award-badge award="sos-1" src="/feeds/awards/one/{id}"></sanctuary-award-badge>`,
    );
    await settled(el);
    expect(el.getAttribute('award-state')).to.equal('verified');
    const fetched = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/feeds/awards/one/'));
    expect(fetched.at(-1)).to.equal(new URL('/feeds/awards/one/sos-1', location.href).href);
    // the link falls back to the register's site when a record has no page of its own there
    expect(link(el)!.href).to.equal(`${location.origin}/`);
  });

  it('says not found when a single-award URL answers 404', async () => {
    const el = await quietly(async () => {
      const el = await fixture<SanctuaryAwardBadge>(
        html`<sanctuary-award-badge award="a/b?c" src="/feeds/awards/one/{id}"></sanctuary-award-badge>`,
      );
      await settled(el);
      return el;
    });
    expect(el.getAttribute('award-state')).to.equal('not-found');
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched).to.include(new URL('/feeds/awards/one/a%2Fb%3Fc', location.href).href);
  });

  it('never turns a javascript: verification link into a link', async () => {
    const el = await badge('x', {}, [record('x', { verifyUrl: 'javascript:alert(1)' })]);
    expect(link(el)!.href).to.match(/\/feeds\/echo\?json=/); // the register itself
  });

  it('shows feed text as text, never as markup', async () => {
    const el = await badge('x', {}, [record('x', { holder: { name: '<img src=x onerror=alert(1)>' } })]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('<img src=x onerror=alert(1)>');
  });

  it('comes in three sizes and three variants', async () => {
    const heights: number[] = [];
    for (const size of ['small', 'medium', 'large'] as const) {
      const el = await badge('sos-parkside-2024', { size });
      await el.updateComplete;
      heights.push(el.shadowRoot!.querySelector('.seal')!.getBoundingClientRect().height);
    }
    expect(heights[0]).to.be.lessThan(heights[1]);
    expect(heights[1]).to.be.lessThan(heights[2]);

    const compact = await badge('sos-parkside-2024', { variant: 'compact' });
    await compact.updateComplete;
    expect(compact.shadowRoot!.querySelector('[part=detail]')).to.equal(null);
    expect(text(compact)).to.contain('Verified by');
    await expect(compact).to.be.accessible();

    const seal = await badge('uos-anglia-2021', { variant: 'seal-only' });
    await seal.updateComplete;
    expect(text(seal)).to.equal('Expired');
    expect(spokenName(link(seal)!)).to.equal(
      `Expired: University of Sanctuary award for Anglia Ruskin University. Expired on 31 May 2024. Not valid now. Check with ${location.host}`,
    );
    await expect(seal).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await badge('sos-parkside-2024', { theme: 'dark' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const expired = await badge('uos-anglia-2021', { theme: 'dark' });
    await expired.updateComplete;
    await expect(expired).to.be.accessible();
  });

  it('speaks Arabic and lays out right to left on an Arabic page', async () => {
    const wrapper = await fixture(html`<div lang="ar">
      <sanctuary-award-badge award="sos-parkside-2024" .now=${NOW} register=${served(register())}></sanctuary-award-badge>
    </div>`);
    const el = wrapper.querySelector('sanctuary-award-badge')!;
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(text(el)).to.contain(`وثّقها ${location.host}`);
  });

  it('fits a 320 px wide column without overflowing', async () => {
    const wrapper = await fixture(html`<div style="width: 320px">
      <sanctuary-award-badge award="sos-parkside-2024" size="large" .now=${NOW} register=${served(register())}></sanctuary-award-badge>
    </div>`);
    const el = wrapper.querySelector('sanctuary-award-badge')!;
    await settled(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    const card = el.shadowRoot!.querySelector('[part=badge]')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
  });
});
