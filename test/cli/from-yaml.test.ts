// from-yaml on Jekyll/Hugo data files: a supporters list, a file with every collection, and broken YAML.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, validFeed } from './run-cli.js';

const yaml = (name: string) => `test/fixtures/yaml/${name}.yml`;

describe('sanctuary-widgets from-yaml', () => {
  it('reads a Jekyll supporters list, with its usual field names, and reports bad items by number and line', () => {
    const { code, out, err } = cli('from-yaml', yaml('supporters'), '--publisher', 'Cambridge City of Sanctuary');
    assert.equal(code, 0, err);
    const feed = validFeed(out);
    assert.equal(feed.publisher.name, 'Cambridge City of Sanctuary');
    assert.deepEqual(feed.supporters.map((s) => s.id), ['cambridge-city-council', 'cambridge-central-mosque', 'oxfam-books', 'oxfam-books-2']);
    assert.deepEqual(feed.supporters[0], {
      id: 'cambridge-city-council',
      name: 'Cambridge City Council',
      url: 'https://www.cambridge.gov.uk',
      logo: { src: '/assets/logos/cambridge-city-council.svg', alt: 'Cambridge City Council logo' },
      sector: 'public-sector',
      since: '2016',
    });
    assert.deepEqual(feed.supporters[1].logo, { src: '/assets/logos/mosque.svg', alt: 'Cambridge Central Mosque logo' });
    assert.equal(feed.supporters[1].place, 'Mill Road, Cambridge');
    assert.match(err, /supporters\.yml line 19: Supporter 5 was left out: name is required but missing/);
    assert.match(err, /supporters\.yml line 21: Supporter 6 "Anglia Ruskin University" .*since must be a year/);
    assert.match(err, /ignored field "colour" in supporters/);
    assert.match(err, /read as supporters \(from the file name\)/);
    assert.match(err, /! supporters\.yml: 4 supporters OK, 2 dropped/);
  });

  it('reads every collection from one file, with date + time, a location line and fields in feed form', () => {
    const { code, out, err } = cli('from-yaml', yaml('site-data'));
    assert.equal(code, 0, err);
    const feed = validFeed(out);
    const [cafe, webinar] = feed.events;
    assert.equal(cafe.start, '2027-01-12T10:30');
    assert.equal(cafe.end, '2027-01-12T12:30');
    assert.deepEqual(cafe.location, { name: "St Andrew's Street Baptist Church", address: "St Andrew's Street, Cambridge", postcode: 'CB2 3AR' });
    assert.deepEqual(cafe.recurrence, { frequency: 'weekly', byDay: ['TU'], until: '2027-06-29' });
    assert.deepEqual(cafe.languages, ['en', 'ar', 'fa']);
    assert.equal(cafe.category, 'social');
    assert.deepEqual(webinar.online, { url: 'https://meet.google.com/abc-defg-hij', platform: 'Google Meet' });
    assert.deepEqual(feed.resources[0].streams, ['health', 'maternity']);
    assert.equal(feed.resources[0].summary, 'Explains how the asylum system can affect wellbeing.');
    assert.match(err, /site-data\.yml line 20: Event 3 "Broken date".*start must be a date/);
    assert.match(err, /ignored "menu"/);
  });

  it('reads a Hugo map from each id to its item, keeping the ids', () => {
    const { code, out, err } = cli('from-yaml', 'test/fixtures/yaml/hugo-supporters.yaml', '--kind', 'supporters');
    assert.equal(code, 0, err);
    const feed = validFeed(out);
    assert.deepEqual(feed.supporters.map((s) => s.id), ['cambridge-central-mosque', 'anglia-ruskin']);
    assert.equal(feed.supporters[0].url, 'https://cambridgecentralmosque.org/');
  });

  it('reads only the collection asked for with --kind', () => {
    const feed = validFeed(cli('from-yaml', yaml('site-data'), '--kind', 'resources').out);
    assert.equal(feed.events.length, 0);
    assert.equal(feed.resources.length, 1);
  });

  it('names a tab and a missing quote by line and column, in plain English, and keeps the other items', () => {
    const { code, out, err } = cli('from-yaml', yaml('tabs'));
    assert.equal(code, 0, err);
    assert.deepEqual(validFeed(out).supporters.map((s) => s.name), ['Good Café', 'Tabbed Library', 'Last Good One']);
    assert.match(err, /tabs\.yml line 4, column 1: this line is indented with a tab; YAML only allows spaces/);
    assert.match(err, /tabs\.yml line 6, column 17: a closing quote or bracket is missing, so supporters item 3 \(from line 5\) was skipped/);
  });

  it('writes nothing and exits 1 when no item is usable, and asks for --kind when it cannot tell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    writeFileSync(join(dir, 'events.yml'), '- title: No date\n');
    const none = cli('from-yaml', join(dir, 'events.yml'));
    assert.equal(none.code, 1);
    assert.equal(none.out, '');
    assert.match(none.err, /Nothing usable came out/);
    writeFileSync(join(dir, 'data.yml'), '- colour: green\n');
    const unknown = cli('from-yaml', join(dir, 'data.yml'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /Give --kind/);
  });
});
