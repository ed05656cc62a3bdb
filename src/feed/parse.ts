// The synchronous reader of the package's API (and the CLI): a feed checked by ./check-feed.ts, its problems put into
// words at once. The widgets use ./check-feed.ts and word problems only when there are some (see FeedController).
import { checkCollections, readFeedJson, type FeedItemPicks, type FeedRules, type ParsedFeed } from './check-feed.js';
import { describeProblems, type FeedIssue } from './issues.js';
import type { Localized } from './schema.js';
import { awards, events, resources, supporters } from './rules/feed-rules.generated.js';

export { readFeedJson, jsonErrorLine } from './check-feed.js';
export type { FeedItemPicks, FeedRules, ParsedFeed };

/** Every collection: what the CLI, `parseFeed` and `loadFeed` read. */
export const FEED_RULES: Required<FeedRules> = { events, resources, supporters, awards };

/** What a widget renders: a parsed feed with every text in one language (see ./localize.ts). */
export type ReadFeed = Localized<ParsedFeed>;

export interface ParseResult {
  feed: ParsedFeed;
  /** Everything that was dropped or ignored, in document order. */
  issues: FeedIssue[];
}

/** Parses JSON text (with or without a UTF-8 byte order mark) and then the document, every collection of it. */
export function parseFeedText(text: string, source: string): ParseResult {
  return parseCollections(readFeedJson(text, source), source, FEED_RULES);
}

/** Checks an already-parsed document, every collection of it. Throws FeedError when it is not a usable feed. */
export function parseFeed(value: unknown, source: string): ParseResult {
  return parseCollections(value, source, FEED_RULES);
}

/** Checks an already-parsed document: its envelope, and the collections in `rules` (the rest are left empty) —
 * only the items in `only`, when it is given. Throws FeedError when it is not a usable feed at all. */
export function parseCollections(value: unknown, source: string, rules: FeedRules, only?: FeedItemPicks): ParseResult {
  const { feed, issues } = checkCollections(value, source, rules, only);
  return { feed, issues: describeProblems(issues) };
}

export type { FeedIssue };
