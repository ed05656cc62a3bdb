// The daily shuffle (sort="shuffle"): an order that holds for a whole day and changes the next, so no organisation is
// always at the bottom of the wall. Most walls are sorted by name, so this is a chunk that only a wall which asks for
// the shuffle downloads (see SanctuarySupporterWall).
import type { Supporter } from '../feed/schema.js';

/** The reader's calendar day as YYYY-MM-DD (local time): the key of the daily shuffle. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** FNV-1a over UTF-16 code units: a small, well-spread 32-bit seed from text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a seeded PRNG; the same seed gives the same sequence on every browser. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Fisher–Yates shuffle seeded by the day and the set of supporter ids. The list is first put in id order, so
 * the result depends only on who is in it and on the date, never on the order of the feed; the same page shows
 * the same order all day, and a new day (or a new supporter) deals a fresh one.
 */
export function dailyShuffle<T extends Pick<Supporter, 'id'>>(supporters: readonly T[], day: string): T[] {
  const list = [...supporters].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = mulberry32(hash(`${day}\u0000${list.map((s) => s.id).join('\u0000')}`));
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** The wall's order today, in the reader's local calendar. */
export const shuffleToday = <T extends Pick<Supporter, 'id'>>(supporters: readonly T[], today = new Date()): T[] =>
  dailyShuffle(supporters, dayKey(today));
