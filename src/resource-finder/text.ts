// How the finder cuts text into words and folds them for matching, shared by the search index and the highlighter
// so that a highlighted word is always one the index matched.

/** Runs of white space, punctuation and symbols: what separates words in any script. */
export const SEPARATOR = /[\s\p{P}\p{S}]+/u;
const SEPARATOR_CAPTURE = /([\s\p{P}\p{S}]+)/u;

/** The words of a text, in order. */
export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter(Boolean);
}

/** A word folded for matching: lower case, without accents or Arabic short vowels ("Café" → "cafe"). */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Short English words that would otherwise make an AND search demand "for" or "the" in every result.
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'with', 'or', 'by', 'at', 'is']);

// A feed repeats a few thousand words many times over: folding each once makes indexing several times faster.
const folded = new Map<string, string | null>();

/** The folded word, or null for a word that carries no meaning in a search. */
export function processTerm(word: string): string | null {
  let result = folded.get(word);
  if (result === undefined) {
    const f = fold(word);
    result = f === '' || STOP_WORDS.has(f) ? null : f;
    if (folded.size > 100_000) folded.clear();
    folded.set(word, result);
  }
  return result;
}

/** True when the query has at least one word worth searching for. */
export function isQuery(query: string): boolean {
  return tokenize(query).some((word) => processTerm(word) !== null);
}

/** One run of text, marked when it is a matched word. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits text into runs, marking the words whose folded form is in `terms`; adjacent runs of one kind merge. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  if (terms.size === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const segments: Segment[] = [];
  for (const part of text.split(SEPARATOR_CAPTURE)) {
    if (part === '') continue;
    const mark = !SEPARATOR.test(part) && terms.has(fold(part));
    const last = segments[segments.length - 1];
    // A separator between two marked words stays unmarked, so each word reads as its own match.
    if (last && last.mark === mark) last.text += part;
    else segments.push({ text: part, mark });
  }
  return segments;
}
