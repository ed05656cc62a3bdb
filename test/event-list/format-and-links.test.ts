import { expect } from '@open-wc/testing';
import type { SanctuaryEvent } from '../../src/feed/index.js';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/event-list/calendar-links.js';
import { dayHeading, monthHeading, timeText } from '../../src/event-list/event-format.js';
import { eventJsonLd, jsonLdText } from '../../src/event-list/json-ld.js';
import { expandEvent, type Occurrence } from '../../src/event-list/occurrences.js';

const event = (fields: Partial<SanctuaryEvent>): SanctuaryEvent => ({
  id: 'e',
  title: 'Welcome café',
  start: '2026-09-04T10:00',
  end: '2026-09-04T12:30',
  timezone: 'Europe/London',
  status: 'scheduled',
  ...fields,
});
const first = (e: SanctuaryEvent): Occurrence => expandEvent(e, { from: 0, to: Date.parse('2030-01-01') })[0];
const words = { today: 'Today', tomorrow: 'Tomorrow' };

describe('dates and times in words', () => {
  it('says Today and Tomorrow, then the date in full', () => {
    expect(dayHeading('2026-11-26', '2026-11-26', 'en-GB', words)).to.equal('Today');
    expect(dayHeading('2026-11-27', '2026-11-26', 'en-GB', words)).to.equal('Tomorrow');
    expect(dayHeading('2026-11-28', '2026-11-26', 'en-GB', words)).to.equal('Saturday 28 November');
    expect(dayHeading('2027-01-02', '2026-12-31', 'en-GB', words)).to.equal('Saturday, 2 January 2027');
    expect(dayHeading('2027-01-01', '2026-12-31', 'en-GB', words)).to.equal('Tomorrow');
  });

  it('writes month headings and dates in the reader’s language', () => {
    expect(monthHeading('2027-03', 'en-GB')).to.equal('March 2027');
    expect(dayHeading('2026-11-28', '2026-11-26', 'ar', words)).to.match(/^السبت، (28|٢٨) نوفمبر$/);
  });

  it('shows a time range in the event’s zone', () => {
    expect(timeText(first(event({})), 'en-GB', 'All day', 'Europe/London')).to.equal('10:00–12:30');
  });

  it('names the zone when the reader is elsewhere', () => {
    expect(timeText(first(event({ start: '2026-07-04T10:00', end: '2026-07-04T12:30' })), 'en-GB', 'All day', 'America/New_York')).to.equal('10:00–12:30 BST');
  });

  it('reads all-day and multi-day events naturally', () => {
    expect(timeText(first(event({ start: '2026-03-07', end: undefined })), 'en-GB', 'All day')).to.equal('All day');
    expect(timeText(first(event({ start: '2026-03-07', end: '2026-03-08' })), 'en-GB', 'All day')).to.equal('Sat 7 – Sun 8 March');
    expect(timeText(first(event({ start: '2026-02-28', end: '2026-03-01' })), 'en-GB', 'All day')).to.equal('Sat 28 February – Sun 1 March');
    expect(timeText(first(event({ start: '2027-03-27T10:00', end: '2027-03-29T15:00' })), 'en-GB', 'All day', 'Europe/London')).to.equal('Sat 27 Mar, 10:00 – Mon 29 Mar, 15:00');
  });

  it('is fine with an event that has no end time', () => {
    expect(timeText(first(event({ end: undefined })), 'en-GB', 'All day', 'Europe/London')).to.equal('10:00');
  });
});

describe('calendar links', () => {
  it('opens Google Calendar with the title, UTC times, zone and repeat rule', () => {
    const url = new URL(googleCalendarUrl(event({ recurrence: { frequency: 'weekly', byDay: ['FR'], count: 3 }, location: { name: 'St Columba’s Hall' } })));
    expect(url.origin).to.equal('https://calendar.google.com');
    expect(url.searchParams.get('text')).to.equal('Welcome café');
    expect(url.searchParams.get('dates')).to.equal('20260904T090000Z/20260904T113000Z');
    expect(url.searchParams.get('ctz')).to.equal('Europe/London');
    expect(url.searchParams.get('recur')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=3');
    expect(url.searchParams.get('location')).to.equal('St Columba’s Hall');
  });

  it('gives Google all-day dates with the end the day after', () => {
    const url = new URL(googleCalendarUrl(event({ start: '2026-03-07', end: '2026-03-08' })));
    expect(url.searchParams.get('dates')).to.equal('20260307/20260309');
  });

  it('opens Outlook.com and Microsoft 365 on the occurrence', () => {
    const e = event({ online: { url: 'https://meet.example.org/x' } });
    const live = new URL(outlookCalendarUrl(e, first(e)));
    expect(live.host).to.equal('outlook.live.com');
    expect(live.searchParams.get('startdt')).to.equal('2026-09-04T09:00:00Z');
    expect(live.searchParams.get('enddt')).to.equal('2026-09-04T11:30:00Z');
    expect(live.searchParams.get('location')).to.equal('https://meet.example.org/x');
    expect(new URL(outlookCalendarUrl(e, first(e), 'office')).host).to.equal('outlook.office.com');
    const allDay = event({ start: '2026-03-07', end: '2026-03-08' });
    const url = new URL(outlookCalendarUrl(allDay, first(allDay)));
    expect([url.searchParams.get('startdt'), url.searchParams.get('enddt'), url.searchParams.get('allday')]).to.deep.equal(['2026-03-07', '2026-03-09', 'true']);
  });
});

describe('JSON-LD for search engines', () => {
  it('describes an event in person with its place, status and attendance mode', () => {
    const data = eventJsonLd(first(event({ location: { name: 'St Columba’s Hall', address: '4 Downing Place', postcode: 'CB2 3EL' } })), { name: 'Cambridge City of Sanctuary', url: 'https://example.org' });
    expect(data).to.deep.include({
      '@type': 'Event',
      name: 'Welcome café',
      startDate: '2026-09-04T10:00:00+01:00',
      endDate: '2026-09-04T12:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
    expect(data.location).to.deep.equal({ '@type': 'Place', name: 'St Columba’s Hall', address: { '@type': 'PostalAddress', streetAddress: '4 Downing Place', postalCode: 'CB2 3EL' } });
    expect(data.organizer).to.deep.equal({ '@type': 'Organization', name: 'Cambridge City of Sanctuary', url: 'https://example.org' });
  });

  it('says when an event moved online or was cancelled, and gives a virtual location', () => {
    const moved = eventJsonLd(first(event({ status: 'moved-online', location: { name: 'Guildhall' }, online: { url: 'https://meet.example.org/x' } })));
    expect(moved.eventStatus).to.equal('https://schema.org/EventMovedOnline');
    expect(moved.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(moved.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://meet.example.org/x' });
    expect(eventJsonLd(first(event({ status: 'cancelled' }))).eventStatus).to.equal('https://schema.org/EventCancelled');
  });

  it('writes all-day events as dates and cannot close its script tag', () => {
    const text = jsonLdText([first(event({ title: '</script><script>alert(1)</script>', start: '2026-03-07', end: '2026-03-08' }))]);
    expect(text).to.not.contain('<');
    const data = JSON.parse(text);
    expect([data.startDate, data.endDate, data.name]).to.deep.equal(['2026-03-07', '2026-03-08', '</script><script>alert(1)</script>']);
  });
});
