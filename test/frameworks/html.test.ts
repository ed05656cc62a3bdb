// The plain HTML example of docs/frameworks.md, opened as a page of its own (it loads the built dist/event-list.js).
import { expect, waitUntil } from '@open-wc/testing';
import type { SanctuaryEventList } from 'sanctuary-widgets/event-list';
import { shadowText } from './feeds.js';

async function openExample() {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px';
  frame.src = '/docs/examples/frameworks/html/events.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  const list = page.querySelector('sanctuary-event-list') as SanctuaryEventList;
  await waitUntil(() => list.getAttribute('state') === 'ready', 'the list never loaded');
  return { frame, page, list };
}

describe('the plain HTML example', () => {
  it('upgrades the element and shows the feed the page script gave it', async () => {
    const { frame, page, list } = await openExample();
    expect(page.defaultView!.customElements.get('sanctuary-event-list')).to.equal(list.constructor);
    const text = shadowText(list);
    expect(text).to.contain('Conversation club');
    expect(text).to.contain('Community choir');
    frame.remove();
  });

  it('takes attributes from the markup and objects as properties from script', async () => {
    const { frame, list } = await openExample();
    expect(list.layout).to.equal('cards');
    expect(list.pageSize).to.equal(5);
    expect((list.feed as { publisher: { name: string } }).publisher.name).to.equal('Riverside City of Sanctuary');
    expect(list.hasAttribute('feed')).to.equal(false);
    expect(shadowText(list)).to.contain('Save the date');
    frame.remove();
  });

  it('hears sanctuary-load with the checked feed in its detail', async () => {
    const { frame, page } = await openExample();
    await waitUntil(() => page.querySelector('#events-summary')!.textContent !== '', 'sanctuary-load never arrived');
    expect(page.querySelector('#events-summary')!.textContent).to.equal('2 events in our calendar.');
    frame.remove();
  });
});
