// A small feed every widget can show, and a helper that mounts a widget with it inline and waits for it.
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/event-list/define.js';
import '../../src/resource-finder/define.js';
import '../../src/supporter-wall/define.js';
import '../../src/award-badge/define.js';

export const NOW = Date.UTC(2026, 10, 26, 12);

/** One small feed that every widget can show. */
export const FEED = {
  version: 1,
  publisher: { name: 'Testford City of Sanctuary', place: 'Testford', url: 'https://example.org' },
  language: 'en',
  events: [
    {
      id: 'cafe',
      title: 'Welcome café',
      start: '2026-12-05T14:00',
      end: '2026-12-05T16:00',
      timezone: 'Europe/London',
      location: { name: 'Church hall', address: '1 High Street' },
      bookingUrl: 'https://example.org/book',
    },
    {
      id: 'walk',
      title: 'Riverside walk',
      start: '2026-12-12T10:00',
      end: '2026-12-12T12:00',
      timezone: 'Europe/London',
      location: { name: 'Town bridge' },
    },
  ],
  resources: [
    { id: 'pack', title: 'Welcome pack for schools', summary: 'Ideas for a first week.', url: 'https://example.org/pack', type: 'guide', updated: '2026-03-14' },
    { id: 'gp', title: 'Registering with a GP', summary: 'Anyone can register.', url: 'https://example.org/gp', type: 'leaflet' },
    { id: 'art', title: 'Art and belonging', url: 'https://example.org/art', type: 'video' },
  ],
  supporters: [
    { id: 'a', name: 'Lantern Café', sector: 'business' },
    { id: 'b', name: 'Riverside Church', sector: 'faith' },
    { id: 'c', name: 'Testford Library', sector: 'public-sector' },
  ],
  awards: [
    {
      id: 'sos-1',
      holder: { name: 'Parkside Primary School' },
      stream: 'school',
      status: 'awarded',
      awarded: '2024-03-14',
      expires: '2027-03-13',
      verifyUrl: 'https://example.org/awards/sos-1',
    },
  ],
};

export const escape = (json: string) => json.replace(/</g, '\\u003c');

/** Mounts `tag` with the feed as an inline JSON child, and waits until it has shown it. The award badge reads only
 * a register it fetches, so it gets the feed from the test server instead. */
export async function mount(tag: string, attributes: string, feed: object = FEED, extra = ''): Promise<HTMLElement> {
  const json = JSON.stringify(feed);
  const el = await fixture<HTMLElement>(
    tag === 'sanctuary-award-badge'
      ? `<${tag} ${attributes} register="/feeds/echo?json=${encodeURIComponent(json)}">${extra}</${tag}>`
      : `<${tag} ${attributes}><script type="application/json">${escape(json)}</script>${extra}</${tag}>`,
  );
  if (tag === 'sanctuary-award-badge') (el as HTMLElement & { now?: Date }).now = new Date(NOW);
  await waitUntil(() => el.getAttribute('state') === 'ready', `${tag} never became ready`, { timeout: 5000 });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

export const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

