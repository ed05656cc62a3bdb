// `sanctuary-widgets from-wordpress https://example.org > feed.json`: a feed from a WordPress site running The
// Events Calendar, read page by page from its public REST API. A page that fails ends the reading but keeps the
// pages before it; paging loops and runaway paging are stopped. Exits 1 only when no event came out.
import { FEED_VERSION } from '../feed/index.js';
import { readArgs, type Command } from './command.js';
import { finishFeed, nowStamp, plural } from './feed-output.js';
import type { EventDraft } from '../feed/ics/ics-events.js';
import { tribeEventToFeed, type TribeEvent } from './wordpress-events.js';

const API_PATH = '/wp-json/tribe/events/v1/events';

export const fromWordpress: Command = {
  summary: 'Build a feed of events from a WordPress site running The Events Calendar.',
  usage:
    'sanctuary-widgets from-wordpress <site-url> [--publisher "Your group"] [--publisher-url URL] [--max-pages 20] ' +
    '[--timeout 20] [--language en] > feed.json',
  async run(args, io) {
    const parsed = readArgs(args, ['publisher', 'publisher-url', 'max-pages', 'timeout', 'language'], this, io);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    const [site] = positionals;
    let first: URL;
    try {
      first = firstPageUrl(site ?? '');
    } catch {
      io.err(`Give the address of the WordPress site, like https://example.org.\nUsage: ${this.usage}`);
      return 2;
    }
    const maxPages = Number(values['max-pages'] ?? 20);
    const timeoutMs = Number(values.timeout ?? 20) * 1000;
    if (!Number.isInteger(maxPages) || maxPages < 1 || !(timeoutMs > 0)) {
      io.err('--max-pages must be a whole number of 1 or more, and --timeout a number of seconds.');
      return 2;
    }

    const { events, pages, problems } = await readAllPages(first, maxPages, timeoutMs);
    for (const problem of problems) io.err(`${problem.fatal ? '✗' : '!'} ${problem.message}`);
    if (pages === 0) {
      io.err('✗ Nothing usable came out, so no feed was written.');
      return 1;
    }

    const site_ = first.host;
    const drafts: EventDraft[] = [];
    const origins: string[] = [];
    const seen = new Set<string>();
    let repeated = 0;
    for (const { event, page, index } of events) {
      const mapped = tribeEventToFeed(event, site_);
      const where = `page ${page}, event ${index + 1}${event.id !== undefined ? ` (WordPress id ${event.id})` : ''}`;
      if (mapped.event.id && seen.has(mapped.event.id)) {
        repeated++;
        continue;
      }
      if (mapped.event.id) seen.add(mapped.event.id);
      for (const note of mapped.notes) io.err(`! ${where}: ${note}.`);
      drafts.push(mapped.event);
      origins.push(where);
    }
    if (repeated) io.err(`! ${plural(repeated, 'event')} came back on more than one page; each is kept once.`);

    const doc: Record<string, unknown> = {
      version: FEED_VERSION,
      publisher: { name: values.publisher ?? first.host, url: values['publisher-url'] ?? first.origin },
      ...(values.language ? { language: values.language } : {}),
      updated: nowStamp(),
      events: drafts,
    };
    return finishFeed(io, doc, {
      source: first.origin,
      earlierProblems: problems.length,
      where: (issue) => (issue.index !== undefined ? origins[issue.index] : undefined),
      summary: (feed, issues) => {
        const dropped = new Set(issues.map((i) => i.index)).size;
        return `${plural(feed.events.length, 'event')} from ${first.host} (${plural(pages, 'page')} read)${dropped ? `, ${dropped} skipped` : ''}`;
      },
    });
  },
};

/** The first page of the events API for a site address (or the API address itself, if that was given). */
export function firstPageUrl(site: string): URL {
  const url = new URL(/^https?:\/\//i.test(site) ? site : `https://${site}`);
  if (!/^https?:$/.test(url.protocol)) throw new Error('not http');
  if (!url.pathname.includes('/wp-json/') && !url.searchParams.has('rest_route')) {
    url.pathname = url.pathname.replace(/\/+$/, '') + API_PATH;
    url.search = '';
  }
  if (!url.searchParams.has('per_page')) url.searchParams.set('per_page', '50');
  if (!url.searchParams.has('page')) url.searchParams.set('page', '1');
  return url;
}

interface Problem {
  message: string;
  fatal: boolean;
}

interface PageEvent {
  event: TribeEvent;
  page: number;
  index: number;
}

async function readAllPages(first: URL, maxPages: number, timeoutMs: number) {
  const events: PageEvent[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let next: URL | undefined = first;
  let page = 0;
  while (next) {
    if (page >= maxPages) {
      problems.push({ message: `Stopped after ${plural(maxPages, 'page')} (--max-pages); the site has more. Events on later pages were not read.`, fatal: false });
      break;
    }
    if (seen.has(next.href)) {
      problems.push({ message: `Page ${page} points back to a page already read (${next.href}), so reading stopped there: the site's paging goes round in a loop.`, fatal: false });
      break;
    }
    seen.add(next.href);
    const number = page + 1;
    const answer = await readPage(next, timeoutMs);
    if ('problem' in answer) {
      problems.push({
        message:
          number === 1
            ? `${first.origin}: ${answer.problem}`
            : `Page ${number} (${next.href}): ${answer.problem}. The events from ${number === 2 ? 'page 1' : `pages 1–${number - 1}`} are kept.`,
        fatal: number === 1,
      });
      break;
    }
    page = number;
    answer.events.forEach((event, index) => events.push({ event, page, index }));
    next = nextPage(answer.body, next, page);
    if (next && next.origin !== first.origin) {
      problems.push({ message: `Page ${page} points to another site (${next.origin}), which was not followed.`, fatal: false });
      next = undefined;
    }
  }
  return { events, pages: page, problems };
}

type PageAnswer = { events: TribeEvent[]; body: Record<string, unknown> } | { problem: string };

async function readPage(url: URL, timeoutMs: number): Promise<PageAnswer> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json' }, redirect: 'follow' });
    body = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { problem: `the site did not answer within ${timeoutMs / 1000} seconds` };
    return { problem: `the site could not be reached (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\ufeff/, ''));
  } catch {
    if (response.status === 404) {
      return { problem: 'there is no events API at this address (HTTP 404). Give the address of the WordPress site itself (like https://example.org), and check it runs The Events Calendar' };
    }
    const html = /^\s*</.test(body) || /html/i.test(response.headers.get('content-type') ?? '');
    return {
      problem: html
        ? `the site answered with a web page (HTTP ${response.status}) where the events data should be: it may be a maintenance or login page, a security plugin, or a site that is not WordPress`
        : `the site answered HTTP ${response.status} with something that is not JSON`,
    };
  }
  const data = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  if (!response.ok) {
    const code = typeof data.code === 'string' ? data.code : '';
    if (code === 'rest_no_route') {
      return { problem: 'this WordPress site does not have The Events Calendar plugin (its REST API has no events route: rest_no_route). Ask the site owner to install it, or export the calendar as .ics and use from-ics' };
    }
    if (response.status === 401 || response.status === 403) {
      return { problem: `the site does not let the public read its REST API (HTTP ${response.status}${code ? `, ${code}` : ''})` };
    }
    return { problem: `the site answered HTTP ${response.status}${typeof data.message === 'string' ? ` (${data.message})` : ''}` };
  }
  if (!Array.isArray(data.events)) {
    return { problem: 'the answer is JSON but has no "events" list, so it is not The Events Calendar\'s API' };
  }
  return { events: data.events as TribeEvent[], body: data };
}

/** next_rest_url when the API gives it; otherwise page + 1 while total_pages says there are more. */
function nextPage(body: Record<string, unknown>, current: URL, page: number): URL | undefined {
  if (typeof body.next_rest_url === 'string' && body.next_rest_url) {
    try {
      return new URL(body.next_rest_url, current);
    } catch {
      return undefined;
    }
  }
  const total = Number(body.total_pages);
  if (Number.isInteger(total) && page < total) {
    const url = new URL(current);
    url.searchParams.set('page', String(page + 1));
    return url;
  }
  return undefined;
}
