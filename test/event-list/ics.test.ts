import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { SanctuaryEvent } from '../../src/feed/index.js';
import { escapeText, eventToIcs, foldLine, icsFileName } from '../../src/event-list/ics.js';

const event = (fields: Partial<SanctuaryEvent>): SanctuaryEvent => ({
  id: 'esol-club',
  title: 'ESOL conversation club',
  start: '2026-09-08T18:30',
  end: '2026-09-08T20:00',
  timezone: 'Europe/London',
  status: 'scheduled',
  ...fields,
});
const now = Date.parse('2026-08-01T09:00:00Z');

/** Parses with ical.js (an independent parser) and registers the file's own time zone, as a calendar app would. */
function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  for (const tz of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = component.getFirstSubcomponent('vevent')!;
  return { component, vevent, event: new ICAL.Event(vevent) };
}

describe('the .ics file', () => {
  it('is a calendar with one event that an independent parser reads back', () => {
    const text = eventToIcs(event({}), { now });
    const { event: parsed, vevent } = parse(text);
    expect(parsed.summary).to.equal('ESOL conversation club');
    expect(parsed.uid).to.equal('esol-club@sanctuary-widgets');
    expect(parsed.startDate.toJSDate().toISOString()).to.equal('2026-09-08T17:30:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).to.equal('2026-09-08T19:00:00.000Z');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-08-01T09:00:00Z');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    const text = eventToIcs(event({ description: 'Practise English over tea — ' + 'بالعربية أيضًا، '.repeat(20) }), { now });
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
  });

  it('folds by UTF-8 octets without splitting a character', () => {
    const line = 'SUMMARY:' + '€'.repeat(40);
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).to.equal(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).to.be.at.most(75);
  });

  it('escapes commas, semicolons, backslashes and newlines, and keeps them through a parser', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const title = 'Tea, cake; and C:\\talk\nnext line <b>bold</b>';
    const { event: parsed } = parse(eventToIcs(event({ title }), { now }));
    expect(parsed.summary).to.equal(title);
  });

  it('writes an all-day event as dates, ending the day after its last day', () => {
    const { event: parsed, vevent } = parse(eventToIcs(event({ start: '2027-03-20', end: '2027-04-03' }), { now }));
    expect(parsed.startDate.isDate).to.equal(true);
    expect(parsed.startDate.toString()).to.equal('2027-03-20');
    expect(parsed.endDate.toString()).to.equal('2027-04-04');
    expect(vevent.getFirstProperty('dtstart')!.type).to.equal('date');
  });

  it('carries a weekly series over, with its cancelled dates and its London time across the clock change', () => {
    const text = eventToIcs(
      event({ recurrence: { frequency: 'weekly', byDay: ['TU'], until: '2026-11-10', cancelledDates: ['2026-10-27'] } }),
      { now },
    );
    expect(text).to.contain('DTSTART;TZID=Europe/London:20260908T183000');
    expect(text).to.contain('BEGIN:VTIMEZONE');
    const { event: parsed } = parse(text);
    const it = parsed.iterator();
    const starts: string[] = [];
    for (let next = it.next(); next; next = it.next()) {
      const occurrence = parsed.getOccurrenceDetails(next).startDate;
      starts.push(occurrence.toJSDate().toISOString());
    }
    const exdates = parsed.component.getAllProperties('exdate').map((p) => p.getFirstValue()!.toString());
    expect(exdates).to.deep.equal(['2026-10-27T18:30:00']);
    // The parser applies the EXDATE (27 October is gone) and keeps 18:30 London time after the clocks go back.
    expect(starts).to.deep.equal([
      '2026-09-08T17:30:00.000Z',
      '2026-09-15T17:30:00.000Z',
      '2026-09-22T17:30:00.000Z',
      '2026-09-29T17:30:00.000Z',
      '2026-10-06T17:30:00.000Z',
      '2026-10-13T17:30:00.000Z',
      '2026-10-20T17:30:00.000Z',
      '2026-11-03T18:30:00.000Z',
      '2026-11-10T18:30:00.000Z',
    ]);
  });

  it('writes a monthly rule on the last Friday and a count', () => {
    const { vevent } = parse(eventToIcs(event({ recurrence: { frequency: 'monthly', byDay: ['-1FR'], count: 6 } }), { now }));
    const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).to.equal('MONTHLY');
    expect(rule.count).to.equal(6);
    expect(rule.parts.BYDAY).to.deep.equal(['-1FR']);
  });

  it('repeats an all-day event by date, with date EXDATEs', () => {
    const text = eventToIcs(
      event({ start: '2026-12-05', end: undefined, recurrence: { frequency: 'weekly', until: '2026-12-26', cancelledDates: ['2026-12-19'] } }),
      { now },
    );
    expect(text).to.contain('RRULE:FREQ=WEEKLY;UNTIL=20261226\r\n');
    expect(text).to.contain('EXDATE;VALUE=DATE:20261219');
    expect(text).to.not.contain('VTIMEZONE');
    const { event: parsed } = parse(text);
    const it = parsed.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
    // The parser applies the EXDATE: the cancelled Saturday is not in the series.
    expect(dates).to.deep.equal(['2026-12-05', '2026-12-12', '2026-12-26']);
  });

  it('marks a cancelled event CANCELLED', () => {
    const { vevent } = parse(eventToIcs(event({ status: 'cancelled' }), { now }));
    expect(vevent.getFirstPropertyValue('status')).to.equal('CANCELLED');
  });

  it('puts the venue in LOCATION and only web addresses in URL', () => {
    const text = eventToIcs(
      event({ location: { name: 'Friends Meeting House', postcode: 'CB5 8BA' }, url: 'javascript:alert(1)' }),
      { now },
    );
    const { vevent } = parse(text);
    expect(vevent.getFirstPropertyValue('location')).to.equal('Friends Meeting House, CB5 8BA');
    expect(text).to.not.contain('javascript');
  });

  it('names the file after the event', () => {
    expect(icsFileName(event({}))).to.equal('esol-conversation-club.ics');
    expect(icsFileName(event({ title: 'مقهى الترحيب' }))).to.equal('event.ics');
  });
});
