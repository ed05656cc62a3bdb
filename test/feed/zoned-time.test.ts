import { expect } from '@open-wc/testing';
import { instantOf, offsetAt, readFeedTime, wallAt, wallIn } from '../../src/feed/zoned-time.js';

const wall = (s: string) => {
  const [d, t = '00:00'] = s.split('T');
  const [year, month, day] = d.split('-').map(Number);
  const [hour, minute] = t.split(':').map(Number);
  return { year, month, day, hour, minute, second: 0 };
};

describe('wall time in a time zone', () => {
  it('reads 18:30 in London as 18:30 UTC in winter and 17:30 UTC in summer', () => {
    expect(new Date(instantOf(wall('2026-01-15T18:30'), 'Europe/London')).toISOString()).to.equal('2026-01-15T18:30:00.000Z');
    expect(new Date(instantOf(wall('2026-07-15T18:30'), 'Europe/London')).toISOString()).to.equal('2026-07-15T17:30:00.000Z');
  });

  it('gets the days the clocks change right in London', () => {
    // 2026: BST starts Sunday 29 March at 01:00 UTC, ends Sunday 25 October at 01:00 UTC.
    expect(new Date(instantOf(wall('2026-03-29T00:30'), 'Europe/London')).toISOString()).to.equal('2026-03-29T00:30:00.000Z');
    expect(new Date(instantOf(wall('2026-03-29T10:00'), 'Europe/London')).toISOString()).to.equal('2026-03-29T09:00:00.000Z');
    expect(new Date(instantOf(wall('2026-10-25T10:00'), 'Europe/London')).toISOString()).to.equal('2026-10-25T10:00:00.000Z');
  });

  it('moves a time that does not exist (the skipped hour) forward, like a calendar does', () => {
    // 01:30 on 29 March 2026 never shows on a London clock; it reads as 02:30 BST = 01:30 UTC.
    expect(new Date(instantOf(wall('2026-03-29T01:30'), 'Europe/London')).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of a time that happens twice (clocks going back)', () => {
    expect(new Date(instantOf(wall('2026-10-25T01:30'), 'Europe/London')).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('works in zones far from London, with half-hour offsets and in the southern hemisphere', () => {
    expect(new Date(instantOf(wall('2026-06-01T09:00'), 'Asia/Kolkata')).toISOString()).to.equal('2026-06-01T03:30:00.000Z');
    expect(new Date(instantOf(wall('2026-01-10T09:00'), 'Australia/Sydney')).toISOString()).to.equal('2026-01-09T22:00:00.000Z');
    expect(new Date(instantOf(wall('2026-11-01T01:30'), 'America/New_York')).toISOString()).to.equal('2026-11-01T05:30:00.000Z');
  });

  it('round-trips every hour of a year in London', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let t = start; t < start + 366 * 86_400_000; t += 3_600_000) {
      const w = wallIn(t, 'Europe/London');
      expect(w).to.deep.equal(wallAt(t, 'Europe/London'));
      // The hour the clocks go back happens twice; both read back as the same wall time.
      expect(wallIn(instantOf(w, 'Europe/London'), 'Europe/London'), new Date(t).toISOString()).to.deep.equal(w);
      if (w.month !== 10 || w.day !== 25 || w.hour !== 1) expect(instantOf(w, 'Europe/London')).to.equal(t);
    }
  });

  it('knows the London offset is an hour in summer and none in winter', () => {
    expect(offsetAt(Date.UTC(2026, 6, 1), 'Europe/London')).to.equal(3_600_000);
    expect(offsetAt(Date.UTC(2026, 11, 1), 'Europe/London')).to.equal(0);
  });

  it('reads the three shapes of feed time: a date, local time, and time with an offset', () => {
    const day = readFeedTime('2026-03-07', 'Europe/London');
    expect(day.allDay).to.equal(true);
    expect(new Date(day.instant).toISOString()).to.equal('2026-03-07T00:00:00.000Z');
    const local = readFeedTime('2026-06-07T18:30', 'Europe/London');
    expect(local.allDay).to.equal(false);
    expect(new Date(local.instant).toISOString()).to.equal('2026-06-07T17:30:00.000Z');
    const offset = readFeedTime('2026-06-07T18:30:00+02:00', 'Europe/London');
    expect(new Date(offset.instant).toISOString()).to.equal('2026-06-07T16:30:00.000Z');
    expect(offset.wall).to.include({ hour: 17, minute: 30 });
    expect(readFeedTime('2026-06-07T18:30Z', 'Europe/London').wall).to.include({ hour: 19 });
    expect(readFeedTime('2026-06-07T18:30:00.000+0100', 'Europe/London').wall).to.include({ hour: 18 });
  });
});
