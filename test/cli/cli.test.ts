// The CLI as a volunteer runs it: a real process, real files, real exit codes.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/index.js';

const fixtures = 'test/fixtures/cli';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('sanctuary-widgets validate', () => {
  it('passes the bundled sample feed with a summary line and exit code 0', () => {
    const { code, err } = cli('validate', 'demo/feed.json');
    assert.equal(code, 0);
    assert.match(err, /✓ Cambridge City of Sanctuary: \d+ events OK · \d+ resources OK · \d+ supporters OK · \d+ awards OK/);
  });

  it('names each broken item with its JSON path and line, and exits 1', () => {
    const { code, err } = cli('validate', `${fixtures}/broken-feed.json`);
    assert.equal(code, 1);
    assert.match(err, /✗ line 9, \$\.events\[1\]\.start: Event 2 "Bad start" \(id bad\) was left out: start must be a date/);
    assert.match(err, /1 events OK, 1 dropped · 1 supporters OK/);
  });

  it('gives the line of a JSON syntax error', () => {
    const { code, err } = cli('validate', `${fixtures}/truncated.json`);
    assert.equal(code, 1);
    assert.match(err, /is not valid JSON \(line \d+\)/);
  });

  it('says so when the file does not exist', () => {
    const { code, err } = cli('validate', 'no/such/feed.json');
    assert.equal(code, 1);
    assert.match(err, /could not be read/);
  });

  it('reads a feed from a URL', async () => {
    const server = createServer((_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(readFileSync(`${fixtures}/broken-feed.json`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
        // spawnSync would block the server in this process, so run it asynchronously.
        import('node:child_process').then(({ spawn }) => {
          const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'validate', `http://127.0.0.1:${port}/feed.json`]);
          let err = '';
          child.stderr.on('data', (d) => (err += d));
          child.on('close', (code) => resolve({ code, err }));
        });
      });
      assert.equal(result.code, 1);
      assert.match(result.err, /\$\.events\[1\]\.start/);
    } finally {
      server.close();
    }
  });
});

describe('sanctuary-widgets schema', () => {
  it('prints a JSON Schema that names every collection', () => {
    const { code, out } = cli('schema');
    assert.equal(code, 0);
    const schema = JSON.parse(out);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(Object.keys(schema.properties).filter((k) => ['events', 'resources', 'supporters', 'awards'].includes(k)).length, 4);
  });
});

describe('sanctuary-widgets from-csv', () => {
  it('builds a valid feed from the example spreadsheets in demo/', () => {
    const { code, out, err } = cli('from-csv', '--publisher', 'Cambridge City of Sanctuary', '--events', 'demo/spreadsheets/events.csv', '--supporters', 'demo/spreadsheets/supporters.csv');
    assert.equal(code, 0, err);
    const { feed, issues } = parseFeed(JSON.parse(out), 'out');
    assert.deepEqual(issues, []);
    assert.equal(feed.events.length, 4);
    assert.equal(feed.supporters.length, 4);
    const cafe = feed.events.find((e) => e.title === 'Welcome Café')!;
    assert.equal(cafe.start, '2027-01-12T10:30');
    assert.deepEqual(cafe.recurrence, { frequency: 'weekly', byDay: ['TU'], until: '2027-06-29' });
    assert.deepEqual(cafe.languages, ['en', 'ar', 'fa']);
    assert.equal(cafe.id, 'welcome-cafe-2027-01-12');
    assert.match(err, /✓ 4 events OK · 4 supporters OK/);
  });

  it('reports bad rows by row number, keeps the good ones, and names ignored columns', () => {
    const { code, out, err } = cli('from-csv', '--publisher', 'Test', '--events', `${fixtures}/events-with-bad-rows.csv`);
    assert.equal(code, 0);
    const feed = JSON.parse(out);
    assert.deepEqual(feed.events.map((e: { title: string }) => e.title), ['Welcome Café', 'Cancelled meeting']);
    assert.equal(feed.events[1].status, 'cancelled');
    assert.match(err, /events-with-bad-rows\.csv row 3: Event 2 "Broken start".*start must be a date/);
    assert.match(err, /row 4: .*end must not be before the start/);
    assert.match(err, /row 5: .*title is required but missing/);
    assert.match(err, /row 6: .*timezone is not a time zone name/);
    assert.match(err, /ignored column "Colour"/);
    assert.match(err, /2 events OK, 4 dropped/);
  });

  it('writes no feed and exits 1 when no row is usable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    writeFileSync(join(dir, 'bad.csv'), 'Title,Start\nOnly a title,\n');
    const { code, out, err } = cli('from-csv', '--publisher', 'Test', '--events', join(dir, 'bad.csv'));
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /Nothing usable came out/);
  });

  it('explains how to call it when the publisher is missing', () => {
    const { code, err } = cli('from-csv', '--events', 'demo/spreadsheets/events.csv');
    assert.equal(code, 2);
    assert.match(err, /Give --publisher/);
  });
});

describe('sanctuary-widgets', () => {
  it('lists its commands and rejects an unknown one', () => {
    assert.match(cli('--help').out, /validate[\s\S]*schema[\s\S]*from-csv[\s\S]*from-ics[\s\S]*from-wordpress[\s\S]*from-yaml[\s\S]*merge/);
    const { code, err } = cli('frobnicate');
    assert.equal(code, 2);
    assert.match(err, /Unknown command "frobnicate"/);
  });
});
