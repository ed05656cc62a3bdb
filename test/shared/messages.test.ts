// A partner rewords the widgets without a build step: a `messages` property, or a JSON script child marked
// data-messages, next to (and never mistaken for) the inline feed.
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/index.js';
import { overridesFor, parseOverrides, unknownKeys } from '../../src/shared/locale/overrides.js';
import { eventListStrings } from '../../src/event-list/event-list.strings.js';
import type { SanctuaryEventList } from '../../src/event-list/event-list.js';
import { FEED, mount, shadowText } from './language-fixtures.js';
import { quietly } from '../console-capture.js';

const NOW = Date.UTC(2026, 10, 26, 12);
const words = (json: object) => `<script type="application/json" data-messages>${JSON.stringify(json)}</script>`;


describe('a partner’s own wording', () => {
  beforeEach(clearFeedCache);
  afterEach(fixtureCleanup);

  it('replaces a string from a data-messages script, and still reads the inline feed beside it', async () => {
    const el = await mount('sanctuary-event-list', `now="${NOW}" lang="en"`, FEED, words({ 'eventList.book': 'Save me a seat' }));
    expect(shadowText(el)).to.contain('Save me a seat');
    expect(shadowText(el)).to.not.contain('Book a place');
    expect(shadowText(el)).to.contain('Welcome café');
  });

  it('reads the inline feed even when the data-messages script comes first', async () => {
    const el = await fixture<HTMLElement>(
      `<sanctuary-event-list now="${NOW}" lang="en">${words({ 'eventList.book': 'Save me a seat' })}<script type="application/json">${JSON.stringify(FEED)}</script></sanctuary-event-list>`,
    );
    await waitUntil(() => el.getAttribute('state') === 'ready', 'never ready', { timeout: 5000 });
    expect(shadowText(el)).to.contain('Save me a seat');
    expect(shadowText(el)).to.contain('Riverside walk');
  });

  it('keeps wording for one language in that language’s section', async () => {
    const both = words({ 'eventList.where': 'Venue', cy: { 'eventList.book': 'Cadw lle i mi' } });
    const welsh = await mount('sanctuary-event-list', `now="${NOW}" lang="cy-GB"`, FEED, both);
    expect(shadowText(welsh)).to.contain('Cadw lle i mi');
    expect(shadowText(welsh)).to.contain('Venue');
    const english = await mount('sanctuary-event-list', `now="${NOW}" lang="en"`, FEED, both);
    expect(shadowText(english)).to.contain('Book a place');
    expect(shadowText(english)).to.contain('Venue');
  });

  it('lets the messages property win over the data-messages script', async () => {
    const el = (await mount('sanctuary-event-list', `now="${NOW}" lang="en"`, FEED, words({ 'eventList.book': 'From HTML' }))) as SanctuaryEventList;
    el.messages = { 'eventList.book': 'From script' };
    await el.updateComplete;
    expect(shadowText(el)).to.contain('From script');
    expect(shadowText(el)).to.not.contain('From HTML');
  });

  it('overrides plural messages with the language’s own forms', async () => {
    const el = await mount('sanctuary-event-list', `now="${NOW}" lang="en"`, FEED, words({ 'eventList.count': { one: '{count} gathering', other: '{count} gatherings' } }));
    expect(shadowText(el)).to.contain('2 gatherings');
  });

  it('warns the page owner about broken JSON or unknown keys, and keeps the built-in wording', async () => {
    const { result: el, warnings } = await quietly(() =>
      mount('sanctuary-event-list', `now="${NOW}" lang="en"`, FEED, `<script type="application/json" data-messages>{ "eventList.book": </script>`),
    );
    expect(shadowText(el)).to.contain('Book a place');
    expect(warnings.join('\n')).to.match(/data-messages script is not valid JSON/);
    const { warnings: typo } = await quietly(() =>
      mount('sanctuary-event-list', `now="${NOW}" lang="en"`, FEED, words({ 'eventList.bok': 'Oops' })),
    );
    expect(typo.join('\n')).to.contain('eventList.bok');
  });

  it('calls a mistyped key of the widget’s own or the shared strings unknown, and lets another widget’s key through', () => {
    const overrides = {
      'eventList.book': 'Save a seat',
      'eventList.bok': 'Oops',
      'feed.lodaing': 'Oops',
      'evenList.book': 'Oops',
      'awardBadge.noId': 'Another widget’s wording, for a page that gives every widget the same messages',
      cy: { 'feed.error': 'Wps', 'eventList.bok': 'Wps', 'date.months': 'Ionawr|Chwefror' },
    };
    expect(unknownKeys(overrides, eventListStrings)).to.deep.equal([
      'eventList.bok',
      'feed.lodaing',
      'evenList.book',
      'cy: eventList.bok',
      // Day and month names are the language file's, used only where the browser has none: not a page's wording.
      'cy: date.months',
    ]);
  });

  it('picks overrides for a language: shared, then the language, then the exact tag', () => {
    const overrides = { 'feed.loading': 'A', cy: { 'feed.loading': 'B', 'feed.error': 'C' }, 'cy-gb': { 'feed.error': 'D' } };
    expect(overridesFor(overrides, 'en')).to.deep.equal({ 'feed.loading': 'A' });
    expect(overridesFor(overrides, 'cy')).to.deep.equal({ 'feed.loading': 'B', 'feed.error': 'C' });
    expect(overridesFor(overrides, 'cy-GB')).to.deep.equal({ 'feed.loading': 'B', 'feed.error': 'D' });
    expect(parseOverrides('[1]', {}).problem).to.match(/JSON object/);
  });
});
