// The built finder (dist/) fetches code that only some pages need when they need it: the search engine when the
// reader goes to the search field, the URL state only with sync-url; without the latter (offline, blocked) it still
// lists, searches and filters. Run `npm run build` first (npm test does).
import { expect, waitUntil } from '@open-wc/testing';
import { blockUrls, chunksLoaded, closeBuiltPages, type Frame } from '../built-page.js';
import { $$, settled, text } from '../widget-dom.js';

/** A page of the test server's own (so it has a real URL and history), with the built finder and `body`. */
async function openPage(search: string, body: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '600px';
  frame.src = `/test/fixtures/blank.html${search}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Frame;
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/dist/resource-finder.js';
  win.document.head.append(script);
  win.document.body.innerHTML = body;
  return win;
}

async function ready(win: Frame, selector: string): Promise<HTMLElement> {
  const el = win.document.querySelector<HTMLElement>(selector)!;
  await settled(el, 8000);
  expect(el.getAttribute('state'), selector).to.equal('ready');
  return el;
}

const urlChunks = (win: Frame) => chunksLoaded(win, 'url-sync');

const titles = (el: HTMLElement) => $$(el, '.results > ul > li .title').map(text);

describe('the built resource finder and its chunks', () => {
  afterEach(closeBuiltPages);

  it('fetches the search code only when the reader goes to the search field, and then answers what they type', async () => {
    const win = await openPage('', '<sanctuary-resource-finder id="finder" src="/test/fixtures/resource-finder-feed.json"></sanctuary-resource-finder>');
    const el = await ready(win, '#finder');
    const all = titles(el).length;
    const schools = [...el.shadowRoot!.querySelectorAll('label')].find((l) => text(l).startsWith('Schools'))!;
    schools.querySelector('input')!.click();
    await new Promise((r) => setTimeout(r, 300));
    expect(titles(el).length).to.be.lessThan(all);
    expect(chunksLoaded(win, 'search-index'), 'fetched for a reader who only filters').to.deep.equal([]);

    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.focus();
    await waitUntil(() => chunksLoaded(win, 'search-index').length === 1, 'the search code was never fetched', { timeout: 5000 });
    input.value = 'assembly';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => titles(el).length === 1, 'the search was never answered', { timeout: 5000 });
    expect(titles(el)).to.deep.equal(['Refugee Week assembly plan']);
  });

  it('fetches the URL code only for a finder with sync-url, which then starts from the search in the URL', async () => {
    const win = await openPage('?srf-q=theatre', '<sanctuary-resource-finder id="plain" src="/test/fixtures/resource-finder-feed.json"></sanctuary-resource-finder>');
    const plain = await ready(win, '#plain');
    expect(plain.shadowRoot!.querySelector('input')!.value).to.equal('');
    expect(urlChunks(win)).to.deep.equal([]);

    win.document.body.insertAdjacentHTML('beforeend', '<sanctuary-resource-finder id="synced" src="/test/fixtures/resource-finder-feed.json" sync-url></sanctuary-resource-finder>');
    const synced = await ready(win, '#synced');
    expect(urlChunks(win)).to.have.length(1);
    expect(synced.shadowRoot!.querySelector('input')!.value).to.equal('theatre');
    await waitUntil(() => titles(synced).includes('Theatre of Sanctuary stories'), 'the search in the URL was never answered', { timeout: 5000 });
  });

  it('lists, searches and filters without the URL code when it cannot be downloaded, and leaves the URL alone', async () => {
    await blockUrls('*/dist/chunks/url-sync-*');
    const win = await openPage('?srf-q=theatre', '<sanctuary-resource-finder id="synced" src="/test/fixtures/resource-finder-feed.json" sync-url></sanctuary-resource-finder>');
    const el = await ready(win, '#synced');
    const all = titles(el).length;
    expect(all).to.be.greaterThan(1);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'theatre';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => titles(el).length < all, 'the search was never answered', { timeout: 5000 });
    expect(titles(el)).to.include('Theatre of Sanctuary stories');
    expect(win.location.search).to.equal('?srf-q=theatre');
  });
});
