// Puts supporters in the order the wall shows them: by name in the reader's language, newest pledge first, or a
// shuffle that holds for a whole day and changes the next, so no organisation is always at the bottom.
import type { Supporter } from '../feed/schema.js';

export const SORTS = ['alphabetical', 'newest', 'shuffle'] as const;
export type SupporterSort = (typeof SORTS)[number];

/** The sort to use for an attribute value; anything unknown reads as alphabetical. */
export const toSort = (value: string | null | undefined): SupporterSort =>
  (SORTS as readonly string[]).includes(value ?? '') ? (value as SupporterSort) : 'alphabetical';

/** A collator for names in `lang`: case and accents ignored for the first pass, numbers compared as numbers. */
export function nameCollator(lang: string): Intl.Collator {
  try {
    return new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  } catch {
    return new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  }
}

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

/** `since` as comparable text: a bare year counts as before any dated pledge in that year. */
const sinceKey = (since: string | undefined) => (since === undefined ? '' : since.length === 4 ? `${since}-00-00` : since);

/** The supporters in display order; ties (same name, same date) keep a stable order by id. */
export function sortSupporters<T extends Supporter>(
  supporters: readonly T[],
  sort: SupporterSort,
  { lang, today = new Date() }: { lang: string; today?: Date },
): T[] {
  if (sort === 'shuffle') return dailyShuffle(supporters, dayKey(today));
  const collator = nameCollator(lang);
  const byName = (a: T, b: T) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort === 'alphabetical') return [...supporters].sort(byName);
  // Newest first; supporters without a date go last, by name.
  return [...supporters].sort((a, b) => {
    const ka = sinceKey(a.since);
    const kb = sinceKey(b.since);
    if (ka !== kb) return ka === '' ? 1 : kb === '' ? -1 : ka < kb ? 1 : -1;
    return byName(a, b);
  });
}
