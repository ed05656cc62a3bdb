import { expect } from '@open-wc/testing';
import { initials, monogramTone } from '../../src/supporter-wall/initials.js';

describe('supporter monograms', () => {
  it('takes the first letters of the first two words', () => {
    expect(initials('Cambridge Refugee Support')).to.equal('CR');
    expect(initials('anglia ruskin university')).to.equal('AR');
  });

  it('skips a leading “The” and small joining words', () => {
    expect(initials('The Welcome Café')).to.equal('WC');
    expect(initials('Friends of the Earth')).to.equal('FE');
    expect(initials('The Cambridge Mosque')).to.equal('CM');
  });

  it('uses one letter for a one-word name', () => {
    expect(initials('Oxfam')).to.equal('O');
    expect(initials('the')).to.equal('T');
  });

  it('uses one letter for an Arabic name, skipping the article ال', () => {
    expect(initials('مسجد النور')).to.equal('م');
    expect(initials('الجمعية الخيرية')).to.equal('ج');
  });

  it('leaves out emoji and punctuation', () => {
    expect(initials('🌍 Global Kitchen!')).to.equal('GK');
    expect(initials('“Hope” & Co.')).to.equal('HC');
    expect(initials('🎉🎉')).to.equal('');
  });

  it('keeps accents and digits', () => {
    expect(initials('Église Saint-Luc')).to.equal('ÉS');
    expect(initials('42 Club')).to.equal('4C');
  });

  it('gives a name the same tint every time, one of six', () => {
    expect(monogramTone('Oxfam')).to.equal(monogramTone('Oxfam'));
    const tones = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((n) => monogramTone(`${n} group`)));
    expect(tones.size).to.be.greaterThan(3);
    expect([...tones].every((t) => t >= 0 && t < 6)).to.equal(true);
  });
});
