// The all-in-one bundle: one script for every widget. Each widget's code loads the first time the page has one of
// its elements (./shared/autoload.ts); the feed reader and the register setting are here for pages that script
// around the widgets. Each dist/<widget>.js is the same widget as one self-contained file.
import { autoload } from './shared/autoload.js';

autoload({
  'sanctuary-event-list': () => import('./event-list/define.js'),
  'sanctuary-resource-finder': () => import('./resource-finder/define.js'),
  'sanctuary-supporter-wall': () => import('./supporter-wall/define.js'),
  'sanctuary-award-badge': () => import('./award-badge/define.js'),
});

export * from './feed/index.js';
export { safeUrl } from './shared/safe-url.js';
export type * from './shared/events.js';
export { configureAwardRegister, DEFAULT_AWARD_REGISTER } from './award-badge/register-config.js';
export type { SanctuaryEventList } from './event-list/define.js';
export type { SanctuaryResourceFinder } from './resource-finder/define.js';
export type { SanctuarySupporterWall } from './supporter-wall/define.js';
export type { SanctuaryAwardBadge } from './award-badge/define.js';
