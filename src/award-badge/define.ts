// Registers <sanctuary-award-badge> (once) and makes it known to TypeScript; also the entry of dist/award-badge.js.
import { defineElement } from '../shared/define-element.js';
import { SanctuaryAwardBadge } from './award-badge.js';

export { SanctuaryAwardBadge };
export { configureAwardRegister, DEFAULT_AWARD_REGISTER } from './register-config.js';

defineElement('sanctuary-award-badge', SanctuaryAwardBadge);

// The events' detail types (and, for TypeScript, `addEventListener('sanctuary-load', …)` typed on every element).
export type * from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'sanctuary-award-badge': SanctuaryAwardBadge;
  }
}
