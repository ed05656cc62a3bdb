// Each widget checks only its own collection, so its file carries only that collection's validation rules (and the
// publisher's): the messages of other collections' checks are the tell. Needs a built dist/ (`npm test` builds).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { closure } from '../../scripts/sizes.ts';

// A message only that collection's rules carry.
const ONLY_IN: Record<string, string> = {
  events: 'cannot be given together with count: use one or the other',
  supporters: 'must be a year (2019) or a date (2019-05-01)',
  awards: 'must not be before the award date',
};
const READS: Record<string, string> = {
  'event-list': 'events',
  'resource-finder': 'resources',
  'supporter-wall': 'supporters',
  'award-badge': 'awards',
};

describe('the validation rules in each widget’s file', () => {
  for (const [widget, own] of Object.entries(READS)) {
    it(`dist/${widget}.js carries the rules for ${own} and no other collection's`, () => {
      const code = [...closure('dist', `${widget}.js`)].map((file) => readFileSync(`dist/${file}`, 'utf8')).join('\n');
      for (const [collection, message] of Object.entries(ONLY_IN)) {
        assert.equal(code.includes(message), collection === own, `${collection} rules in dist/${widget}.js`);
      }
    });
  }
});
