import { expect } from '@open-wc/testing';
import { clearFeedCache, FEED_RULES, FeedError, loadFeed } from '../../src/feed/index.js';
import { readCalendar } from '../../src/feed/ics/calendar-feed.js';
import { isCalendarUrl } from '../../src/feed/ics/calendar-url.js';
import { isCalendarResponse } from '../../src/feed/ics/detect.js';

/** A URL no other test has used, so neither our cache nor the browser's carries over between tests. */
const fresh = (path: string, query = '') => `/feeds/${path}?label=${Math.random().toString(36).slice(2)}${query}`;
/** A port where nothing listens: the browser fails the request with the same TypeError as a CORS refusal. */
const NOBODY = 'http://127.0.0.1:9';

async function failure(url: string): Promise<FeedError> {
  try {
    await loadFeed(url, { timeoutMs: 3000 });
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe('reading a calendar directly', () => {
  beforeEach(clearFeedCache);

  it('knows a calendar address by its .ics ending, webcal:, or the calendar service', () => {
    for (const url of [
      'https://example.org/events/calendar.ics',
      'https://example.org/calendar.ICS?version=2#top',
      'webcal://p52-caldav.icloud.com/published/2/MTIz',
      'https://calendar.google.com/calendar/ical/abc%40group.calendar.google.com/public/basic.ics',
      'https://calendar.google.com/calendar/embed?src=abc',
      'https://outlook.office365.com/owa/calendar/abc@example.org/def/calendar.html',
      'https://outlook.live.com/owa/calendar/abc/def/cid-1/calendar.ics',
      'https://cloud.example.org/remote.php/dav/public-calendars/AbCdEf?export',
    ]) {
      expect(isCalendarUrl(url), url).to.equal(true);
    }
  });

  it('does not take a JSON feed or a look-alike host for a calendar', () => {
    for (const url of [
      'https://example.org/feed.json',
      'https://example.org/feed.json?from=calendar.ics',
      'https://example.org/ics-guide/',
      'https://calendar.google.com.example.org/feed.json',
      'https://mycalendar.google.com/feed.json',
      'https://example.org/outlook.office365.com/feed.json',
    ]) {
      expect(isCalendarUrl(url), url).to.equal(false);
    }
  });

  it('knows a calendar answer by its content type or its first line', () => {
    expect(isCalendarResponse('text/calendar; charset=utf-8', '')).to.equal(true);
    expect(isCalendarResponse('text/plain', '\ufeffBEGIN:VCALENDAR\r\nVERSION:2.0')).to.equal(true);
    expect(isCalendarResponse('application/octet-stream', '\r\n  begin:vcalendar\r\n')).to.equal(true);
    expect(isCalendarResponse('application/json', '{"version":1}')).to.equal(false);
  });

  it('names the feed after the calendar, or else after its host', () => {
    const named = readCalendar('BEGIN:VCALENDAR\r\nX-WR-CALNAME:Hilltop Welcome\r\nEND:VCALENDAR\r\n', 'https://cal.example.org/x').check(FEED_RULES);
    expect(named.feed.publisher.name).to.equal('Hilltop Welcome');
    const unnamed = readCalendar('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'https://cal.example.org/x').check(FEED_RULES);
    expect(unnamed.feed.publisher.name).to.equal('cal.example.org');
  });

  it('lists a repeat the feed cannot express as single dates within a year, never for ever', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:three-a-day',
      'DTSTART:20300101T090000Z',
      'RRULE:FREQ=DAILY;BYHOUR=9,13,17',
      'SUMMARY:Prayers three times a day',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { feed, issues } = readCalendar(ics, 'https://cal.example.org/x', { from: new Date('2030-01-01T00:00:00Z') }).check(FEED_RULES);
    expect(feed.events).to.have.length(100);
    expect(feed.events[0]).to.include({ title: 'Prayers three times a day', start: '2030-01-01T09:00' });
    expect(issues[0].message).to.match(/listed as single dates: the first 100 only/);
  });

  it('loads a calendar served as text/calendar, with its repeats, places and plain-text descriptions', async () => {
    const { feed } = await loadFeed(fresh('calendar'));
    expect(feed.publisher.name).to.equal('Riverside Welcome Group');
    const [cafe, talk, picnic] = feed.events;
    expect(cafe).to.include({ title: 'Riverside welcome café', start: '2030-01-08T10:30', timezone: 'Europe/London' });
    expect(cafe.recurrence).to.include({ frequency: 'weekly' });
    expect(cafe.location).to.deep.equal({ name: 'St Mark’s Hall', address: '12 River Lane, Cambridge', postcode: 'CB4 1AA' });
    expect(talk.description).to.equal('An evening with a caseworker.\nAll welcome, no need to book.');
    expect(picnic).to.include({ title: 'Summer picnic', status: 'cancelled' });
  });

  it('knows a calendar sent as text/plain by its first line', async () => {
    const { feed } = await loadFeed(fresh('calendar', '&type=plain'));
    expect(feed.events.map((e) => e.title)).to.include('Talk: the asylum system explained');
  });

  it('reads the letters of an Outlook export whose folds cut a letter in two, and of an old Windows-1252 one', async () => {
    const split = await loadFeed(fresh('calendar-file', '&name=outlook-split-utf8'));
    expect(split.feed.events[0].title).to.equal('Welcome Café – café pour tous');
    const legacy = await loadFeed(fresh('calendar-file', '&name=outlook-windows-1252'));
    expect(legacy.feed.events[0].title).to.contain('Café');
  });

  it('drops a broken calendar event and reports it with its path and its calendar line, keeping the rest', async () => {
    const url = fresh('calendar');
    const { feed, issues } = await loadFeed(url);
    expect(feed.events).to.have.length(3);
    expect(issues.map((i) => i.path)).to.deep.equal(['line 26 (UID bad-date@riverside.test)', '$.events[2].title']);
    expect(issues[0].message).to.contain('DTSTART:2030-13-45');
    expect(issues[1].message).to.equal(
      'Event 3 (id untitled@riverside.test) was left out: title is required but missing (calendar line 22, UID untitled@riverside.test).',
    );
    expect(issues.every((i) => i.source.endsWith(url))).to.equal(true);
  });

  it('says plainly when a calendar’s server does not let other sites read it, and points to from-ics', async () => {
    const error = await failure(`${NOBODY}/calendar.ics`);
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('does not let other websites read it');
    expect(error.message).to.contain('npx sanctuary-widgets from-ics');
    expect(error.message).to.contain('docs/publishing.md');
  });

  it('keeps the feed wording for a JSON feed that cannot be reached', async () => {
    const error = await failure(`${NOBODY}/feed.json`);
    expect(error.message).to.match(/^The feed at .* could not be reached/);
    expect(error.message).to.not.contain('from-ics');
  });

  it('says a webcal: address cannot be read by a web page, and to try https:', async () => {
    const error = await failure('webcal://calendar.example.org/events.ics');
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('a webcal: address never does, so try https:');
    expect(error.message).to.contain('from-ics');
  });
});
