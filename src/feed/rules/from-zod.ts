// Turns the zod schema into the rules ./validate.ts runs, and writes them as a module (scripts/generate-rules.ts).
// It reads zod's schema definitions (`_zod.def`) and knows exactly the parts the contract uses: anything else stops
// the build with a message, rather than being checked loosely in the page. The sentences of the schema's own checks
// go to a table of their own, which the rules refer to by number: only the code that words problems
// (../issues.ts) needs them, and the widgets load that only for a feed with problems.
import type * as z from 'zod/mini';
import * as checks from '../checks.js';
import type { Check, Rule } from './validate.js';

type Def = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- zod's internal defs
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The name ./checks.ts exports each refinement under. */
const CHECK_NAMES = new Map<unknown, string>(Object.entries(checks).map(([name, fn]) => [fn, name]));

const messageOf = (def: Def) => (def.error?.({}) as string | undefined) ?? 'Invalid input';

/** The number of a check's sentence in `sentences`, added there when it is new. */
function sentenceOf(def: Def, sentences: string[]): number {
  const message = messageOf(def);
  const known = sentences.indexOf(message);
  return known >= 0 ? known : sentences.push(message) - 1;
}

function checkFrom(def: Def, sentences: string[]): Check {
  switch (def.check) {
    case 'overwrite':
      // z.trim() is the only rewrite the contract uses; make sure this one is it.
      if (def.tx(' a ') !== 'a' || def.tx('A') !== 'A') throw new Error('Only z.trim() can rewrite a value.');
      return { kind: 'trim' };
    case 'min_length':
      return { kind: 'minLength', minimum: def.minimum };
    case 'greater_than':
      if (!def.inclusive) throw new Error('Only inclusive minimums (z.gte) are supported.');
      return { kind: 'min', value: def.value };
    case 'less_than':
      if (!def.inclusive) throw new Error('Only inclusive maximums (z.lte) are supported.');
      return { kind: 'max', value: def.value };
    case 'number_format':
      if (def.format !== 'safeint') throw new Error(`Number format ${def.format} is not supported.`);
      return { kind: 'integer' };
    case 'string_format':
      if (def.format !== 'regex') throw new Error(`String format ${def.format} is not supported; use z.regex.`);
      return { kind: 'regex', pattern: def.pattern, sentence: sentenceOf(def, sentences) };
    case 'custom': {
      if (def.abort) throw new Error('Refinements that abort are not supported.');
      if (!CHECK_NAMES.has(def.fn)) throw new Error(`A refinement is not a named export of src/feed/checks.ts:\n${def.fn}`);
      const sentence = sentenceOf(def, sentences);
      return { kind: 'refine', test: def.fn, sentence, ...(def.path ? { path: def.path } : {}) };
    }
    default:
      throw new Error(`The ${def.check} check is not supported.`);
  }
}

/** The rules for zod schemas, and the sentences their checks refer to by number. */
export function rulesFrom<K extends string>(schemas: Record<K, z.ZodMiniType>) {
  const sentences: string[] = [];
  const rules = Object.entries<z.ZodMiniType>(schemas).map(([name, schema]) => [name, ruleFrom(schema, sentences)]);
  return { rules: Object.fromEntries(rules) as Record<K, Rule>, sentences };
}

/** The rule for one zod schema; its checks' sentences are added to `sentences`. */
function ruleFrom(schema: z.ZodMiniType, sentences: string[]): Rule {
  const def = defOf(schema);
  const ruleOf = (inner: z.ZodMiniType) => ruleFrom(inner, sentences);
  // z.int() is a number that is also its own first check.
  const own = def.check ? [checkFrom(def, sentences)] : [];
  const listed = ((def.checks ?? []) as unknown[]).map((check) => checkFrom(defOf(check), sentences));
  const all = [...own, ...listed];
  const withChecks = <R extends Rule>(rule: R): R => (all.length ? { ...rule, checks: all } : rule);
  switch (def.type) {
    case 'string':
    case 'number':
      return withChecks({ type: def.type });
    case 'enum':
      return withChecks({ type: 'enum', values: Object.values(def.entries) });
    case 'literal':
      return withChecks({ type: 'enum', values: def.values });
    case 'optional':
      return withChecks({ type: 'optional', of: ruleOf(def.innerType) });
    case 'default':
      return withChecks({ type: 'default', of: ruleOf(def.innerType), value: def.defaultValue });
    case 'array':
      return withChecks({ type: 'array', of: ruleOf(def.element) });
    case 'object':
      if (def.catchall) throw new Error('Objects with a catchall are not supported.');
      return withChecks({
        type: 'object',
        shape: Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodMiniType>).map(([k, v]) => [k, ruleOf(v)])),
      });
    case 'record':
      if (defOf(def.keyType).type !== 'string') throw new Error('Record keys must be strings.');
      return withChecks({ type: 'record', key: ruleOf(def.keyType), of: ruleOf(def.valueType) });
    case 'union':
      if (def.discriminator) throw new Error('Discriminated unions are not supported.');
      return withChecks({ type: 'union', options: (def.options as z.ZodMiniType[]).map(ruleOf) });
    default:
      throw new Error(`zod's ${def.type} is not supported by src/feed/rules/validate.ts.`);
  }
}

/** Rules as TypeScript source: refinements by their name in ./checks.ts, repeated sub-rules written once. */
export function rulesModule(rules: Record<string, Rule>, header: string): string {
  const shared = new Map<string, string>(); // source → const name, for sub-rules used more than once
  const counts = new Map<string, number>();
  const source = (value: unknown): string => {
    if (value instanceof RegExp) return value.toString();
    if (typeof value === 'function') return CHECK_NAMES.get(value)!;
    if (Array.isArray(value)) return `[${value.map(source).join(', ')}]`;
    if (value && typeof value === 'object') {
      const body = Object.entries(value)
        .map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${source(v)}`)
        .join(', ');
      return `{ ${body} }`;
    }
    return JSON.stringify(value);
  };
  // Count every object sub-rule, then name the ones that repeat (localized text, lists of text, sources …).
  const visit = (rule: unknown): void => {
    if (!rule || typeof rule !== 'object' || rule instanceof RegExp) return;
    Object.values(rule).forEach(visit);
    if (!Array.isArray(rule) && 'type' in rule) {
      const text = source(rule);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  };
  Object.values(rules).forEach(visit);
  const lines: string[] = [];
  const emit = (value: unknown): string => {
    if (!value || typeof value !== 'object' || value instanceof RegExp) return source(value);
    if (Array.isArray(value)) return `[${value.map(emit).join(', ')}]`;
    const body = Object.entries(value)
      .map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${emit(v)}`)
      .join(', ');
    const text = `{ ${body} }`;
    if (!('type' in value) || (counts.get(source(value)) ?? 0) < 2 || text.length < 40) return text;
    let name = shared.get(source(value));
    if (!name) {
      name = `r${shared.size + 1}`;
      shared.set(source(value), name);
      lines.push(`const ${name}: Rule = ${text};`);
    }
    return name;
  };
  const exports = Object.entries(rules).map(([name, rule]) => `export const ${name}: Rule = ${emit(rule)};`);
  // Named imports, not a namespace: a bundled namespace object is built with Object.defineProperty, which throws on
  // a page that has littered Object.prototype with a `get` (test/embed).
  const used = [...CHECK_NAMES.values()].filter((name) => [...lines, ...exports].some((line) => new RegExp(`\\b${name}\\b`).test(line)));
  return [
    header,
    `import { ${used.join(', ')} } from '../checks.js';`,
    "import type { Rule } from './validate.js';",
    '',
    ...lines,
    '',
    ...exports,
    '',
  ].join('\n');
}

/** The sentences as TypeScript source, one a line, numbered as the rules refer to them. */
export function sentencesModule(sentences: readonly string[], header: string): string {
  const lines = sentences.map((sentence, i) => `  /* ${i} */ ${JSON.stringify(sentence)},`);
  return [header, 'export const RULE_SENTENCES: readonly string[] = [', ...lines, '];', ''].join('\n');
}
