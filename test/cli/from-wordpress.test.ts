// from-wordpress against local stand-ins for The Events Calendar's REST API, good sites and broken ones.
import { strict as assert } from 'node:assert';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { cliAsync, validFeed } from './run-cli.js';
import { startWordpress } from './wordpress-server.js';

describe('sanctuary-widgets from-wordpress', () => {
  let base: string;
  let server: Server;
  before(async () => ({ url: base, server } = await startWordpress()));
  after(() => server.close());

  it('follows the paging through every page and maps each event', async () => {
    const { code, out, err } = await cliAsync('from-wordpress', `${base}/good`, '--publisher', 'Leeds City of Sanctuary');
    assert.equal(code, 0, err);
    const feed = validFeed(out);
    assert.equal(feed.publisher.name, 'Leeds City of Sanctuary');
    assert.deepEqual(feed.events.map((e) => e.id), [
      'leeds.cityofsanctuary.org?id=1234',
      'leeds.cityofsanctuary.org?id=1240',
      'leeds.cityofsanctuary.org?id=1301',
      'leeds.cityofsanctuary.org?id=1302',
      'leeds.cityofsanctuary.org?id=1400',
    ]);
    assert.match(err, /5 events from 127\.0\.0\.1:\d+ \(3 pages read\), 1 skipped/);
    assert.match(err, /✗ page 3, event 2 \(WordPress id 1401\): .*title is required but missing/);
  });

  it('decodes titles, reduces descriptions to text and keeps venue, organiser, cost, category, image and links', async () => {
    const feed = validFeed((await cliAsync('from-wordpress', `${base}/good`)).out);
    const cafe = feed.events[0];
    assert.equal(cafe.title, 'Welcome Café – New Year');
    assert.equal(cafe.start, '2027-01-12T10:30');
    assert.equal(cafe.end, '2027-01-12T12:30');
    assert.equal(cafe.timezone, 'Europe/London');
    assert.equal(
      cafe.description,
      'Tea, cake & a warm welcome.\n\nRun by volunteers with lived experience. Volunteer with us (https://leeds.cityofsanctuary.org/volunteer/).\n\nOrganised by Leeds City of Sanctuary.',
    );
    assert.deepEqual(cafe.location, { name: 'St George’s Crypt', address: 'Great George Street, Leeds, West Yorkshire', postcode: 'LS1 3BR' });
    assert.equal(cafe.cost, 'Free');
    assert.equal(cafe.category, 'social');
    assert.deepEqual(cafe.image, { src: 'https://leeds.cityofsanctuary.org/wp-content/uploads/2026/11/cafe.jpg', alt: 'Volunteers and visitors sharing tea around a long table' });
    assert.equal(cafe.url, 'https://leeds.cityofsanctuary.org/event/welcome-cafe-2027-01-12/');
    assert.equal(cafe.bookingUrl, 'https://www.eventbrite.co.uk/e/welcome-cafe-tickets-123456789');
    assert.equal(feed.publisher.name, base.replace('http://', ''));
  });

  it('reads all-day events, online events, status and a cancelled title', async () => {
    const feed = validFeed((await cliAsync('from-wordpress', `${base}/good`)).out);
    const [, festival, webinar, quiz, football] = feed.events;
    assert.equal(festival.start, '2027-06-19');
    assert.equal(festival.end, '2027-06-20');
    assert.equal(festival.description, 'Two days of music & food.');
    assert.deepEqual(webinar.online, { url: 'https://us06web.zoom.us/j/81234567890', platform: 'Zoom' });
    assert.equal(webinar.location, undefined);
    assert.equal(webinar.bookingUrl, undefined);
    assert.equal(quiz.status, 'cancelled');
    assert.equal(quiz.title, 'Quiz night');
    assert.equal(quiz.cost, '£3');
    assert.equal(football.status, 'postponed');
    assert.equal(football.start, '2027-03-06T09:00Z');
  });

  it('keeps pages 1–2 when page 3 fails, and says so', async () => {
    const { code, out, err } = await cliAsync('from-wordpress', `${base}/fail3`);
    assert.equal(code, 0, err);
    assert.equal(validFeed(out).events.length, 4);
    assert.match(err, /Page 3 \(.*page=3\): the site answered HTTP 500 \(There has been a critical error on this website\.\)\. The events from pages 1–2 are kept\./);
  });

  it('stops a paging loop', async () => {
    const { code, out, err } = await cliAsync('from-wordpress', `${base}/loop`);
    assert.equal(code, 0, err);
    assert.equal(validFeed(out).events.length, 4);
    assert.match(err, /Page 2 points back to a page already read .*goes round in a loop/);
  });

  it('stops at the page limit', async () => {
    const { code, out, err } = await cliAsync('from-wordpress', `${base}/good`, '--max-pages', '1');
    assert.equal(code, 0, err);
    assert.equal(validFeed(out).events.length, 2);
    assert.match(err, /Stopped after 1 page \(--max-pages\)/);
  });

  it('gives up on a page that does not answer, keeping what came before', async () => {
    const started = Date.now();
    const { code, out, err } = await cliAsync('from-wordpress', `${base}/slow`, '--timeout', '1');
    assert.equal(code, 0, err);
    assert.equal(validFeed(out).events.length, 2);
    assert.match(err, /Page 2 .*did not answer within 1 seconds\. The events from page 1 are kept/);
    assert.ok(Date.now() - started < 10_000);
  });

  it('explains a WordPress site without the plugin, and exits 1 with no feed', async () => {
    const { code, out, err } = await cliAsync('from-wordpress', `${base}/noplugin`);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /does not have The Events Calendar plugin .*rest_no_route/);
    assert.match(err, /Nothing usable came out/);
  });

  it('explains HTML where the events data should be, and a site that is not WordPress', async () => {
    const html = await cliAsync('from-wordpress', `${base}/html`);
    assert.equal(html.code, 1);
    assert.match(html.err, /answered with a web page \(HTTP 200\) where the events data should be/);
    const nowp = await cliAsync('from-wordpress', `${base}/nowp`);
    assert.equal(nowp.code, 1);
    assert.match(nowp.err, /no events API at this address \(HTTP 404\)/);
  });

  it('explains how to call it without a site', async () => {
    const { code, err } = await cliAsync('from-wordpress');
    assert.equal(code, 2);
    assert.match(err, /Give the address of the WordPress site/);
  });
});
