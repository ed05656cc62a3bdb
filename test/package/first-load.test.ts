// What a page downloads before any widget's code runs: each built file is one request. A widget's own file imports no
// chunk at once (code it may need comes with import()), and neither does the all-in-one bundle, which fetches each
// widget's code on demand. Rolldown splits code shared with on-demand chunks into a chunk of its own when their
// imports differ in shape (it did so for the feed checker once), which no size budget would catch: a page would then
// make two requests where one will do. Needs a built dist/ (`npm run build`; `npm test` does).
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { closure } from '../../scripts/sizes.ts';

const FILES = ['sanctuary-widgets.js', 'event-list.js', 'resource-finder.js', 'supporter-wall.js', 'award-badge.js'];

describe('the built files, at first load', () => {
  before(() => assert.ok(existsSync('dist/sanctuary-widgets.js'), 'dist/ is missing: run `npm run build` first'));

  for (const file of FILES) {
    it(`dist/${file} imports nothing at once`, () => {
      assert.deepEqual([...closure('dist', file)], [file]);
    });
  }
});
