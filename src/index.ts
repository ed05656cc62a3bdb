// The all-in-one bundle: registers every widget and exposes the feed reader for pages that script around them.
export * from './feed/index.js';
export { safeUrl } from './shared/safe-url.js';
export type * from './shared/events.js';
import './event-list/define.js';
export type { SanctuaryEventList } from './event-list/event-list.js';
