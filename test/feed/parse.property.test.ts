// Property-based: whatever arrives, the parser either returns or throws its own FeedError, and no valid item is
// ever lost because its neighbours are broken.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, parseFeed, parseFeedText } from '../../src/feed/index.js';

const validEvent = fc.record({
  id: fc.uuid(),
  title: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
  start: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});
const validSupporter = fc.record({
  id: fc.uuid(),
  name: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
  url: fc.option(fc.webUrl(), { nil: undefined }),
});

describe('feed parser properties', () => {
  it('never throws anything but a FeedError, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        try {
          parseFeedText(text, 'fuzz');
        } catch (error) {
          expect(error).to.be.instanceOf(FeedError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but a FeedError for any feed-shaped value', () => {
    fc.assert(
      fc.property(
        fc.record({
          version: fc.oneof(fc.constant(1), fc.jsonValue()),
          publisher: fc.oneof(fc.constant({ name: 'x' }), fc.jsonValue()),
          events: fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue()),
          supporters: fc.array(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()))),
        }),
        (doc) => {
          try {
            parseFeed(doc, 'fuzz');
          } catch (error) {
            expect(error).to.be.instanceOf(FeedError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps every valid item, in order, however much junk surrounds it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validEvent, { selector: (e) => e.id, maxLength: 8 }),
        fc.uniqueArray(validSupporter, { selector: (s) => s.id, maxLength: 8 }),
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.nat(),
        (events, supporters, junk, seed) => {
          // Junk may not borrow a valid item's id (that would be a duplicate, correctly dropped).
          const ids = new Set([...events, ...supporters].map((i) => i.id));
          const safeJunk = junk.filter((j) => !(j && typeof j === 'object' && ids.has((j as { id?: string }).id!)));
          const mix = <T>(good: T[]) => {
            const out: unknown[] = [...good];
            safeJunk.forEach((j, i) => out.splice((seed + i * 7) % (out.length + 1), 0, j));
            return out;
          };
          const { feed } = parseFeed(
            { version: 1, publisher: { name: 'p' }, events: mix(events), supporters: mix(supporters) },
            'fuzz',
          );
          expect(feed.events.map((e) => e.id)).to.include.members(events.map((e) => e.id));
          expect(feed.supporters.map((s) => s.id)).to.include.members(supporters.map((s) => s.id));
          const order = feed.events.map((e) => e.id).filter((id) => ids.has(id));
          expect(order).to.deep.equal(events.map((e) => e.id));
        },
      ),
      { numRuns: 300 },
    );
  });
});
