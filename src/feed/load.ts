// Fetches a feed once per URL per page, however many widgets ask for it, and turns every way it can fail into a
// FeedError with a sentence the page owner can act on.
import { FeedError } from './feed-error.js';
import { isCalendarResponse } from './ics/detect.js';
import type { ReadCalendar } from './ics/calendar-feed.js';
import { checkCollections, readFeedJson, type CheckResult, type FeedRules } from './check-feed.js';
// Only loadFeed and loadCollections, for the package API, word the problems at once; the widgets use fetchFeed.
import { FEED_RULES, parseCollections, type ParseResult } from './parse.js';

export interface LoadOptions {
  /** Give up after this many milliseconds (default 10 000). */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** The cache fallback is a second chance, not a second wait. */
const CACHE_FALLBACK_MS = 2_000;

/** A fetched feed, which each widget then checks for its own collections: the JSON value, or the calendar read. */
export type FetchedFeed = { url: string; json: unknown } | { url: string; calendar: ReadCalendar };

const inFlight = new Map<string, Promise<FetchedFeed>>();

/** Loads and parses the feed at `url`, every collection of it. */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<ParseResult> {
  return loadCollections(url, FEED_RULES, options);
}

/** Loads the feed at `url` and checks the collections in `rules`. Concurrent and later calls for the same URL share
 * one request (and one JSON.parse); a failed load is forgotten so that the next call tries again. */
export async function loadCollections(url: string, rules: FeedRules, options: LoadOptions = {}): Promise<ParseResult> {
  const fetched = await fetchFeed(url, options);
  return 'json' in fetched ? parseCollections(fetched.json, fetched.url, rules) : fetched.calendar.check(rules);
}

/** A fetched feed checked for the widget's collections, its problems recorded but not yet in words (a calendar's come
 * in words already). */
export const checkFetched = (fetched: FetchedFeed, rules: FeedRules): CheckResult =>
  'json' in fetched ? checkCollections(fetched.json, fetched.url, rules) : fetched.calendar.check(rules);

/** The feed at `url` as fetched, not yet checked. Concurrent and later calls for the same URL share one request. */
export function fetchFeed(url: string, options: LoadOptions = {}): Promise<FetchedFeed> {
  const key = absoluteUrl(url);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = request(key, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    inFlight.set(key, pending);
    pending.catch(() => inFlight.delete(key));
  }
  return pending;
}

/** Forgets every loaded feed (for tests and for pages that want fresh data). */
export function clearFeedCache(): void {
  inFlight.clear();
}

function absoluteUrl(url: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

async function request(url: string, timeoutMs: number): Promise<FetchedFeed> {
  let response: { status: number; ok: boolean; statusText: string; type: string; text: string; bytes: Uint8Array };
  try {
    response = await fetchText(url, timeoutMs, 'default');
  } catch (first) {
    // A flaky connection should still show the last copy the browser kept.
    try {
      response = await fetchText(url, Math.min(timeoutMs, CACHE_FALLBACK_MS), 'force-cache');
    } catch {
      throw first instanceof FeedError ? first : await networkError(url);
    }
  }
  const { status, ok, statusText, type, text, bytes } = response;
  const looksLikeHtml = /html/i.test(type) || /^\s*</.test(text);
  if (looksLikeHtml) {
    throw new FeedError(
      'not-json',
      `The feed at ${url} returned an HTML page (HTTP ${status}), not JSON.` +
        (ok ? ' Check that the address points at the feed file itself.' : ''),
      url,
      status,
    );
  }
  if (!ok) {
    throw new FeedError(
      'http',
      `The feed at ${url} could not be loaded: the server answered HTTP ${status}${statusText ? ` (${statusText})` : ''}.`,
      url,
      status,
    );
  }
  if (isCalendarResponse(type, text)) {
    // The calendar reader (with ical.js) is a chunk of its own: pages on JSON feeds never download it. It gets the
    // bytes, to mend letters that exporters split across folded lines and to read old Outlook's Windows-1252.
    const { readCalendar } = await feedCode(() => import('./ics/calendar-feed.js'), `The calendar at ${url} was`, 'reads calendars', url);
    return { url, calendar: readCalendar(bytes, url) };
  }
  return { url, json: readFeedJson(text, url) };
}

async function fetchText(url: string, timeoutMs: number, cache: RequestCache) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // No cookies or credentials: a feed is public data, and a partner's visitors must not be tracked by it.
    const response = await fetch(url, {
      credentials: 'omit',
      cache,
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    return {
      status: response.status,
      ok: response.ok,
      statusText: response.statusText,
      type: response.headers.get('content-type') ?? '',
      text,
      bytes,
    };
  } catch (error) {
    if (timedOut) {
      throw new FeedError(
        'timeout',
        `The feed at ${url} did not answer within ${Math.round(timeoutMs / 100) / 10} seconds.`,
        url,
      );
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

// fetch() says only "Failed to fetch", whether the connection failed or CORS forbade the read (or the address is a
// webcal: one, which fetch cannot read at all): say what is likely, and what to do. The longer sentence for a
// calendar's address is a chunk of its own (./unreachable-calendar.ts), as only a failed request needs it.
async function networkError(url: string): Promise<FeedError> {
  let message =
    `The feed at ${url} could not be reached: the connection failed, or the server does not let other sites read it ` +
    '(CORS).';
  try {
    message = (await import('./unreachable-calendar.js')).unreachableCalendar(url) ?? message;
  } catch {
    // Offline, the chunk cannot be had either: the general sentence must do.
  }
  return new FeedError('network', message, url);
}

/** Code a feed needs that is downloaded only then (the calendar reader; the code that joins several feeds): when it
 * cannot be had, the page owner is told so and what to check, rather than shown the browser's TypeError. */
export async function feedCode<T>(load: () => Promise<T>, subject: string, does: string, source: string): Promise<T> {
  try {
    return await load();
  } catch {
    throw new FeedError(
      'network',
      `${subject} not read: the code that ${does} could not be downloaded (the connection failed, or dist/chunks/ was ` +
        'not copied with the widget).',
      source,
    );
  }
}
