// Registers <sanctuary-resource-finder>; this module is the entry of dist/resource-finder.js.
import { defineElement } from '../shared/define-element.js';
import { SanctuaryResourceFinder } from './resource-finder.js';

defineElement('sanctuary-resource-finder', SanctuaryResourceFinder);

export { SanctuaryResourceFinder };

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-resource-finder': SanctuaryResourceFinder;
  }
}
