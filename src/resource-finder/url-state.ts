// The finder's state in the page URL under prefixed names (srf-q, srf-type …), so a filtered view can be shared
// and Back/Forward work, without touching the host page's own parameters.
import { FACETS, type FacetName, type Selection } from './facets.js';
import { isSortOrder, type SortOrder } from './order.js';

export interface FinderState {
  query: string;
  selection: Selection;
  sort: SortOrder;
}

export const DEFAULT_PREFIX = 'srf';

const FACET_PARAM: Record<FacetName, string> = { type: 'type', stream: 'stream', audience: 'audience', language: 'lang' };

/** The parameter names for a prefix, e.g. `srf-q`. */
export const paramName = (prefix: string, name: string) => `${prefix}-${name}`;

/** Reads the state from URL parameters; absent or unusable parameters give the defaults. */
export function readState(params: URLSearchParams, prefix = DEFAULT_PREFIX): FinderState {
  const selection: Selection = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(paramName(prefix, FACET_PARAM[facet])).filter((v) => v.trim() !== ''))];
    if (values.length) selection[facet] = values;
  }
  const sort = params.get(paramName(prefix, 'sort'));
  return {
    query: params.get(paramName(prefix, 'q')) ?? '',
    selection,
    sort: isSortOrder(sort) ? sort : 'relevance',
  };
}

/** The page's parameters with the finder's replaced by `state` (defaults left out, others kept in place). */
export function writeState(params: URLSearchParams, state: FinderState, prefix = DEFAULT_PREFIX): URLSearchParams {
  const next = new URLSearchParams(params);
  const names = ['q', 'sort', ...Object.values(FACET_PARAM)].map((n) => paramName(prefix, n));
  for (const name of names) next.delete(name);
  if (state.query.trim() !== '') next.set(paramName(prefix, 'q'), state.query);
  for (const facet of FACETS) {
    for (const value of state.selection[facet] ?? []) next.append(paramName(prefix, FACET_PARAM[facet]), value);
  }
  if (state.sort !== 'relevance') next.set(paramName(prefix, 'sort'), state.sort);
  return next;
}

/** True when two states would show the same view. */
export function sameState(a: FinderState, b: FinderState): boolean {
  return (
    a.query === b.query &&
    a.sort === b.sort &&
    FACETS.every((f) => (a.selection[f] ?? []).join('\u0000') === (b.selection[f] ?? []).join('\u0000'))
  );
}
