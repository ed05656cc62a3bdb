// Ranked search over resources with MiniSearch: prefix and typo-tolerant, title above summary above topics. No DOM.
// The finder loads it as a chunk of its own (./search-loader.ts), with the rules for words (./text.ts) and the marking
// of matched words (./search-marks.ts): a page whose readers never search needs none of them.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Resource } from '../feed/index.js';
import { rawValues, type FacetName } from './facets.js';
import { fold, isQuery, processTerm, tokenize } from './text.js';

export { marker, type MarkWords } from './search-marks.js';

/** Ranked matches, best first: each resource's position in the list the index was built from, with the folded words it
 * matched (for highlighting). */
export type SearchHits = Map<number, Set<string>>;

interface IndexedDoc {
  id: number;
  title: string;
  summary: string;
  topics: string;
}

/** What a reader sees for a facet value: "Arabic" for `ar`, "Local authorities" for `local-authorities`. */
export type FacetLabel = (facet: FacetName, raw: string) => string;

/** The facets whose labels are indexed too, as readers type what they see ("Arabic", not "ar"); audiences are written
 * as read. */
const LABELLED = ['language', 'type', 'stream'] as const;

// Publisher, type, streams, audience, format and the labels share one field: fewer fields index faster.
const FIELDS = ['title', 'summary', 'topics'] as const;

// AND across words: every word narrows, as people expect of a finder. Prefix for words being typed ("univ"), and
// typo tolerance that grows with the word (none below 4 letters, where it matches too much).
const RANKED: SearchOptions = {
  boost: { title: 4, summary: 2, topics: 1 },
  prefix: true,
  fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

// For "closest matches" when nothing fits: any word, and looser spelling.
const LOOSE: SearchOptions = { ...RANKED, combineWith: 'OR', fuzzy: (term) => (term.length > 3 ? 0.25 : false), maxFuzzy: 2 };

const idle = (task: () => void) =>
  'requestIdleCallback' in globalThis ? requestIdleCallback(task, { timeout: 500 }) : setTimeout(task, 16);

export interface IndexOptions {
  /** Leave the indexing to `step()` (in idle time) instead of doing it all now; a search finishes it first. */
  lazy?: boolean;
}

export class ResourceIndex {
  private readonly mini: MiniSearch<IndexedDoc>;
  private readonly docs: IndexedDoc[];
  private indexed = 0;

  constructor(resources: readonly Resource[], label?: FacetLabel, options: IndexOptions = {}) {
    // A value's label, worked out once per value. A type's or topic's only where it holds words the value does not
    // ("Local authorities" only spells out local-authorities, which is indexed already): fewer words index faster.
    // A language's always, as its value (ar, or Tigrinya) is not indexed.
    const spelled = new Map<string, string>();
    const words = (text: string) => tokenize(fold(text)).join(' ');
    const labelWords = (facet: FacetName, raw: string) => {
      const id = `${facet}.${raw}`;
      let text = spelled.get(id);
      if (text === undefined) {
        text = label!(facet, raw);
        spelled.set(id, (text = facet !== 'language' && words(text) === words(raw) ? '' : text));
      }
      return text;
    };
    this.mini = new MiniSearch<IndexedDoc>({ fields: [...FIELDS], tokenize, processTerm, searchOptions: RANKED });
    this.docs = resources.map((r, id) => ({
        id,
        title: r.title,
        summary: r.summary ?? '',
        topics: [
          r.type,
          ...(r.streams ?? []),
          ...(r.audience ?? []),
          r.format,
          r.publisher,
          ...(label ? LABELLED.flatMap((facet) => rawValues(r, facet).map((raw) => labelWords(facet, raw))) : []),
        ]
          .filter(Boolean)
          .join(' '),
    }));
    if (!options.lazy) this.step(Infinity);
  }

  /** Resources indexed so far. */
  get size(): number {
    return this.mini.documentCount;
  }

  /** True once every resource is indexed. */
  get complete(): boolean {
    return this.indexed === this.docs.length;
  }

  /** Indexes up to `count` more resources; returns true when all are done. Small steps keep the page responsive. */
  step(count = 150): boolean {
    const end = Math.min(this.docs.length, this.indexed + count);
    this.mini.addAll(this.docs.slice(this.indexed, end));
    this.indexed = end;
    return this.complete;
  }

  /** Indexes the rest a step at a time when the browser is idle (or soon, where it cannot say), for as long as
   * `wanted()`. */
  buildWhenIdle(wanted: () => boolean): void {
    const work = () => {
      if (wanted() && !this.step()) idle(work);
    };
    idle(work);
  }

  /** Resources matching every word of the query, best first. */
  search(query: string): SearchHits {
    return this.run(query, RANKED);
  }

  /** True when the query has a word to search for, not only little words like "the". */
  isQuery(query: string): boolean {
    return isQuery(query);
  }

  /** The nearest resources when `search` finds none: any word, looser spelling. */
  closest(query: string, limit = 3): SearchHits {
    return this.run(query, LOOSE, limit);
  }

  private run(query: string, options: SearchOptions, limit?: number): SearchHits {
    this.step(Infinity);
    return new Map(this.mini.search(query, options).slice(0, limit).map((r) => [r.id as number, new Set(r.terms)]));
  }
}
