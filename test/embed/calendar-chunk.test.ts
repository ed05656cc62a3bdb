// The built event list (dist/) downloads the calendar reader only for a calendar: a page on a JSON feed never pays
// for it. Run `npm run build` first (npm test does).
import { expect } from '@open-wc/testing';

type Frame = Window & typeof globalThis;

async function openPage(body: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/event-list.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Frame;
}

async function ready(win: Frame, selector: string): Promise<HTMLElement> {
  const deadline = performance.now() + 8000;
  for (;;) {
    const el = win.document.querySelector<HTMLElement>(selector);
    if (el?.getAttribute('state') === 'ready') return el;
    if (el?.getAttribute('state') === 'error' || performance.now() > deadline) throw new Error(`${selector} is ${el?.getAttribute('state')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const scriptsLoaded = (win: Frame) =>
  win.performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /\.js(\?|$)/.test(name));

describe('the built event list and calendars', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('does not download the calendar reader for a JSON feed, and does for a calendar', async () => {
    const label = Math.random().toString(36).slice(2);
    const win = await openPage(`<sanctuary-event-list id="json" src="/feeds/ok?label=${label}" now="2029-12-01T00:00:00Z"></sanctuary-event-list>`);
    await ready(win, '#json');
    expect(scriptsLoaded(win).some((name) => name.includes('/dist/event-list.js'))).to.equal(true);
    expect(scriptsLoaded(win).filter((name) => name.includes('/dist/chunks/calendar-feed'))).to.deep.equal([]);

    win.document.body.insertAdjacentHTML(
      'beforeend',
      `<sanctuary-event-list id="calendar" src="/feeds/calendar?label=${label}" now="2030-03-01T09:00:00Z"></sanctuary-event-list>`,
    );
    const calendar = await ready(win, '#calendar');
    expect(calendar.shadowRoot!.textContent).to.contain('Riverside welcome café');
    expect(scriptsLoaded(win).filter((name) => name.includes('/dist/chunks/calendar-feed'))).to.have.length(1);
  });
});
