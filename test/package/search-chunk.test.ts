// The resource finder's first view (every resource, with facet counts) needs no search engine: MiniSearch comes in a
// chunk of its own, fetched once the feed is ready, and neither the finder's file nor what the all-in-one bundle
// loads with the finder carries it. Needs a built dist/ (`npm run build`; `npm test` does).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { closure, lazyChunkFor } from '../../scripts/sizes.ts';

/** Text only MiniSearch's own code holds: the start of its error messages. */
const MINISEARCH = 'MiniSearch: ';

const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');

/** The chunk `file` loads with `import()` for the search index. */
function searchChunkOf(file: string): string | undefined {
  const spec = read(file).match(/import\(["'`](\.\.?\/(?:chunks\/)?search-index-[\w-]+\.js)["'`]\)/)?.[1];
  return spec && new URL(spec, `file:///${file}`).pathname.slice(1);
}

describe('MiniSearch in the built files', () => {
  before(() => assert.ok(existsSync('dist/resource-finder.js'), 'dist/ is missing: run `npm run build` first'));

  it('is not in dist/resource-finder.js nor anything it imports at once, but in a chunk it loads on demand', () => {
    const initial = [...closure('dist', 'resource-finder.js')];
    assert.deepEqual(initial.filter((file) => read(file).includes(MINISEARCH)), []);
    const chunk = searchChunkOf('resource-finder.js');
    assert.ok(chunk, 'dist/resource-finder.js has no import() of a search-index chunk');
    assert.match(chunk, /^chunks\//);
    assert.ok(read(chunk).includes(MINISEARCH), `${chunk} does not hold MiniSearch`);
  });

  it('is not loaded with the finder’s code by the all-in-one bundle, only on demand after it', () => {
    const initial = closure('dist', 'sanctuary-widgets.js');
    const define = lazyChunkFor('dist', 'sanctuary-resource-finder');
    assert.ok(define, 'no chunk of the all-in-one bundle defines <sanctuary-resource-finder>');
    const withFinder = [...closure('dist', define, new Set(initial))];
    assert.deepEqual(withFinder.filter((file) => read(file).includes(MINISEARCH)), []);
    const chunk = withFinder.map(searchChunkOf).find(Boolean);
    assert.ok(chunk && read(chunk).includes(MINISEARCH), 'the finder’s code in the all-in-one loads no chunk with MiniSearch');
  });
});
