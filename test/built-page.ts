// The built widgets (dist/) in pages of their own, as a partner's page loads them: each page is an iframe with its
// own copy of every module, so what one page downloads says nothing of another's. Run `npm run build` first (npm test
// does).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export type Frame = Window & typeof globalThis;

export const WIDGETS = ['event-list', 'resource-finder', 'supporter-wall', 'award-badge'] as const;

export interface BuiltPageOptions {
  lang?: string;
  /** Markup before the widget's script (a script that listens from the start, say). */
  head?: string;
  body?: string;
  width?: number;
  height?: number;
}

/** A fresh page whose head loads `dist/<widget>.js`, with `body`; resolves once the page has loaded. */
export async function openBuiltPage(
  widget: (typeof WIDGETS)[number],
  { lang = 'en', head = '', body = '', width = 800, height = 600 }: BuiltPageOptions = {},
): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${head}<script type="module" src="/dist/${widget}.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Frame;
}

/** The chunks `win` has downloaded whose names start with `name` ("add-to-calendar", "cy" …). */
export const chunksLoaded = (win: Frame, name: string): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.includes(`/dist/chunks/${name}-`));

/** Fails every request for URLs matching the patterns (`*` is a wildcard); none given, blocks nothing again. */
export const blockUrls = (...urls: string[]) => executeServerCommand('block-urls', { urls });

/** Each test's clean-up: removes the pages openBuiltPage opened and blocks no URL any more. */
export async function closeBuiltPages(): Promise<void> {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  await blockUrls();
}

/** For each built widget file (all four unless `widgets` says): it imports `dist/chunks/<chunk>-….js` on demand (with
 * import(), never at once), and each sample (text, or a pattern, that only that chunk's code holds) is in the chunk
 * and not in the widget's file. */
export async function expectOnlyInChunk(
  chunk: string,
  samples: readonly (string | RegExp)[],
  widgets: readonly (typeof WIDGETS)[number][] = WIDGETS,
): Promise<void> {
  for (const widget of widgets) {
    const response = await fetch(`/dist/${widget}.js`);
    expect(response.ok, `dist/${widget}.js (run npm run build first)`).to.equal(true);
    const code = await response.text();
    const file = new RegExp(`import\\(["'\`]\\./(chunks/${chunk}-[\\w-]+\\.js)`).exec(code)?.[1];
    expect(file, `dist/${widget}.js imports chunks/${chunk}-….js on demand`).to.be.a('string');
    expect(code, `dist/${widget}.js imports chunks/${chunk}-….js at once`).to.not.match(new RegExp(`from\\s*["'\`]\\./chunks/${chunk}-`));
    const chunkCode = await (await fetch(`/dist/${file}`)).text();
    for (const sample of samples) {
      const holds = (text: string) => (typeof sample === 'string' ? text.includes(sample) : sample.test(text));
      expect(holds(code), `${sample} inside dist/${widget}.js`).to.equal(false);
      expect(holds(chunkCode), `${sample} inside dist/${file}`).to.equal(true);
    }
  }
}
