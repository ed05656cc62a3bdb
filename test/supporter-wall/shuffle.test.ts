import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dailyShuffle, dayKey, shuffleToday } from '../../src/supporter-wall/shuffle.js';

const s = (id: string, name: string) => ({ id, name });
const ids = (n: number) => Array.from({ length: n }, (_, i) => s(`s${i}`, `Supporter ${i}`));
const day = (offset: number) => dayKey(new Date(2027, 0, 1 + offset));

describe('the daily shuffle', () => {
  it('shows the same shuffled order all day, whatever the order of the feed', () => {
    const list = ids(30);
    const morning = dailyShuffle(list, '2027-03-01');
    const evening = dailyShuffle([...list].reverse(), '2027-03-01');
    expect(evening.map((x) => x.id)).to.deep.equal(morning.map((x) => x.id));
    const noon = shuffleToday(list, new Date(2027, 2, 1, 12));
    expect(noon.map((x) => x.id)).to.deep.equal(morning.map((x) => x.id));
  });

  it('deals a different order the next day', () => {
    const list = ids(30);
    const today = dailyShuffle(list, '2027-03-01').map((x) => x.id);
    const tomorrow = dailyShuffle(list, '2027-03-02').map((x) => x.id);
    expect(tomorrow).to.not.deep.equal(today);
  });

  it('keeps everyone in the shuffle, once each', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 40 }), fc.integer({ min: 0, max: 3000 }), (idList, offset) => {
        const list = idList.map((id) => s(id, id));
        const shuffled = dailyShuffle(list, day(offset));
        expect([...shuffled.map((x) => x.id)].sort()).to.deep.equal([...idList].sort());
      }),
    );
  });

  it('leaves nobody always last: over a year every supporter of a small wall is last on some days, none on most', () => {
    const list = ids(12);
    const lastCount = new Map<string, number>();
    const firstCount = new Map<string, number>();
    for (let d = 0; d < 365; d++) {
      const order = dailyShuffle(list, day(d));
      lastCount.set(order.at(-1)!.id, (lastCount.get(order.at(-1)!.id) ?? 0) + 1);
      firstCount.set(order[0].id, (firstCount.get(order[0].id) ?? 0) + 1);
    }
    // Fair dealing: each of 12 would be last ~30 days in 365; allow wide chance variation but not a fixed loser.
    expect(lastCount.size).to.equal(12);
    expect(firstCount.size).to.equal(12);
    expect(Math.max(...lastCount.values())).to.be.below(365 / 12 * 2.2);
  });

  it('moves each supporter around the wall from day to day, for any set of ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 5, maxLength: 30 }), (idList) => {
        const list = idList.map((id) => s(id, id));
        const lasts = new Set<string>();
        for (let d = 0; d < 60; d++) lasts.add(dailyShuffle(list, day(d)).at(-1)!.id);
        // In 60 days at least 3 different supporters have taken the last place.
        expect(lasts.size).to.be.at.least(3);
      }),
      { numRuns: 40 },
    );
  });

  it('writes the day key in the reader’s local calendar', () => {
    expect(dayKey(new Date(2027, 11, 31, 23, 59))).to.equal('2027-12-31');
    expect(dayKey(new Date(2028, 0, 1, 0, 1))).to.equal('2028-01-01');
  });
});
