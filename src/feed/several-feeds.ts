// Several feed URLs shown as one (`src="north.json south.json"`), as the widgets read them. A module of its own that
// the feed controller loads on demand, since most pages give one feed: had the widgets loaded ./merge.ts itself on
// demand, the all-in-one bundle, which imports it at once for the package API, would have been split in two files.
import type { CheckResult, FeedRules } from './check-feed.js';
import { isFeedError } from './feed-error.js';
import type { FeedIssue } from './issues.js';
import { checkFetched, type FetchedFeed } from './load.js';
import { mergeFeeds } from './merge.js';

/** Checks the feeds (already requested, by fetchFeed) and merges them in the order given; one that fails becomes an
 * issue as long as another one loads, and if none loads, the first failure is thrown. */
export async function loadSeveralFeeds(fetches: readonly Promise<FetchedFeed>[], rules: FeedRules): Promise<CheckResult> {
  const settled = await Promise.allSettled(fetches.map(async (fetched) => checkFetched(await fetched, rules)));
  const loaded = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (loaded.length === 0) throw failed[0];
  const merged = mergeFeeds(loaded);
  const sourceIssues: FeedIssue[] = failed.map((reason) => ({
    path: '$',
    message: isFeedError(reason) ? reason.message : String(reason),
    source: isFeedError(reason) ? reason.source : 'feed',
  }));
  return { feed: merged.feed, issues: [...sourceIssues, ...merged.issues] };
}
