// merge: several groups' feeds, from files and a local server, with duplicates, conflicts and broken sources.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, cliAsync, validFeed } from './run-cli.js';

const fixture = (name: string) => `test/fixtures/merge/${name}.json`;

describe('sanctuary-widgets merge', () => {
  it('merges feeds into one, each item naming the group it came from', () => {
    const { code, out, err } = cli('merge', fixture('cambridge'), fixture('peterborough'), '--publisher', 'East of England City of Sanctuary');
    assert.equal(code, 0, err);
    const feed = validFeed(out);
    assert.equal(feed.publisher.name, 'East of England City of Sanctuary');
    assert.deepEqual(feed.events.map((e) => e.id), ['cambridge-welcome-cafe', 'refugee-week-2027', 'shared-webinar', 'peterborough-football']);
    assert.deepEqual(feed.events[0].source, { name: 'Cambridge City of Sanctuary', url: 'https://cambridge.cityofsanctuary.org' });
    assert.deepEqual(feed.events[3].source, { name: 'Peterborough City of Sanctuary' });
    assert.deepEqual(feed.supporters[0].source, { name: 'Peterborough City of Sanctuary' });
    assert.equal(feed.resources.length, 1);
  });

  it('keeps a duplicate once and reports a conflict, naming both feeds and the fields that differ', () => {
    const { err } = cli('merge', fixture('cambridge'), fixture('peterborough'));
    assert.match(err, /events id "refugee-week-2027" is in cambridge\.json and peterborough\.json with different title, end; the one from cambridge\.json is kept/);
    assert.match(err, /4 events, 1 resource, 1 supporter from 2 feeds · 1 duplicate kept once · 1 conflict/);
    assert.match(err, /peterborough\.json \$\.events\[3\]\.start: Event 4 "Bad date"/);
    assert.match(err, /published as "Cambridge City of Sanctuary" \(the first feed's publisher\)/);
  });

  it('keeps the source an item already has, so merged feeds can be merged again', () => {
    const first = cli('merge', fixture('peterborough'), '--publisher', 'Peterborough area');
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    writeFileSync(join(dir, 'area.json'), first.out);
    const feed = validFeed(cli('merge', join(dir, 'area.json'), fixture('cambridge'), '--publisher', 'Region').out);
    assert.equal(feed.events.find((e) => e.id === 'peterborough-football')!.source!.name, 'Peterborough City of Sanctuary');
  });

  it('reports feeds that cannot be read — missing, broken, 404, unreachable — and still merges the rest', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/leeds.json') {
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(fixture('cambridge')).toString().replaceAll('Cambridge', 'Leeds').replaceAll('cambridge', 'leeds'));
      } else {
        res.writeHead(404, { 'Content-Type': 'text/html' });
        res.end('<h1>Not found</h1>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    // A port that was just free: nothing answers there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    try {
      const { code, out, err } = await cliAsync(
        'merge',
        fixture('peterborough'),
        `http://127.0.0.1:${port}/leeds.json`,
        `http://127.0.0.1:${port}/gone.json`,
        `http://127.0.0.1:${closedPort}/feed.json`,
        'test/fixtures/cli/truncated.json',
        'no/such/feed.json',
        '--publisher',
        'Region',
      );
      assert.equal(code, 0, err);
      const feed = validFeed(out);
      assert.ok(feed.events.some((e) => e.source?.name === 'Leeds City of Sanctuary'));
      assert.equal(feed.events.find((e) => e.id === 'leeds-welcome-cafe')!.source!.url, 'https://leeds.cityofsanctuary.org');
      assert.match(err, /gone\.json answered HTTP 404.*The other feeds are still merged/);
      assert.match(err, new RegExp(`127\\.0\\.0\\.1:${closedPort}/feed\\.json could not be reached`));
      assert.match(err, /truncated\.json is not valid JSON/);
      assert.match(err, /no\/such\/feed\.json could not be read/);
      assert.match(err, /from 2 feeds · 4 could not be read/);
    } finally {
      server.close();
    }
  });

  it('exits 1 and writes nothing when no feed could be read', () => {
    const { code, out, err } = cli('merge', 'no/such/feed.json', 'test/fixtures/cli/truncated.json');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /No feed could be read, so nothing was merged/);
  });
});
