// The one place a widget gets its data: from a `feed` property, an inline JSON <script> child, or one or more
// URLs. It owns the loading → ready | error states, fires the page-owner events, and warns once per load about
// dropped items. It checks feeds with ../feed/check-feed.ts, which records problems without putting them into words:
// the words (../feed/issues.ts) are a chunk loaded only for a feed that has problems (see inWords), and the code that
// joins several feeds (../feed/several-feeds.ts) one loaded only for a page that lists several URLs.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  checkCollections,
  isRecorded,
  problemIssue,
  readFeedJson,
  type CheckResult,
  type FeedProblem,
  type FeedRules,
  type ParsedFeed,
} from '../feed/check-feed.js';
import { FeedError, isFeedError } from '../feed/feed-error.js';
import type { FeedIssue } from '../feed/issues.js';
import { feedCode, fetchFeed } from '../feed/load.js';
import { emit } from './events.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

/** What a widget exposes for the controller to read. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** A feed given directly, as an object or JSON text; wins over the URLs and inline JSON. */
  feed?: unknown;
  /** Milliseconds before a feed request gives up. */
  timeout?: number;
}

export interface FeedControllerOptions {
  /** The collections the widget shows, with their rules: only these are checked and reported. */
  rules: FeedRules;
  /** The URLs to load: `src` split on white space (FeedElement.feedUrls), or the award badge's from its register. */
  urls: () => string[];
  /** False for widgets whose data must come from a URL and never from the page itself (the `feed` property or an
   * inline JSON child): an award badge fed by the page it sits on could claim any award. Such a widget tells the page
   * owner itself that their data is ignored. */
  pageData: boolean;
}

/** The inline feed: a JSON script child, but not the one holding the page owner's wording (data-messages). */
export const INLINE_FEED = ':scope > script[type="application/json"]:not([data-messages])';

export class FeedController implements ReactiveController {
  status: FeedStatus = 'loading';
  /** The merged, validated feed once `status` is `ready`, translations included (FeedElement picks a language). While
   * `status` is still `loading`, the event list's first view of a large feed (src/event-list/first-view-controller.ts). */
  feed?: ParsedFeed;
  /** Items dropped or sources that failed, even when the feed as a whole loaded. */
  issues: FeedIssue[] = [];
  error?: FeedError;

  #key?: unknown;
  #generation = 0;

  constructor(
    protected readonly host: FeedHost,
    protected readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#refresh();
  }

  /** Reloads when the inputs changed since the last load; cheap to call on every update. */
  hostUpdate(): void {
    this.#refresh();
  }

  /** Loads again even if nothing changed (e.g. a "try again" button). */
  reload(): void {
    this.#key = undefined;
    this.#refresh();
  }

  #refresh() {
    const { pageData } = this.options;
    const feed = pageData ? this.host.feed : undefined;
    const inline = pageData && feed === undefined ? this.host.querySelector(INLINE_FEED)?.textContent : undefined;
    const urls = feed === undefined && inline == null ? this.options.urls() : [];
    // The feed object itself is part of the key by identity: assigning a new object reloads.
    const key = feed !== undefined ? feed : inline != null ? `inline:${inline}` : `urls:${urls.join(' ')}`;
    if (key === this.#key) return;
    this.#key = key;
    void this.#load(feed, inline ?? undefined, urls);
  }

  async #load(feed: unknown, inline: string | undefined, urls: string[]) {
    const generation = ++this.#generation;
    this.#setState('loading');
    // Even a feed given on the page is read a moment later, never inside connectedCallback: a page (or React) that
    // adds its listeners right after inserting the element still hears sanctuary-load.
    await null;
    if (generation !== this.#generation) return;
    let result: CheckResult;
    try {
      // A page-given feed is read at once (no extra wait), a single URL once it has arrived.
      const single = feed !== undefined || inline !== undefined ? pageDocument(feed, inline) : await this.#urlDocument(urls);
      if (generation !== this.#generation) return;
      let checked: CheckResult | Promise<CheckResult | undefined> | undefined = !single
        ? this.#loadSeveral(urls)
        : 'calendar' in single
          ? single.calendar.check(this.options.rules) // a calendar's problems come in words already
          : this.checkDocument(single.value, single.source);
      // Not even a microtask's wait for a feed checked at once: the page sees its state change with the same update.
      if (checked instanceof Promise) checked = await checked;
      if (!checked) return; // a newer load has started
      result = checked;
    } catch (error) {
      if (generation !== this.#generation) return;
      const feedError = isFeedError(error) ? error : new FeedError('invalid-document', String(error), 'feed');
      this.#setState('error', undefined, [], feedError);
      console.error(`sanctuary-widgets <${this.host.localName}>: ${feedError.message}`);
      emit(this.host, 'sanctuary-error', { error: feedError });
      return;
    }
    // The widget stays in its loading state (a first view, if any, still shown) until its problems are in words:
    // `ready` means the page owner has been told everything, as sanctuary-load carries the issues.
    const issues = result.issues.some(isRecorded) ? await inWords(result.issues) : (result.issues as FeedIssue[]);
    if (generation !== this.#generation) return; // a newer load has started: its result is the one to show
    this.#setState('ready', result.feed, issues);
    if (issues.length) {
      console.warn(
        `sanctuary-widgets <${this.host.localName}>: ${issues.length} problem(s) in the feed; ` +
          `the rest is shown.\n${issues.map((i) => `- ${i.path} (${i.source}): ${i.message}`).join('\n')}`,
      );
      emit(this.host, 'sanctuary-feed-issues', { issues });
    }
    emit(this.host, 'sanctuary-load', { feed: result.feed, issues });
  }

  /** Checks a feed that came as one JSON document. The event list's controller first checks and shows what its first
   * view needs, and gives undefined when a newer load started meanwhile. */
  protected checkDocument(value: unknown, source: string): CheckResult | Promise<CheckResult | undefined> {
    return checkCollections(value, source, this.options.rules);
  }

  /** The document at a single URL, JSON or a calendar read; undefined for several URLs, which are read together. */
  async #urlDocument(urls: string[]) {
    if (urls.length > 1) return undefined;
    if (urls.length === 0) {
      throw new FeedError(
        'invalid-document',
        'No feed was given: set the src attribute to the feed URL, or put the feed in a <script type="application/json"> child.',
        'none',
      );
    }
    const fetched = await fetchFeed(urls[0], { timeoutMs: this.host.timeout });
    return 'json' in fetched ? { value: fetched.json, source: fetched.url } : fetched;
  }

  /** Several URLs merge into one feed, with code downloaded only then: a page that gives one feed never needs it. */
  async #loadSeveral(urls: string[]): Promise<CheckResult> {
    // The feeds are requested while the code comes, not after it, and it reads those requests' outcomes (marked as
    // handled meanwhile, so that a feed failing first is not reported as an unhandled rejection).
    const fetches = urls.map((url) => fetchFeed(url, { timeoutMs: this.host.timeout }));
    for (const fetched of fetches) fetched.catch(() => {});
    const several = () => import('../feed/several-feeds.js');
    const code = await feedCode(several, `The feeds at ${urls.join(', ')} were`, 'shows several feeds as one', urls.join(' '));
    return code.loadSeveralFeeds(fetches, this.options.rules);
  }

  #setState(status: FeedStatus, feed?: ParsedFeed, issues: FeedIssue[] = [], error?: FeedError) {
    Object.assign(this, { status, feed, issues, error });
    this.host.requestUpdate();
  }
}

/** The problems in words. The code that words them (../feed/issues.ts) is a chunk of its own, since a feed with no
 * problems never needs it; should it fail to download, each problem is still reported, by its path, in a general
 * sentence. */
async function inWords(problems: (FeedProblem | FeedIssue)[]): Promise<FeedIssue[]> {
  try {
    const { describeProblems } = await import('../feed/issues-chunk.js');
    return describeProblems(problems);
  } catch {
    const words = 'This was left out, as it does not fit the feed format (the full description could not be loaded).';
    return problems.map((problem) => (isRecorded(problem) ? problemIssue(problem, words) : problem));
  }
}

/** The feed given on the page, as a JSON value. */
function pageDocument(feed: unknown, inline: string | undefined) {
  if (feed !== undefined) {
    return { value: typeof feed === 'string' ? readFeedJson(feed, 'feed property') : feed, source: 'feed property' };
  }
  return { value: readFeedJson(inline!, 'inline feed'), source: 'inline feed' };
}
