import { expect } from '@open-wc/testing';
import { parseFeed, FeedError, itemIssue, type FeedIssue } from '../../src/feed/index.js';

const doc = (extra: Record<string, unknown>) => ({ version: 1, publisher: { name: 'Test group' }, ...extra });
const issuesFor = (collection: string, item: Record<string, unknown>): FeedIssue[] =>
  parseFeed(doc({ [collection]: [item] }), 'test').issues;

const event = { id: 'cafe', title: 'Welcome café', start: '2026-12-01T10:00' };

describe('feed schema', () => {
  it('accepts a minimal feed and fills the defaults', () => {
    const { feed, issues } = parseFeed(doc({ events: [event] }), 'test');
    expect(issues).to.deep.equal([]);
    expect(feed.events[0]).to.include({ timezone: 'Europe/London', status: 'scheduled' });
    expect(feed.resources).to.deep.equal([]);
  });

  it('accepts every kind of start: a date, a local time, a time with offset or Z', () => {
    for (const start of ['2026-12-01', '2026-12-01T10:00', '2026-12-01T10:00:00+01:00', '2026-12-01T10:00:00.5Z']) {
      expect(issuesFor('events', { ...event, start }), start).to.deep.equal([]);
    }
  });

  it('keeps the group an item came from, on every kind of item, and does without it', () => {
    const source = { name: 'Cambridge City of Sanctuary', url: 'https://cambridge.cityofsanctuary.org' };
    const { feed, issues } = parseFeed(
      doc({
        events: [{ ...event, source }, { ...event, id: 'no-source' }],
        resources: [{ id: 'r', title: 'Pack', source }],
        supporters: [{ id: 's', name: 'Library', source }],
        awards: [{ id: 'A-1', holder: { name: 'School' }, stream: 'school', status: 'awarded', awarded: '2025-01-01', source }],
      }),
      'test',
    );
    expect(issues).to.deep.equal([]);
    expect(feed.events[0].source).to.deep.equal(source);
    expect(feed.events[1].source).to.equal(undefined);
    expect([feed.resources[0].source, feed.supporters[0].source, feed.awards[0].source]).to.deep.equal([source, source, source]);
  });

  it('leaves out an item whose source has no name', () => {
    expect(issuesFor('events', { ...event, source: { url: 'https://example.org' } })[0].message).to.match(/source\.name is required but missing/);
  });

  it('ignores fields it does not know, so newer feeds still work', () => {
    const { feed, issues } = parseFeed(doc({ futureThing: 1, events: [{ ...event, colour: 'red' }] }), 'test');
    expect(issues).to.deep.equal([]);
    expect(feed.events[0]).to.not.have.property('colour');
  });

  const invalid: [string, string, Record<string, unknown>, RegExp][] = [
    ['events', 'a missing title', { id: 'x', start: '2026-12-01' }, /title is required but missing/],
    ['events', 'a start that is not a date', { ...event, start: 'next Tuesday' }, /start must be a date.*"next Tuesday"/],
    ['events', 'an impossible date', { ...event, start: '2026-02-30' }, /start must be a date/],
    ['events', 'an end before the start', { ...event, end: '2026-11-30T10:00' }, /end must not be before the start/],
    ['events', 'an unknown timezone', { ...event, timezone: 'Europe/Cambridge' }, /timezone is not a time zone/],
    ['events', 'an unknown status', { ...event, status: 'maybe' }, /status is "maybe"; it must be one of/],
    ['events', 'a weekday code that is not one', { ...event, recurrence: { frequency: 'weekly', byDay: ['TUE'] } }, /recurrence\.byDay\[0\]/],
    ['events', 'count and until together', { ...event, recurrence: { frequency: 'weekly', count: 3, until: '2027-01-01' } }, /cannot be given together/],
    ['events', 'a number where text belongs', { ...event, title: 42 }, /title should be text or translations.* but is 42/],
    ['resources', 'a missing title', { id: 'r1', url: 'https://example.org' }, /Resource 1 \(id r1\).*title is required/],
    ['resources', 'a negative size', { id: 'r1', title: 'Pack', sizeBytes: -1 }, /sizeBytes must be at least 0|must not be negative/],
    ['supporters', 'a blank name', { id: 's1', name: '   ' }, /name must not be empty/],
    ['supporters', 'a since that is not a year', { id: 's1', name: 'Café', since: 'ages ago' }, /since must be a year/],
    ['awards', 'an unknown status', { id: 'A1', holder: { name: 'School' }, stream: 'school', status: 'pending', awarded: '2024-01-01' }, /status is "pending"/],
    ['awards', 'an expiry before the award', { id: 'A1', holder: { name: 'School' }, stream: 'school', status: 'awarded', awarded: '2024-01-01', expires: '2023-01-01' }, /expires must not be before/],
    ['awards', 'no holder', { id: 'A1', stream: 'school', status: 'awarded', awarded: '2024-01-01' }, /holder is required/],
  ];
  for (const [collection, what, item, message] of invalid) {
    it(`drops ${collection === 'events' ? 'an event' : `a ${collection.slice(0, -1)}`} with ${what}, saying why`, () => {
      const issues = issuesFor(collection, item);
      expect(issues.length).to.be.greaterThan(0);
      expect(issues.map((i) => i.message).join('\n')).to.match(message);
      expect(issues[0].path).to.match(new RegExp(`^\\$\\.${collection}\\[0\\]`));
    });
  }

  it('names the item by position, title and id, and gives the JSON path of the field', () => {
    const [issue] = issuesFor('events', { ...event, start: 'soon' });
    expect(issue.path).to.equal('$.events[0].start');
    expect(issue.message).to.match(/^Event 1 "Welcome café" \(id cafe\) was left out: start/);
    expect(issue).to.include({ collection: 'events', index: 0, id: 'cafe', source: 'test' });
  });

  it('names a field whose key needs quoting by its quoted key, and a nested field by its dotted path', () => {
    const raw = { code: 'invalid_type', expected: 'string', message: '' };
    const odd = itemIssue('test', 'events', 0, event, { ...raw, path: ['start time'] });
    expect(odd.message).to.contain('was left out: ["start time"] ');
    const nested = itemIssue('test', 'events', 0, event, { ...raw, path: ['location', 'name'] });
    expect(nested.message).to.contain('was left out: location.name ');
  });

  it('keeps the first of two items with the same id and reports the second', () => {
    const { feed, issues } = parseFeed(doc({ events: [event, { ...event, title: 'Copy' }] }), 'test');
    expect(feed.events.map((e) => e.title)).to.deep.equal(['Welcome café']);
    expect(issues[0].message).to.match(/same as item 1/);
  });

  it('skips a collection that is not a list and keeps the others', () => {
    const { feed, issues } = parseFeed(doc({ events: { a: 1 }, supporters: [{ id: 's', name: 'Café' }] }), 'test');
    expect(feed.supporters).to.have.length(1);
    expect(issues[0]).to.include({ path: '$.events' });
  });

  it('matches award ids exactly: no trimming of the id', () => {
    const award = { id: ' A1', holder: { name: 'School' }, stream: 'school', status: 'awarded', awarded: '2024-01-01' };
    expect(parseFeed(doc({ awards: [award] }), 'test').feed.awards[0].id).to.equal(' A1');
  });

  const broken: [string, unknown, string, RegExp][] = [
    ['a list', [], 'invalid-document', /not a feed/],
    ['no version', { publisher: { name: 'x' } }, 'invalid-document', /no "version"/],
    ['a future version', { version: 2, publisher: { name: 'x' } }, 'unsupported-version', /feed version 2; this library reads version 1/],
    ['a future version as text', { version: '3.1', publisher: { name: 'x' } }, 'unsupported-version', /version 3\.1/],
    ['no publisher', { version: 1 }, 'invalid-document', /publisher/],
  ];
  for (const [what, value, kind, message] of broken) {
    it(`refuses a document with ${what} with a typed error`, () => {
      let error: unknown;
      try {
        parseFeed(value, 'https://example.org/feed.json');
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind).to.equal(kind);
      expect((error as FeedError).message).to.match(message);
    });
  }

  it('accepts version "1.4" as version 1', () => {
    expect(parseFeed({ version: '1.4', publisher: { name: 'x' } }, 't').feed.version).to.equal('1.4');
  });
});
