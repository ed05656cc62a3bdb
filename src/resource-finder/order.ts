// The three orders a reader can choose: relevance (search rank, or the publisher's order with no query), newest,
// and A–Z in the reader's language.
import type { Resource } from '../feed/index.js';
import { perLanguage } from '../shared/locale/format.js';

export const SORT_ORDERS = ['relevance', 'newest', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** One collator per language: the title order is worked out again on every keystroke. */
const collators = new Map<string, Intl.Collator | null>();

export const isSortOrder = (value: unknown): value is SortOrder => SORT_ORDERS.includes(value as SortOrder);

/** Sorts indices into `resources`, which arrive in relevance order; ties keep that order. */
export function sortResults(indices: readonly number[], resources: readonly Resource[], order: SortOrder, lang: string): number[] {
  const sorted = [...indices];
  if (order === 'newest') {
    // Undated resources go last; ISO dates compare as text.
    sorted.sort((a, b) => {
      const da = resources[a].updated ?? '';
      const db = resources[b].updated ?? '';
      return da === db ? 0 : da > db ? -1 : 1;
    });
  } else if (order === 'title') {
    const options: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };
    // A malformed page language sorts in the browser's own.
    const collator = perLanguage(collators, lang, () => new Intl.Collator(lang, options)) ?? new Intl.Collator(undefined, options);
    sorted.sort((a, b) => collator.compare(resources[a].title, resources[b].title));
  }
  return sorted;
}
