// The build's whitespace collapser for Lit's html templates (scripts/collapse-lit-html.ts), on templates shaped like
// the widgets' own, and on the built bundles (needs `npm run build`; `npm test` does).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAst } from 'vite';
import { collapseHtmlTemplates } from '../../scripts/collapse-lit-html.ts';
import { walk, type Node, type TemplateElement } from '../../scripts/minify-lit-css.ts';

const collapse = (code: string) => collapseHtmlTemplates(code, '/project/src/widget.ts')?.code ?? code;

describe('collapsing the whitespace in Lit html templates', () => {
  it('makes each run of whitespace with a line break one space, and keeps the spaces between words', () => {
    const code = [
      "import { html } from 'lit';",
      'export const view = (name: string) => html`<p class="greeting">',
      '    Hello,  <b>${name}</b> and',
      '    <i>friends</i>\u00a0\t',
      '  </p>',
      '  <button type="button"',
      '    @click=${() => name}>Go</button>`;',
    ].join('\n');
    assert.equal(
      collapse(code).split('\n').slice(1).join('\n'),
      'export const view = (name: string) => html`<p class="greeting"> Hello,  <b>${name}</b> and <i>friends</i>\u00a0 </p> <button type="button" @click=${() => name}>Go</button>`;',
    );
  });

  it('leaves the ${…} expressions alone, and collapses an html template nested in one', () => {
    const code = [
      "import { html } from 'lit';",
      'const x = (open: boolean) => html`<div>',
      '  ${open ? `line one',
      '    line two` : html`<i>',
      '    shut</i>`}',
      '</div>`;',
    ].join('\n');
    assert.equal(
      collapse(code).split('\n').slice(1).join('\n'),
      ['const x = (open: boolean) => html`<div> ${open ? `line one', '    line two` : html`<i> shut</i>`} </div>`;'].join('\n'),
    );
  });

  it('leaves a template with <pre> or <textarea> as written, and the templates inside it', () => {
    for (const element of ['pre', 'textarea']) {
      const code = [
        "import { html } from 'lit';",
        `const x = html\`<${element}>`,
        '  keep   this',
        `    ${'${html`<b>\n  as written</b>`}'}</${element}>\`;`,
      ].join('\n');
      assert.equal(collapse(code), code);
    }
  });

  it("leaves css and svg templates, and any other function called html, as written", () => {
    const code = ["import { css, svg } from 'lit';", 'const a = css`p {\n  margin: 0;\n}`;', 'const b = svg`<g>\n  <path/>\n</g>`;'].join('\n');
    assert.equal(collapse(code), code);
    const other = "import { html } from './not-lit.ts';\nconst c = html`<p>\n  hi</p>`;";
    assert.equal(collapse(other), other);
  });

  it("collapses Lit's html tag under another name", () => {
    const renamed = "import { html as h } from 'lit';\nconst c = h`<p>\n  hi\n</p>`;";
    assert.equal(collapse(renamed), "import { html as h } from 'lit';\nconst c = h`<p> hi </p>`;");
  });

  it('is used by the build: no template in a bundle keeps a line break, unless it holds <pre> or <textarea>', () => {
    assert.ok(existsSync('dist/sanctuary-widgets.js'), 'dist/ is missing: run `npm run build` first');
    const bundles = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.js') && !/(^|\/)cli[.-]/.test(file),
    );
    let templates = 0;
    for (const bundle of bundles) {
      const code = readFileSync(`dist/${bundle}`, 'utf8');
      for (const node of walk(parseAst(code) as unknown as Node)) {
        if (node.type !== 'TaggedTemplateExpression') continue;
        const strings = (node.quasi as { quasis: TemplateElement[] }).quasis.map((q) => q.value.raw);
        if (strings.some((s) => /<(pre|textarea)[\s>]/i.test(s))) continue;
        templates++;
        for (const s of strings) assert.ok(!s.includes('\n'), `dist/${bundle} has a template with a line break: ${JSON.stringify(s)}`);
      }
    }
    assert.ok(templates > 100, `only ${templates} templates found in the bundles`);
  });
});
