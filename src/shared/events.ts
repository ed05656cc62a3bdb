// The events every widget fires for page owners, with typed `detail`s, and the one helper that fires them.
import type { FeedError, FeedIssue, ParsedFeed } from '../feed/index.js';

export interface SanctuaryLoadDetail {
  /** The feed as checked: every valid item, translations included. */
  feed: ParsedFeed;
  issues: FeedIssue[];
}
export interface SanctuaryErrorDetail {
  error: FeedError;
}
export interface SanctuaryFeedIssuesDetail {
  issues: FeedIssue[];
}

export interface SanctuaryEventMap {
  'sanctuary-load': CustomEvent<SanctuaryLoadDetail>;
  'sanctuary-error': CustomEvent<SanctuaryErrorDetail>;
  'sanctuary-feed-issues': CustomEvent<SanctuaryFeedIssuesDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SanctuaryEventMap {}
}

/** Fires a bubbling, composed event from `host`, so a listener on the page (or a framework wrapper) hears it. */
export function emit<K extends keyof SanctuaryEventMap>(
  host: HTMLElement,
  name: K,
  detail: SanctuaryEventMap[K]['detail'],
): void {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
