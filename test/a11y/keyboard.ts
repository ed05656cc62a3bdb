// Walks a widget with real Tab presses and describes every stop: what it is, whether its focus indicator shows,
// and whether it sits inside the widget.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { deepActiveElement, settled } from './helpers.js';

export interface Stop {
  el: Element;
  /** e.g. "select#category", "a Book a place", "button Show 3 more events". */
  name: string;
  focusVisible: boolean;
  /** The computed outline while focused (style, width and colour), for checks where box shadows do not count. */
  outline: string;
}

/** The widget between two page buttons, so a walk can show it is entered and left with the keyboard. */
export async function onPage(widget: TemplateResult): Promise<{ page: HTMLElement; widget: HTMLElement }> {
  const page = await fixture<HTMLElement>(html`<div>
    <button id="before">Before the widget</button>
    ${widget}
    <button id="after">After the widget</button>
  </div>`);
  const el = page.querySelector<HTMLElement>('[state]') ?? (page.children[1] as HTMLElement);
  await settled(page);
  return { page, widget: el };
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function describeStop(el: Element): string {
  const tag = el.localName;
  if (tag === 'select' || tag === 'input') return `${tag}${el.id ? `#${el.id}` : ''}${(el as HTMLInputElement).type === 'checkbox' ? `[checkbox ${squash(el.closest('label')?.textContent)}]` : ''}`;
  return `${tag} ${squash(el.getAttribute('aria-label') || el.textContent)}`.trim();
}

/** True when the focused element shows an indicator: a real outline, or a box shadow standing in for one. */
export function showsFocus(el: Element): boolean {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const rect = el.getBoundingClientRect();
  return (outline || shadow) && el.matches(':focus-visible') && rect.width > 1 && rect.height > 1;
}

export async function press(key: string): Promise<Element | null> {
  // The puppeteer driver presses single keys: hold Shift around the key for Shift+Tab.
  const [modifier, single] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: single });
  if (modifier) await sendKeys({ up: modifier });
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  return deepActiveElement();
}

/**
 * Tabs from the "before" button until focus reaches the "after" button (or maxStops run out) and returns the stops
 * inside the widget, in order. Throws when focus stops moving (a trap) or lands outside the page fixture.
 */
export async function tabThrough(page: HTMLElement, maxStops = 200, key = 'Tab'): Promise<Stop[]> {
  const start = page.querySelector<HTMLElement>(key === 'Tab' ? '#before' : '#after')!;
  const end = page.querySelector<HTMLElement>(key === 'Tab' ? '#after' : '#before')!;
  start.focus();
  const stops: Stop[] = [];
  let previous: Element | null = start;
  for (let i = 0; i < maxStops; i++) {
    const active = await press(key);
    if (active === end) return stops;
    if (!active || active === previous || active === document.body) {
      throw new Error(`focus stuck or lost after ${stops.map((s) => s.name).join(' → ')} (now on ${active ? describeStop(active) : 'nothing'})`);
    }
    if (!page.contains(active) && !page.contains((active.getRootNode() as ShadowRoot).host)) {
      throw new Error(`focus left the page fixture to ${describeStop(active)}`);
    }
    const style = getComputedStyle(active);
    const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    stops.push({ el: active, name: describeStop(active), focusVisible: showsFocus(active), outline });
    previous = active;
  }
  throw new Error(`focus never reached "${end.textContent}" in ${maxStops} presses of ${key}: trapped?`);
}

/** True when the elements are in document (tree) order, all in the same shadow root. */
export function inTreeOrder(els: Element[]): boolean {
  return els.every((el, i) => i === 0 || !!(els[i - 1].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
}

/** Everything in root a keyboard user should be able to reach: real controls, shown, not inside a closed menu. */
export function reachable(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
    (el) =>
      !(el as HTMLButtonElement).disabled &&
      !el.closest('[inert]') &&
      el.checkVisibility({ visibilityProperty: true }) &&
      (el.localName === 'summary' || !el.closest('details:not([open])')),
  );
}

/**
 * Where focus goes backwards on screen (up a line in the same column, or leftwards on the same line in a
 * left-to-right page), as
 * "from → to" descriptions; empty when Tab reads the widget as the eye does. Positions are taken now, so call it
 * with the layout as it was during the walk.
 */
export function jumpsBack(stops: Stop[]): string[] {
  const jumps: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1].el.getBoundingClientRect();
    const b = stops[i].el.getBoundingClientRect();
    const sameLine = b.top < a.bottom && b.bottom > a.top;
    // Up to the top of the next column (a sidebar of filters, then the results) is reading order too.
    const nextColumn = b.left >= a.right - 1;
    if (sameLine ? b.left < a.left - 1 : b.top < a.top - 1 && !nextColumn) jumps.push(`${stops[i - 1].name} → ${stops[i].name}`);
  }
  return jumps;
}
