// A long feed's first page is drawn from its soonest events before the rest is checked. That first page must be the
// page the whole feed gives: checked here on random feeds across time zones, all-day and repeating events and broken
// dates, and then in the element, before and after the rest of the feed arrives.
import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/event-list/define.js';
import type { SanctuaryEventList } from '../../src/event-list/define.js';
import { FIRST_VIEW_MIN_EVENTS, firstViewEvents } from '../../src/event-list/first-view.js';
import { listOccurrences } from '../../src/event-list/occurrences.js';
import { parseCollections, type SanctuaryEvent } from '../../src/feed/index.js';
import { events as eventRules } from '../../src/feed/rules/feed-rules.generated.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const DAY = 86_400_000;
const ZONES = ['Europe/London', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'];

const isoLocal = (t: number) => new Date(t).toISOString().slice(0, 16);

/** A raw event near now: timed or all-day, in any of ZONES, sometimes repeating, sometimes broken. */
const rawEvent = (index: number) =>
  fc
    .record({
      offsetHours: fc.integer({ min: -24 * 60, max: 24 * 60 }),
      hours: fc.integer({ min: 0, max: 30 }),
      zone: fc.constantFrom(...ZONES),
      allDay: fc.boolean(),
      kind: fc.constantFrom('plain', 'plain', 'plain', 'plain', 'repeating', 'repeating until', 'broken', 'garbled', 'open', 'cancelled'),
      untilDays: fc.integer({ min: 0, max: 40 }),
    })
    .map(({ offsetHours, hours, zone, allDay, kind, untilDays }) => {
      const start = NOW + offsetHours * 3_600_000;
      const event: Record<string, unknown> = {
        id: `e${index}`,
        title: `Event ${index}`,
        start: allDay ? isoLocal(start).slice(0, 10) : isoLocal(start),
        end: allDay ? isoLocal(start + hours * DAY).slice(0, 10) : isoLocal(start + hours * 3_600_000),
        timezone: zone,
      };
      if (kind === 'repeating') event.recurrence = { frequency: 'weekly', count: 6 };
      if (kind === 'repeating until') event.recurrence = { frequency: 'weekly', until: isoLocal(start + untilDays * DAY).slice(0, 10) };
      if (kind === 'broken') event.start = '2026-02-30T10:00';
      // Shaped like a date, but no date at all: the first view cannot read it.
      if (kind === 'garbled') event.start = `${isoLocal(start).slice(0, 5)}1x${isoLocal(start).slice(7)}`;
      if (kind === 'open') delete event.end;
      if (kind === 'cancelled') event.status = 'cancelled';
      return event;
    });

const feedOf = (events: unknown[]) => ({ version: 1, publisher: { name: 'Long feed' }, events });
const keys = (page: { event: SanctuaryEvent; start: number }[]) => page.map((o) => `${o.event.id}@${o.start}`);

describe('the first view of a long event feed', () => {
  it('is not used for a short feed, which is checked whole first', () => {
    expect(firstViewEvents(Array.from({ length: FIRST_VIEW_MIN_EVENTS - 1 }, () => ({})), NOW, 10)).to.equal(undefined);
  });

  it('gives the same first page as the whole feed, whatever the time zones, all-day, repeating and broken events', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.nat(), { minLength: 1 }), (page, seeds) => {
        const events = Array.from({ length: FIRST_VIEW_MIN_EVENTS + (seeds[0] % 300) }, (_, i) =>
          fc.sample(rawEvent(i), { numRuns: 1, seed: seeds[0] * 7919 + i })[0],
        );
        const first = firstViewEvents(events, NOW, page)!;
        const whole = parseCollections(feedOf(events), 'test', { events: eventRules }).feed.events as SanctuaryEvent[];
        const picked = parseCollections(feedOf(events), 'test', { events: eventRules }, { events: first.indices }).feed
          .events as SanctuaryEvent[];
        const expected = listOccurrences(whole, { now: NOW }).upcoming.slice(0, page);
        const shown = listOccurrences(picked, { now: NOW }).upcoming.filter((o) => o.start <= first.cutoff).slice(0, page);
        // A full page, and the same page; and it costs checking far fewer events than the whole feed.
        expect(keys(shown)).to.deep.equal(keys(expected));
        expect(first.indices.length).to.be.below(events.length);
      }),
      { numRuns: 25 },
    );
  });

  it('checks every event first when the soonest start cannot be read, rather than guess a cut-off', () => {
    const events = Array.from({ length: FIRST_VIEW_MIN_EVENTS }, (_, i) => ({
      id: `e${i}`,
      // Text orders these between December 2026 and the real starts, in 2027.
      start: i < 100 ? '2026-1x-27T10:00' : isoLocal(NOW + 60 * DAY + i * 3_600_000),
    }));
    const first = firstViewEvents(events, NOW, 10)!;
    expect(first.cutoff).to.equal(Infinity);
    expect(first.indices).to.have.length(FIRST_VIEW_MIN_EVENTS);
  });

  it('shows the first page before the rest is checked, then the whole feed, with the same first page', async () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${i}`,
      title: `Gathering ${i}`,
      start: isoLocal(NOW + ((i * 7919) % 3000) * 6 * 3_600_000 - 30 * DAY),
      category: i % 2 ? 'social' : 'training',
      // Some repeat every few days from before now, so the first page mixes their dates in (and its end must hold them).
      ...(i % 100 === 0 ? { recurrence: { frequency: 'weekly', byDay: ['MO', 'TH'], count: 40 } } : {}),
    }));
    const el = document.createElement('sanctuary-event-list') as SanctuaryEventList;
    el.now = NOW;
    el.feed = feedOf(events);
    const loaded = oneEvent(el, 'sanctuary-load');
    document.body.append(el);
    const titles = () => [...el.shadowRoot!.querySelectorAll('[part=item] .title')].map((t) => t.textContent!.trim());
    // The moment the first events are on the page, before the rest of the feed is checked.
    const firstView = await new Promise<{ titles: string[]; state: string | null; filterOff: boolean; more: boolean }>((resolve) => {
      const watch = new MutationObserver(() => {
        if (!titles().length) return;
        watch.disconnect();
        resolve({
          titles: titles(),
          state: el.getAttribute('state'),
          filterOff: el.shadowRoot!.querySelector<HTMLSelectElement>('#category')!.disabled,
          more: el.shadowRoot!.querySelector('[part=more]') !== null,
        });
      });
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    });
    // Still loading the rest: the widget says so, and the choices that need the whole feed wait.
    expect(firstView.state).to.equal('loading');
    expect(firstView.filterOff).to.equal(true);
    expect(firstView.more).to.equal(false);
    const { detail } = await loaded;
    await el.updateComplete;
    expect(detail.feed.events).to.have.length(3000);
    expect(titles()).to.deep.equal(firstView.titles);
    expect(firstView.titles).to.have.length(10);
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('#category')!.disabled).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=more]')).to.not.equal(null);
    el.remove();
  });
});
