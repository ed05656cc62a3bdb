// Registers <sanctuary-supporter-wall> (once, however many copies of the script a page includes).
import { defineElement } from '../shared/define-element.js';
import { SanctuarySupporterWall } from './supporter-wall.js';

export { SanctuarySupporterWall };

defineElement('sanctuary-supporter-wall', SanctuarySupporterWall);

// The events' detail types (and, for TypeScript, `addEventListener('sanctuary-load', …)` typed on every element).
export type * from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-supporter-wall': SanctuarySupporterWall;
  }
}
