// `npm run bench`: builds the library, reports the gzip size of every dist entry, then runs every
// bench/*.bench.ts in headless Chromium and prints one table. Exits non-zero when a figure is over its budget.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import type { Bench, BenchRow } from '../bench/harness.ts';
import { distSizes } from './sizes.ts';
// @ts-expect-error plain ESM helper without types
import { chromeArgs, chromePath } from './find-chrome.mjs';

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

const rows: BenchRow[] = distSizes();

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));

if (benches.length) {
  if (!chromePath) throw new Error('No Chromium found: set CHROME_PATH, or apt-get install chromium.');
  // Lit's production build, as partners get it: no dev-mode checks skewing the timings.
  const server = await createServer({
    mode: 'production',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
    resolve: { conditions: ['browser', 'production', 'module', 'import', 'default'] },
  });
  await server.listen();
  const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
  const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
  try {
    for (const file of benches) {
      const run = (await import(`../bench/${file}`)).default as Bench;
      console.log(`running bench/${file}…`);
      rows.push(...(await run({ newPage: () => browser.newPage(), url: (path) => `${base}${path}` })));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

const over = rows.filter((r) => r.budget !== undefined && r.value > r.budget);
const width = Math.max(...rows.map((r) => r.name.length));
console.log('\n' + 'benchmark'.padEnd(width) + '      value   budget');
for (const r of rows) {
  const value = `${r.value.toLocaleString('en-GB')} ${r.unit}`.padStart(12);
  const budget = r.budget === undefined ? '' : `${r.value > r.budget ? 'OVER' : 'ok  '} ≤ ${r.budget.toLocaleString('en-GB')} ${r.unit}`;
  console.log(`${r.name.padEnd(width)} ${value}   ${budget}${r.note ? `   (${r.note})` : ''}`);
}
if (over.length) {
  console.error(`\n${over.length} figure(s) over budget.`);
  process.exit(1);
}
