// Ranked search over resources with MiniSearch: prefix and typo-tolerant, title above summary above topics. No DOM.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Resource } from '../feed/index.js';
import { processTerm, tokenize } from './text.js';

/** One ranked match: the resource's position in the list it was built from, and the words it matched. */
export interface SearchHit {
  index: number;
  score: number;
  /** Folded document words that matched, for highlighting. */
  terms: string[];
}

interface IndexedDoc {
  id: number;
  title: string;
  summary: string;
  topics: string;
  publisher: string;
}

/** Turns topic values into words a reader would type (a language code into its name, "local-authorities" …). */
export type TopicWords = (resource: Resource) => string[];

const FIELDS = ['title', 'summary', 'topics', 'publisher'] as const;

// AND across words: every word narrows, as people expect of a finder. Prefix for words being typed ("univ"), and
// typo tolerance that grows with the word (none below 4 letters, where it matches too much).
const RANKED: SearchOptions = {
  boost: { title: 4, summary: 2, topics: 1, publisher: 0.5 },
  prefix: true,
  fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

// For "closest matches" when nothing fits: any word, and looser spelling.
const LOOSE: SearchOptions = { ...RANKED, combineWith: 'OR', fuzzy: (term) => (term.length > 3 ? 0.25 : false), maxFuzzy: 2 };

export class ResourceIndex {
  private readonly mini: MiniSearch<IndexedDoc>;

  constructor(resources: readonly Resource[], topicWords: TopicWords = () => []) {
    this.mini = new MiniSearch<IndexedDoc>({
      fields: [...FIELDS],
      tokenize,
      processTerm,
      searchOptions: RANKED,
    });
    this.mini.addAll(
      resources.map((r, id) => ({
        id,
        title: r.title,
        summary: r.summary ?? '',
        topics: [r.type, ...(r.streams ?? []), ...(r.audience ?? []), r.format, ...topicWords(r)]
          .filter(Boolean)
          .join(' '),
        publisher: r.publisher ?? '',
      })),
    );
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** True when the query has at least one word worth searching for. */
  static isQuery(query: string): boolean {
    return tokenize(query).some((word) => processTerm(word) !== null);
  }

  /** Resources matching every word of the query, best first. */
  search(query: string): SearchHit[] {
    return this.run(query, RANKED);
  }

  /** The nearest resources when `search` finds none: any word, looser spelling. */
  closest(query: string, limit = 3): SearchHit[] {
    return this.run(query, LOOSE).slice(0, limit);
  }

  private run(query: string, options: SearchOptions): SearchHit[] {
    return this.mini.search(query, options).map((r) => ({ index: r.id as number, score: r.score, terms: r.terms }));
  }
}
