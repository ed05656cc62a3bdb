// axe-core on every story of every widget, rendered the way Storybook's web-components renderer does: the story's
// own render, else the meta's, with the meta's args overlaid by the story's.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as awardBadge from '../../stories/award-badge.stories.js';
import * as eventList from '../../stories/event-list.stories.js';
import * as resourceFinder from '../../stories/resource-finder.stories.js';
import * as supporterWall from '../../stories/supporter-wall.stories.js';
import { axeViolations, settled, storyFilesOnDisk, widgetsIn } from './helpers.js';

type Args = Record<string, unknown>;
type RenderFn = (args: Args, context: unknown) => TemplateResult;
interface StoryLike {
  args?: Args;
  render?: RenderFn;
  /** Storybook runs it before rendering the story, and the function it returns afterwards. */
  beforeEach?: () => void | (() => void) | Promise<void | (() => void)>;
}
interface MetaLike extends StoryLike {
  title: string;
  component?: string;
}

const MODULES: Record<string, Record<string, unknown>> = {
  'award-badge.stories.ts': awardBadge,
  'event-list.stories.ts': eventList,
  'resource-finder.stories.ts': resourceFinder,
  'supporter-wall.stories.ts': supporterWall,
};

/** Story exports as Storybook counts them: every named export but the CSF bookkeeping. */
const storiesOf = (mod: Record<string, unknown>) =>
  Object.entries(mod).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder') as [string, StoryLike][];

/** Stories that show the loading state on purpose: their feed never answers. */
const stillLoading = (name: string) => name === 'Loading';

function renderStory(meta: MetaLike, story: StoryLike, name: string): HTMLElement {
  const args = { ...meta.args, ...story.args };
  const fn = story.render ?? meta.render;
  const container = document.createElement('div');
  container.dataset.story = `${meta.title} / ${name}`;
  document.body.append(container);
  if (fn) {
    render(fn(args, { args, name, title: meta.title }), container);
  } else {
    // Storybook's default for a component without render: the tag with each arg as an attribute.
    const el = document.createElement(meta.component!);
    for (const [key, value] of Object.entries(args)) if (value != null) el.setAttribute(key, String(value));
    container.append(el);
  }
  return container;
}

let checked = 0;

describe('Every story of every widget', () => {
  after(() => {
    const exported = Object.values(MODULES).reduce((n, mod) => n + storiesOf(mod).length, 0);
    expect(checked, 'stories checked by axe').to.equal(exported);
  });

  it('the check itself catches an image without alt text inside a shadow root', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    document.body.append(host);
    try {
      expect((await axeViolations(host)).join('\n')).to.contain('image-alt');
    } finally {
      host.remove();
    }
  });

  it('lists every story file there is, so a new one cannot escape the check', async () => {
    expect(await storyFilesOnDisk()).to.deep.equal(Object.keys(MODULES).sort());
  });

  for (const [file, mod] of Object.entries(MODULES)) {
    const meta = mod.default as MetaLike;
    describe(meta.title, () => {
      for (const [name, story] of storiesOf(mod)) {
        it(`${name} has no axe violations`, async () => {
          const cleanup = await story.beforeEach?.();
          const container = renderStory(meta, story, name);
          try {
            expect(widgetsIn(container), `${file} ${name} renders a widget`).to.not.be.empty;
            if (stillLoading(name)) {
              await new Promise((r) => setTimeout(r, 300));
              expect(widgetsIn(container).map((w) => w.getAttribute('state'))).to.deep.equal(['loading']);
            } else {
              await settled(container);
            }
            const violations = await axeViolations(container);
            expect(violations, `${meta.title} / ${name}:\n${violations.join('\n')}`).to.deep.equal([]);
            checked++;
          } finally {
            render(null, container);
            container.remove();
            if (typeof cleanup === 'function') cleanup();
          }
        });
      }
    });
  }
});
