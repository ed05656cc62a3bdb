// from-ics on calendars written the way Google, Outlook, Apple, Nextcloud and Thunderbird export them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { describe, it } from 'node:test';
import { cli, cliAsync, validFeed } from './run-cli.js';

const ics = (name: string) => `test/fixtures/ics/${name}.ics`;
// A fixed window start, so repeats listed one by one do not depend on the day the tests run.
const from = ['--from', '2027-01-01'];
const byId = (feed: ReturnType<typeof validFeed>, id: string) => feed.events.find((e) => e.id === id)!;

describe('sanctuary-widgets from-ics', () => {
  describe('Google Calendar', () => {
    const { code, out, err } = cli('from-ics', ics('google'), ...from);
    const feed = validFeed(out);
    const cafe = byId(feed, '5k2v8d0q3n1c7t4r6p9s0m2l1a@google.com');

    it('names the feed after the calendar and says how many events came out', () => {
      assert.equal(code, 0, err);
      assert.equal(feed.publisher.name, 'Cambridge City of Sanctuary');
      assert.match(err, /10 events from google\.ics, 1 skipped \(8 calendar entries read, 1 repeating\)/);
    });

    it('keeps a weekly repeat as a recurrence, with its UNTIL in local time', () => {
      assert.equal(cafe.start, '2026-12-08T10:30');
      assert.equal(cafe.end, '2026-12-08T12:30');
      assert.equal(cafe.timezone, 'Europe/London');
      assert.deepEqual(cafe.recurrence?.byDay, ['TU']);
      assert.equal(cafe.recurrence?.frequency, 'weekly');
      assert.equal(cafe.recurrence?.until, '2027-06-29T23:59:59');
    });

    it('turns EXDATEs, a moved date and a cancelled date into cancelled dates of the series', () => {
      assert.deepEqual(cafe.recurrence?.cancelledDates, ['2026-12-22', '2026-12-29', '2027-01-05', '2027-01-12']);
    });

    it('makes a moved single date its own event, with an id from the UID and the original date', () => {
      const moved = byId(feed, '5k2v8d0q3n1c7t4r6p9s0m2l1a@google.com-2027-01-05');
      assert.equal(moved.start, '2027-01-06T14:00');
      assert.equal(moved.title, 'Welcome Café (Wednesday this week)');
      assert.equal(feed.events.filter((e) => e.id.endsWith('-2027-01-12')).length, 0);
    });

    it('reduces the HTML Google puts in descriptions to text, links written out', () => {
      assert.equal(
        cafe.description,
        'Tea, cake and a warm welcome for everyone new to Cambridge.\n\nRun by volunteers & people with lived experience. ' +
          'More about the café (https://cambridge.cityofsanctuary.org/cafe)\nNo need to book.',
      );
      assert.doesNotMatch(out, /<br|<a |&amp;/);
    });

    it('splits the postcode off the location', () => {
      assert.deepEqual(cafe.location, { name: "St Andrew's Street Baptist Church", address: "St Andrew's Street, Cambridge", postcode: 'CB2 3AR' });
    });

    it('reads UTC times as Europe/London local time', () => {
      const talk = byId(feed, '0a1b2c3d4e5f6g7h8i9j@google.com');
      assert.equal(talk.start, '2027-01-15T19:00');
      assert.equal(talk.end, '2027-01-15T20:30');
    });

    it('makes the exclusive DTEND of an all-day event the inclusive last day', () => {
      const festival = byId(feed, 'refugee-week-2027@google.com');
      assert.equal(festival.start, '2027-06-19');
      assert.equal(festival.end, '2027-06-20');
    });

    it('takes the Google Meet link to online and drops the joining instructions from the description', () => {
      const briefing = byId(feed, '7q8w9e0r1t2y3u4i5o6p@google.com');
      assert.deepEqual(briefing.online, { url: 'https://meet.google.com/abc-defg-hij', platform: 'Google Meet' });
      assert.equal(briefing.description, 'Monthly volunteer briefing.');
    });

    it('lists a daily repeat as single dates and says so', () => {
      const days = feed.events.filter((e) => e.id.startsWith('daily-checkin@google.com-'));
      assert.deepEqual(days.map((e) => e.start), ['2027-01-04T09:00', '2027-01-05T09:00', '2027-01-06T09:00', '2027-01-07T09:00', '2027-01-08T09:00']);
      assert.equal(days[0].end, '2027-01-04T09:30');
      assert.match(err, /line 118 \(UID daily-checkin@google\.com\): it repeats in a way the feed cannot express \(FREQ=DAILY;COUNT=5\), so it is listed as 5 single dates/);
    });

    it('leaves out events that ended before --from, and says how many', () => {
      const later = cli('from-ics', ics('google'), '--from', '2027-02-01');
      const ids = validFeed(later.out).events.map((e) => e.id);
      assert.equal(ids.includes('0a1b2c3d4e5f6g7h8i9j@google.com'), false);
      assert.equal(ids.includes('5k2v8d0q3n1c7t4r6p9s0m2l1a@google.com'), true);
      assert.match(later.err, /2 events that ended before 2027-02-01 were left out/);
    });

    it('leaves private events out of the public feed', () => {
      assert.equal(feed.events.some((e) => e.id === 'private-meeting@google.com'), false);
      assert.match(err, /private-meeting@google\.com\): is marked private/);
    });
  });

  describe('Outlook / Microsoft 365', () => {
    const { code, out, err } = cli('from-ics', ics('outlook'), ...from);
    const feed = validFeed(out);
    const dropIn = feed.events.find((e) => e.title === 'Housing and benefits drop-in')!;

    it('reads Windows time zone ids as IANA names, keeping local times', () => {
      assert.equal(code, 0, err);
      assert.equal(dropIn.timezone, 'Europe/London');
      assert.equal(dropIn.start, '2027-01-29T12:30');
      const paris = feed.events.find((e) => e.title.startsWith('Twinning visit'))!;
      assert.equal(paris.timezone, 'Europe/Paris');
      assert.equal(paris.start, '2027-02-10T09:30');
      assert.equal(feed.events.find((e) => e.title.startsWith('Transatlantic'))!.timezone, 'America/New_York');
    });

    it('reads "last Friday" written as BYDAY=FR;BYSETPOS=-1 as -1FR', () => {
      assert.deepEqual(dropIn.recurrence, { frequency: 'monthly', byDay: ['-1FR'], count: 6 });
    });

    it('takes the Teams link from X-MICROSOFT-SKYPETEAMSMEETINGURL and keeps no "Microsoft Teams Meeting" location', () => {
      assert.equal(dropIn.online?.platform, 'Microsoft Teams');
      assert.match(dropIn.online!.url!, /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
      assert.equal(dropIn.location, undefined);
      assert.equal(dropIn.description, 'Our monthly drop-in for anyone who wants advice on housing and benefits.');
    });

    it('reads the HTML of X-ALT-DESC as text, without scripts or entities', () => {
      const paris = feed.events.find((e) => e.title.startsWith('Twinning visit'))!;
      assert.equal(paris.description, 'Meet the Paris welcome network – coffee & croissants.\n\n- Bring ID\n- Wear comfy shoes');
    });

    it('finds a Zoom link given as the location', () => {
      const webinar = feed.events.find((e) => e.title.startsWith('Transatlantic'))!;
      assert.equal(webinar.online?.platform, 'Zoom');
      assert.equal(webinar.location, undefined);
    });

    it('mends a letter whose UTF-8 bytes were cut apart by line folding', () => {
      const [event] = validFeed(cli('from-ics', ics('outlook-split-utf8'), ...from).out).events;
      assert.equal(event.title, 'Welcome Café – café pour tous');
    });

    it('reads a file older Outlook saved as Windows-1252, and says so', () => {
      const { out, err } = cli('from-ics', ics('outlook-windows-1252'), ...from);
      assert.equal(validFeed(out).events[0].title, 'Café – tea');
      assert.match(err, /1 line is not UTF-8 and was read as Windows-1252/);
    });

    it('shows a cancelled meeting as cancelled, without Outlook\'s "Canceled:" prefix', () => {
      const games = feed.events.find((e) => e.title === 'Family games afternoon')!;
      assert.equal(games.status, 'cancelled');
      assert.equal(games.location?.postcode, 'S1 1XZ');
    });
  });

  describe('Apple Calendar', () => {
    const { code, out, err } = cli('from-ics', ics('apple'), ...from);
    const feed = validFeed(out);

    it('reads a location written over several lines, a URL, a category and a first-Thursday repeat', () => {
      assert.equal(code, 0, err);
      const club = feed.events[0];
      assert.deepEqual(club.location, { name: 'Mill Road Library', address: '1 Mill Road, Bristol', postcode: 'BS5 6NB' });
      assert.equal(club.url, 'https://bristol.cityofsanctuary.org/events/conversation-club');
      assert.equal(club.category, 'language');
      assert.deepEqual(club.recurrence?.byDay, ['1TH']);
    });

    it('says a tentative event is not yet confirmed', () => {
      const lunch = feed.events[1];
      assert.equal(lunch.status, 'scheduled');
      assert.match(lunch.description!, /^Not yet confirmed\./);
      assert.match(err, /is marked tentative/);
    });

    it('gives every event the category asked for', () => {
      const tagged = validFeed(cli('from-ics', ics('apple'), '--category', 'social', '--publisher', 'Bristol').out);
      assert.deepEqual(tagged.events.map((e) => e.category), ['social', 'social']);
      assert.equal(tagged.publisher.name, 'Bristol');
    });
  });

  describe('Nextcloud and Thunderbird', () => {
    it('reads "/Europe/London" and lists a day-of-month repeat as 12 monthly dates', () => {
      const { code, out, err } = cli('from-ics', ics('nextcloud'), ...from);
      assert.equal(code, 0, err);
      const feed = validFeed(out);
      const sessions = feed.events.filter((e) => e.title === 'Drop-in advice session');
      assert.equal(sessions.length, 12);
      assert.equal(sessions[0].id, 'c2b4c8a0-1f7e-4a3d-9b6c-0e8d7f6a5b4c-2027-01-15');
      assert.equal(sessions[11].start, '2027-12-15T10:00');
      assert.deepEqual(sessions[0].online, { url: 'https://zoom.us/j/9876543210', platform: 'Zoom' });
      assert.match(err, /FREQ=MONTHLY;BYMONTHDAY=15\), so it is listed as 12 single dates in the next 12 months/);
      assert.equal(feed.events.find((e) => e.title.startsWith('Film night'))!.location?.postcode, 'LS6 1JD');
    });

    it("reads Lightning's /mozilla.org/…/Europe/London, an every-other-week repeat and a Jitsi link", () => {
      const { code, out } = cli('from-ics', ics('thunderbird'), ...from);
      assert.equal(code, 0);
      const [football] = validFeed(out).events;
      assert.equal(football.timezone, 'Europe/London');
      assert.deepEqual(football.recurrence, { frequency: 'weekly', interval: 2, byDay: ['SA'], count: 10 });
      assert.deepEqual(football.online, { url: 'https://meet.jit.si/SanctuaryFootball', platform: 'Jitsi Meet' });
      assert.equal(football.category, 'sport');
    });
  });

  describe('broken calendars', () => {
    const started = Date.now();
    const { code, out, err } = cli('from-ics', ics('broken'), ...from);
    const took = Date.now() - started;
    const feed = validFeed(out);

    it('keeps the good events and exits 0', () => {
      assert.equal(code, 0, err);
      for (const id of ['good-1', 'good-2', 'unknown-zone', 'custom-zone']) assert.ok(byId(feed, id), id);
    });

    it('skips a line that is not a calendar line, naming it, and keeps its event', () => {
      assert.match(err, /broken\.ics line 18: is not a calendar line, so it was skipped: "This line was pasted in by hand/);
      assert.equal(byId(feed, 'good-1').title, 'Good event with a pasted line');
    });

    it('reads an unknown time zone as the default one, and says so once', () => {
      assert.equal(byId(feed, 'unknown-zone').start, '2027-01-12T18:00');
      assert.match(err, /line 21 \(UID unknown-zone\): TZID "Mars Standard Time" is not a time zone we know/);
    });

    it("converts a zone it does not know by name with the calendar's own VTIMEZONE", () => {
      assert.equal(byId(feed, 'custom-zone').start, '2027-01-13T17:00');
      assert.equal(byId(feed, 'custom-zone').timezone, 'Europe/London');
    });

    it('bounds a repeat that would go on for ever, and leaves out one that repeats every second', () => {
      assert.equal(feed.events.filter((e) => e.id.startsWith('daily-forever-')).length, 100);
      assert.match(err, /UID daily-forever\).*the first 100 only/);
      assert.match(err, /UID forever\): repeats more often than once a day \(FREQ=SECONDLY\)/);
      assert.ok(took < 15_000, `took ${took} ms`);
    });

    it('names an event with no END line, a date it cannot read, and an event without a title', () => {
      assert.match(err, /line 46: this event has no END:VEVENT before line 50, so it was skipped/);
      assert.match(err, /line 50 \(UID bad-date\): .*line 52 has a date it cannot read: "DTSTART:2027-13-45"/);
      assert.match(err, /line 55 \(UID no-title\): .*title is required but missing/);
      assert.match(err, /! 105 events from broken\.ics, 4 skipped \(9 calendar entries read\)/);
    });

    it('keeps an event whose repeat rule cannot be read, as a single date, and says so', () => {
      assert.equal(byId(feed, 'bad-rule').start, '2027-01-21T18:00');
      assert.equal(byId(feed, 'bad-rule').recurrence, undefined);
      assert.match(err, /line 68 \(UID bad-rule\): the repeat "RRULE:FREQ=WEEKLY;BYDAY=THURSDAY" could not be read .*only the event's first date is listed/);
    });

    it('writes nothing and exits 1 when no event could be read', () => {
      const result = cli('from-ics', 'test/fixtures/cli/truncated.json');
      assert.equal(result.code, 1);
      assert.equal(result.out, '');
      assert.match(result.err, /does not start a calendar[\s\S]*Nothing usable came out/);
    });
  });

  it('reads a calendar from its address, and says when the address is a web page', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/calendar.ics') {
        res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
        res.end(readFileSync(ics('thunderbird')));
      } else {
        res.setHeader('Content-Type', 'text/html');
        res.end('<!doctype html><title>Sign in</title>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const ok = await cliAsync('from-ics', `http://127.0.0.1:${port}/calendar.ics`, ...from, '--publisher', 'Sheffield');
      assert.equal(ok.code, 0, ok.err);
      assert.equal(validFeed(ok.out).events.length, 1);
      const page = await cliAsync('from-ics', `http://127.0.0.1:${port}/login`);
      assert.equal(page.code, 1);
      assert.match(page.err, /is a web page, not a calendar/);
    } finally {
      server.close();
    }
  });
});
