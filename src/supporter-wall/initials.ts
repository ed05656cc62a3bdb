// The letters of a supporter's monogram (shown when a logo is missing or broken): "The Cambridge Mosque" → "CM",
// "Oxfam" → "O", "مسجد النور" → "م". Letters and digits only, so emoji and punctuation never end up in it.

/** Words that do not start a monogram ("The Welcome Café" is WC, "Friends of the Earth" is FE). */
const MINOR_WORDS = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'in', 'at', 'on', 'to', 'y', 'de', 'la', 'le', 'les', 'du', 'des', 'st']);

/** Scripts with capital letters (and digits) read well as two-letter monograms; others (Arabic, CJK …) use one letter. */
const CASED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Nd}]/u;
const ARABIC = /^\p{Script=Arabic}/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

// Made once: constructing a segmenter costs a fraction of a millisecond, which adds up over a 3,000-tile wall.
let segmenter: Intl.Segmenter | undefined;

/** The first user-perceived character of a word, with its combining marks. */
function firstCharacter(word: string): string {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;
  const first = segmenter ? segmenter.segment(word)[Symbol.iterator]().next().value?.segment : undefined;
  return first ?? Array.from(word)[0] ?? '';
}

/** The significant word: Arabic's definite article "ال" is not the word's first letter. */
function stem(word: string): string {
  return ARABIC.test(word) && word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** One or two letters for a monogram; an empty string when the name has no letters or digits at all. */
export function initials(name: string): string {
  const words = name.normalize('NFC').match(WORD) ?? [];
  if (words.length === 0) return '';
  const significant = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  const chosen = (significant.length ? significant : words).map(stem);
  const first = firstCharacter(chosen[0]);
  if (!CASED.test(first) || chosen.length === 1) return first.toLocaleUpperCase();
  const second = firstCharacter(chosen[1]);
  return CASED.test(second) ? (first + second).toLocaleUpperCase() : first.toLocaleUpperCase();
}

/** Which of the monogram tints a name gets (0–5): fixed per name, so a supporter keeps its colour. */
export function monogramTone(name: string, tones = 6): number {
  let h = 0;
  for (const ch of name) h = (Math.imul(h, 31) + ch.codePointAt(0)!) >>> 0;
  return h % tones;
}
