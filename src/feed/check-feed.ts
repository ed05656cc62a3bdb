// Reads a feed document as the widgets do: the envelope must be right or the feed fails with a FeedError; each item is
// checked on its own, so a broken item is dropped and recorded while every good item is kept. A problem is recorded,
// not put into words: most feeds have none, so the widgets load the code that words them (./issues.ts) only when
// there is something to report, and ./parse.ts words them at once for the synchronous API.
import { FeedError } from './feed-error.js';
import type { FeedIssue, RawIssue } from './issues.js';
import { jsonPath, showValue } from './message-parts.js';
import { COLLECTION_NAMES, FEED_VERSION, type CollectionName } from './contract.js';
import type { FeedDocument } from './schema.js';
import { publisher } from './rules/feed-rules.generated.js';
import { validate, type Rule } from './rules/validate.js';

/** The collections to read, each with its rules. A widget reads only its own, so its bundle carries only those rules
 * and a feed's other collections cost it nothing. */
export type FeedRules = Partial<Record<CollectionName, Rule>>;

/** A checked feed document, translations included, whose collections are always present (empty when the document
 * has none). */
export type ParsedFeed = Omit<FeedDocument, CollectionName> & Required<Pick<FeedDocument, CollectionName>>;

/** Item positions to check in each collection, for a first view drawn before the whole feed is checked. */
export type FeedItemPicks = Partial<Record<CollectionName, readonly number[]>>;

/** A problem as the checker records it, not yet in words (./issues.ts words it): an item that was left out and what
 * was wrong with it, or a collection that is not a list. */
export type FeedProblem =
  | {
      source: string;
      collection: CollectionName;
      index: number;
      item: unknown;
      raw: RawIssue;
      /** For an item left out because an earlier item has its id: the position of that first item, which is kept. */
      first?: number;
    }
  | { source: string; collection: CollectionName; notList: unknown };

/** A checked feed and its problems, in document order: recorded ones, or ones already in words (a source that failed
 * to load, a calendar's). */
export interface CheckResult {
  feed: ParsedFeed;
  issues: (FeedProblem | FeedIssue)[];
}

/** The FeedIssue for a recorded problem, given its sentence: everything but the words comes from the record. */
export function problemIssue(problem: FeedProblem, message: string): FeedIssue {
  const { source, collection } = problem;
  if (!('raw' in problem)) return { path: jsonPath([collection]), message, source };
  const { index, item, raw } = problem;
  const id = (item as { id?: unknown } | null)?.id;
  return {
    path: jsonPath([collection, index, ...fieldPath(raw)]),
    message,
    collection,
    index,
    id: typeof id === 'string' ? id : undefined,
    source,
  };
}

/** True for a problem the checker recorded, not yet in words. */
export const isRecorded = (problem: FeedProblem | FeedIssue): problem is FeedProblem => !('message' in problem);

/** The field a raw issue is about, within its item. */
export const fieldPath = (raw: RawIssue) => raw.path.filter((k) => typeof k === 'string' || typeof k === 'number');

const where = (source: string) => (source.startsWith('inline') ? `The ${source}` : `The feed at ${source}`);

/** The JSON value of a feed's text (with or without a UTF-8 byte order mark); a FeedError with the line if it is not
 * JSON. */
export function readFeedJson(text: string, source: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const line = jsonErrorLine(body, error);
    throw new FeedError(
      'invalid-json',
      `${where(source)} is not valid JSON (line ${line}): ${body.trim() === '' ? 'it is empty' : (error as Error).message}.`,
      source,
      undefined,
      line,
    );
  }
  return value;
}

/** The 1-based line of a JSON.parse error, from the position or line the engine reports; an early end of input is
 * on the last line. */
export function jsonErrorLine(text: string, error: unknown): number {
  const message = String((error as Error)?.message ?? '');
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : text.length;
  return text.slice(0, at).split('\n').length;
}

/** Checks an already-parsed document: its envelope, and the collections in `rules` (the rest are left empty) —
 * only the items in `only`, when it is given. Throws FeedError when it is not a usable feed at all. */
export function checkCollections(value: unknown, source: string, rules: FeedRules, only?: FeedItemPicks): CheckResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FeedError(
      'invalid-document',
      `${where(source)} is not a feed: it should be a JSON object with "version" and "publisher", but it is ${showValue(value)}.`,
      source,
    );
  }
  const doc = value as Record<string, unknown>;
  const version = readMajorVersion(doc.version, source);
  if (version !== FEED_VERSION) {
    throw new FeedError(
      'unsupported-version',
      `${where(source)} is feed version ${String(doc.version)}; this library reads version ${FEED_VERSION}. ` +
        'Update sanctuary-widgets, or ask the publisher for a version 1 feed.',
      source,
    );
  }
  const publisher = readPublisher(doc.publisher, source);

  const problems: FeedProblem[] = [];
  const feed: ParsedFeed = {
    version: doc.version as FeedDocument['version'],
    publisher,
    events: [],
    resources: [],
    supporters: [],
    awards: [],
  };
  if (typeof doc.$schema === 'string') feed.$schema = doc.$schema;
  if (typeof doc.language === 'string') feed.language = doc.language;
  if (typeof doc.updated === 'string') feed.updated = doc.updated;

  for (const name of COLLECTION_NAMES) {
    const rule = rules[name];
    const items = doc[name];
    if (!rule) continue;
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) {
      problems.push({ source, collection: name, notList: items });
      continue;
    }
    const picked = only?.[name]?.map((index): [number, unknown] => [index, items[index]]);
    readItems(name, rule, picked ?? items.entries(), source, feed, problems);
  }
  return { feed, issues: problems };
}

function readItems(
  name: CollectionName,
  rule: Rule,
  items: Iterable<[number, unknown]>,
  source: string,
  feed: ParsedFeed,
  problems: FeedProblem[],
) {
  const kept = feed[name] as unknown[];
  const seen = new Map<string, number>();
  for (const [index, item] of items) {
    const result = validate(rule, item);
    if (!result.success) {
      for (const raw of result.issues) problems.push({ source, collection: name, index, item, raw });
      continue;
    }
    const data = result.data as { id: string };
    const id = data.id;
    const first = seen.get(id);
    if (first !== undefined) {
      // Recorded without words, like a broken item: ./issues.ts says it.
      const raw = { code: 'custom', path: ['id'], message: '' };
      problems.push({ source, collection: name, index, item, raw, first });
      continue;
    }
    seen.set(id, index);
    kept.push(data);
  }
}

function readMajorVersion(version: unknown, source: string): number {
  const major =
    typeof version === 'number' && Number.isInteger(version)
      ? version
      : typeof version === 'string' && /^\d+(\.\d+)*$/.test(version)
        ? Number(version.split('.')[0])
        : undefined;
  if (major === undefined) {
    throw new FeedError(
      'invalid-document',
      `${where(source)} has ${version === undefined ? 'no "version"' : `"version": ${showValue(version)}`}; ` +
        `a feed must start with "version": ${FEED_VERSION}.`,
      source,
    );
  }
  return major;
}

function readPublisher(value: unknown, source: string): FeedDocument['publisher'] {
  const result = validate(publisher, value);
  if (result.success) return result.data as FeedDocument['publisher'];
  throw new FeedError(
    'invalid-document',
    `${where(source)} has no usable "publisher": it needs at least a name, like "publisher": { "name": "Cambridge City of Sanctuary" }.`,
    source,
  );
}
