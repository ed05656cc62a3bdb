// The all-in-one bundle: registers every widget and exposes the feed reader for pages that script around them.
export * from './feed/index.js';
export { safeUrl } from './shared/safe-url.js';
export type * from './shared/events.js';
import './award-badge/define.js';
export { configureAwardRegister } from './award-badge/register-config.js';
export type { SanctuaryAwardBadge } from './award-badge/award-badge.js';
import './supporter-wall/define.js';
export type { SanctuarySupporterWall } from './supporter-wall/supporter-wall.js';
import './resource-finder/define.js';
export type { SanctuaryResourceFinder } from './resource-finder/resource-finder.js';
import './event-list/define.js';
export type { SanctuaryEventList } from './event-list/event-list.js';
