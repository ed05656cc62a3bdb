// Turns validation failures into sentences a volunteer editing a spreadsheet can act on: which item, which field,
// what was wrong, with the JSON path for those who want it.
import type { CollectionName } from './contract.js';

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
}

const SINGULAR: Record<CollectionName, string> = {
  events: 'Event',
  resources: 'Resource',
  supporters: 'Supporter',
  awards: 'Award',
};

/** `$.events[3].location.name` from ['events', 3, 'location', 'name']. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((key) =>
        typeof key === 'number'
          ? `[${key}]`
          : /^[A-Za-z_$][\w$]*$/.test(String(key))
            ? `.${String(key)}`
            : `[${JSON.stringify(String(key))}]`,
      )
      .join('')
  );
}

/** A short, safe rendering of a value for a message: strings quoted and cut, other types named. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  record: 'an object',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

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
    case 'invalid_key':
      return `${issue.issues?.[0]?.message ?? 'is not a key this field accepts'} (the key is ${showValue(issue.input)})`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      // Our own refinements carry their own words ("must not be before the start").
      return issue.input === undefined || typeof issue.input === 'object'
        ? issue.message
        : `${issue.message} (it is ${showValue(issue.input)})`;
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
  const fieldPath = raw.path.filter((k) => typeof k === 'string' || typeof k === 'number');
  const field = fieldPath.length ? jsonPath(fieldPath).slice(2).replace(/^\[/, '[') : 'the item';
  const id = (item as { id?: unknown } | null)?.id;
  return {
    path: jsonPath([collection, index, ...fieldPath]),
    message: `${itemLabel(collection, index, item)} was left out: ${field} ${describeProblem(raw)}.`,
    collection,
    index,
    id: typeof id === 'string' ? id : undefined,
    source,
  };
}
