// Turns validation failures into sentences a volunteer editing a spreadsheet can act on: which item, which field,
// what was wrong, with the JSON path for those who want it. The widgets load this on demand, only for a feed with
// problems to report (see FeedController); ./parse.ts uses it at once for the synchronous API.
import type { CollectionName } from './contract.js';
import { fieldPath, isRecorded, problemIssue, type FeedProblem } from './check-feed.js';
import { jsonPath, showValue } from './message-parts.js';
import { RULE_SENTENCES } from './rules/rule-sentences.generated.js';

export { jsonPath, showValue };

/** One problem found in a feed. Items with an `error` were dropped; the rest of the feed was kept. */
export interface FeedIssue {
  /** JSON path of the field, e.g. `$.events[3].start`. */
  path: string;
  /** Plain-English sentence naming the item and the field. */
  message: string;
  /** The collection the item was in, when the problem is inside an item. */
  collection?: CollectionName;
  /** Position of the item in its collection (0-based). */
  index?: number;
  /** The item's id, when it has a readable one. */
  id?: string;
  /** The feed URL (or "inline feed") the problem was found in. */
  source: string;
}

/** The parts of a zod issue that we read; kept structural so src/feed does not depend on zod's internals. */
export interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  errors?: RawIssue[][];
  /** Why a record's key was refused (code `invalid_key`). */
  issues?: RawIssue[];
  /** Set by the feed rules the widgets run (./rules/) in place of `message`: the number of the check's sentence,
   * whose words only this module loads. */
  sentence?: number;
}

const SINGULAR: Record<CollectionName, string> = {
  events: 'Event',
  resources: 'Resource',
  supporters: 'Supporter',
  awards: 'Award',
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  record: 'an object',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** A check's own words: its message, or the sentence the rules name by number. */
const wordsOf = (issue: RawIssue) => (issue.sentence === undefined ? issue.message : RULE_SENTENCES[issue.sentence]);

/** What went wrong, as the second half of a sentence ("start must be …"). */
export function describeProblem(issue: RawIssue): string {
  if (issue.input === undefined && issue.code !== 'custom') return 'is required but missing';
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${EXPECTED[issue.expected ?? ''] ?? issue.expected} but is ${showValue(issue.input)}`;
    case 'invalid_value':
      return `is ${showValue(issue.input)}; it must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      const forms = [...new Set((issue.errors ?? []).map((e) => e[0]?.expected).filter(Boolean))].map(
        (f) => (f === 'record' ? 'translations like { "en": "…", "ar": "…" }' : (EXPECTED[f!] ?? f)),
      );
      return forms.length
        ? `should be ${forms.join(' or ')} but is ${showValue(issue.input)}`
        : `is ${showValue(issue.input)}, which is not a form this field accepts`;
    }
    case 'invalid_key': {
      const why = issue.issues?.[0];
      return `${(why && wordsOf(why)) ?? 'is not a key this field accepts'} (the key is ${showValue(issue.input)})`;
    }
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      // Our own refinements' words ("must not be before the start").
      return issue.input === undefined || typeof issue.input === 'object'
        ? wordsOf(issue)
        : `${wordsOf(issue)} (it is ${showValue(issue.input)})`;
  }
}

/** The item's label for a message: `Event 4 "Welcome café" (id cafe-1)`. */
export function itemLabel(collection: CollectionName, index: number, item: unknown): string {
  const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
  const name = [record.title, record.name, (record.holder as Record<string, unknown> | undefined)?.name].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  const id = typeof record.id === 'string' && record.id !== '' ? record.id : undefined;
  return [`${SINGULAR[collection]} ${index + 1}`, name && `"${name}"`, id && `(id ${id})`].filter(Boolean).join(' ');
}

/** One sentence for one field of one item, which is dropped. */
export function itemIssue(
  source: string,
  collection: CollectionName,
  index: number,
  item: unknown,
  raw: RawIssue,
): FeedIssue {
  return wordProblem({ source, collection, index, item, raw });
}

/** A recorded problem (see ./check-feed.ts) in words. */
export function wordProblem(problem: FeedProblem): FeedIssue {
  if (!('raw' in problem)) {
    const name = problem.collection;
    const found = showValue(problem.notList);
    return problemIssue(problem, `"${name}" should be a list ([ … ]) but is ${found}, so no ${name} were read.`);
  }
  const { collection, index, item, raw, first } = problem;
  const field = fieldPath(raw);
  // The field's path within the item: `location.name`, or `["odd key"]` should a key need quoting.
  const what = field.length ? jsonPath(field).slice(1).replace(/^\./, '') : 'the item';
  const wrong =
    first === undefined ? describeProblem(raw) : `is the same as item ${first + 1}'s, so only the first is kept`;
  return problemIssue(problem, `${itemLabel(collection, index, item)} was left out: ${what} ${wrong}.`);
}

/** Every problem in words, in the order given; those already in words are kept as they are. */
export const describeProblems = (problems: readonly (FeedProblem | FeedIssue)[]): FeedIssue[] =>
  problems.map((problem) => (isRecorded(problem) ? wordProblem(problem) : problem));
