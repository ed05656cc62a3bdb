// Resource finder: index build and per-keystroke latency at 500 and 5,000 resources, beside Fuse.js and a naive
// substring filter on the same generated data (bench/resource-finder-data.ts).
import type { Bench, BenchRow } from './harness.ts';

interface Api {
  build(n: number): { finder: number; fuse: number; step: number };
  search(n: number): { minisearch: number; fuse: number; naive: number };
  keystroke(n: number): Promise<{ firstRender: number; median: number; p95: number; shown: number }>;
}
declare const bench: Api;

const round = (v: number) => Math.round(v * 100) / 100;

const run: Bench = async ({ newPage, url }) => {
  const page = await newPage();
  await page.goto(url('/bench/resource-finder.html'));
  await page.waitForFunction('window.benchReady === true', { timeout: 60_000 });
  const rows: BenchRow[] = [];
  for (const n of [500, 5000]) {
    const label = n.toLocaleString('en-GB');
    const built = await page.evaluate((count) => bench.build(count), n);
    rows.push(
      { name: `resource-finder index build, ${label} resources`, value: round(built.finder), unit: 'ms', budget: 150, note: 'MiniSearch + facets, all at once, median of 7' },
      { name: `  longest idle-time indexing step, ${label}`, value: round(built.step), unit: 'ms', budget: 50, note: '150 resources a step, as the widget indexes' },
      { name: `  Fuse.js index build, ${label}`, value: round(built.fuse), unit: 'ms', note: 'comparison' },
    );
    const keys = await page.evaluate((count) => bench.keystroke(count), n);
    rows.push({
      name: `resource-finder first render, ${label}`,
      value: round(keys.firstRender),
      unit: 'ms',
      note: 'feed object set → facets and first page laid out; parsing included',
    });
    rows.push({
      name: `resource-finder keystroke → updated DOM, ${label}`,
      value: round(keys.median),
      unit: 'ms',
      budget: 16,
      note: `median of 3 × 39 keystrokes; p95 ${round(keys.p95)} ms; first page of ${keys.shown} rendered`,
    });
    const search = await page.evaluate((count) => bench.search(count), n);
    rows.push(
      { name: `  MiniSearch search only, ${label}`, value: round(search.minisearch), unit: 'ms', note: 'per keystroke, median' },
      { name: `  Fuse.js search only, ${label}`, value: round(search.fuse), unit: 'ms', note: 'per keystroke, median' },
      { name: `  naive substring filter, ${label}`, value: round(search.naive), unit: 'ms', note: 'per keystroke; no ranking, typos or prefixes of later words' },
    );
  }
  await page.close();
  return rows;
};

export default run;
