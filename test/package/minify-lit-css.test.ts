// The build's minifier for Lit's css templates (scripts/minify-lit-css.ts), on templates shaped like the widgets'
// own, and on the built bundles (needs `npm run build`; `npm test` does).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { minifyCssTemplates } from '../../scripts/minify-lit-css.ts';

const FIXTURE = 'test/fixtures/minify-lit-css/templates.ts';
const source = readFileSync(FIXTURE, 'utf8');

/** The text between the backticks of the template assigned to `name`. */
const template = (code: string, name: string) => /`([^`]*)`/.exec(code.slice(code.indexOf(`const ${name} =`)))?.[1];

/** Minifies `code`, collecting the warnings. */
function minify(code: string) {
  const warnings: string[] = [];
  const out = minifyCssTemplates(code, `/project/${FIXTURE}`, (message) => warnings.push(message));
  return { code: out?.code ?? code, warnings };
}

describe('minifying the CSS in Lit templates', () => {
  it('takes out comments and whitespace, and keeps every rule, token fallback, ${…} and query', () => {
    const { code, warnings } = minify(source);
    assert.deepEqual(warnings, []);
    assert.equal(
      template(code, 'styles'),
      [
        ':host{--_accent:var(--sanctuary-accent,light-dark(#0b6e4f,#6fdcb3));--_gap:var(--sanctuary-gap,${gap});',
        'color:var(--sanctuary-text,var(--_text,CanvasText));display:block}',
        ':host([hidden]){display:none}',
        '::slotted(img){max-inline-size:100%}',
        '.item::part(label),:host(:dir(rtl)) .chevron:before{content:"—";margin-inline-start:${gap}}',
        '@layer base{p{margin-block:0}}',
        '@supports (container-type:inline-size){.list{container-type:inline-size}}',
        '@media (width<=40rem){.item{padding-block:calc(${gap} / 2)}}',
        '@media (forced-colors:active){.item{border:1px solid canvastext}}',
      ].join(''),
    );
  });

  it('leaves html templates as written, with their <pre> and the spaces between words and elements', () => {
    assert.equal(template(minify(source).code, 'view'), template(source, 'view'));
    assert.match(template(source, 'view') ?? '', /Hello, <b>\$\{name\}<\/b> and\n {4}<i>friends<\/i>/);
  });

  it('leaves a css template as written, and says where, when a ${…} stands for whole rules', () => {
    const code = [
      "import { css } from 'lit';",
      'const shared = css`a { color: red; }`;',
      'export const styles = css`',
      '  .y { color: red; }',
      '  ${shared}',
      '  .x { color: red; }',
      '`;',
    ].join('\n');
    const out = minify(code);
    assert.equal(template(out.code, 'styles'), template(code, 'styles'));
    assert.equal(template(out.code, 'shared'), 'a{color:red}');
    assert.deepEqual(out.warnings, [
      `/project/${FIXTURE}:3:23: css template left as written, as lightningcss could not minify it safely`,
    ]);
  });

  it("minifies Lit's css tag under another name, and no other function called css", () => {
    const renamed = "import { css as style } from 'lit';\nconst styles = style`p {\n  margin: 0;\n}`;";
    assert.equal(template(minify(renamed).code, 'styles'), 'p{margin:0}');
    const other = "import { css } from './not-lit.ts';\nconst styles = css`p {\n  margin: 0;\n}`;";
    assert.equal(minify(other).code, other);
  });

  it('is used by the build: no bundle carries the comments written in the widgets’ styles', () => {
    assert.ok(existsSync('dist/sanctuary-widgets.js'), 'dist/ is missing: run `npm run build` first');
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' });
    const styles = sources.filter((file) => /(^|[./])styles\.ts$/.test(file));
    // The comments inside the css`…` templates, not the module's own (a /* @__PURE__ */ is meant to stay).
    const comments = styles.flatMap((file) =>
      [...readFileSync(`src/${file}`, 'utf8').matchAll(/\bcss`([^`]*)`/g)].flatMap(([, css]) => css!.match(/\/\*[\s\S]*?\*\//g) ?? []),
    );
    assert.ok(comments.length > 0);
    const bundles = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    for (const bundle of bundles) {
      const code = readFileSync(`dist/${bundle}`, 'utf8');
      for (const comment of comments) assert.ok(!code.includes(comment), `dist/${bundle} carries ${comment}`);
    }
  });
});
