import { expect } from '@open-wc/testing';
import { headlineText } from '../../src/supporter-wall/headline.js';
import { supporterWallStrings } from '../../src/supporter-wall/supporter-wall.strings.js';
import { ar } from '../../src/shared/locale/ar.js';

const defaults = { plain: supporterWallStrings['supporterWall.headline'], withPlace: supporterWallStrings['supporterWall.headlinePlace'] };

describe('supporter headline', () => {
  it('counts organisations, with the group’s place when the feed names one', () => {
    expect(headlineText({ count: 132, place: 'Cambridge', lang: 'en', defaults })).to.equal(
      '132 organisations in Cambridge support sanctuary',
    );
    expect(headlineText({ count: 1, lang: 'en', defaults })).to.equal('1 organisation supports sanctuary');
  });

  it('writes large numbers with the language’s grouping', () => {
    expect(headlineText({ count: 3000, lang: 'en', defaults })).to.equal('3,000 organisations support sanctuary');
  });

  it('uses the owner’s words, filling in {count} and {place}', () => {
    expect(
      headlineText({ template: 'Join the {count} Cambridge organisations who stand with refugees', count: 28, lang: 'en', defaults }),
    ).to.equal('Join the 28 Cambridge organisations who stand with refugees');
    expect(headlineText({ template: '{count} in {place}', count: 5, place: 'Ely', lang: 'en', defaults })).to.equal('5 in Ely');
  });

  it('shows an owner’s headline without {count} as written, and none when it is empty', () => {
    expect(headlineText({ template: 'Our supporters', count: 9, lang: 'en', defaults })).to.equal('Our supporters');
    expect(headlineText({ template: '  ', count: 9, lang: 'en', defaults })).to.equal('');
  });

  it('uses Arabic plural forms and digits in Arabic', () => {
    const arDefaults = { plain: ar['supporterWall.headline']!, withPlace: ar['supporterWall.headlinePlace']! };
    expect(headlineText({ count: 2, lang: 'ar', defaults: arDefaults })).to.equal('منظمتان تدعمان حركة الملاذ');
    expect(headlineText({ count: 5, lang: 'ar', defaults: arDefaults })).to.contain(new Intl.NumberFormat('ar').format(5));
  });
});
