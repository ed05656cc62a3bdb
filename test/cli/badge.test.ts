// `sanctuary-widgets badge` as a newsletter editor runs it: a real process on real files, the built package too.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'sw-badge-'));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const titleOf = (svg: string) => /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1];

describe('sanctuary-widgets badge', () => {
  it('writes a verified badge for a current award, with the day it was checked', () => {
    const out = join(dir, 'verified.svg');
    const { code, err } = cli('badge', 'COL-2025-0011', '--feed', 'demo/feed.json', '--out', out, '--date', '2026-11-26');
    assert.equal(code, 0, err);
    assert.match(err, /✓ College of Sanctuary, Cambridge Regional College \(COL-2025-0011\): verified on 2026-11-26/);
    const svg = readFileSync(out, 'utf8');
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.equal(
      titleOf(svg),
      'College of Sanctuary award held by Cambridge Regional College. Awarded 2025, Valid until 18 March 2028. ' +
        'Verified by awards.cityofsanctuary.org. Checked 26 November 2026.',
    );
    assert.match(svg, />Verified by awards.cityofsanctuary.org</);
    assert.match(svg, /class="seal seal-verified"/);
  });

  it('follows an old award id to the holder’s renewal', () => {
    const { code, out } = cli('badge', 'SOS-2020-0058', '--feed', 'demo/feed.json', '--date', '2026-11-26');
    assert.equal(code, 0);
    assert.match(out, /held by Chesterton Primary School. Awarded 2023, Valid until 4 December 2026/);
  });

  it('writes an honest expired badge and exits 1', () => {
    const out = join(dir, 'expired.svg');
    const { code, err } = cli('badge', 'LOS-2021-0006', '--feed', 'demo/feed.json', '--out', out, '--date', '2026-11-26');
    assert.equal(code, 1);
    assert.match(err, /✗ Library of Sanctuary, Milton Road Library \(LOS-2021-0006\): expired \(Expired on 20 April 2024\)/);
    const svg = readFileSync(out, 'utf8');
    assert.match(svg, />EXPIRED</);
    assert.doesNotMatch(svg, /Verified by/);
    assert.match(svg, /stroke-dasharray="8 5"/);
  });

  it('refuses an unknown or look-alike id with a plain message and writes nothing', () => {
    for (const id of ['sos-2020-0058', 'SOS-2020-0058 ', 'SОS-2020-0058' /* Cyrillic О */]) {
      const out = join(dir, 'none.svg');
      const { code, err } = cli('badge', id, '--feed', 'demo/feed.json', '--out', out);
      assert.equal(code, 1);
      assert.match(err, /No award with the id .* is in demo\/feed.json/);
      assert.equal(existsSync(out), false);
    }
  });

  it('says it cannot verify when the register is broken or missing, and writes nothing', () => {
    const out = join(dir, 'broken.svg');
    let result = cli('badge', 'X-1', '--feed', 'test/fixtures/cli/truncated.json', '--out', out);
    assert.equal(result.code, 1);
    assert.match(result.err, /✗ Cannot verify award X-1: The feed at test\/fixtures\/cli\/truncated.json is not valid JSON/);
    result = cli('badge', 'X-1', '--feed', join(dir, 'no-such-register.json'), '--out', out);
    assert.equal(result.code, 1);
    assert.match(result.err, /could not be read/);
    assert.equal(existsSync(out), false);
  });

  it('says it cannot verify an award whose own record is malformed', () => {
    const feed = join(dir, 'malformed.json');
    writeFileSync(
      feed,
      JSON.stringify({
        version: 1,
        publisher: { name: 'Register' },
        awards: [{ id: 'BAD-1', holder: { name: 'A school' }, stream: 'school', status: 'awarded', awarded: 'last May' }],
      }),
    );
    const { code, err } = cli('badge', 'BAD-1', '--feed', feed);
    assert.equal(code, 1);
    assert.match(err, /Cannot verify award "BAD-1": its record .* is malformed/);
  });

  it('escapes feed text, so a holder name cannot put markup in the SVG', () => {
    const feed = join(dir, 'evil.json');
    writeFileSync(
      feed,
      JSON.stringify({
        version: 1,
        publisher: { name: 'Register', url: 'https://register.example/' },
        awards: [
          { id: 'E-1', holder: { name: '</text><script>alert(1)</script>' }, stream: 'school', status: 'awarded', awarded: '2025-01-01' },
        ],
      }),
    );
    const { code, out } = cli('badge', 'E-1', '--feed', feed, '--date', '2026-01-01');
    assert.equal(code, 0);
    assert.doesNotMatch(out, /<script>/);
    assert.match(out, /&lt;\/text&gt;&lt;script&gt;/);
    assert.match(out, /Verified by register.example/);
  });

  it('explains its usage when the register is missing', () => {
    const { code, err } = cli('badge', 'X-1');
    assert.equal(code, 2);
    assert.match(err, /Give the award id and the register/);
  });

  it('reads the register from a URL and names that host', async () => {
    const server = createServer((_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(readFileSync('demo/feed.json'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const result = await new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'badge', 'FOS-2025-0027', '--feed', `http://127.0.0.1:${port}/register.json`, '--date', '2026-11-26']);
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('close', (code) => resolve({ code, out }));
      });
      assert.equal(result.code, 0);
      assert.match(result.out, new RegExp(`Verified by 127.0.0.1:${port}`));
    } finally {
      server.close();
    }
  });

  it('runs from the built package with plain Node', () => {
    assert.ok(existsSync('dist/cli.js'), 'dist/cli.js is missing: run npm run build first (npm test does)');
    const out = join(dir, 'built.svg');
    const result = spawnSync(process.execPath, ['bin/sanctuary-widgets.js', 'badge', 'TOS-2024-0015', '--feed', 'demo/feed.json', '--out', out, '--date', '2026-11-26'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(out, 'utf8'), /Cambridge Junction/);
  });
});
