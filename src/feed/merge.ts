// Several feeds shown as one (a regional page gathering its local groups): items with the same id appear once.
import type { ParsedFeed } from './check-feed.js';
import type { FeedIssue } from './issues.js';
import { COLLECTION_NAMES } from './contract.js';

/** Joins parsed feeds in the order given; the first publisher names the result and the first item with an id wins.
 * The issues are joined as they are, in words (a ParseResult) or not yet (the widgets' CheckResult). */
export function mergeFeeds<Issue = FeedIssue>(
  results: readonly { feed: ParsedFeed; issues: Issue[] }[],
): { feed: ParsedFeed; issues: Issue[] } {
  if (results.length === 1) return results[0];
  const [first] = results;
  const feed: ParsedFeed = { ...first.feed, events: [], resources: [], supporters: [], awards: [] };
  for (const name of COLLECTION_NAMES) {
    const seen = new Set<string>();
    const kept = feed[name] as { id: string }[];
    for (const result of results) {
      for (const item of result.feed[name] as { id: string }[]) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        kept.push(item);
      }
    }
  }
  return { feed, issues: results.flatMap((r) => r.issues) };
}
