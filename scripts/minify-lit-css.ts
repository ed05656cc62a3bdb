// A Vite plugin for the library build: minifies what rolldown's minifier leaves alone, the CSS in Lit's css`…`
// templates in src/, with lightningcss. A template it cannot minify safely is left as it was, with a warning.
// html`…` templates are left to ./collapse-lit-html.ts. test/package/minify-lit-css.test.ts checks this one.
import { resolve } from 'node:path';
import MagicString from 'magic-string';
import { transform as transformCss } from 'lightningcss';
import { parseAst, type Plugin } from 'vite';

/** The browsers that have every CSS feature the widgets' styles use (light-dark() came last, in 2024): lightningcss
 * then lowers none of it (no light-dark() fallback variables, no :dir() as :lang() lists). It only splits
 * `text-decoration: line-through 2px` into longhands, as Safari needs. */
const CSS_TARGETS = { chrome: 123 << 16, edge: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) };
const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element']);
const SOURCES = `${resolve('src')}/`;

/** Stands for the n-th `${…}` of a css template while lightningcss reads it: an identifier, as in a value or part
 * of a class name. */
const PLACEHOLDER = '__sanctuary_css_';
const placeholder = (n: number) => `${PLACEHOLDER}${n}__`;
/** Where lightningcss read a placeholder as an element name or a property name, the `${…}` may hold whole rules or
 * declarations, which lightningcss would merge or reorder as if they were one name. */
const STRUCTURAL = new RegExp(`"type":"type","name":"[^"]*${PLACEHOLDER}`);

/** A css template's strings minified, or undefined when that cannot be done without changing its meaning: invalid
 * CSS, a `${…}` in place of rules or declarations, or one that does not come back once and in order. */
export function minifyCss(strings: readonly string[]): string[] | undefined {
  const source = strings.reduce((css, text, i) => css + placeholder(i - 1) + text);
  let structural = false;
  let code: string;
  try {
    const result = transformCss({
      filename: 'template.css',
      code: Buffer.from(source),
      minify: true,
      targets: CSS_TARGETS,
      visitor: {
        Selector(selector) {
          structural ||= STRUCTURAL.test(JSON.stringify(selector));
        },
        Declaration(declaration) {
          structural ||= declaration.property === 'custom' && declaration.value.name.includes(PLACEHOLDER);
        },
      },
    });
    if (structural || result.warnings.length) return undefined;
    code = Buffer.from(result.code).toString();
  } catch {
    return undefined;
  }
  const parts = code.split(new RegExp(`${PLACEHOLDER}(\\d+)__`));
  const order = parts.filter((_, i) => i % 2 === 1).map(Number);
  if (order.length !== strings.length - 1 || order.some((n, i) => n !== i)) return undefined;
  return parts.filter((_, i) => i % 2 === 0);
}

/** A template string as it is written in source between backticks. */
const toRaw = (cooked: string) => cooked.replace(/\\|`|\$\{|\r/g, (s) => (s === '\r' ? '\\r' : `\\${s}`));

export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
export interface TemplateElement extends Node {
  value: { raw: string; cooked: string | null };
}

const isNode = (value: unknown): value is Node => typeof (value as Node | null)?.type === 'string';

export function* walk(node: Node): Generator<Node> {
  yield node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* walk(child);
  }
}

/** The names a module gives one of Lit's tags (`css`, `html`) in its imports, also `import { css as … }`. */
export function litTags(program: Node, name: string): Set<string> {
  const tags = new Set<string>();
  for (const statement of program.body as Node[]) {
    const from = (statement.source as { value?: string } | undefined)?.value;
    if (statement.type !== 'ImportDeclaration' || !LIT_MODULES.has(from ?? '')) continue;
    for (const specifier of statement.specifiers as Node[]) {
      if (specifier.type === 'ImportSpecifier' && (specifier.imported as { name?: string }).name === name) {
        tags.add((specifier.local as { name: string }).name);
      }
    }
  }
  return tags;
}

/** Whether `node` is a template tagged with one of `tags`, and its strings, each one character after its element starts
 * (past "`" or "}"), as written in the source. */
export function taggedTemplate(node: Node, tags: Set<string>, code: string): TemplateElement[] | undefined {
  const tag = node.tag as (Node & { name?: string }) | undefined;
  if (node.type !== 'TaggedTemplateExpression' || tag?.type !== 'Identifier' || !tags.has(tag.name ?? '')) return undefined;
  const quasis = (node.quasi as { quasis: TemplateElement[] }).quasis;
  return quasis.every((q) => code.slice(q.start + 1, q.start + 1 + q.value.raw.length) === q.value.raw) ? quasis : undefined;
}

/** A module's source with its Lit css templates minified; `warn` hears of any left as they were. */
export function minifyCssTemplates(code: string, id: string, warn: (message: string) => void = () => {}) {
  const program = parseAst(code, { lang: 'ts' }) as unknown as Node;
  const tags = litTags(program, 'css');
  if (tags.size === 0) return undefined;
  const out = new MagicString(code);
  for (const node of walk(program)) {
    const quasis = taggedTemplate(node, tags, code);
    const strings = quasis?.map((q) => q.value.cooked);
    if (!quasis || !strings || strings.some((s) => s === null)) continue;
    const minified = minifyCss(strings as string[]);
    if (!minified) {
      const { line, column } = lineAndColumn(code, node.start);
      warn(`${id}:${line}:${column}: css template left as written, as lightningcss could not minify it safely`);
      continue;
    }
    quasis.forEach((q, i) => out.update(q.start + 1, q.start + 1 + q.value.raw.length, toRaw(minified[i])));
  }
  return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : undefined;
}

function lineAndColumn(code: string, offset: number) {
  const lines = code.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

export function minifyLitCss(): Plugin {
  return {
    name: 'sanctuary-minify-lit-css',
    // On the TypeScript source, before anything renames the tags.
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(SOURCES) || !id.endsWith('.ts') || !/\bcss\b/.test(code)) return undefined;
      return minifyCssTemplates(code, id, (message) => this.warn(message));
    },
  };
}
