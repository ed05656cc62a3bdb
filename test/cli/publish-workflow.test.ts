// The example GitHub Actions workflow in docs/examples/publish-feed.yml, run as written: each `run:` step of the
// build job in bash, with the workflow's own env variables pointed at local stand-ins (a calendar file served
// on 127.0.0.1, the WordPress stand-in, a fixture feed) and `sanctuary-widgets` on the PATH as this checkout.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { validFeed } from './run-cli.js';
import { startWordpress } from './wordpress-server.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  'continue-on-error'?: boolean;
}

const workflow = parse(readFileSync('docs/examples/publish-feed.yml', 'utf8')) as {
  env: Record<string, string>;
  jobs: { build: { steps: Step[] } };
};

/** A folder with a `sanctuary-widgets` command that runs this checkout's CLI, like the installed package. */
function toolsOnPath(): string {
  const bin = mkdtempSync(join(tmpdir(), 'sw-bin-'));
  const tsx = import.meta.resolve('tsx');
  writeFileSync(join(bin, 'sanctuary-widgets'), `#!/bin/sh\nexec "${process.execPath}" --import "${tsx}" "${resolve('src/cli/bin.ts')}" "$@"\n`);
  chmodSync(join(bin, 'sanctuary-widgets'), 0o755);
  return bin;
}

/** Runs the build job's steps as GitHub would (bash -e -o pipefail), skipping the install step and `uses:` steps. */
async function runWorkflow(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-workflow-'));
  const bin = toolsOnPath();
  const results: { name: string; code: number | null; err: string }[] = [];
  for (const step of workflow.jobs.build.steps) {
    if (!step.run || step.id === 'install') continue;
    const condition = /^env\.(\w+) != ''$/.exec(step.if ?? '');
    if (condition && !env[condition[1]]) continue;
    const result = await new Promise<{ code: number | null; err: string }>((done) => {
      const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', step.run!], { cwd: dir, env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}` } });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) => done({ code, err }));
    });
    results.push({ name: step.name ?? step.run, ...result });
    if (result.code !== 0 && !step['continue-on-error']) break;
  }
  return { dir, results };
}

describe('the example publishing workflow', () => {
  let wordpress: { url: string; server: Server };
  let calendar: Server;
  let calendarUrl: string;
  before(async () => {
    wordpress = await startWordpress();
    calendar = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/calendar');
      res.end(readFileSync('test/fixtures/ics/thunderbird.ics'));
    });
    await new Promise<void>((done) => calendar.listen(0, '127.0.0.1', done));
    calendarUrl = `http://127.0.0.1:${(calendar.address() as { port: number }).port}/basic.ics`;
  });
  after(() => {
    wordpress.server.close();
    calendar.close();
  });

  it('uses the env variables the test replaces', () => {
    assert.deepEqual(Object.keys(workflow.env).sort(), ['CALENDAR_URL', 'GROUP_NAME', 'OTHER_FEEDS', 'WORDPRESS_SITE']);
  });

  it('builds a valid feed from a calendar, a WordPress site and another group, ready for GitHub Pages', async () => {
    const { dir, results } = await runWorkflow({
      CALENDAR_URL: calendarUrl,
      WORDPRESS_SITE: `${wordpress.url}/good`,
      OTHER_FEEDS: resolve('test/fixtures/merge/peterborough.json'),
      GROUP_NAME: 'Sheffield City of Sanctuary',
    });
    for (const r of results) assert.equal(r.code, 0, `${r.name}\n${r.err}`);
    assert.deepEqual(results.map((r) => r.name), ['Events from our calendar', 'Events from our WordPress site', 'One feed from everything']);
    const feed = validFeed(readFileSync(join(dir, 'site/feed.json'), 'utf8'));
    assert.equal(feed.publisher.name, 'Sheffield City of Sanctuary');
    const from = new Set(feed.events.map((e) => e.source?.name));
    assert.deepEqual([...from].sort(), ['Peterborough City of Sanctuary', 'Sheffield City of Sanctuary']);
    assert.ok(feed.events.some((e) => e.title === 'Football for all' && e.recurrence));
    assert.ok(feed.events.some((e) => e.title === 'Quiz night'));
  });

  it('still publishes the other sources when the calendar is down', async () => {
    const { dir, results } = await runWorkflow({
      CALENDAR_URL: `${wordpress.url}/nowp/calendar.ics`,
      WORDPRESS_SITE: `${wordpress.url}/good`,
      OTHER_FEEDS: '',
      GROUP_NAME: 'Sheffield City of Sanctuary',
    });
    assert.notEqual(results[0].code, 0);
    assert.equal(results.at(-1)!.code, 0, results.at(-1)!.err);
    assert.ok(existsSync(join(dir, 'site/feed.json')));
    assert.equal(validFeed(readFileSync(join(dir, 'site/feed.json'), 'utf8')).events.length, 5);
  });

  it('publishes nothing when no source can be read, so the last good feed stays up', async () => {
    const { results } = await runWorkflow({
      CALENDAR_URL: `${wordpress.url}/nowp/calendar.ics`,
      WORDPRESS_SITE: `${wordpress.url}/noplugin`,
      OTHER_FEEDS: '',
      GROUP_NAME: 'Sheffield City of Sanctuary',
    });
    assert.notEqual(results.at(-1)!.code, 0);
  });
});

