// Registers <sanctuary-resource-finder>; this module is the entry of dist/resource-finder.js.
import { defineElement } from '../shared/define-element.js';
import { SanctuaryResourceFinder } from './resource-finder.js';

defineElement('sanctuary-resource-finder', SanctuaryResourceFinder);

export { SanctuaryResourceFinder };

// The events' detail types (and, for TypeScript, `addEventListener('sanctuary-load', …)` typed on every element).
export type * from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-resource-finder': SanctuaryResourceFinder;
  }
}
