// The built widgets download the locale code that only some pages need when a page needs it: the page owner's
// wording (a data-messages child or the `messages` property), and our day and month names for a language the
// browser has no date words for (Chromium: Welsh). Runs against dist/ (`npm run build` first; npm test does).
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { blockUrls, closeBuiltPages, expectOnlyInChunk, openBuiltPage, type Frame } from '../built-page.js';
import { escape, FEED, NOW } from './language-fixtures.js';

type List = HTMLElement & ReactiveControllerHost & { messages?: object };

/** The chunks that hold locale code, as dist/chunks/ names them. */
const LOCALE_CHUNK = /\/dist\/chunks\/(overrides|date-names|ar|cy|fa|fr|uk)-[\w-]+\.js$/;

/** A fresh page in `lang` (its own copy of every module) with the built event list loaded. */
async function pageIn(lang: string): Promise<Frame> {
  const win = await openBuiltPage('event-list', { lang });
  await win.customElements.whenDefined('sanctuary-event-list');
  return win;
}

/** The locale chunks `win` has downloaded, by name ("overrides", "cy" …). */
const localeChunks = (win: Frame) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => LOCALE_CHUNK.exec(entry.name)?.[1])
    .filter(Boolean);

/** Adds an event list with the test feed inline (and `children` beside it) to `win`, and waits until it is ready.
 * `renders` holds its shadow text after every render, to show what a reader could have seen on the way. */
async function addList(win: Frame, { children = '', messages }: { children?: string; messages?: object } = {}) {
  const el = win.document.createElement('sanctuary-event-list') as List;
  const renders: string[] = [];
  el.addController({ hostUpdated: () => renders.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')) });
  el.setAttribute('now', String(NOW));
  el.innerHTML = `<script type="application/json">${escape(JSON.stringify(FEED))}</script>${children}`;
  if (messages) el.messages = messages;
  win.document.body.append(el);
  await waitUntil(() => el.getAttribute('state') === 'ready', `the list is ${el.getAttribute('state')}`, { timeout: 5000 });
  await el.updateComplete;
  return { el, renders, text: renders.at(-1)! };
}

const declared = (json: object) => `<script type="application/json" data-messages>${JSON.stringify(json)}</script>`;

describe('locale code loaded only by the pages that need it', () => {
  afterEach(closeBuiltPages);

  it('keeps the page owner’s wording and the date names out of every widget’s file, in chunks fetched on demand', async () => {
    // Text only the wording reader and the date names hold.
    await expectOnlyInChunk('overrides', ['data-messages script']);
    await expectOnlyInChunk('date-names', ['Wednesday']);
  });

  it('downloads no locale code for an English page without wording of its own, nor the date names for French or Arabic', async () => {
    for (const [lang, expected] of [
      ['en', []],
      ['fr', ['fr']],
      ['ar', ['ar']],
    ] as const) {
      const win = await pageIn(lang);
      const { text } = await addList(win);
      expect(text, lang).to.contain(lang === 'en' ? 'Book a place' : lang === 'fr' ? 'Réserver' : 'احجز');
      expect(localeChunks(win), `chunks for a page in ${lang}`).to.deep.equal(expected);
    }
  });

  it('shows the page owner’s declared wording, never our own first, with its code downloaded once', async () => {
    const win = await pageIn('en');
    const { renders, text } = await addList(win, { children: declared({ 'eventList.book': 'Save me a seat' }) });
    expect(text).to.contain('Save me a seat');
    expect(renders.filter((seen) => seen.includes('Book a place')), 'renders with our wording').to.deep.equal([]);
    await addList(win, { children: declared({ 'eventList.where': 'Venue' }) });
    expect(localeChunks(win)).to.deep.equal(['overrides']);
  });

  it('shows wording given by the messages property, never our own first', async () => {
    const win = await pageIn('en');
    const { renders, text } = await addList(win, { messages: { 'eventList.book': 'From script' } });
    expect(text).to.contain('From script');
    expect(renders.filter((seen) => seen.includes('Book a place')), 'renders with our wording').to.deep.equal([]);
    expect(localeChunks(win)).to.deep.equal(['overrides']);
  });

  it('takes wording set on a list that already shows ours', async () => {
    const win = await pageIn('en');
    const { el, renders } = await addList(win);
    expect(localeChunks(win)).to.deep.equal([]);
    const shownBefore = renders.length;
    el.messages = { 'eventList.book': 'Later words' };
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Later words'), 'the new wording never showed', { timeout: 5000 });
    expect(el.getAttribute('state')).to.equal('ready');
    // While the wording's code downloads the list stays as it was, never back to its placeholder and "Loading…".
    for (const text of renders.slice(shownBefore)) expect(text).to.contain('Welcome').and.not.contain('Loading…');
  });

  it('still warns the page owner about a key that is no message', async () => {
    const win = await pageIn('en');
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    const { text } = await addList(win, { children: declared({ 'eventList.bok': 'Oops', 'eventList.where': 'Venue' }) });
    expect(text).to.contain('Venue');
    expect(warnings.join('\n')).to.contain(
      '<sanctuary-event-list>: data-messages has entries that are no message and are ignored: eventList.bok',
    );
  });

  it('keeps our wording, in a working list, when the page owner’s wording code cannot be downloaded', async () => {
    await blockUrls('*/dist/chunks/overrides-*');
    const win = await pageIn('en');
    const { text } = await addList(win, {
      children: declared({ 'eventList.book': 'Save me a seat' }),
      messages: { 'eventList.where': 'Venue' },
    });
    expect(text).to.contain('Book a place');
    expect(text).to.contain('Where');
    expect(text).to.contain('Welcome café');
  });

  it('downloads the Welsh date names with the Welsh strings where the browser has no Welsh dates', async () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['cy']), 'this browser has Welsh dates').to.deep.equal([]);
    const win = await pageIn('cy');
    const { renders, text } = await addList(win);
    expect(text).to.contain('Archebu lle');
    expect(text).to.contain('Dydd Sadwrn 5 Rhagfyr');
    expect(renders.filter((seen) => seen.includes('December')), 'renders with English month names').to.deep.equal([]);
    expect(localeChunks(win).sort()).to.deep.equal(['cy', 'date-names']);
  });

  it('writes Welsh words with British dates when the date names cannot be downloaded', async () => {
    await blockUrls('*/dist/chunks/date-names-*');
    const win = await pageIn('cy');
    const { text } = await addList(win);
    expect(text).to.contain('Archebu lle');
    expect(text).to.contain('Saturday 5 December');
  });
});
