// The pure helpers the importers share: HTML to text, locations and meeting links, time zone names.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findMeetingLink, isOnlineOnlyLocation, splitLocation } from '../../src/feed/ics/event-fields.js';
import { decodeEntities, htmlToText, plainText } from '../../src/feed/ics/html-text.js';
import { ianaTimeZone } from '../../src/feed/ics/time-zones.js';
import { wallTime } from '../../src/feed/zoned-time.js';
import { zonedEpoch } from '../../src/feed/ics/ics-events.js';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks and writes links out', () => {
    assert.equal(
      htmlToText('<p>Tea &amp; cake.</p><p>Line one<br/>line two. <a href="https://x.example/a?b=1&amp;c=2">Read more</a></p>'),
      'Tea & cake.\n\nLine one\nline two. Read more (https://x.example/a?b=1&c=2)',
    );
  });

  it('drops scripts, styles, comments and every tag, and never leaves markup behind', () => {
    const text = htmlToText('<style>p{color:red}</style><!-- note --><script>alert(1)</script><p onclick="x()">Hi <img src=x onerror=alert(1)></p>');
    assert.equal(text, 'Hi');
  });

  it('does not turn a javascript: link into text that looks like a link', () => {
    assert.equal(htmlToText('<a href="javascript:alert(1)">Click</a>'), 'Click');
  });

  it('decodes named and numeric entities, and leaves unknown ones as written', () => {
    assert.equal(decodeEntities('Caf&eacute; &#8211; &#x2019; &pound;5 &nbsp;AT&T &madeup;'), 'Café – ’ £5  AT&T &madeup;');
  });

  it('leaves plain text alone apart from spacing', () => {
    assert.equal(plainText('  Two  spaces\n\n\n\nthree blank lines  '), 'Two spaces\n\nthree blank lines');
  });
});

describe('splitLocation', () => {
  it('splits a UK postcode off and writes it the standard way', () => {
    assert.deepEqual(splitLocation('Town Hall, Market Street, Leeds ls11ur, United Kingdom'), { name: 'Town Hall', address: 'Market Street, Leeds', postcode: 'LS1 1UR' });
  });

  it('keeps a line without commas as the name', () => {
    assert.deepEqual(splitLocation('Parker’s Piece'), { name: 'Parker’s Piece' });
  });
});

describe('meeting links', () => {
  it('finds Zoom, Teams, Meet and Jitsi links, and not ordinary pages', () => {
    assert.deepEqual(findMeetingLink(['See https://example.org/page and join https://us02web.zoom.us/j/123?pwd=abc.']), { url: 'https://us02web.zoom.us/j/123?pwd=abc', platform: 'Zoom' });
    assert.equal(findMeetingLink(['<https://teams.microsoft.com/l/meetup-join/19%3a>'])?.platform, 'Microsoft Teams');
    assert.equal(findMeetingLink(['https://meet.google.com/abc-defg-hij'])?.platform, 'Google Meet');
    assert.equal(findMeetingLink(['https://meet.jit.si/Room'])?.platform, 'Jitsi Meet');
    assert.equal(findMeetingLink(['https://example.org/zoom']), undefined);
  });

  it('knows a location that is only a meeting', () => {
    assert.equal(isOnlineOnlyLocation('Microsoft Teams Meeting'), true);
    assert.equal(isOnlineOnlyLocation('Zoom - https://zoom.us/j/1'), true);
    assert.equal(isOnlineOnlyLocation('Zoom Room 2, Town Hall'), false);
  });
});

describe('time zone names', () => {
  it('maps Windows ids and Apple, Nextcloud and Lightning TZIDs to IANA names', () => {
    assert.equal(ianaTimeZone('GMT Standard Time'), 'Europe/London');
    assert.equal(ianaTimeZone('Romance Standard Time'), 'Europe/Paris');
    assert.equal(ianaTimeZone('Eastern Standard Time'), 'America/New_York');
    assert.equal(ianaTimeZone('/Europe/London'), 'Europe/London');
    assert.equal(ianaTimeZone('/mozilla.org/20050126_1/Europe/London'), 'Europe/London');
    assert.equal(ianaTimeZone('(UTC+00:00) Dublin, Edinburgh, Lisbon, London'), 'Europe/London');
    assert.equal(ianaTimeZone('Mars Standard Time'), undefined);
  });

  it('converts between wall-clock times and instants across summer time', () => {
    assert.equal(wallTime(Date.parse('2027-07-01T17:30:00Z'), 'Europe/London'), '2027-07-01T18:30');
    assert.equal(new Date(zonedEpoch('2027-07-01T18:30', 'Europe/London')).toISOString(), '2027-07-01T17:30:00.000Z');
    assert.equal(new Date(zonedEpoch('2027-01-12T18:30', 'Europe/London')).toISOString(), '2027-01-12T18:30:00.000Z');
  });
});
