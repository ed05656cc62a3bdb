import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SanctuaryEvent } from '../../src/feed/index.js';
import { expandEvent, listOccurrences, MAX_PER_SERIES } from '../../src/event-list/occurrences.js';

const DAY = 86_400_000;
const event = (fields: Partial<SanctuaryEvent>): SanctuaryEvent => ({
  id: 'e',
  title: 'Event',
  start: '2026-09-01T10:00',
  timezone: 'Europe/London',
  status: 'scheduled',
  ...fields,
});
const at = (iso: string) => Date.parse(iso);
const year = { from: at('2026-01-01T00:00Z'), to: at('2028-01-01T00:00Z') };
const dates = (e: SanctuaryEvent, window = year) => expandEvent(e, window).map((o) => o.date);

describe('occurrences of events', () => {
  it('lists a weekly drop-in every week until its last date', () => {
    const e = event({ start: '2026-09-08T18:30', end: '2026-09-08T20:00', recurrence: { frequency: 'weekly', byDay: ['TU'], until: '2026-10-06' } });
    expect(dates(e)).to.deep.equal(['2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06']);
  });

  it('keeps 18:30 on the clock when the clocks go back', () => {
    const e = event({ start: '2026-10-20T18:30', end: '2026-10-20T20:00', recurrence: { frequency: 'weekly', count: 2 } });
    const [before, after] = expandEvent(e, year);
    expect(new Date(before.start).toISOString()).to.equal('2026-10-20T17:30:00.000Z');
    expect(new Date(after.start).toISOString()).to.equal('2026-10-27T18:30:00.000Z');
    expect(after.end! - after.start).to.equal(90 * 60_000);
  });

  it('counts occurrences from the start of the series, not the window', () => {
    const e = event({ start: '2026-09-01T10:00', recurrence: { frequency: 'weekly', count: 4 } });
    expect(dates(e, { from: at('2026-09-10T00:00Z'), to: at('2027-01-01T00:00Z') })).to.deep.equal(['2026-09-15', '2026-09-22']);
  });

  it('repeats every other week with an interval, on several weekdays', () => {
    const e = event({ start: '2026-09-01T10:00', recurrence: { frequency: 'weekly', interval: 2, byDay: ['TU', 'TH'], count: 5 } });
    expect(dates(e)).to.deep.equal(['2026-09-01', '2026-09-03', '2026-09-15', '2026-09-17', '2026-09-29']);
  });

  it('finds the first Thursday and the last Friday of each month', () => {
    const first = event({ start: '2026-12-03T19:00', recurrence: { frequency: 'monthly', byDay: ['1TH'], count: 4 } });
    expect(dates(first)).to.deep.equal(['2026-12-03', '2027-01-07', '2027-02-04', '2027-03-04']);
    const last = event({ start: '2026-11-27T18:30', recurrence: { frequency: 'monthly', byDay: ['-1FR'], until: '2027-02-28' } });
    expect(dates(last)).to.deep.equal(['2026-11-27', '2026-12-25', '2027-01-29', '2027-02-26']);
  });

  it('repeats monthly on the start’s day of the month, skipping months without it', () => {
    const e = event({ start: '2026-10-31T10:00', recurrence: { frequency: 'monthly', count: 3 } });
    expect(dates(e)).to.deep.equal(['2026-10-31', '2026-12-31', '2027-01-31']);
  });

  it('keeps a cancelled date in its place, marked cancelled', () => {
    const e = event({ start: '2026-12-18T10:00', recurrence: { frequency: 'weekly', count: 3, cancelledDates: ['2026-12-25'] } });
    expect(expandEvent(e, year).map((o) => [o.date, o.cancelled])).to.deep.equal([
      ['2026-12-18', false],
      ['2026-12-25', true],
      ['2027-01-01', false],
    ]);
  });

  it('ends a series at an until with a time, inclusive', () => {
    const e = event({ start: '2026-09-01T10:00', recurrence: { frequency: 'weekly', until: '2026-09-15T10:00' } });
    expect(dates(e)).to.deep.equal(['2026-09-01', '2026-09-08', '2026-09-15']);
  });

  it('expands a series that never ends only inside the window, and never more than the cap', () => {
    const e = event({ start: '2000-01-03T10:00', recurrence: { frequency: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] } });
    expect(dates(e, { from: at('2026-03-01T00:00Z'), to: at('2026-03-04T00:00Z') })).to.deep.equal(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(expandEvent(e, { from: 0, to: at('2100-01-01T00:00Z') })).to.have.length(MAX_PER_SERIES);
  });

  it('never runs away or throws, whatever the rule', () => {
    fc.assert(
      fc.property(
        fc.record({
          frequency: fc.constantFrom('weekly' as const, 'monthly' as const),
          interval: fc.option(fc.integer({ min: 1, max: 52 }), { nil: undefined }),
          byDay: fc.option(fc.array(fc.constantFrom('MO', 'TU', 'FR', '1TH', '-1FR', '5SU', 'SA'), { maxLength: 4 }), { nil: undefined }),
          count: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
        }),
        fc.integer({ min: 0, max: 20_000 }),
        (rule, offsetDays) => {
          const e = event({ start: new Date(Date.UTC(1990, 0, 1) + offsetDays * DAY).toISOString().slice(0, 16), recurrence: rule });
          const list = expandEvent(e, { from: at('2026-01-01T00:00Z'), to: at('2027-01-01T00:00Z') });
          expect(list.length).to.be.at.most(MAX_PER_SERIES);
          for (let i = 1; i < list.length; i++) expect(list[i].start).to.be.greaterThan(list[i - 1].start);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives a multi-day all-day event its first and last dates', () => {
    const [o] = expandEvent(event({ start: '2027-03-20', end: '2027-04-03' }), year);
    expect(o).to.include({ date: '2027-03-20', lastDate: '2027-04-03', allDay: true });
    expect(new Date(o.end!).toISOString()).to.equal('2027-04-03T23:00:00.000Z'); // midnight BST
  });

  it('splits events into upcoming (soonest first) and past (latest first)', () => {
    const events = [
      event({ id: 'later', start: '2026-12-01T10:00' }),
      event({ id: 'done', start: '2026-10-01T10:00', end: '2026-10-01T11:00' }),
      event({ id: 'sooner', start: '2026-11-01T10:00' }),
      event({ id: 'earlier-done', start: '2026-09-01T10:00' }),
      event({ id: 'now-on', start: '2026-10-15T09:00', end: '2026-10-15T17:00' }),
    ];
    const now = at('2026-10-15T12:00Z');
    const hidden = listOccurrences(events, { now });
    expect(hidden.upcoming.map((o) => o.event.id)).to.deep.equal(['now-on', 'sooner', 'later']);
    expect(hidden.past).to.deep.equal([]);
    const shown = listOccurrences(events, { now, showPast: true });
    expect(shown.past.map((o) => o.event.id)).to.deep.equal(['done', 'earlier-done']);
  });

  it('shows an all-day event as upcoming for the whole of its day', () => {
    const { upcoming } = listOccurrences([event({ start: '2026-10-15' })], { now: at('2026-10-15T22:00Z') });
    expect(upcoming).to.have.length(1);
  });
});
