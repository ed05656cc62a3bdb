// What the widget tests share: waiting for a widget to finish loading, and reading its shadow DOM.
import { waitUntil } from '@open-wc/testing';

/** Waits until a widget has left its loading state (it is ready, or has failed). */
export const settled = (el: Element, timeout = 5000) =>
  waitUntil(() => el.hasAttribute('state') && el.getAttribute('state') !== 'loading', 'never settled', { timeout });

/** The first match in a widget's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Every match in a widget's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** A node's text as it reads, white space collapsed. */
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
