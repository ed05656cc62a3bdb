// A Vite plugin for the library build: in the html`…` templates of src/, each run of whitespace that holds a line
// break becomes one space. A line break and indentation already render as one space between words and inline
// elements, so the page looks the same; only the bytes go. Left as written: a template with <pre> or <textarea>
// (and any template inside one), whose whitespace shows, the `${…}` expressions, and css`…` (./minify-lit-css.ts) and
// svg`…` templates. test/package/collapse-lit-html.test.ts checks this on templates and on the built bundles.
import { resolve } from 'node:path';
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';
import { litTags, taggedTemplate, walk, type Node } from './minify-lit-css.ts';

const SOURCES = `${resolve('src')}/`;
/** HTML whitespace (not \u00a0 and the other characters JavaScript's \s also matches, which do render). */
const LINE_BREAK_RUN = /[ \t\f\r\n]*\n[ \t\f\r\n]*/g;
/** Elements whose whitespace is shown as written. */
const PREFORMATTED = /<(pre|textarea)[\s>]/i;

/** A module's source with the whitespace in its Lit html templates collapsed; undefined when nothing changed. */
export function collapseHtmlTemplates(code: string, id: string) {
  const program = parseAst(code, { lang: 'ts' }) as unknown as Node;
  const tags = litTags(program, 'html');
  if (tags.size === 0) return undefined;
  const out = new MagicString(code);
  /** Where a preformatted template ends: what lies before it is inside it. */
  let preformattedUntil = -1;
  for (const node of walk(program)) {
    const quasis = taggedTemplate(node, tags, code);
    if (!quasis || node.start < preformattedUntil) continue;
    // A backslash before a line break is a line continuation, which a space would turn into an escape.
    if (quasis.some((q) => PREFORMATTED.test(q.value.raw) || /\\\r?\n/.test(q.value.raw))) {
      preformattedUntil = node.end;
      continue;
    }
    for (const q of quasis) {
      const collapsed = q.value.raw.replace(LINE_BREAK_RUN, ' ');
      if (collapsed !== q.value.raw) out.update(q.start + 1, q.start + 1 + q.value.raw.length, collapsed);
    }
  }
  return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : undefined;
}

export function collapseLitHtml(): Plugin {
  return {
    name: 'sanctuary-collapse-lit-html',
    // On the TypeScript source, before anything renames the tags.
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(SOURCES) || !id.endsWith('.ts') || !/\bhtml\b/.test(code)) return undefined;
      return collapseHtmlTemplates(code, id);
    },
  };
}
