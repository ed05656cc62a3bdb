// The last step every importer shares: check what it built with the feed parser (so the rules live in one
// place, src/feed/schema.ts), report each dropped item where the volunteer can find it, and write the feed.
import { COLLECTION_NAMES, parseFeed, type FeedIssue, type ParsedFeed } from '../feed/index.js';
import type { Io } from './command.js';

const NAMES = [...COLLECTION_NAMES];
export const SCHEMA_URL = 'https://unpkg.com/sanctuary-widgets/dist/feed.schema.json';

export interface FinishOptions {
  /** A label for the parser's messages ("calendar.ics"). */
  source: string;
  /** Where a dropped item is in the input ("line 88 (UID …)", "item 3, line 12"). */
  where(issue: FeedIssue): string | undefined;
  /** The summary line, given what was kept and dropped. */
  summary(feed: ParsedFeed, issues: FeedIssue[]): string;
  /** Problems found before the feed was built (bad lines, unreadable items); they make the summary a warning. */
  earlierProblems?: number;
}

/** Validates `doc`, reports, and writes it to `io.out`; returns the exit code (1 when nothing usable is left). */
export function finishFeed(io: Io, doc: Record<string, unknown>, options: FinishOptions): number {
  const { feed, issues } = parseFeed(doc, options.source);
  for (const issue of issues) {
    const where = options.where(issue) ?? issue.path;
    io.err(`✗ ${where}: ${issue.message}`);
  }
  const total = NAMES.reduce((n, name) => n + feed[name].length, 0);
  io.err(`${issues.length || options.earlierProblems ? '!' : '✓'} ${options.summary(feed, issues)}`);
  if (total === 0) {
    io.err('✗ Nothing usable came out, so no feed was written.');
    return 1;
  }
  const out: Record<string, unknown> = { $schema: SCHEMA_URL, ...doc };
  for (const name of NAMES) out[name] = feed[name].length ? feed[name] : undefined;
  io.out(JSON.stringify(out, null, 2));
  return 0;
}

/** "2026-11-26T21:30:00Z": when the feed was made. */
export const nowStamp = (): string => new Date().toISOString().slice(0, 19) + 'Z';

/** "1 event", "3 events". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
