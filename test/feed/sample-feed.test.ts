import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feed/index.js';

describe('the bundled sample feed (demo/feed.json)', () => {
  it('is valid from end to end, with enough of everything to show every widget state', async () => {
    const text = await (await fetch('/demo/feed.json')).text();
    const { feed, issues } = parseFeedText(text, 'demo/feed.json');
    expect(issues.map((i) => i.message)).to.deep.equal([]);
    expect(feed.events.length).to.be.at.least(20);
    expect(feed.resources.length).to.be.at.least(30);
    expect(feed.supporters.length).to.be.at.least(25);
    expect(feed.awards.length).to.be.at.least(10);
    expect(feed.events.some((e) => e.recurrence?.frequency === 'weekly')).to.equal(true);
    expect(feed.events.some((e) => e.status === 'cancelled')).to.equal(true);
    expect(feed.events.some((e) => e.online && !e.location)).to.equal(true);
    expect(new Set(feed.awards.map((a) => a.status))).to.have.property('size', 5);
  });
});
