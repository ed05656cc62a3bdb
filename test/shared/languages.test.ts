// Every widget in every language that ships: its words, its direction, its dates and numbers, and axe.
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import 'axe-core';
import '../../src/event-list/define.js';
import '../../src/resource-finder/define.js';
import '../../src/supporter-wall/define.js';
import '../../src/award-badge/define.js';
import { clearFeedCache } from '../../src/feed/index.js';
import { escape, FEED, mount, shadowText } from './language-fixtures.js';
import { english as en } from './english.js';
import { ar } from '../../src/shared/locale/ar.js';
import { cy } from '../../src/shared/locale/cy.js';
import { fa } from '../../src/shared/locale/fa.js';
import { fr } from '../../src/shared/locale/fr.js';
import { uk } from '../../src/shared/locale/uk.js';
import { dateLocale, formatMessage, isolate, type Message } from '../../src/shared/locale/format.js';
import type { MessageKey } from '../../src/shared/locale/index.js';

const CATALOGUES: Record<string, Partial<Record<MessageKey, Message>>> = { en, cy, ar, fa, uk, fr };
const NOW = Date.UTC(2026, 10, 26, 12);

const WIDGETS: Record<string, string> = {
  'sanctuary-event-list': `now="${NOW}"`,
  'sanctuary-resource-finder': '',
  'sanctuary-supporter-wall': '',
  'sanctuary-award-badge': 'award="sos-1"',
};

/** The month names written out by hand, so a browser that lacks a language's dates cannot pass by accident. */
const DECEMBER: Record<string, string> = { en: 'December', cy: 'Rhagfyr', ar: 'ديسمبر', fa: 'دسامبر', uk: 'грудня', fr: 'décembre' };
const MARCH: Record<string, string> = { en: 'March', cy: 'Mawrth', ar: 'مارس', fa: 'مارس', uk: 'березня', fr: 'mars' };

/** What each widget must say in `lang`, worked out from the catalogue and Intl independently of the widget. */
function expectedWords(tag: string, lang: string): string[] {
  const c = { ...en, ...CATALOGUES[lang] };
  const say = (key: MessageKey, vars?: Record<string, string | number>) => formatMessage(lang, c[key], vars);
  const date = (options: Intl.DateTimeFormatOptions, ms: number) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en' : dateLocale(lang), { ...options, timeZone: 'UTC' }).format(ms);
  switch (tag) {
    case 'sanctuary-event-list':
      return [
        say('eventList.book'),
        say('eventList.where'),
        say('eventList.count', { count: 2 }),
        DECEMBER[lang],
        ...(lang === 'cy' ? ['Dydd Sadwrn 5 Rhagfyr'] : [date({ weekday: 'long', day: 'numeric', month: 'long' }, Date.UTC(2026, 11, 5, 12))]),
      ];
    case 'sanctuary-resource-finder':
      return [say('resourceFinder.count', { count: 3 }), say('resourceFinder.type.leaflet'), say('resourceFinder.sort'), lang === 'cy' ? '14 Maw 2026' : date({ dateStyle: 'medium' }, Date.UTC(2026, 2, 14, 12))];
    case 'sanctuary-supporter-wall':
      return [say('supporterWall.headlinePlace', { count: 3, place: isolate('Testford') }), say('supporterWall.sector.faith')];
    default:
      return [
        lang === 'cy' ? 'Yn ddilys tan 13 Mawrth 2027' : MARCH[lang],
        say('awardBadge.stream.school'),
        ...(lang === 'cy' ? [] : [say('awardBadge.validUntil', {
          date: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : dateLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2027, 2, 13)),
        })]),
      ];
  }
}

describe('every widget in every language', () => {
  beforeEach(clearFeedCache);
  afterEach(fixtureCleanup);

  for (const lang of Object.keys(CATALOGUES)) {
    for (const [tag, attributes] of Object.entries(WIDGETS)) {
      it(`shows ${tag} in ${lang}: its words, dates and numbers, the right direction, and nothing axe objects to`, async () => {
        const el = await mount(tag, `lang="${lang}" ${attributes}`);
        const text = shadowText(el);
        for (const words of expectedWords(tag, lang)) expect(text, `${tag} in ${lang}`).to.contain(words.replace(/\s+/g, ' '));
        const base = el.shadowRoot!.querySelector('[part=base]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');
        expect(getComputedStyle(base).direction).to.equal(lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('writes numbers in Persian digits for a Farsi reader', async () => {
    const el = await mount('sanctuary-supporter-wall', 'lang="fa"');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('۳ سازمان');
    const badge = await mount('sanctuary-award-badge', 'lang="fa" award="sos-1"');
    expect(shadowText(badge)).to.contain('اعطاشده در ۲۰۲۴');
    expect(shadowText(badge)).to.contain('۱۳ مارس ۲۰۲۷');
  });

  it('dates Farsi events on the Gregorian calendar the feed uses, unless the page asks for another', async () => {
    const el = await mount('sanctuary-event-list', `lang="fa" now="${NOW}"`);
    expect(shadowText(el)).to.contain('دسامبر'); // December
    const persian = await mount('sanctuary-event-list', `lang="fa-u-ca-persian" now="${NOW}"`);
    expect(shadowText(persian)).to.contain('آذر'); // the Solar Hijri month 5 December falls in
  });

  it('takes the language from the page when the element has none', async () => {
    const wrapper = await fixture<HTMLElement>(`<div lang="uk"></div>`);
    wrapper.innerHTML = `<sanctuary-supporter-wall><script type="application/json">${escape(JSON.stringify(FEED))}</script></sanctuary-supporter-wall>`;
    const el = wrapper.firstElementChild as HTMLElement;
    await waitUntil(() => el.getAttribute('state') === 'ready', 'never ready', { timeout: 5000 });
    expect(shadowText(el)).to.contain('3 організації в \u2068Testford\u2069 підтримують рух прихистку');
  });

  it('switches language when the page’s lang changes', async () => {
    const wrapper = await fixture<HTMLElement>(`<div lang="en"></div>`);
    wrapper.innerHTML = `<sanctuary-event-list now="${NOW}"><script type="application/json">${escape(JSON.stringify(FEED))}</script></sanctuary-event-list>`;
    const el = wrapper.firstElementChild as HTMLElement;
    await waitUntil(() => shadowText(el).includes('Book a place'), 'never showed English', { timeout: 5000 });
    wrapper.lang = 'cy';
    await waitUntil(() => shadowText(el).includes('Archebu lle'), 'never switched to Welsh', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('cy');
  });

  it('keeps every other language out of each widget’s bundle, fetched only when a page asks for it', async () => {
    // A string that exists only in that language's catalogue, to look for in the built files.
    const samples = { cy: cy['eventList.book'], ar: ar['eventList.book'], fa: fa['eventList.book'], uk: uk['eventList.book'], fr: fr['eventList.book'] };
    for (const widget of ['event-list', 'resource-finder', 'supporter-wall', 'award-badge']) {
      const response = await fetch(`/dist/${widget}.js`);
      expect(response.ok, `dist/${widget}.js (run npm run build first)`).to.equal(true);
      const bundle = await response.text();
      for (const [lang, sample] of Object.entries(samples)) {
        expect(bundle.includes(sample as string), `${lang} inside dist/${widget}.js`).to.equal(false);
        expect(bundle, `dist/${widget}.js loads ${lang} on demand`).to.match(new RegExp(`chunks/${lang}-[\\w-]+\\.js`));
      }
    }
  });
});
