// Synthetic feeds for the event-list benchmark: n events over two years from a fixed "now", with the mix a real
// group has (some past, some repeating weekly, a few cancelled or online), as JSON text like a fetch returns.
export const BENCH_NOW = Date.parse('2026-11-26T12:00:00Z');

const CATEGORIES = ['social', 'language', 'training', 'advice', 'arts', 'campaign'];
const PLACES = ['St Andrew’s Street Baptist Church', 'Mill Road Library', 'Friends Meeting House', 'Cambridge Central Mosque'];

export function benchFeedText(n: number): string {
  const events = [];
  const span = 730 * 86_400_000;
  for (let i = 0; i < n; i++) {
    // 10% in the past, the rest spread over the next two years.
    const t = BENCH_NOW - span * 0.1 + Math.floor(((i * 7919) % n) * (span / n));
    const d = new Date(t);
    const date = d.toISOString().slice(0, 10);
    const hour = 9 + (i % 10);
    const event: Record<string, unknown> = {
      id: `event-${i}`,
      title: `${['Welcome café', 'ESOL club', 'Drop-in', 'Workshop', 'Film night'][i % 5]} ${i}`,
      start: `${date}T${String(hour).padStart(2, '0')}:00`,
      end: `${date}T${String(hour + 1).padStart(2, '0')}:30`,
      category: CATEGORIES[i % CATEGORIES.length],
      description: 'Tea, coffee and a friendly welcome. Everyone is welcome, whatever their story; children too.',
      cost: 'Free',
      languages: ['en', 'ar'],
    };
    if (i % 7 === 0) event.online = { url: 'https://meet.example.org/room', platform: 'Zoom' };
    else event.location = { name: PLACES[i % PLACES.length], postcode: 'CB1 2AB' };
    if (i % 31 === 0) event.status = 'cancelled';
    if (i % 50 === 0) event.recurrence = { frequency: 'weekly', until: new Date(t + 180 * 86_400_000).toISOString().slice(0, 10) };
    events.push(event);
  }
  return JSON.stringify({ version: 1, publisher: { name: 'Benchmark group' }, events });
}
