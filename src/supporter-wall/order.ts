// Puts supporters in the order the wall shows them: by name in the reader's language or newest pledge first (the
// daily shuffle, which pages ask for less often, loads on demand from shuffle.ts).
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

/** `since` as comparable text: a bare year counts as before any dated pledge in that year. */
const sinceKey = (since: string | undefined) => (since === undefined ? '' : since.length === 4 ? `${since}-00-00` : since);

/** The supporters by name or newest pledge first; ties (same name, same date) keep a stable order by id. */
export function sortSupporters<T extends Supporter>(
  supporters: readonly T[],
  sort: 'alphabetical' | 'newest',
  { lang }: { lang: string },
): T[] {
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
