import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearFeedCache, parseCollections, type FeedIssue } from '../../src/feed/index.js';
import { events } from '../../src/feed/rules/feed-rules.generated.js';
import { defineElement } from '../../src/shared/define-element.js';
import { TestWidget } from './test-widget.js';
import { quietly } from '../console-capture.js';
import { settled } from '../widget-dom.js';

const fresh = (path: string, query = '') => `/feeds/${path}?label=${Math.random().toString(36).slice(2)}${query}`;
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** Records console output of one kind while `run` runs. */
const capture = async (kind: 'warn' | 'error', run: () => Promise<unknown>) => (await quietly(run, [kind])).warnings;

describe('what every widget shares', () => {
  beforeEach(clearFeedCache);

  it('shows the page’s fallback content until the script upgrades it', async () => {
    const el = await fixture(html`<late-widget><a href="/events">See our events</a></late-widget>`);
    expect((el.querySelector('a') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    class LateWidget extends TestWidget {}
    defineElement('late-widget', LateWidget);
    await (el as TestWidget).updateComplete;
    expect(el.shadowRoot).to.not.equal(null);
  });

  it('reserves space with a skeleton while loading and says it is loading', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${fresh('ok', '&delay=400')}></test-widget>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part=skeleton]')!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Loading…');
    await settled(el);
  });

  it('renders the feed and tells the page it loaded', async () => {
    const el = document.createElement('test-widget');
    el.src = fresh('ok');
    const loaded = oneEvent(el, 'sanctuary-load');
    document.body.append(el);
    const { detail } = await loaded;
    await el.updateComplete;
    expect(detail.feed.events).to.have.length(1);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(shadowText(el)).to.contain('Event from');
    el.remove();
  });

  it('shows the fallback content and tells the page owner when the feed fails', async () => {
    let el!: TestWidget;
    const errors = await capture('error', async () => {
      el = await fixture<TestWidget>(html`<test-widget src=${fresh('bad-gateway')}><p>Our events are on our website.</p></test-widget>`);
      await settled(el);
    });
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect((el.querySelector('p') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    expect(errors.join()).to.match(/<test-widget>: The feed at .* returned an HTML page \(HTTP 502\)/);
  });

  it('fires sanctuary-error with the typed error', async () => {
    const el = document.createElement('test-widget');
    el.src = fresh('not-found');
    const failed = oneEvent(el, 'sanctuary-error');
    await capture('error', async () => {
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.error).to.include({ kind: 'http', status: 404 });
    });
    el.remove();
  });

  it('explains the failure itself when the page gave no fallback', async () => {
    await capture('error', async () => {
      const el = await fixture<TestWidget>(html`<test-widget src=${fresh('version-3')}></test-widget>`);
      await settled(el);
      expect(shadowText(el)).to.contain('Sorry, this could not be loaded just now.');
      expect(shadowText(el)).to.contain('is feed version 3');
      await expect(el).to.be.accessible();
    });
  });

  it('shows the good items of a partly broken feed and warns once, naming the dropped item', async () => {
    let el!: TestWidget;
    let issuesEvent: CustomEvent | undefined;
    const warnings = await capture('warn', async () => {
      el = document.createElement('test-widget');
      el.addEventListener('sanctuary-feed-issues', (e) => (issuesEvent = e));
      el.src = fresh('partial');
      document.body.append(el);
      await settled(el);
    });
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/\$\.events\[1\]\.start .*Event 2 "Broken date"/);
    expect(issuesEvent!.detail.issues[0].path).to.equal('$.events[1].start');
    el.remove();
  });

  it('tells the page about each broken item in sanctuary-load and the console, in the words of parseFeed', async () => {
    const feed = {
      version: 1,
      publisher: { name: 'Broken group' },
      events: [
        { id: 'e1', title: 'Picnic', start: '2030-06-01' },
        { id: 'e2', title: 'No date' },
        { id: 'e1', title: 'Picnic again', start: '2030-06-02' },
      ],
    };
    let loaded: FeedIssue[] | undefined;
    let told: FeedIssue[] | undefined;
    let el!: TestWidget;
    const warnings = await capture('warn', async () => {
      el = document.createElement('test-widget');
      el.addEventListener('sanctuary-load', (e) => (loaded = e.detail.issues));
      el.addEventListener('sanctuary-feed-issues', (e) => (told = e.detail.issues));
      el.feed = feed;
      document.body.append(el);
      await settled(el);
    });
    expect(loaded).to.deep.equal(parseCollections(feed, 'feed property', { events }).issues);
    expect(loaded!.map(({ path, message, id }) => ({ path, message, id }))).to.deep.equal([
      { path: '$.events[1].start', message: 'Event 2 "No date" (id e2) was left out: start is required but missing.', id: 'e2' },
      {
        path: '$.events[2].id',
        message: `Event 3 "Picnic again" (id e1) was left out: id is the same as item 1's, so only the first is kept.`,
        id: 'e1',
      },
    ]);
    expect(told).to.deep.equal(loaded);
    expect(warnings).to.deep.equal([
      'sanctuary-widgets <test-widget>: 2 problem(s) in the feed; the rest is shown.\n' +
        loaded!.map((issue) => `- ${issue.path} (feed property): ${issue.message}`).join('\n'),
    ]);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    el.remove();
  });

  it('says so when the collection it shows is not a list, in the words of parseFeed', async () => {
    const feed = { version: 1, publisher: { name: 'Odd group' }, events: 'every Tuesday' };
    let loaded: FeedIssue[] | undefined;
    const warnings = await capture('warn', async () => {
      const el = document.createElement('test-widget');
      el.addEventListener('sanctuary-load', (e) => (loaded = e.detail.issues));
      el.feed = feed;
      document.body.append(el);
      await settled(el);
      el.remove();
    });
    expect(loaded).to.deep.equal([
      {
        path: '$.events',
        message: '"events" should be a list ([ … ]) but is "every Tuesday", so no events were read.',
        source: 'feed property',
      },
    ]);
    expect(loaded).to.deep.equal(parseCollections(feed, 'feed property', { events }).issues);
    expect(warnings.join()).to.contain('- $.events (feed property): "events" should be a list');
  });

  it('checks only the collections the widget shows: a broken resource neither warns nor costs an event list', async () => {
    let el!: TestWidget;
    const warnings = await capture('warn', async () => {
      el = document.createElement('test-widget');
      el.feed = {
        version: 1,
        publisher: { name: 'Mixed group' },
        events: [{ id: 'e1', title: 'Picnic', start: '2030-06-01' }],
        resources: [{ id: 'r1' }, 'not even an object'],
      };
      document.body.append(el);
      await settled(el);
    });
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    expect(warnings).to.deep.equal([]);
    el.remove();
  });

  it('tells a listener added right after inserting the element that a page-given feed loaded', async () => {
    const el = document.createElement('test-widget');
    el.feed = { version: 1, publisher: { name: 'Listener group' } };
    document.body.append(el);
    const { detail } = await oneEvent(el, 'sanctuary-load');
    expect(detail.feed.publisher.name).to.equal('Listener group');
    el.remove();
  });

  it('reads a feed from an inline JSON script, which is not fallback content', async () => {
    const el = await fixture<TestWidget>(html`<test-widget>
      <script type="application/json">
        { "version": 1, "publisher": { "name": "Inline group" }, "events": [{ "id": "a", "title": "Picnic", "start": "2030-06-01" }] }
      </script>
    </test-widget>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Inline group');
    expect(shadowText(el)).to.contain('Picnic');
  });

  it('takes a feed as a property, object or JSON text, ahead of src', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${fresh('not-found')}
      .feed=${{ version: 1, publisher: { name: 'Property group' } }}></test-widget>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Property group');
    el.feed = JSON.stringify({ version: 1, publisher: { name: 'From text' } });
    await settled(el);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('From text');
  });

  it('merges several feeds, showing an item that appears twice once', async () => {
    const a = fresh('ok');
    const el = await fixture<TestWidget>(html`<test-widget src="${a} ${fresh('ok')} ${a}"></test-widget>`);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
  });

  it('still shows the feeds that loaded when one of several fails, and reports the one that did not', async () => {
    let el!: TestWidget;
    const warnings = await capture('warn', async () => {
      el = await fixture<TestWidget>(html`<test-widget src="${fresh('ok')} ${fresh('not-found')}"></test-widget>`);
      await settled(el);
    });
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    expect(warnings.join()).to.match(/HTTP 404/);
  });

  it('makes one request for three widgets on the same feed', async () => {
    const url = fresh('ok', '&delay=50');
    const els = await Promise.all([1, 2, 3].map(() => fixture<TestWidget>(html`<test-widget src=${url}></test-widget>`)));
    await Promise.all(els.map((el) => settled(el)));
    const hits = await (await fetch(`/feeds/hits?url=${encodeURIComponent(url.slice('/feeds/'.length))}`)).text();
    expect(hits).to.equal('1');
  });

  it('loads again when src changes', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src=${fresh('ok', '&label=first')}></test-widget>`);
    await settled(el);
    el.src = fresh('partial');
    await el.updateComplete;
    await capture('warn', () => settled(el));
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Partial');
  });

  it('survives being defined twice, as when a page includes the bundle twice', () => {
    class SecondCopy extends TestWidget {}
    expect(() => defineElement('test-widget', SecondCopy)).to.not.throw();
    expect(customElements.get('test-widget')).to.equal(TestWidget);
  });

  it('takes its language and direction from the nearest ancestor, and follows changes to it', async () => {
    const wrapper = await fixture(html`<div lang="ar"><test-widget src=${fresh('ok', '&delay=300')}></test-widget></div>`);
    const el = wrapper.querySelector('test-widget')!;
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('[part=base]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    // Arabic strings arrive as their own chunk, within moments.
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent === 'جارٍ التحميل…', 'no Arabic');
    wrapper.setAttribute('lang', 'en');
    document.documentElement.setAttribute('lang', 'en'); // a page-level switch notifies every widget
    await waitUntil(() => root.getAttribute('dir') === 'ltr');
    expect(root.getAttribute('lang')).to.equal('en');
    await settled(el);
  });

  it('shows the feed’s own translation in the reader’s language', async () => {
    const feed = {
      version: 1,
      language: 'en',
      publisher: { name: { en: 'Cambridge City of Sanctuary', ar: 'كامبريدج مدينة الملاذ' } },
      events: [{ id: 'a', title: { en: 'Welcome café', ar: 'مقهى الترحيب' }, start: '2030-01-01' }],
    };
    const el = await fixture<TestWidget>(html`<test-widget lang="ar" .feed=${feed}></test-widget>`);
    await settled(el);
    expect(shadowText(el)).to.contain('مقهى الترحيب');
    el.lang = 'en';
    await waitUntil(() => shadowText(el).includes('Welcome café'), 'did not switch to English');
  });

  it('lets the page owner reword a message', async () => {
    await capture('error', async () => {
      const el = await fixture<TestWidget>(html`<test-widget src=${fresh('not-found')}
        .messages=${{ 'feed.error': 'Our calendar is resting.' }}></test-widget>`);
      await settled(el);
      expect(shadowText(el)).to.contain('Our calendar is resting.');
    });
  });

  it('is accessible once loaded', async () => {
    const el = await fixture<TestWidget>(html`<test-widget theme="dark" src=${fresh('ok')}></test-widget>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
