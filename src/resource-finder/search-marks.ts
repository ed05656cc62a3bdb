// The words a search matched, marked in a result and how they look. This travels in the search chunk: only a reader
// who searches sees a marked word.
import { adoptStyles, css, html, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import { highlight } from './text.js';

const markStyles = css`
  mark {
    /* Bold as well as coloured: a match never relies on colour alone. */
    font-weight: 700;
    color: inherit;
    background: var(--sanctuary-mark, light-dark(#fff0a0, #5a4a00));
    border-radius: 0.125rem;
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

/** Puts the words of `terms` (those a hit matched) in <mark> in `text`. */
export type MarkWords = (text: string, terms: ReadonlySet<string>) => (string | TemplateResult)[];

/** Text is cut into words by the same rules as the index, so a marked word is always one it matched. */
const markWords: MarkWords = (text, terms) =>
  highlight(text, terms).map((s) => (s.mark ? html`<mark part="mark">${s.text}</mark>` : s.text));

const styled = new WeakSet<ShadowRoot>();

/** Marking for the finder whose shadow root is `root`: adds the styles of marked words there, after its own (once). */
export function marker(root: ShadowRoot): MarkWords {
  if (!styled.has(root)) {
    styled.add(root);
    // Lit's adoptStyles would replace the adopted sheets; it appends <style> elements where a browser cannot adopt.
    if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, markStyles.styleSheet!];
    else adoptStyles(root, [markStyles]);
  }
  return markWords;
}
