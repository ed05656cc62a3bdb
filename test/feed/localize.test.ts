import { expect } from '@open-wc/testing';
import { localizeFeed, parseFeed, pickText } from '../../src/feed/index.js';

const title = { en: 'Welcome café', ar: 'مقهى الترحيب', 'fa-IR': 'کافه خوش‌آمدگویی' };

describe('feed text in several languages', () => {
  it('accepts a text field as a string or as translations keyed by language tag', () => {
    const { feed, issues } = parseFeed(
      { version: 1, publisher: { name: { en: 'Cambridge', cy: 'Caergrawnt' } }, events: [{ id: 'a', title, start: '2027-01-01' }, { id: 'b', title: 'Plain', start: '2027-01-01' }] },
      't',
    );
    expect(issues).to.deep.equal([]);
    expect(feed.events).to.have.length(2);
  });

  it('drops an item whose translations are keyed by something that is not a language', () => {
    const { issues } = parseFeed({ version: 1, publisher: { name: 'x' }, events: [{ id: 'a', title: { english: 'Hi' }, start: '2027-01-01' }] }, 't');
    expect(issues[0].path).to.equal('$.events[0].title');
  });

  it('drops an item whose title has no language at all', () => {
    const { issues } = parseFeed({ version: 1, publisher: { name: 'x' }, events: [{ id: 'a', title: {}, start: '2027-01-01' }] }, 't');
    expect(issues).to.have.length.greaterThan(0);
  });

  it('picks the reader’s language, then its base language, then the feed’s, then English, then any', () => {
    expect(pickText(title, 'ar')).to.equal('مقهى الترحيب');
    expect(pickText(title, 'AR-eg')).to.equal('مقهى الترحيب');
    expect(pickText(title, 'fa')).to.equal('کافه خوش‌آمدگویی');
    expect(pickText({ cy: 'Croeso', fr: 'Bienvenue' }, 'de', 'fr')).to.equal('Bienvenue');
    expect(pickText(title, 'uk')).to.equal('Welcome café');
    expect(pickText({ ti: 'እንቋዕ' }, 'en')).to.equal('እንቋዕ');
    expect(pickText('Just text', 'ar')).to.equal('Just text');
  });

  it('resolves nested texts (place names, image descriptions) and leaves one-language items untouched', () => {
    const { feed } = parseFeed(
      {
        version: 1,
        language: 'en',
        publisher: { name: 'x' },
        events: [
          { id: 'a', title, start: '2027-01-01', location: { name: { en: 'Library', ar: 'المكتبة' }, postcode: 'CB2 3QD' } },
          { id: 'b', title: 'Plain', start: '2027-01-01' },
        ],
        supporters: [{ id: 's', name: 'Café', logo: { src: 'a.svg', alt: { en: 'Café logo', ar: 'شعار المقهى' } } }],
      },
      't',
    );
    const arabic = localizeFeed(feed, 'ar');
    expect(arabic.events[0].title).to.equal('مقهى الترحيب');
    expect(arabic.events[0].location).to.deep.equal({ name: 'المكتبة', postcode: 'CB2 3QD' });
    expect(arabic.supporters[0].logo!.alt).to.equal('شعار المقهى');
    expect(arabic.events[1]).to.equal(feed.events[1]);
    expect(feed.events[0].title).to.deep.equal(title); // the parsed feed itself is not changed
  });
});
