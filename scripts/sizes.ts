// The gzip size of every dist entry against its budget: the all-in-one bundle under 32 KB, each widget entry (Lit
// and validation included) under 20 KB. Used by `npm run size` (run in CI) and by `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB: Record<string, number> = { 'sanctuary-widgets': 32, cli: Infinity };
const WIDGET_BUDGET_KB = 20;

export interface SizeRow {
  name: string;
  value: number;
  unit: 'KB';
  budget?: number;
}

export function distSizes(dir = 'dist'): SizeRow[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const budget = BUDGET_KB[file.replace(/\.js$/, '')] ?? WIDGET_BUDGET_KB;
      return {
        name: `dist/${file} (gzip -9)`,
        value: Math.round((gzipSync(readFileSync(`${dir}/${file}`), { level: 9 }).length / 1024) * 10) / 10,
        unit: 'KB' as const,
        budget: Number.isFinite(budget) ? budget : undefined,
      };
    });
}

// `npm run size`: fails with the figures when an entry is over budget.
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = distSizes();
  for (const r of rows) console.log(`${r.name.padEnd(40)} ${String(r.value).padStart(6)} KB${r.budget ? `  (budget ${r.budget} KB)` : ''}`);
  const over = rows.filter((r) => r.budget !== undefined && r.value > r.budget);
  for (const r of over) console.error(`✗ ${r.name} is ${r.value} KB gzip, over its ${r.budget} KB budget.`);
  process.exitCode = over.length ? 1 : 0;
}
