import { expect } from '@open-wc/testing';
import { clearFeedCache, FeedError, loadFeed } from '../../src/feed/index.js';

/** A URL no other test has used, so neither our cache nor the browser's carries over between tests. */
const fresh = (path: string, query = '') => `/feeds/${path}?label=${Math.random().toString(36).slice(2)}${query}`;
const hitsFor = async (url: string) =>
  Number(await (await fetch(`/feeds/hits?url=${encodeURIComponent(url.replace(/^\/feeds\//, ''))}`)).text());

async function failure(url: string, timeoutMs?: number): Promise<FeedError> {
  try {
    await loadFeed(url, { timeoutMs });
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe('loadFeed against a real HTTP server', () => {
  beforeEach(clearFeedCache);

  it('loads and validates a feed', async () => {
    const { feed, issues } = await loadFeed(fresh('ok'));
    expect(feed.events).to.have.length(1);
    expect(issues).to.deep.equal([]);
  });

  it('makes one request however many callers ask for the same URL at once', async () => {
    const url = fresh('ok', '&delay=100');
    const results = await Promise.all([loadFeed(url), loadFeed(url), loadFeed(new URL(url, location.href).href)]);
    // Each caller checks the collections it reads, from the one response.
    expect(results[1]).to.deep.equal(results[0]);
    expect(results[2]).to.deep.equal(results[0]);
    expect(results[0].feed.events).to.have.length(1);
    expect(await hitsFor(url)).to.equal(1);
  });

  it('tries again after a failure instead of remembering it', async () => {
    const url = fresh('not-found');
    await failure(url);
    await failure(url);
    expect(await hitsFor(url)).to.be.at.least(2);
  });

  it('sends no cookies with the request', async () => {
    document.cookie = 'tracking=yes; path=/';
    const { feed } = await loadFeed(fresh('echo-cookie'));
    expect(feed.publisher.name).to.equal('cookie:');
    document.cookie = 'tracking=; path=/; max-age=0';
  });

  it('gives up after the timeout with a timeout error', async () => {
    const started = performance.now();
    const error = await failure(fresh('ok', '&delay=3000'), 300);
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.match(/did not answer within 0\.3 seconds/);
    expect(performance.now() - started).to.be.below(2500);
  });

  it('falls back to the browser cache when the network fails', async () => {
    const url = fresh('flaky');
    const first = await loadFeed(url);
    clearFeedCache();
    const second = await loadFeed(url);
    expect(second.feed.events[0].title).to.equal(first.feed.events[0].title);
    expect(await hitsFor(url)).to.be.at.least(2);
  });

  it('reports a network failure with no cached copy as a network error', async () => {
    const url = fresh('flaky');
    await fetch(url, { cache: 'no-store' }); // uses up the one good answer without caching it
    const error = await failure(url);
    expect(error.kind).to.equal('network');
    expect(error.message).to.match(/could not be reached/);
  });

  it('explains a 404', async () => {
    const error = await failure(fresh('not-found'));
    expect(error).to.include({ kind: 'http', status: 404 });
    expect(error.message).to.match(/answered HTTP 404/);
  });

  it('explains a 500', async () => {
    expect((await failure(fresh('server-error'))).status).to.equal(500);
  });

  it('says plainly when a 502 error page comes back instead of JSON', async () => {
    const error = await failure(fresh('bad-gateway'));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.match(/returned an HTML page \(HTTP 502\), not JSON/);
  });

  it('says plainly when the address is a web page, not the feed', async () => {
    const error = await failure(fresh('html-page'));
    expect(error.message).to.match(/HTML page \(HTTP 200\).*points at the feed file itself/);
  });

  it('gives the line of truncated JSON', async () => {
    const error = await failure(fresh('truncated'));
    expect(error.kind).to.equal('invalid-json');
    expect(error.line).to.be.a('number').and.to.be.greaterThan(1);
    expect(error.message).to.match(/is not valid JSON \(line \d+\)/);
  });

  it('reads a feed that starts with a UTF-8 byte order mark', async () => {
    const { feed } = await loadFeed(fresh('bom'));
    expect(feed.events).to.have.length(1);
  });

  it('refuses a future major version, naming both versions', async () => {
    const error = await failure(fresh('version-3'));
    expect(error.kind).to.equal('unsupported-version');
    expect(error.message).to.match(/is feed version 3; this library reads version 1/);
  });

  it('keeps the good items of a partly broken feed and reports the bad one with its path', async () => {
    const { feed, issues } = await loadFeed(fresh('partial'));
    expect(feed.events.map((e) => e.id)).to.deep.equal(['good-1', 'good-2']);
    expect(issues).to.have.length(1);
    expect(issues[0].path).to.equal('$.events[1].start');
    expect(issues[0].message).to.match(/Broken date/);
  });
});
