import { expect } from '@open-wc/testing';
import { headlineText, type SayHeadline } from '../../src/supporter-wall/headline.js';
import { supporterWallStrings } from '../../src/supporter-wall/supporter-wall.strings.js';
import { ar } from '../../src/shared/locale/ar.js';
import { formatMessage } from '../../src/shared/locale/format.js';

/** The library's headlines in English or Arabic, as a LocaleController words them. */
const say =
  (lang: 'en' | 'ar'): SayHeadline =>
  (key, vars) =>
    formatMessage(lang, lang === 'ar' ? ar[key]! : supporterWallStrings[key], vars);

describe('supporter headline', () => {
  it('counts organisations, with the group’s place (isolated) when the feed names one', () => {
    expect(headlineText(undefined, 132, ' Cambridge ', 'en', say('en'))).to.equal('132 organisations in \u2068Cambridge\u2069 support sanctuary');
    expect(headlineText(undefined, 1, undefined, 'en', say('en'))).to.equal('1 organisation supports sanctuary');
    expect(headlineText(undefined, 4, '  ', 'en', say('en'))).to.equal('4 organisations support sanctuary');
  });

  it('has none for an empty wall, unless the owner wrote one', () => {
    expect(headlineText(undefined, 0, 'Ely', 'en', say('en'))).to.equal('');
    expect(headlineText('Be our first supporter', 0, 'Ely', 'en', say('en'))).to.equal('Be our first supporter');
  });

  it('writes large numbers with the language’s grouping', () => {
    expect(headlineText(undefined, 3000, undefined, 'en', say('en'))).to.equal('3,000 organisations support sanctuary');
  });

  it('uses the owner’s words, filling in {count} and {place}', () => {
    expect(headlineText('Join the {count} Cambridge organisations who stand with refugees', 28, undefined, 'en', say('en'))).to.equal(
      'Join the 28 Cambridge organisations who stand with refugees',
    );
    expect(headlineText('{count} in {place}', 5, 'Ely', 'en', say('en'))).to.equal('5 in Ely');
  });

  it('shows an owner’s headline without {count} as written, and none when it is empty', () => {
    expect(headlineText('Our supporters', 9, undefined, 'en', say('en'))).to.equal('Our supporters');
    expect(headlineText('  ', 9, undefined, 'en', say('en'))).to.equal('');
  });

  it('uses Arabic plural forms and digits in Arabic', () => {
    expect(headlineText(undefined, 2, undefined, 'ar', say('ar'))).to.equal('منظمتان تدعمان حركة الملاذ');
    expect(headlineText(undefined, 5, undefined, 'ar', say('ar'))).to.contain(new Intl.NumberFormat('ar').format(5));
  });
});
