// Cross-checks the recurrence expansion against ical.js, an independent RFC 5545 implementation: for random
// rules, the dates we list are the dates ical.js lists for the .ics file we write.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { SanctuaryEvent } from '../../src/feed/index.js';
import { eventToIcs } from '../../src/event-list/ics.js';
import { expandEvent } from '../../src/event-list/occurrences.js';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY = 86_400_000;

function icalStarts(text: string, until: number): string[] {
  const component = new ICAL.Component(ICAL.parse(text));
  for (const tz of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
  const it = event.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < 1000; next = it.next()) {
    const start = event.getOccurrenceDetails(next).startDate.toJSDate().getTime();
    if (start >= until) break;
    out.push(new Date(start).toISOString());
  }
  return out;
}

describe('recurrence, checked against ical.js', () => {
  it('lists the same dates as an independent iCalendar library, across the clock changes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.constantFrom('weekly' as const, 'monthly' as const),
        fc.integer({ min: 1, max: 3 }),
        fc.subarray(WEEKDAYS),
        fc.oneof(fc.record({ count: fc.integer({ min: 1, max: 40 }) }), fc.record({ untilDays: fc.integer({ min: 0, max: 400 }) }), fc.constant({})),
        fc.boolean(),
        (startOffset, frequency, interval, extraDays, end, lastWeek) => {
          const startDate = new Date(Date.UTC(2026, 0, 1) + startOffset * DAY);
          const iso = startDate.toISOString().slice(0, 10);
          const weekday = WEEKDAYS[(startDate.getUTCDay() + 6) % 7];
          const nth = Math.ceil(startDate.getUTCDate() / 7);
          const daysInMonth = new Date(Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth() + 1, 0)).getUTCDate();
          const isLast = startDate.getUTCDate() + 7 > daysInMonth;
          // The start must be one of the rule's dates (RFC 5545 leaves other starts undefined).
          const byDay =
            frequency === 'weekly'
              ? [...new Set([weekday, ...extraDays])]
              : [lastWeek && isLast ? `-1${weekday}` : `${Math.min(nth, 4)}${weekday}`, ...extraDays.slice(0, 2).map((d, i) => `${i + 1}${d}`)];
          if (frequency === 'monthly' && !(lastWeek && isLast) && nth > 4) return; // a 5th weekday: not every month has one
          const recurrence: SanctuaryEvent['recurrence'] = { frequency, interval, byDay };
          if ('count' in end) recurrence.count = end.count;
          if ('untilDays' in end) recurrence.until = new Date(startDate.getTime() + end.untilDays * DAY).toISOString().slice(0, 10);
          const event: SanctuaryEvent = {
            id: 'x',
            title: 'Club',
            start: `${iso}T18:30`,
            end: `${iso}T20:00`,
            timezone: 'Europe/London',
            status: 'scheduled',
            recurrence,
          };
          const windowEnd = startDate.getTime() + 400 * DAY;
          const ours = expandEvent(event, { from: startDate.getTime() - DAY, to: windowEnd }).map((o) => new Date(o.start).toISOString());
          const theirs = icalStarts(eventToIcs(event, { now: 0 }), windowEnd);
          expect(ours, JSON.stringify(recurrence) + ' from ' + iso).to.deep.equal(theirs);
        },
      ),
      { numRuns: 150 },
    );
  });
});
