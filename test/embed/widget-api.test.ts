// Each built widget (dist/) has the API its custom-elements.json documents: the manifest is read from the JSDoc of
// each property, what the element does from its `static properties` and constructor, so the two can drift apart.
// Run `npm run build` first (npm test does).
import { expect } from '@open-wc/testing';
import { openBuiltPage, WIDGETS } from '../built-page.js';

interface Field {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  default?: string;
  attribute?: string;
  reflects?: boolean;
}
interface Attribute {
  name: string;
  fieldName: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  members?: Field[];
  attributes?: Attribute[];
}
interface PropertyOptions {
  reflect?: boolean;
  state?: boolean;
}
type WidgetClass = CustomElementConstructor & {
  observedAttributes: string[];
  elementProperties: Map<string, PropertyOptions>;
};


async function widgetDeclaration(tag: string): Promise<Declaration> {
  const response = await fetch('/dist/custom-elements.json');
  expect(response.ok, 'dist/custom-elements.json (run npm run build first)').to.equal(true);
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  expect(found, `${tag} in the manifest`).to.not.equal(undefined);
  return found!;
}

/** The widget's class as dist/<widget>.js defines it, in a page of its own. */
async function builtWidget(widget: (typeof WIDGETS)[number], tag: string): Promise<WidgetClass> {
  const win = await openBuiltPage(widget);
  return (await win.customElements.whenDefined(tag)) as WidgetClass;
}

/** The documented properties a page may set: public, writable instance fields. */
const pageSettable = (d: Declaration) =>
  (d.members ?? []).filter(
    (m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.readonly,
  );

/** A manifest default as a value: `'list'`, `10_000`, `false`, `{}`. */
const literal = (text: string): unknown => JSON.parse(text.replace(/_/g, '').replace(/^'(.*)'$/, '"$1"'));

/** An attribute value that the property reads as something other than its default. */
function sample(attribute: Attribute): string {
  const type = attribute.type?.text ?? '';
  return /number/.test(type) ? '7' : /boolean/.test(type) ? '' : 'sample';
}

describe('the API of each built widget', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const widget of WIDGETS) {
    const tag = `sanctuary-${widget}`;

    it(`${tag} updates on every property its manifest documents, and on no undocumented one`, async () => {
      const [declaration, Widget] = await Promise.all([widgetDeclaration(tag), builtWidget(widget, tag)]);
      const documented = pageSettable(declaration).map((m) => m.name);
      const reactive = [...Widget.elementProperties].filter(([, options]) => !options.state).map(([name]) => name);
      expect(reactive.sort()).to.deep.equal(documented.sort());
    });

    it(`${tag} observes exactly the attributes its manifest documents, each setting its property`, async () => {
      const [declaration, Widget] = await Promise.all([widgetDeclaration(tag), builtWidget(widget, tag)]);
      const attributes = declaration.attributes ?? [];
      expect([...Widget.observedAttributes].sort()).to.deep.equal(attributes.map((a) => a.name).sort());
      for (const attribute of attributes) {
        const el = new Widget() as unknown as Record<string, unknown> & HTMLElement;
        const before = el[attribute.fieldName];
        el.setAttribute(attribute.name, sample(attribute));
        expect(el[attribute.fieldName], `${attribute.name} sets ${attribute.fieldName}`).to.not.deep.equal(before);
      }
    });

    it(`${tag} reflects the properties its manifest says it reflects, and no others`, async () => {
      const [declaration, Widget] = await Promise.all([widgetDeclaration(tag), builtWidget(widget, tag)]);
      for (const field of pageSettable(declaration)) {
        const reflects = Boolean(Widget.elementProperties.get(field.name)?.reflect);
        expect(reflects, `${field.name} reflects`).to.equal(Boolean(field.reflects));
      }
    });

    it(`${tag} starts with the defaults its manifest documents, each behind Lit's accessor`, async () => {
      const [declaration, Widget] = await Promise.all([widgetDeclaration(tag), builtWidget(widget, tag)]);
      const el = new Widget() as unknown as Record<string, unknown>;
      for (const field of pageSettable(declaration)) {
        const expected = field.default === undefined ? undefined : literal(field.default);
        expect(el[field.name], `${field.name} defaults to ${field.default}`).to.deep.equal(expected);
        // An own property is a class field hiding the accessor: setting it would not re-render the widget.
        expect(Object.hasOwn(el, field.name), `${field.name} is a class field`).to.equal(false);
      }
    });
  }
});
