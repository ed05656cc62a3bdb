// Facets without a DOM: the values each resource has, which resources a selection keeps, and disjunctive counts
// (each option counts the results it would give with the query and the *other* facets as they are).
import type { Resource } from '../feed/index.js';

export const FACETS = ['type', 'stream', 'audience', 'language'] as const;
export type FacetName = (typeof FACETS)[number];

/** Selected option keys per facet: any option within a facet (OR), every facet that has one (AND). */
export type Selection = Partial<Record<FacetName, readonly string[]>>;

/** The facet keys of one resource, computed once per feed. */
export type FacetKeys = Record<FacetName, readonly string[]>;

// Feeds repeat the same few values thousands of times; Intl.getCanonicalLocales is slow enough to notice.
const keyCache = new Map<string, string>();

/** A facet value folded so "Toolkit" and "toolkit " are one option; languages in canonical BCP 47 form. */
export function facetKey(facet: FacetName, value: string): string {
  const id = `${facet}\u0000${value}`;
  let key = keyCache.get(id);
  if (key === undefined) {
    key = value.trim();
    try {
      key = facet === 'language' ? Intl.getCanonicalLocales(key)[0] : key.toLowerCase();
    } catch {
      // Not a language tag: kept as a value of its own.
      key = key.toLowerCase();
    }
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(id, key);
  }
  return key;
}

/** "local-authorities" → "Local authorities": a facet value made readable, for one the catalogue has no label for (and
 * the English of those it has). */
export function humanize(raw: string): string {
  const words = /^[\p{Ll}\d]+([-_][\p{Ll}\d]+)*$/u.test(raw) ? raw.replace(/[-_]+/g, ' ') : raw;
  // "people seeking sanctuary" → "People seeking sanctuary"; "ESOL learners" and "iPad guides" stay as written.
  return /^\p{Ll}\P{Lu}*$/u.test(words.split(' ')[0]) ? words.charAt(0).toLocaleUpperCase() + words.slice(1) : words;
}

/** Where a resource holds each facet's values: one type, the others lists. */
const FIELDS = { type: 'type', stream: 'streams', audience: 'audience', language: 'languages' } as const;

/** A resource's values for a facet, as the feed writes them. Called for every resource of a large feed: no array is
 * made where the feed has one. */
export function rawValues(resource: Resource, facet: FacetName): readonly string[] {
  const value = resource[FIELDS[facet]];
  return typeof value === 'string' ? (value ? [value] : []) : (value ?? []);
}

/** The distinct keys of a resource for every facet. */
export function facetKeys(resource: Resource): FacetKeys {
  const keys = {} as Record<FacetName, string[]>;
  for (const facet of FACETS) keys[facet] = [...new Set(rawValues(resource, facet).map((v) => facetKey(facet, v)).filter(Boolean))];
  return keys;
}

/** An option as offered: its key, the text the feed first wrote for it, and how many resources have it. */
export interface FacetOption {
  key: string;
  raw: string;
  total: number;
}

/** Every option of every facet, most common first (then by key), so the list does not jump as counts change. */
export function facetOptions(resources: readonly Resource[]): Record<FacetName, FacetOption[]> {
  const result = {} as Record<FacetName, FacetOption[]>;
  for (const facet of FACETS) {
    const found = new Map<string, FacetOption>();
    for (const resource of resources) {
      const seen = new Set<string>();
      for (const raw of rawValues(resource, facet)) {
        const key = facetKey(facet, raw);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const option = found.get(key);
        if (option) option.total += 1;
        else found.set(key, { key, raw: raw.trim(), total: 1 });
      }
    }
    result[facet] = [...found.values()].sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
  }
  return result;
}

function passes(keys: FacetKeys, facet: FacetName, selected: readonly string[] | undefined): boolean {
  if (!selected || selected.length === 0) return true;
  return keys[facet].some((key) => selected.includes(key));
}

export interface FacetResult {
  /** The candidates the whole selection keeps, in their given order. */
  matches: number[];
  /** Per facet, per option key: the results that option would give alongside the other facets' selection. */
  counts: Record<FacetName, Map<string, number>>;
}

/** Filters candidates (indices into `keys`) and counts every option, in one pass. */
export function applyFacets(candidates: readonly number[], keys: readonly FacetKeys[], selection: Selection): FacetResult {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetResult['counts'];
  const matches: number[] = [];
  const add = (facet: FacetName, item: FacetKeys) => {
    const map = counts[facet];
    for (const key of item[facet]) map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const index of candidates) {
    const item = keys[index];
    // A resource that fails one facet still counts for that facet's options (choosing one would let it in);
    // one that fails two counts nowhere.
    const failed = FACETS.filter((facet) => !passes(item, facet, selection[facet]));
    if (failed.length === 0) {
      matches.push(index);
      for (const facet of FACETS) add(facet, item);
    } else if (failed.length === 1) {
      add(failed[0], item);
    }
  }
  return { matches, counts };
}

/** True when any facet has a selected option. */
export const hasSelection = (selection: Selection): boolean =>
  FACETS.some((facet) => (selection[facet]?.length ?? 0) > 0);

/** The selection with one option switched on or off. */
export function toggleOption(selection: Selection, facet: FacetName, key: string, on: boolean): Selection {
  const current = selection[facet] ?? [];
  const next = on ? [...new Set([...current, key])] : current.filter((k) => k !== key);
  const result: Selection = { ...selection };
  if (next.length) result[facet] = next;
  else delete result[facet];
  return result;
}
