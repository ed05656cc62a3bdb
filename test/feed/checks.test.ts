// The contract's date check reads text character by character for speed; it must accept exactly what the written
// rule says. The reference below is that rule as a regular expression plus calendar arithmetic.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isRealDate } from '../../src/feed/checks.js';

const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function reference(value: string): boolean {
  const parts = FORM.exec(value);
  if (!parts) return false;
  const [year, month, day] = [+parts[1], +parts[2], +parts[3]];
  const inMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() + (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? -1 : 0);
  if (month < 1 || month > 12 || day < 1 || day > inMonth) return false;
  return parts[4] === undefined || (+parts[4] < 24 && +parts[5] < 60);
}

/** Text shaped like a feed date, with each part sometimes wrong. */
const dateLike = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')), fc.constantFrom('999', '20a6', '')),
    fc.oneof(fc.integer({ min: 0, max: 13 }).map((m) => String(m).padStart(2, '0')), fc.constantFrom('1', 'x1')),
    fc.oneof(fc.integer({ min: 0, max: 32 }).map((d) => String(d).padStart(2, '0')), fc.constantFrom('3', '')),
    fc.option(
      fc.tuple(
        fc.constantFrom('T', 't', ' '),
        fc.integer({ min: 0, max: 25 }).map((h) => String(h).padStart(2, '0')),
        fc.integer({ min: 0, max: 61 }).map((m) => String(m).padStart(2, '0')),
        fc.constantFrom('', ':00', ':59', ':5', ':00.5', ':00.', ':00.123'),
        fc.constantFrom('', 'Z', 'z', '+01:00', '-0530', '+1', '+01:0', 'ZZ', '+01:00Z'),
      ),
      { nil: undefined },
    ),
  )
  .map(([y, m, d, time]) => `${y}-${m}-${d}${time ? time.join('') : ''}`);

describe('isRealDate', () => {
  it('accepts exactly the dates and times the contract describes', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (value) => {
        expect(isRealDate(value), value).to.equal(reference(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('knows leap years and short months', () => {
    expect(['2024-02-29', '2000-02-29', '2026-04-30', '2026-03-07T18:30:00+01:00'].map(isRealDate)).to.deep.equal([true, true, true, true]);
    expect(['2026-02-29', '1900-02-29', '2026-04-31', '2026-03-07T24:00'].map(isRealDate)).to.deep.equal([false, false, false, false]);
  });
});
