import { expect } from '@open-wc/testing';
import { currentRecord, findAward, localDay, recordState, verifyAward } from '../../src/award-badge/award-status.js';
import { awards, record, TODAY } from './registers.js';

describe('award status', () => {
  it('verifies a current award within its dates', () => {
    const verdict = verifyAward(awards, 'sos-parkside-2024', TODAY);
    expect(verdict.state).to.equal('verified');
    expect(verdict.award!.holder.name).to.equal('Parkside Community Primary School');
  });

  it('counts the award and expiry days themselves as valid', () => {
    const a = record('x', { awarded: '2024-03-14', expires: '2027-03-13' });
    expect(recordState(a, '2024-03-14')).to.equal('verified');
    expect(recordState(a, '2027-03-13')).to.equal('verified');
    expect(recordState(a, '2027-03-14')).to.equal('expired');
    expect(recordState(a, '2024-03-13')).to.equal('not-yet-valid');
  });

  it('treats an awarded record past its expiry date as expired, whatever its status says', () => {
    expect(verifyAward(awards, 'uos-anglia-2021', TODAY).state).to.equal('expired');
  });

  it('gives revoked, suspended and not-yet-valid awards their own states', () => {
    expect(verifyAward(awards, 'los-central-2022', TODAY).state).to.equal('revoked');
    expect(verifyAward(awards, 'tos-junction-2025', TODAY).state).to.equal('suspended');
    expect(verifyAward(awards, 'cos-chesterton-2027', TODAY).state).to.equal('not-yet-valid');
  });

  it('keeps an award with no expiry date valid', () => {
    expect(recordState(record('x', { expires: undefined }), '2099-01-01')).to.equal('verified');
  });

  it('says not found for an unknown id or an empty one', () => {
    expect(verifyAward(awards, 'sos-nowhere-2024', TODAY).state).to.equal('not-found');
    expect(verifyAward(awards, '', TODAY).state).to.equal('not-found');
  });

  it('matches ids exactly: no trimming, no case folding, no look-alike letters or digits', () => {
    const lookAlikes = [
      ' sos-parkside-2024',
      'sos-parkside-2024 ',
      'SOS-parkside-2024',
      'ѕos-parkside-2024', // Cyrillic dze
      'sos-pаrkside-2024', // Cyrillic a
      'sos-parkside-２０２４', // fullwidth digits
      'sos-park\u200Dside-2024', // zero-width joiner
      'sos-parkside-2024\u200B',
    ];
    for (const id of lookAlikes) expect(findAward(awards, id), JSON.stringify(id)).to.equal(undefined);
    expect(findAward(awards, 'sos-parkside-2024')?.id).to.equal('sos-parkside-2024');
  });

  it('does not normalise Unicode: a composed é does not match a decomposed one', () => {
    const composed = record('école-2024');
    expect(findAward([composed], 'e\u0301cole-2024')).to.equal(undefined);
    expect(findAward([composed], 'école-2024')).to.equal(composed);
  });

  it('follows an old badge id to the holder’s current renewal', () => {
    const verdict = verifyAward(awards, 'sos-mayfield-2019', TODAY);
    expect(verdict.state).to.equal('verified');
    expect(verdict.award!.id).to.equal('sos-mayfield-2025');
    expect(verdict.requested!.id).to.equal('sos-mayfield-2019');
  });

  it('uses the renewal in force on the day checked, not one that has not started', () => {
    expect(verifyAward(awards, 'sos-mayfield-2025', '2024-01-01').award!.id).to.equal('sos-mayfield-2022');
  });

  it('lets a later withdrawal override a valid renewal', () => {
    const withdrawn = [...awards, record('sos-mayfield-2026-revoked', { holder: { name: 'Mayfield Primary School' }, status: 'revoked', awarded: '2026-10-01' })];
    expect(verifyAward(withdrawn, 'sos-mayfield-2025', TODAY).state).to.equal('revoked');
  });

  it('keeps two holders of the same name in different places apart', () => {
    const list = [
      record('a', { holder: { name: 'St Mary’s School', place: 'Leeds' }, status: 'revoked', awarded: '2025-01-01' }),
      record('b', { holder: { name: 'St Mary’s School', place: 'Bristol' }, awarded: '2024-01-01' }),
    ];
    expect(currentRecord(list, list[1], TODAY).id).to.equal('b');
    expect(verifyAward(list, 'b', TODAY).state).to.equal('verified');
  });

  it('says cannot verify when the record with that id was dropped as malformed', () => {
    const issues = [{ path: '$.awards[2].awarded', message: 'bad date', collection: 'awards' as const, id: 'sos-broken', source: 'x' }];
    expect(verifyAward(awards, 'sos-broken', TODAY, issues).state).to.equal('cannot-verify');
  });

  it('checks by the visitor’s local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
  });
});
