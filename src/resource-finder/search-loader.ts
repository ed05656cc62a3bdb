// Loads the search index, and MiniSearch and the marking of matched words with it, as a chunk of its own: the first view
// (every resource, with its facet counts) needs none of them, and many readers only browse and filter. The finder asks for it when the reader moves
// to the search field (a pointer over it, or focus), or when a query is given, so it is there before most readers
// type and never fetched for those who do not.
import type * as SearchIndex from './search-index.js';

export type SearchModule = typeof SearchIndex;

/** Where the chunk comes from. Tests replace `load` to hold the chunk back or to fail it, as a slow or lost
 * connection would. */
export const searchChunk = {
  load: (): Promise<SearchModule> => import('./search-index.js'),
};
