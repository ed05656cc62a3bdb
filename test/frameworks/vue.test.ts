// The Vue 3 example of docs/frameworks.md, compiled and rendered by Vue in Chromium against the built package entry.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h, nextTick, ref, type App } from 'vue';
import { createEventsApp, UpcomingEvents } from '../../docs/examples/frameworks/vue/upcoming-events.js';
import type { FeedInput } from 'sanctuary-widgets';
import { brokenFeed, emptyFeed, NOW, riversideFeed, shadowText } from './feeds.js';

describe('the Vue example', () => {
  let host: HTMLElement;
  let app: App;
  const warnings: string[] = [];

  async function mount(feed: FeedInput | string) {
    host = document.createElement('div');
    document.body.append(host);
    app = createEventsApp({ feed, now: NOW });
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(host);
    const list = host.querySelector('sanctuary-event-list')!;
    await waitUntil(() => ['ready', 'error'].includes(list.getAttribute('state') ?? ''), 'the list never settled');
    return list;
  }

  beforeEach(() => {
    warnings.length = 0;
  });
  afterEach(() => {
    app.unmount();
    host.remove();
  });

  it('upgrades the element and shows the events of the feed Vue gave it', async () => {
    const list = await mount(riversideFeed);
    expect(customElements.get('sanctuary-event-list')).to.equal(list.constructor);
    expect(list.getAttribute('state')).to.equal('ready');
    expect(shadowText(list)).to.contain('Community choir');
    expect(shadowText(list)).to.contain('Welcome walk by the river');
  });

  it('tells Vue that sanctuary-* tags are custom elements, even one whose script has not loaded yet', async () => {
    await mount(riversideFeed);
    expect(warnings).to.deep.equal([]);
    // Vue's browser compiler knows defined elements by itself; for the others it needs isCustomElement.
    expect(customElements.get('sanctuary-award-badge')).to.equal(undefined);
    const compile = (isCustomElement?: (tag: string) => boolean) => {
      const seen: string[] = [];
      const other = createApp({ template: '<sanctuary-award-badge award="SOS-1"></sanctuary-award-badge>' });
      if (isCustomElement) other.config.compilerOptions.isCustomElement = isCustomElement;
      other.config.warnHandler = (message) => seen.push(message);
      other.mount(document.createElement('div'));
      other.unmount();
      return seen;
    };
    expect(compile().join()).to.contain('Failed to resolve component: sanctuary-award-badge');
    expect(compile(app.config.compilerOptions.isCustomElement)).to.deep.equal([]);
  });

  it('hands objects and numbers over as properties, not as attribute strings', async () => {
    const list = await mount(riversideFeed);
    expect(list.feed).to.deep.equal(riversideFeed);
    expect(list.hasAttribute('feed')).to.equal(false);
    expect(list.now).to.equal(NOW);
    expect(list.pageSize).to.equal(5);
    expect(list.messages).to.deep.equal({ 'eventList.empty': 'Nothing planned just now: come back soon.' });
  });

  it('shows the wording Vue passed in messages', async () => {
    const list = await mount(emptyFeed);
    await waitUntil(() => shadowText(list).includes('Nothing planned just now'), 'the message override never showed');
  });

  it('hears sanctuary-load and sanctuary-feed-issues with their details', async () => {
    await mount(riversideFeed);
    await waitUntil(() => host.querySelector('.summary'), '@sanctuary-load never ran');
    expect(host.querySelector('.summary')!.textContent).to.equal('3 events in our calendar.');
    await waitUntil(() => host.querySelector('.warning'), '@sanctuary-feed-issues never ran');
    expect(host.querySelector('.warning')!.textContent).to.equal('Events left out: 1.');
  });

  it('hears sanctuary-error with the error in its detail', async () => {
    const list = await mount(brokenFeed);
    expect(list.getAttribute('state')).to.equal('error');
    await waitUntil(() => host.querySelector('[role=alert]'), '@sanctuary-error never ran');
    expect(host.querySelector('[role=alert]')!.textContent).to.match(/^The calendar did not load: \S/);
  });

  it('follows a reactive feed: a new object from Vue reloads the widget', async () => {
    const feed = ref<FeedInput>(emptyFeed);
    host = document.createElement('div');
    document.body.append(host);
    app = createApp({ render: () => h(UpcomingEvents, { feed: feed.value, now: NOW }) });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sanctuary-');
    app.mount(host);
    const list = host.querySelector('sanctuary-event-list')!;
    await waitUntil(() => shadowText(list).includes('Nothing planned just now'), 'the empty feed never showed');
    feed.value = riversideFeed;
    await nextTick();
    await waitUntil(() => shadowText(list).includes('Conversation club'), 'the new feed never showed');
  });
});
