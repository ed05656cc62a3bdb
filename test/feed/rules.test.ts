// The widgets check feeds with rules generated from the zod schema (src/feed/rules/), not with zod. These tests hold
// the two to the same answers — the same items kept, the same cleaned data, the same messages in the same order — on
// the sample feed and on thousands of random, mostly-nearly-right items made from the rules themselves. The rules
// carry their checks' sentences by number (the words are in ./rule-sentences.generated.ts), so the messages compared
// are the worded ones, as a feed maintainer reads them.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { COLLECTIONS, PublisherSchema } from '../../src/feed/schema.js';
import * as RULES from '../../src/feed/rules/feed-rules.generated.js';
import { validate, type Rule } from '../../src/feed/rules/validate.js';
import { describeProblem, jsonPath, type RawIssue } from '../../src/feed/issues.js';
import { RULE_SENTENCES } from '../../src/feed/rules/rule-sentences.generated.js';
import { rulesFrom } from '../../src/feed/rules/from-zod.js';

const PAIRS: [string, z.ZodMiniType, Rule][] = [
  ['publisher', PublisherSchema, RULES.publisher],
  ...Object.entries(COLLECTIONS).map(([name, schema]): [string, z.ZodMiniType, Rule] => [name, schema, RULES[name as keyof typeof COLLECTIONS]]),
];

/** What a feed maintainer sees of a result: kept or not, the cleaned item, and each problem's path and words. */
function outcome(result: { success: boolean; data?: unknown; issues?: RawIssue[] }) {
  return result.success
    ? { kept: JSON.stringify(result.data, (_, v) => (v === undefined ? '(undefined)' : v)) }
    : { problems: result.issues!.map((issue) => `${jsonPath(issue.path)} ${describeProblem(issue)}`) };
}
const byZod = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  return outcome(result.success ? result : { success: false, issues: result.error.issues as RawIssue[] });
};
const byRules = (rule: Rule, value: unknown) => outcome(validate(rule, value));

// Text that sits on the edges of the contract's checks.
const EDGY_TEXT = [
  '', ' ', '  x  ', 'Welcome café', '2026-03-07', '2026-02-30', '2026-03-07T18:30', '2026-03-07T24:00',
  '2026-03-07T18:30:00+01:00', '2026-03-07T18:30:00Z', '2026-03-08', '2027-01-01', '2019', 'Europe/London',
  'America/New_York', 'Mars/Olympus', 'weekly', 'monthly', 'daily', 'scheduled', 'cancelled', 'renewed', 'TU',
  '-1FR', '6MO', 'en', 'ar', 'en-GB', 'e', 'https://example.org', 'javascript:alert(1)', '<b>x</b>', '😀',
];
const KEYS = ['en', 'ar', 'cy-GB', 'x', 'not a tag', '', 'toString'];

/** Values shaped by `rule`: usually right, sometimes wrong in type, value or presence. With `wrong` false, each
 * part passes on its own (the item may still fail a check across fields, such as an end before its start). */
function near(rule: Rule, wrong = true, depth = 0): fc.Arbitrary<unknown> {
  const junk = fc.oneof(fc.constantFrom(null, 0, -1, 1.5, true, [], {}, 'x'), fc.jsonValue({ maxDepth: 1 }));
  const leaf = (edgy: fc.Arbitrary<unknown>) => {
    // Mostly values that pass, so whole items often pass too; which pass is for zod and the rules to agree on.
    const passing = edgy.filter((value) => validate(rule, value).success);
    return wrong ? fc.oneof({ weight: 12, arbitrary: passing }, { weight: 1, arbitrary: edgy }) : passing;
  };
  const right = ((): fc.Arbitrary<unknown> => {
    switch (rule.type) {
      case 'string':
        return leaf(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...EDGY_TEXT) }, { weight: 1, arbitrary: fc.string() }));
      case 'number':
        return leaf(fc.oneof(fc.integer({ min: -2, max: 60 }), fc.constantFrom(1.5, 2 ** 60, -(2 ** 60), Infinity, NaN)));
      case 'enum':
        return leaf(fc.oneof(fc.constantFrom(...rule.values), fc.constantFrom(...EDGY_TEXT)));
      case 'optional':
      case 'default':
        return fc.oneof(fc.constant(undefined), near(rule.of, wrong, depth));
      case 'array':
        return fc.array(near(rule.of, wrong, depth + 1), { maxLength: 3 });
      case 'union':
        return fc.oneof(...rule.options.map((option) => near(option, wrong, depth)));
      case 'record':
        return fc.dictionary(fc.constantFrom(...(wrong ? KEYS : KEYS.slice(0, 3))), near(rule.of, wrong, depth + 1), { maxKeys: 3 });
      case 'object': {
        const model = Object.fromEntries(Object.entries(rule.shape).map(([key, field]) => [key, near(field, wrong, depth + 1)]));
        const required = Object.entries(rule.shape)
          .filter(([, field]) => field.type !== 'optional' && field.type !== 'default')
          .map(([key]) => key);
        // Optional keys come and go; now and then a required key is missing or an unknown key comes along.
        return fc
          .tuple(
            fc.record(model, { requiredKeys: required }),
            wrong && required.length ? fc.option(fc.constantFrom(...required), { nil: undefined, freq: 12 }) : fc.constant(undefined),
            fc.option(fc.jsonValue({ maxDepth: 1 }), { nil: undefined, freq: 4 }), // unknown keys are dropped, not wrong
          )
          .map(([value, drop, extra]) => {
            const out: Record<string, unknown> = { ...value };
            if (drop !== undefined) delete out[drop];
            if (extra !== undefined) out.extra = extra;
            return out;
          });
      }
    }
  })();
  return !wrong || depth > 4 ? right : fc.oneof({ weight: 40, arbitrary: right }, { weight: 1, arbitrary: junk });
}

describe('feed rules generated from the zod schema', () => {
  it('are what the generator makes of the schema now (run `npm run build` after changing src/feed/schema.ts)', () => {
    const made = rulesFrom(Object.fromEntries(PAIRS.map(([name, schema]) => [name, schema])));
    const text = (rule: unknown) =>
      JSON.stringify(rule, (_, v) => (typeof v === 'function' ? v.name : v instanceof RegExp ? String(v) : v));
    for (const [name, , rule] of PAIRS) expect(text(rule), name).to.equal(text(made.rules[name]));
    expect(RULE_SENTENCES).to.deep.equal(made.sentences);
  });

  it('agree with zod on every item of the sample feed', async () => {
    const feed = await (await fetch('/demo/feed.json')).json();
    let compared = 0;
    for (const [name, schema, rule] of PAIRS) {
      const items = name === 'publisher' ? [feed.publisher] : (feed[name] ?? []);
      for (const item of items) {
        expect(byRules(rule, item), `${name} ${item.id}`).to.deep.equal(byZod(schema, item));
        compared++;
      }
    }
    expect(compared).to.be.greaterThan(100);
  });

  for (const [name, schema, rule] of PAIRS) {
    it(`agree with zod on random, mostly nearly right ${name}`, () => {
      let kept = 0;
      let dropped = 0;
      fc.assert(
        fc.property(fc.oneof(near(rule), near(rule, false)), (value) => {
          const expected = byZod(schema, value);
          expect(byRules(rule, value)).to.deep.equal(expected);
          if ('kept' in expected) kept++;
          else dropped++;
        }),
        { numRuns: 1500 },
      );
      // Both outcomes must be well represented, or the comparison proves little.
      expect(kept, 'items kept').to.be.greaterThan(20);
      expect(dropped, 'items dropped').to.be.greaterThan(200);
    });
  }

  it('read only an item’s own keys, so a page that adds fields to Object.prototype changes no item', () => {
    Object.defineProperty(Object.prototype, 'end', { value: 'not a date', enumerable: true, configurable: true });
    Object.defineProperty(Object.prototype, 'extra', { value: { type: 'string' }, enumerable: true, configurable: true });
    try {
      const result = validate(RULES.events, { id: 'a', title: 'Picnic', start: '2026-06-01' });
      expect(result.success).to.equal(true);
      expect(Object.keys((result as { data: object }).data)).to.not.include('end');
    } finally {
      delete (Object.prototype as Record<string, unknown>).end;
      delete (Object.prototype as Record<string, unknown>).extra;
    }
  });

  it('agree with zod on values that are not items at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const [, schema, rule] of PAIRS) expect(byRules(rule, value)).to.deep.equal(byZod(schema, value));
      }),
      { numRuns: 300 },
    );
  });
});
