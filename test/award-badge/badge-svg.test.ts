import { expect } from '@open-wc/testing';
import { BADGE_STATES, verifyAward, type BadgeState } from '../../src/award-badge/award-status.js';
import { badgeModel, streamName } from '../../src/award-badge/badge-model.js';
import { badgeSvgFile, sealArtwork, toSvgString, wrapText } from '../../src/award-badge/badge-svg.js';
import { awardBadgeStrings, type AwardBadgeKey } from '../../src/award-badge/award-badge.strings.js';
import { translate } from '../../src/shared/locale/index.js';
import { awards, record, TODAY } from './registers.js';

const t = (key: AwardBadgeKey, vars?: Record<string, string | number>) => translate('en', key, vars, { english: awardBadgeStrings });
const registerInfo = { host: 'awards.example.org', url: 'https://awards.example.org/register.json' };
const modelFor = (id: string, list = awards) => badgeModel(verifyAward(list, id, TODAY), registerInfo, t, 'en');

describe('badge words and artwork', () => {
  it('says it all in one sentence for a verified award', () => {
    const model = modelFor('sos-parkside-2024');
    expect(model.label).to.equal(
      'School of Sanctuary award held by Parkside Community Primary School. Awarded 2024, Valid until 13 March 2027. Verified by awards.example.org',
    );
    expect(model.verifier).to.equal('Verified by awards.example.org');
    expect(model.detail).to.equal('Awarded 2024 · Valid until 13 March 2027');
    expect(model.href).to.equal('https://awards.example.org/awards/sos-parkside-2024');
  });

  it('never words a lapsed or withdrawn award as verified', () => {
    for (const id of ['uos-anglia-2021', 'los-central-2022', 'tos-junction-2025', 'cos-chesterton-2027', 'nope']) {
      const model = modelFor(id);
      expect(model.valid).to.equal(false);
      expect(model.label).not.to.contain('Verified by');
      expect(model.label).to.match(new RegExp(`^${model.stateWords}: `));
      expect(model.verifier.toLowerCase()).not.to.contain('verified');
    }
    expect(modelFor('uos-anglia-2021').label).to.equal(
      'Expired: University of Sanctuary award for Anglia Ruskin University. Expired on 31 May 2024. Not valid now. Check with awards.example.org',
    );
    expect(modelFor('los-central-2022').stateWords).to.equal('Revoked');
    expect(modelFor('nope').label).to.equal(
      'Not found: Sanctuary Award. No award with id nope in the register. Check with awards.example.org',
    );
  });

  it('gives every state its own words and its own seal shape', () => {
    const words = new Set(BADGE_STATES.map((s) => t(`awardBadge.state.${s}` as never)));
    expect(words.size).to.equal(BADGE_STATES.length);
    const shapes = new Set(BADGE_STATES.map((s: BadgeState) => toSvgString(sealArtwork(s))));
    expect(shapes.size).to.equal(BADGE_STATES.length);
  });

  it('links to the register, not to a verification page on another site', () => {
    const list = [record('x', { verifyUrl: 'https://look-alike.example/awards/x' })];
    expect(modelFor('x', list).href).to.equal('https://awards.example.org/register.json');
    const script = [record('y', { verifyUrl: 'javascript:alert(1)' })];
    expect(modelFor('y', script).href).to.equal('https://awards.example.org/register.json');
  });

  it('names streams in words and keeps unknown ones readable', () => {
    expect(streamName('university', t)).to.equal('University of Sanctuary');
    expect(streamName('Library of Sanctuary', t)).to.equal('Library of Sanctuary');
    expect(streamName('sport', t)).to.equal('Sanctuary Award (sport)');
  });

  it('escapes feed text in the standalone SVG, so a holder name cannot add markup', () => {
    const evil = [record('z', { holder: { name: '<script>alert(1)</script> & "Friends"' } })];
    const svg = badgeSvgFile(modelFor('z', evil));
    expect(svg).not.to.contain('<script>');
    expect(svg).to.contain('&lt;script&gt;');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('script')).to.equal(null);
    expect(doc.documentElement.textContent).to.contain('<script>alert(1)</script> & "Friends"');
  });

  it('drops characters XML cannot hold instead of writing a broken file', () => {
    const odd = [record('q', { holder: { name: 'Bell\u0007 School \uD800' } })];
    const doc = new DOMParser().parseFromString(badgeSvgFile(modelFor('q', odd)), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
  });

  it('writes the accessible name and the day checked into the standalone SVG', () => {
    const svg = badgeSvgFile(modelFor('sos-parkside-2024'));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('title')!.textContent).to.contain('Verified by awards.example.org. Checked 26 November 2026.');
    expect(doc.documentElement.getAttribute('role')).to.equal('img');
  });

  it('wraps long names onto two lines and cuts the rest with an ellipsis', () => {
    expect(wrapText('Cambridge Regional College and Sixth Form Centre of Excellence in Learning', 30)).to.deep.equal([
      'Cambridge Regional College and',
      'Sixth Form Centre of…',
    ]);
  });
});
