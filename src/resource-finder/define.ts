// Registers <sanctuary-resource-finder>; this module is the entry of dist/resource-finder.js.
import { defineElement } from '../shared/define-element.js';
import { ResourceFinder } from './resource-finder.js';

defineElement('sanctuary-resource-finder', ResourceFinder);

export { ResourceFinder };

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-resource-finder': ResourceFinder;
  }
}
