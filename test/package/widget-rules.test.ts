// Each widget checks only its own collection, so its file carries only that collection's validation rules (and the
// publisher's), and none of the words of its checks: those come with the chunk that words problems, which a widget
// loads only for a feed with problems. Needs a built dist/ (`npm test` builds).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { closure } from '../../scripts/sizes.ts';
import { RULE_SENTENCES } from '../../src/feed/rules/rule-sentences.generated.ts';

// A field only that collection's rules have, as the minified rules write it.
const ONLY_IN: Record<string, string> = {
  events: 'cancelledDates:{type:',
  resources: 'sizeBytes:{type:',
  supporters: 'since:{type:',
  awards: 'holder:{type:',
};
// The words of every check: the rules' and the checker's own (an id used twice).
const WORDS = [...RULE_SENTENCES, 'so only the first is kept'];
const READS: Record<string, string> = {
  'event-list': 'events',
  'resource-finder': 'resources',
  'supporter-wall': 'supporters',
  'award-badge': 'awards',
};

const codeOf = (files: Iterable<string>) => [...files].map((file) => readFileSync(`dist/${file}`, 'utf8')).join('\n');

describe('the validation rules in each widget’s file', () => {
  for (const [widget, own] of Object.entries(READS)) {
    const files = closure('dist', `${widget}.js`);

    it(`dist/${widget}.js carries the rules for ${own} and no other collection's`, () => {
      const code = codeOf(files);
      for (const [collection, field] of Object.entries(ONLY_IN)) {
        assert.equal(code.includes(field), collection === own, `${collection} rules in dist/${widget}.js`);
      }
    });

    it(`dist/${widget}.js leaves the words of its checks to the chunk that words problems`, () => {
      const code = codeOf(files);
      const chunk = /chunks\/issues-chunk-[\w-]+\.js/.exec(code)?.[0];
      assert.ok(chunk, `dist/${widget}.js loads an issues chunk`);
      assert.ok(!files.has(chunk), 'the issues chunk is loaded on demand');
      const words = readFileSync(`dist/${chunk}`, 'utf8');
      for (const sentence of WORDS) {
        assert.ok(!code.includes(sentence), `"${sentence}" in dist/${widget}.js`);
        assert.ok(words.includes(sentence), `"${sentence}" in dist/${chunk}`);
      }
    });
  }
});
