// What a partner's visitors download, in gzip bytes, against the budgets: each widget's own file (Lit and validation
// included) under 20 KB; the all-in-one bundle under 32 KB. The all-in-one loads each widget's code when the page
// first has that widget, so it is measured as what loads with it at once, and as what a page with one widget loads
// in all. Every file counts with the chunks it imports; languages other than English are counted apart, since only
// readers of that language fetch them. Used by `npm run size` and by `npm run bench`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const ALL_IN_ONE = 'sanctuary-widgets';
const ALL_IN_ONE_BUDGET_KB = 32;
const WIDGET_BUDGET_KB = 20;
const WIDGETS: Record<string, string> = {
  'sanctuary-event-list': 'event-list',
  'sanctuary-resource-finder': 'resource-finder',
  'sanctuary-supporter-wall': 'supporter-wall',
  'sanctuary-award-badge': 'award-badge',
};

export interface SizeRow {
  name: string;
  value: number;
  unit: 'KB';
  budget?: number;
  note?: string;
}

/** Rounded up to 0.1 KB, so a figure shown within its budget is within it to the byte. */
const kb = (bytes: number) => Math.ceil((bytes / 1024) * 10) / 10;

/** The files a module pulls in: static imports only (`import()` is loaded later, if ever). */
function staticImports(dir: string, file: string): string[] {
  const code = readFileSync(`${dir}/${file}`, 'utf8');
  const found = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'`](\.\/[^"'`]+)["'`]/g)].map((m) => m[1]);
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return found.map((spec) => new URL(spec, `file:///${base}`).pathname.slice(1));
}

/** A file and everything it statically imports, transitively. */
export function closure(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(`${dir}/${file}`)) return seen;
  seen.add(file);
  for (const next of staticImports(dir, file)) closure(dir, next, seen);
  return seen;
}

/** Each file is compressed on its own, as a browser fetches it. */
const gzipped = (dir: string, files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(`${dir}/${file}`), { level: 9 }).length, 0);

/** The widget chunk the all-in-one imports for `tag`, found from its `import('./chunks/define-….js')` calls. */
export function lazyChunkFor(dir: string, tag: string): string | undefined {
  const code = readFileSync(`${dir}/${ALL_IN_ONE}.js`, 'utf8');
  const chunks = [...code.matchAll(/import\(["'`](\.\/chunks\/[^"'`]+)["'`]\)/g)].map((m) => m[1].slice(2));
  return chunks.find((chunk) => readFileSync(`${dir}/${chunk}`, 'utf8').includes(tag));
}

export function distSizes(dir = 'dist'): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const widget of Object.values(WIDGETS)) {
    if (!existsSync(`${dir}/${widget}.js`)) continue;
    rows.push({ name: `dist/${widget}.js`, value: kb(gzipped(dir, closure(dir, `${widget}.js`))), unit: 'KB', budget: WIDGET_BUDGET_KB });
  }
  if (existsSync(`${dir}/${ALL_IN_ONE}.js`)) {
    const initial = closure(dir, `${ALL_IN_ONE}.js`);
    rows.push({ name: `dist/${ALL_IN_ONE}.js, loaded at once`, value: kb(gzipped(dir, initial)), unit: 'KB', budget: ALL_IN_ONE_BUDGET_KB });
    for (const [tag, widget] of Object.entries(WIDGETS)) {
      const chunk = lazyChunkFor(dir, tag);
      if (!chunk) continue;
      const files = closure(dir, chunk, new Set(initial));
      rows.push({
        name: `dist/${ALL_IN_ONE}.js on a page with ${widget}`,
        value: kb(gzipped(dir, files)),
        unit: 'KB',
        budget: ALL_IN_ONE_BUDGET_KB,
      });
    }
  }
  const languages = readdirSync(`${dir}/chunks`).filter((f) => /^[a-z]{2,3}-[\w-]{8}\.js$/.test(f));
  for (const file of languages) {
    rows.push({ name: `dist/chunks/${file.replace(/-[\w-]+\.js$/, '')}-….js (UI language, when needed)`, value: kb(gzipped(`${dir}/chunks`, [file])), unit: 'KB' });
  }
  return rows;
}

/** Files still over their budget, each held at a ceiling (its size when the entry was written) so that it cannot
 * grow while its issue settles how it is to fit. `npm run size` names such a file as over budget and fails only
 * above the ceiling. This is not a budget: delete the entry as soon as the file fits its own. */
export const HELD: Record<string, { ceiling: number; issue: string }> = {
  'dist/event-list.js': { ceiling: 23.7, issue: '#3' },
};

// `npm run size` (run by `npm test`): fails with the figures when anything is over budget, or a held file over its
// ceiling.
if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = distSizes();
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`${r.name.padEnd(width)} ${String(r.value).padStart(6)} KB gzip${r.budget ? `  (budget ${r.budget} KB)` : ''}`);
  let failed = false;
  for (const r of rows.filter((row) => row.budget !== undefined && row.value > row.budget)) {
    const held = HELD[r.name];
    const within = held !== undefined && r.value <= held.ceiling;
    failed ||= !within;
    console.error(
      `${within ? '!' : '✗'} ${r.name} is ${r.value} KB gzip, over its ${r.budget} KB budget` +
        (held ? `; held at ${held.ceiling} KB until issue ${held.issue} settles it${within ? '' : ', and now over that too'}.` : '.'),
    );
  }
  process.exitCode = failed ? 1 : 0;
}
