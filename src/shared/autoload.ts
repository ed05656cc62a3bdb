// Registers elements lazily for the all-in-one bundle: each widget's code is fetched the first time the page has
// one of its elements, so a page with one widget pays for that one. The elements upgrade as soon as their code
// arrives; until then their fallback content shows, as it does before any script runs.

type Loaders = Record<string, () => Promise<unknown>>;

export function autoload(loaders: Loaders, root: Document = document): void {
  const waiting = new Map(Object.entries(loaders));
  const selector = [...waiting.keys()].join(',');

  const load = (tag: string) => {
    const loader = waiting.get(tag);
    if (!loader) return;
    waiting.delete(tag);
    loader().catch((error: unknown) => {
      console.error(`sanctuary-widgets: the code for <${tag}> could not be loaded, so its fallback content stays.`, error);
    });
  };
  const scan = (node: ParentNode | Element) => {
    if (node instanceof Element && waiting.has(node.localName)) load(node.localName);
    for (const found of node.querySelectorAll(selector)) load(found.localName);
  };

  scan(root);
  if (waiting.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}
