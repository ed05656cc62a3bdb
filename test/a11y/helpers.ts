// Helpers the accessibility tests share: media emulation (including forced colours), screenshots under /tmp, waiting
// for widgets to settle, and axe runs that report each violation by rule, element and message.
import { executeServerCommand } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

export type MediaFeatures = Partial<
  Record<'prefers-reduced-motion' | 'prefers-color-scheme' | 'forced-colors' | 'prefers-contrast', string>
>;

/** Emulates media features for the page (unlisted features go back to the browser's own setting when given ''). */
export const emulateMediaFeatures = (features: MediaFeatures) => executeServerCommand('a11y-media', features);

/** Saves a screenshot of the test page; the path must be under /tmp. */
export const screenshot = (path: string, fullPage = false) => executeServerCommand('a11y-screenshot', { path, fullPage });

/** The story modules on disk, by file name. */
export const storyFilesOnDisk = () => executeServerCommand<undefined, string[]>('a11y-story-files');

/** Every sanctuary-* element under root, in document order. */
export const widgetsIn = (root: ParentNode): HTMLElement[] =>
  Array.from(root.querySelectorAll<HTMLElement>('*')).filter((el) => el.localName.startsWith('sanctuary-'));

/** Waits until every widget under root has left its loading state. */
export async function settled(root: ParentNode, timeout = 5000): Promise<void> {
  const widgets = widgetsIn(root);
  await waitUntil(
    () => widgets.length > 0 && widgets.every((w) => w.hasAttribute('state') && w.getAttribute('state') !== 'loading'),
    `widgets did not finish loading: ${widgets.map((w) => `${w.localName}[state=${w.getAttribute('state')}]`).join(', ')}`,
    { timeout },
  );
  // Let any follow-up renders (images failing over to initials, focus moves) finish.
  await Promise.all(widgets.map((w) => (w as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/** Runs axe-core on root (shadow roots included) and returns one readable line per violating node. */
export async function axeViolations(root: Element): Promise<string[]> {
  const results = await window.axe.run(root, { resultTypes: ['violations'] });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

/** The shadow-inclusive active element. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
