import { expect } from '@open-wc/testing';
import { formatMessage } from '../../src/shared/locale/format.js';
import { isCatalogueReady, isRtl, loadCatalogue, translate } from '../../src/shared/locale/index.js';
import { en } from '../../src/shared/locale/en.js';
import { ar } from '../../src/shared/locale/ar.js';

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

  it('lets the page owner override a single string', () => {
    expect(translate('en', 'feed.error', {}, { 'feed.error': 'Events are taking a break.' })).to.equal('Events are taking a break.');
  });

  it('knows which languages are written right to left', () => {
    expect(['ar', 'fa-IR', 'ps', 'he', 'ur', 'ckb'].every(isRtl)).to.equal(true);
    expect(['en', 'cy', 'uk', 'ti', 'fr'].some(isRtl)).to.equal(false);
  });

  it('has every English key in every shipped catalogue', () => {
    for (const [name, catalogue] of Object.entries({ ar })) {
      const missing = Object.keys(en).filter((key) => !(key in catalogue));
      expect(missing, `${name} lacks`).to.deep.equal([]);
    }
  });
});
