// <sanctuary-supporter-wall>: first render of a small and a very large wall, and how many logos a 3,000-supporter
// wall fetches before the reader scrolls (lazy loading must keep that to the tiles in or near the screen).
import { median, type Bench, type BenchRow } from './harness.ts';

declare global {
  interface Window {
    benchReady?: boolean;
    renderWall(n: number, attributes?: Record<string, string>): Promise<{ ms: number; tiles: number }>;
    logoRequests(): number;
  }
}

// Budgets leave room for a shared, busy 2-core CI machine; on a quiet laptop the figures are about half.
const RUNS = 5;

const bench: Bench = async ({ newPage, url }) => {
  const rows: BenchRow[] = [];

  for (const [n, budget, attributes] of [
    [100, 150, {}],
    [3000, 1500, {}],
    [3000, 400, { limit: '60' }],
  ] as const) {
    const page = await newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url('/bench/supporter-wall.html'));
    await page.waitForFunction(() => window.benchReady === true);
    const times: number[] = [];
    let tiles = 0;
    await page.evaluate((count, attrs) => window.renderWall(count, attrs), n, attributes); // warm-up
    for (let run = 0; run < RUNS; run++) {
      const result = await page.evaluate((count, attrs) => window.renderWall(count, attrs), n, attributes);
      times.push(result.ms);
      tiles = result.tiles;
    }
    const expected = 'limit' in attributes ? Number(attributes.limit) : n;
    if (tiles !== expected) throw new Error(`supporter-wall bench rendered ${tiles} tiles, expected ${expected}`);
    rows.push({
      name: `supporter-wall first render, ${n.toLocaleString('en-GB')} supporters${'limit' in attributes ? `, limit=${attributes.limit}` : ''}`,
      value: Math.round(median(times)),
      unit: 'ms',
      budget,
      note: `median of ${RUNS}, feed validation included`,
    });
    await page.close();
  }

  // A fresh page, so no logo is in the memory cache: count the logo requests of a 3,000-supporter wall at rest.
  const page = await newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setCacheEnabled(false);
  await page.goto(url('/bench/supporter-wall.html'));
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(() => window.renderWall(3000));
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const requests = await page.evaluate(() => window.logoRequests());
  const visible = await page.evaluate(() => {
    const root = document.querySelector('sanctuary-supporter-wall')!.shadowRoot!;
    return [...root.querySelectorAll('img')].filter((img) => img.getBoundingClientRect().top < innerHeight).length;
  });
  rows.push({
    name: 'supporter-wall logo requests before scrolling, 3,000 supporters',
    value: requests,
    unit: 'requests',
    budget: 60,
    note: `${visible} logos on screen at 1280×800; 2,000 logos in the feed`,
  });
  await page.close();
  return rows;
};

export default bench;
