// Loads the search index, and MiniSearch with it, as a chunk of its own: the first view (every resource, with its
// facet counts) needs neither, so the finder asks for it once the feed is ready and it is there before most readers
// type.
import type * as SearchIndex from './search-index.js';

export type SearchModule = typeof SearchIndex;

/** Where the chunk comes from. Tests replace `load` to hold the chunk back or to fail it, as a slow or lost
 * connection would. */
export const searchChunk = {
  load: (): Promise<SearchModule> => import('./search-index.js'),
};
