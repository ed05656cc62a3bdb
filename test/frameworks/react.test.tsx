// The React 19 example of docs/frameworks.md, rendered by React in Chromium against the built package entry, as in
// an app (no act(): the widget's events arrive on their own time, and the test waits for what a visitor would see).
import { expect, waitUntil } from '@open-wc/testing';
import { createRoot, type Root } from 'react-dom/client';
import { UpcomingEvents } from '../../docs/examples/frameworks/react/UpcomingEvents.tsx';
import type { FeedInput } from 'sanctuary-widgets';
import { brokenFeed, emptyFeed, NOW, riversideFeed, shadowText } from './feeds.js';

describe('the React example', () => {
  let host: HTMLElement;
  let root: Root;

  async function render(feed: FeedInput | string) {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    root.render(<UpcomingEvents feed={feed as FeedInput} now={NOW} />);
    await waitUntil(() => host.querySelector('sanctuary-event-list'), 'React never rendered the list');
    const list = host.querySelector('sanctuary-event-list')!;
    await waitUntil(() => ['ready', 'error'].includes(list.getAttribute('state') ?? ''), 'the list never settled');
    return list;
  }

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('upgrades the element and shows the events of the feed React gave it', async () => {
    const list = await render(riversideFeed);
    expect(customElements.get('sanctuary-event-list')).to.equal(list.constructor);
    expect(list.getAttribute('state')).to.equal('ready');
    const text = shadowText(list);
    expect(text).to.contain('Community choir');
    expect(text).to.contain('Welcome walk by the river');
  });

  it('hands objects and numbers over as properties, not as attribute strings', async () => {
    const list = await render(riversideFeed);
    expect(list.feed).to.equal(riversideFeed);
    expect(list.hasAttribute('feed')).to.equal(false);
    expect(list.now).to.equal(NOW);
    expect(list.pageSize).to.equal(5);
    expect(list.messages).to.deep.equal({ 'eventList.empty': 'Nothing planned just now: come back soon.' });
  });

  it('shows the wording React passed in messages', async () => {
    const list = await render(emptyFeed);
    await waitUntil(() => shadowText(list).includes('Nothing planned just now'), 'the message override never showed');
  });

  it('hears sanctuary-load and sanctuary-feed-issues with their details', async () => {
    await render(riversideFeed);
    await waitUntil(() => host.querySelector('.summary'), 'onsanctuary-load never ran');
    expect(host.querySelector('.summary')!.textContent).to.equal('3 events in our calendar.');
    await waitUntil(() => host.querySelector('.warning'), 'onsanctuary-feed-issues never ran');
    expect(host.querySelector('.warning')!.textContent).to.equal('Events left out: 1.');
  });

  it('hears sanctuary-error with the error in its detail', async () => {
    const list = await render(brokenFeed);
    expect(list.getAttribute('state')).to.equal('error');
    await waitUntil(() => host.querySelector('[role=alert]'), 'onsanctuary-error never ran');
    expect(host.querySelector('[role=alert]')!.textContent).to.match(/^The calendar did not load: \S/);
  });

  it('re-renders with a new feed object and the widget follows', async () => {
    const list = await render(emptyFeed);
    root.render(<UpcomingEvents feed={riversideFeed} now={NOW} />);
    await waitUntil(() => shadowText(list).includes('Conversation club'), 'the new feed never showed');
    expect(list.feed).to.equal(riversideFeed);
  });
});
