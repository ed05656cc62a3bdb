// Every English string, the shared ones, the day and month names and each widget's: the reference the catalogue
// tests hold every language to.
import { awardBadgeStrings } from '../../src/award-badge/award-badge.strings.js';
import { eventListStrings } from '../../src/event-list/event-list.strings.js';
import { resourceFinderStrings } from '../../src/resource-finder/resource-finder.strings.js';
import { dateNameStrings } from '../../src/shared/locale/date-names.js';
import { sharedStrings } from '../../src/shared/locale/en.js';
import type { Message, MessageKey } from '../../src/shared/locale/index.js';
import { supporterWallStrings } from '../../src/supporter-wall/supporter-wall.strings.js';

/** Fails the type check when a widget's strings are left out. */
export const english = {
  ...sharedStrings,
  ...dateNameStrings,
  ...eventListStrings,
  ...resourceFinderStrings,
  ...supporterWallStrings,
  ...awardBadgeStrings,
} satisfies Record<MessageKey, Message>;
