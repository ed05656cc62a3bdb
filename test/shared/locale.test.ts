import { expect } from '@open-wc/testing';
import { formatMessage } from '../../src/shared/locale/format.js';
import { isCatalogueReady, isRtl, loadCatalogue, translate } from '../../src/shared/locale/index.js';
import { eventListStrings } from '../../src/event-list/event-list.strings.js';
import { english as en } from './english.js';
import { ar } from '../../src/shared/locale/ar.js';
import { cy } from '../../src/shared/locale/cy.js';
import { fa } from '../../src/shared/locale/fa.js';
import { fr } from '../../src/shared/locale/fr.js';
import { uk } from '../../src/shared/locale/uk.js';
import { shippedLanguages } from '../../src/shared/locale/index.js';
import { dateFormat } from '../../src/shared/locale/dates.js';
import type { Message } from '../../src/shared/locale/format.js';

/** Every catalogue that ships, by language; the test below checks this list is complete. */
const CATALOGUES: Record<string, Record<string, Message>> = { en, ar, cy, fa, fr, uk };

const placeholders = (message: Message) =>
  new Set((typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1])));

describe('UI strings', () => {
  it('chooses plural forms by the language’s own rules', () => {
    const message = { one: '{count} event', other: '{count} events' };
    expect(formatMessage('en', message, { count: 1 })).to.equal('1 event');
    expect(formatMessage('en', message, { count: 1200 })).to.equal('1,200 events');
    const arabic = { zero: 'لا فعاليات', one: 'فعالية واحدة', two: 'فعاليتان', few: '{count} فعاليات', many: '{count} فعالية', other: '{count} فعالية' };
    expect(formatMessage('ar', arabic, { count: 2 })).to.equal('فعاليتان');
    expect(formatMessage('ar', arabic, { count: 3 })).to.equal(`${new Intl.NumberFormat('ar').format(3)} فعاليات`);
  });

  it('loads a language only when it is asked for, and reads English until then', async () => {
    expect(isCatalogueReady('ar')).to.equal(false);
    expect(translate('ar', 'feed.loading')).to.equal(en['feed.loading']);
    await loadCatalogue('ar-SA');
    expect(isCatalogueReady('ar')).to.equal(true);
    expect(isCatalogueReady('tlh')).to.equal(true); // not shipped: English at once, nothing to wait for
  });

  it('falls back from a regional tag to the language, then to English', async () => {
    await loadCatalogue('ar');
    expect(translate('ar-EG', 'feed.loading')).to.equal(ar['feed.loading']);
    expect(translate('xx', 'feed.loading')).to.equal(en['feed.loading']);
  });

  it('falls back to the widget’s own English strings, and to the shared ones', () => {
    expect(translate('tlh', 'eventList.book', {}, { english: eventListStrings })).to.equal('Book a place');
    expect(translate('tlh', 'feed.loading', {}, { english: eventListStrings })).to.equal('Loading…');
  });

  it('lets the page owner override a single string', () => {
    expect(translate('en', 'feed.error', {}, { overrides: { 'feed.error': 'Events are taking a break.' } })).to.equal('Events are taking a break.');
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'fa-IR', 'ps', 'he', 'ur', 'ckb'].every(isRtl)).to.equal(true);
    expect(['en', 'cy', 'uk', 'ti', 'fr'].some(isRtl)).to.equal(false);
  });

  it('tests every language that ships', () => {
    expect(Object.keys(CATALOGUES).sort()).to.deep.equal(shippedLanguages().sort());
  });

  it('has every English key in every shipped catalogue, and no key English lacks', () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      const missing = Object.keys(en).filter((key) => !(key in catalogue));
      const extra = Object.keys(catalogue).filter((key) => !(key in en));
      expect(missing, `${name} lacks`).to.deep.equal([]);
      expect(extra, `${name} has keys English lacks`).to.deep.equal([]);
    }
  });

  it('gives every plural message each form the language’s plural rules can pick', () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      const categories = new Intl.PluralRules(name).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === 'string') continue;
        const lacking = categories.filter((category) => !(category in message));
        expect(lacking, `${name} ${key} lacks plural forms`).to.deep.equal([]);
      }
    }
  });

  it('uses in each translation only the placeholders the English text fills in', () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, message] of Object.entries(catalogue)) {
        const known = placeholders(en[key as keyof typeof en]);
        const unknown = [...placeholders(message)].filter((p) => !known.has(p));
        expect(unknown, `${name} ${key} uses unknown placeholders`).to.deep.equal([]);
      }
    }
  });

  it('translates each language’s words rather than copying the English', () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      if (name === 'en') continue;
      const same = Object.keys(en).filter((key) => JSON.stringify(catalogue[key]) === JSON.stringify(en[key as keyof typeof en]));
      // Brand names (Outlook.com) and a few words shared across languages (Sport, Guide) may match; most must not.
      expect(same.length, `${name} copies English for ${same.join(', ')}`).to.be.below(8);
    }
  });

  it('picks Welsh, Ukrainian and French plural forms by count', async () => {
    const events = (lang: string, count: number) => translate(lang, 'eventList.count', { count }, { english: eventListStrings });
    await Promise.all(['cy', 'uk', 'fr', 'fa'].map(loadCatalogue));
    expect(events('cy', 2)).to.equal('2 ddigwyddiad');
    expect(events('cy', 0)).to.equal('Dim digwyddiadau');
    expect(events('uk', 1)).to.equal('1 подія');
    expect(events('uk', 3)).to.equal('3 події');
    expect(events('uk', 11)).to.equal('11 подій');
    expect(events('uk', 21)).to.equal('21 подія');
    expect(events('fr', 0)).to.equal('0 événement');
    expect(events('fr', 2)).to.equal('2 événements');
    expect(events('fr', 1_000_000)).to.match(/^1\s000\s000 d’événements$/);
    expect(events('fa', 3)).to.equal('۳ رویداد');
  });

  it('writes Welsh day and month names even in a browser with no Welsh dates', async () => {
    await loadCatalogue('cy');
    const saturday = Date.UTC(2026, 11, 5, 12);
    const heading = dateFormat('cy', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(saturday);
    expect(heading).to.contain('Sadwrn');
    expect(heading).to.contain('5 Rhagfyr');
    expect(dateFormat('cy-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 14))).to.match(/14 Maw(rth)? 2026/);
    const range = dateFormat('cy', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/London' }).formatRange(Date.UTC(2026, 11, 5, 14), Date.UTC(2026, 11, 5, 16));
    expect(range).to.not.match(/PM|AM/);
  });

  it('dates a language the browser lacks the British way, not the American', () => {
    const f = dateFormat('ti', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    expect(Intl.DateTimeFormat.supportedLocalesOf(['ti'])).to.deep.equal([]);
    expect(f.format(Date.UTC(2026, 11, 5, 12))).to.equal('Saturday 5 December');
  });
});
