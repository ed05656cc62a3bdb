// What Storybook's docs tables are given: every widget's API as custom-elements.json has it, with no row hiding
// another and no private state.
import { expect } from '@open-wc/testing';
import { manifestForDocs } from '../../.storybook/manifest-for-docs.js';

const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      path: 'src/demo/demo.ts',
      declarations: [
        {
          tagName: 'sanctuary-demo',
          members: [
            { kind: 'field', name: 'sort' },
            { kind: 'field', name: 'shown', privacy: 'private' },
            { kind: 'field', name: 'feedState', privacy: 'protected' },
            { kind: 'field', name: 'styles', static: true },
            { kind: 'method', name: 'reload' },
          ],
          attributes: [{ name: 'sort' }],
          slots: [{ name: '', description: 'Fallback content.' }],
          cssParts: [{ name: 'sort', description: 'The sort select.' }],
        },
        { kind: 'class', name: 'Helper', members: [{ kind: 'field', name: 'secret', privacy: 'private' }] },
      ],
    },
  ],
};

describe('the manifest Storybook documents', () => {
  const [element, helper] = manifestForDocs(manifest).modules[0]!.declarations;

  it('lists only public instance fields as properties', () => {
    expect(element!.members!.map((m) => m.name)).to.deep.equal(['sort']);
  });

  it('names parts ::part(name), so a part never hides an attribute of the same name', () => {
    expect(element!.cssParts!.map((p) => p.name)).to.deep.equal(['::part(sort)']);
    expect((element as { attributes: { name: string }[] }).attributes.map((a) => a.name)).to.deep.equal(['sort']);
  });

  it('shows the default slot, which has no name', () => {
    expect(element!.slots).to.deep.equal([{ name: '(default)', description: 'Fallback content.' }]);
  });

  it('leaves classes that are not elements alone', () => {
    expect(helper).to.equal(manifest.modules[0]!.declarations[1]);
  });
});
