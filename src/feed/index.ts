// The feed contract and its reader: no DOM, no Lit, so the CLI uses it in Node as the widgets do in the page. The zod
// schema itself (./schema.ts) is not exported here: the widgets check feeds with rules generated from it
// (./rules/), and only its types are part of the package's API.
export * from './contract.js';
export { isKnownTimeZone, isRealDate } from './checks.js';
export type * from './schema.js';
export * from './feed-error.js';
// Named, not `*`: the functions that word recorded problems for the widgets stay internal.
export { describeProblem, itemIssue, itemLabel, jsonPath, showValue, type FeedIssue, type RawIssue } from './issues.js';
export * from './parse.js';
// Named, not `*`: checkFetched and feedCode are for the widgets only.
export {
  clearFeedCache,
  DEFAULT_TIMEOUT_MS,
  fetchFeed,
  loadCollections,
  loadFeed,
  type FetchedFeed,
  type LoadOptions,
} from './load.js';
export * from './merge.js';
export * from './localize.js';
