// A page pays only for the widgets it has: each widget's file carries its own English strings and the shared ones,
// never another widget's, and the all-in-one bundle fetches a widget's strings with that widget's code. Needs a
// built dist/ (`npm run build`; `npm test` does).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { closure, lazyChunkFor } from '../../scripts/sizes.ts';
import { awardBadgeStrings } from '../../src/award-badge/award-badge.strings.ts';
import { eventListStrings } from '../../src/event-list/event-list.strings.ts';
import { resourceFinderStrings } from '../../src/resource-finder/resource-finder.strings.ts';
import { sharedStrings } from '../../src/shared/locale/en.ts';
import type { Catalogue } from '../../src/shared/locale/format.ts';
import { supporterWallStrings } from '../../src/supporter-wall/supporter-wall.strings.ts';

const STRINGS: Record<string, Catalogue> = {
  'event-list': eventListStrings,
  'resource-finder': resourceFinderStrings,
  'supporter-wall': supporterWallStrings,
  'award-badge': awardBadgeStrings,
};

/** The code a page loads at once with `file`: the file and what it imports statically (not the languages). */
const codeOf = (files: Iterable<string>) => [...files].map((file) => readFileSync(`dist/${file}`, 'utf8')).join('\n');

/** True when `code` has `text` as a whole string literal (the minifier quotes with ", ' or `). */
const hasLiteral = (code: string, text: string) => ['"', "'", '`'].some((quote) => code.includes(quote + text + quote));

const texts = (strings: Catalogue) => Object.values(strings).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));

/** Another widget's English strings that `code` holds: its keys, and its texts that no string of `widget` (nor a
 * shared one) also has ("Sport" is both a topic and a sector). */
function otherWidgetsStrings(code: string, widget: string): string[] {
  const ours = new Set(texts({ ...sharedStrings, ...STRINGS[widget] }));
  return Object.entries(STRINGS)
    .filter(([other]) => other !== widget)
    .flatMap(([, strings]) => [...Object.keys(strings), ...texts(strings).filter((text) => !ours.has(text))])
    .filter((found) => hasLiteral(code, found));
}

describe('the strings in each widget’s file', () => {
  before(() => assert.ok(existsSync('dist/sanctuary-widgets.js'), 'dist/ is missing: run `npm run build` first'));

  for (const [widget, strings] of Object.entries(STRINGS)) {
    it(`dist/${widget}.js carries the ${widget.replace('-', ' ')}’s English strings and the shared ones, and no other widget’s`, () => {
      const code = codeOf(closure('dist', `${widget}.js`));
      const missing = Object.keys({ ...sharedStrings, ...strings }).filter((key) => !hasLiteral(code, key));
      assert.deepEqual(missing, [], `dist/${widget}.js lacks its own strings`);
      assert.deepEqual(otherWidgetsStrings(code, widget), [], `dist/${widget}.js carries another widget’s strings`);
    });
  }

  it('the all-in-one bundle loads no widget’s strings until the page has that widget, and then only that one’s', () => {
    const initial = closure('dist', 'sanctuary-widgets.js');
    const atOnce = codeOf(initial);
    const anyWidgetKey = Object.values(STRINGS).flatMap((strings) => Object.keys(strings));
    assert.deepEqual(anyWidgetKey.filter((key) => hasLiteral(atOnce, key)), []);
    for (const widget of Object.keys(STRINGS)) {
      const chunk = lazyChunkFor('dist', `sanctuary-${widget}`);
      assert.ok(chunk, `no chunk of the all-in-one bundle defines <sanctuary-${widget}>`);
      const withWidget = [...closure('dist', chunk, new Set(initial))].filter((file) => !initial.has(file));
      assert.deepEqual(otherWidgetsStrings(codeOf(withWidget), widget), [], `${chunk} carries another widget’s strings`);
    }
  });
});
