// Runs the validation rules generated from the zod schema (./feed-rules.generated.ts) against feed data.
//
// Why not run zod itself in the page: zod/mini costs about 8 KB gzip in every widget, 40 % of a widget's budget.
// The contract uses a dozen of zod's parts, and this file does what those parts do — in the same order, with the
// same issues, aborting where zod aborts — in about 1 KB gzip. test/feed/rules.test.ts holds it to zod's
// results on random and broken feeds, so the two cannot drift apart.
import type { RawIssue } from '../issues.js';

/** A check run after a value's type is right, as zod runs a schema's `.check(…)` list. A check of the schema's own
 * gives the number of its sentence in ./rule-sentences.generated.ts, not the words (see RawIssue.sentence). */
export type Check =
  | { kind: 'trim' }
  | { kind: 'minLength'; minimum: number }
  | { kind: 'min' | 'max'; value: number }
  | { kind: 'integer' }
  | { kind: 'regex'; pattern: RegExp; sentence: number }
  | { kind: 'refine'; test: (value: never) => boolean; sentence: number; path?: string[] };

/** One node of the contract, as the generator writes it from the zod schema. */
export type Rule = { checks?: Check[] } & (
  | { type: 'string' | 'number' }
  | { type: 'enum'; values: readonly unknown[] }
  | { type: 'optional'; of: Rule }
  | { type: 'default'; of: Rule; value: unknown }
  | { type: 'array'; of: Rule }
  | { type: 'object'; shape: Record<string, Rule> }
  | { type: 'record'; key: Rule; of: Rule }
  | { type: 'union'; options: Rule[] }
);

/** A problem as zod reports it; `continue` marks one that lets later checks still run. */
type Issue = RawIssue & { continue?: boolean; issues?: Issue[] };

export type Validated = { success: true; data: unknown } | { success: false; issues: RawIssue[] };

/** Checks `value` against `rule`: the cleaned value (trimmed, defaults filled, unknown keys left out), or every
 * problem found. */
export function validate(rule: Rule, value: unknown): Validated {
  const issues: Issue[] = [];
  const data = run(rule, value, [], issues);
  return issues.length ? { success: false, issues } : { success: true, data };
}

// Written for a feed of thousands of events: one issue list and one path for the whole walk, and no result object
// per node, since that garbage cost more than the checks themselves.

/** True when a problem since `from` stops later checks: any that does not say it may continue, or, for length
 * checks (`explicitly`), one that says it may not. */
const isAborted = (issues: Issue[], from: number, explicitly = false) => {
  for (let i = from; i < issues.length; i++) {
    if (explicitly ? issues[i].continue === false : issues[i].continue !== true) return true;
  }
  return false;
};
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds a problem at `path` (the walk's current place, copied) plus `under`. */
function report(
  issues: Issue[],
  path: PropertyKey[],
  issue: Omit<Issue, 'path' | 'message'>,
  under: PropertyKey[] = [],
) {
  issues.push({ message: '', ...issue, path: [...path, ...under] });
}

function run(rule: Rule, input: unknown, path: PropertyKey[], issues: Issue[]): unknown {
  const from = issues.length;
  const value = parse(rule, input, path, issues);
  return rule.checks ? runChecks(rule.checks, value, path, issues, from) : value;
}

function parse(rule: Rule, input: unknown, path: PropertyKey[], issues: Issue[]): unknown {
  const wrongType = (expected: string) => {
    report(issues, path, { code: 'invalid_type', expected, input });
    return input;
  };
  switch (rule.type) {
    case 'string':
      return typeof input === 'string' ? input : wrongType('string');
    case 'number':
      return Number.isFinite(input) ? input : wrongType('number');
    case 'enum':
      if (!rule.values.includes(input)) report(issues, path, { code: 'invalid_value', values: rule.values, input });
      return input;
    case 'optional':
      return input === undefined ? input : run(rule.of, input, path, issues);
    case 'default': {
      if (input === undefined) return rule.value;
      const value = run(rule.of, input, path, issues);
      return value === undefined ? rule.value : value;
    }
    case 'array': {
      if (!Array.isArray(input)) return wrongType('array');
      const value = new Array<unknown>(input.length);
      for (let i = 0; i < input.length; i++) {
        path.push(i);
        value[i] = run(rule.of, input[i], path, issues);
        path.pop();
      }
      return value;
    }
    case 'object':
      return isObject(input) ? parseObject(rule.shape, input, path, issues) : wrongType('object');
    case 'record':
      return isPlainObject(input) ? parseRecord(rule.key, rule.of, input, path, issues) : wrongType('record');
    case 'union':
      return parseUnion(rule.options, input, path, issues);
  }
}

/** Known keys only, in the schema's order; a missing optional key stays missing, a missing default is filled. */
function parseObject(shape: Record<string, Rule>, input: Record<string, unknown>, path: PropertyKey[], issues: Issue[]) {
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const rule = shape[key];
    // Own keys only (zod also counts inherited ones): a page that adds `url` to Object.prototype changes no item.
    const present = Object.prototype.hasOwnProperty.call(input, key);
    if (!present && rule.type === 'optional') continue;
    const before = issues.length;
    path.push(key);
    const field = run(rule, present ? input[key] : undefined, path, issues);
    path.pop();
    if (!present && rule.type !== 'default') {
      if (issues.length === before) report(issues, path, { code: 'invalid_type', expected: 'nonoptional', input: undefined }, [key]);
      continue;
    }
    value[key] = field;
  }
  return value;
}

function parseRecord(keyRule: Rule, valueRule: Rule, input: Record<string, unknown>, path: PropertyKey[], issues: Issue[]) {
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    if (key === '__proto__') continue;
    const keyIssues: Issue[] = [];
    run(keyRule, key, [], keyIssues);
    if (keyIssues.length) {
      report(issues, path, { code: 'invalid_key', origin: 'record', issues: keyIssues, input: key }, [key]);
      continue;
    }
    path.push(key);
    value[key] = run(valueRule, input[key], path, issues);
    path.pop();
  }
  return value;
}

/** The first option that fits. When none does but only one failed on its checks rather than its type, its
 * problems are the useful ones ("must not be empty"); otherwise the problem is that no form fits. */
function parseUnion(options: Rule[], input: unknown, path: PropertyKey[], issues: Issue[]) {
  const tried: { value: unknown; issues: Issue[] }[] = [];
  for (const option of options) {
    const optionIssues: Issue[] = [];
    const value = run(option, input, [], optionIssues);
    if (!optionIssues.length) return value;
    tried.push({ value, issues: optionIssues });
  }
  const nearlyFit = tried.filter((option) => !isAborted(option.issues, 0));
  if (nearlyFit.length === 1) {
    for (const issue of nearlyFit[0].issues) issues.push({ ...issue, path: [...path, ...issue.path] });
    return nearlyFit[0].value;
  }
  report(issues, path, { code: 'invalid_union', input, errors: tried.map((option) => option.issues) });
  return input;
}

/** zod runs a value's checks in order, skipping them once a problem stops it — except length checks, which still
 * run on anything with a length. `from` is where this value's own problems start in `issues`. */
function runChecks(checks: Check[], value: unknown, path: PropertyKey[], issues: Issue[], from: number): unknown {
  let aborted = isAborted(issues, from);
  for (const check of checks) {
    if (check.kind === 'minLength') {
      if ((value as { length?: unknown } | null | undefined)?.length === undefined) continue;
      if (isAborted(issues, from, true)) continue;
    } else if (aborted) continue;
    if (check.kind === 'trim') {
      value = (value as string).trim();
      continue;
    }
    const failure = checkFailure(check, value as never);
    if (!failure) continue;
    const { under, ...issue } = failure;
    report(issues, path, { input: value, continue: true, ...issue }, under);
    if (issue.continue === false) aborted = true;
  }
  return value;
}

type Failure = Omit<Issue, 'path' | 'message' | 'input'> & { under?: PropertyKey[] };

function checkFailure(check: Exclude<Check, { kind: 'trim' }>, value: never): Failure | undefined {
  switch (check.kind) {
    case 'minLength': {
      // Code points, as zod counts them; counting is only needed when the UTF-16 length leaves it in doubt.
      const units = (value as string).length;
      const length = typeof value === 'string' && units < check.minimum * 2 ? [...(value as string)].length : units;
      return length >= check.minimum
        ? undefined
        : { code: 'too_small', origin: typeof value === 'string' ? 'string' : 'array', minimum: check.minimum };
    }
    case 'min':
      return value >= check.value ? undefined : { code: 'too_small', origin: 'number', minimum: check.value };
    case 'max':
      return value <= check.value ? undefined : { code: 'too_big', origin: 'number', maximum: check.value };
    case 'integer':
      if (!Number.isInteger(value)) return { code: 'invalid_type', expected: 'int', continue: false };
      return Number.isSafeInteger(value)
        ? undefined
        : value > 0
          ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER }
          : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER };
    case 'regex':
      return check.pattern.test(value) ? undefined : { code: 'invalid_format', sentence: check.sentence };
    case 'refine':
      return check.test(value) ? undefined : { code: 'custom', sentence: check.sentence, under: check.path };
  }
}

/** A plain object, as zod's records require: not an array, not a class instance such as a Date. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
}
