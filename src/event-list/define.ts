// Registers <sanctuary-event-list>; the entry a partner loads with one <script type="module"> tag.
import { defineElement } from '../shared/define-element.js';
import { SanctuaryEventList } from './event-list.js';

defineElement('sanctuary-event-list', SanctuaryEventList);

export { SanctuaryEventList };

// The events' detail types (and, for TypeScript, `addEventListener('sanctuary-load', …)` typed on every element).
export type * from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-event-list': SanctuaryEventList;
  }
}
