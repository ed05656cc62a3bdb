// The headline above the wall: how many organisations support sanctuary (and where), in the reader's language, or the
// owner's own words with {count} and {place} filled in.
import { formatMessage, isolate, type Vars } from '../shared/locale/format.js';

/** Words one of the library's headlines (a LocaleController's `t`). */
export type SayHeadline = (key: 'supporterWall.headline' | 'supporterWall.headlinePlace', vars: Vars) => string;

/**
 * The headline text, or '' for none. An owner's `template` without {count} is shown as written (it is their
 * sentence); an empty one (`headline=""`) means no headline at all. Without one, `say` words the library's, naming the
 * feed's `place` when it has one; an empty wall has none, as "0 organisations support sanctuary" reads as a reproach.
 */
export function headlineText(template: string | undefined, count: number, place: string | undefined, lang: string, say: SayHeadline): string {
  const where = place?.trim() ?? '';
  if (template !== undefined) return formatMessage(lang, template.trim(), { count, place: where });
  // The place is the feed's text inside our sentence: isolated, so "Cambridge" in an Arabic headline (or an Arabic
  // place name in an English one) keeps the words and the number around it in their order.
  if (!count) return '';
  return where ? say('supporterWall.headlinePlace', { count, place: isolate(where) }) : say('supporterWall.headline', { count });
}
