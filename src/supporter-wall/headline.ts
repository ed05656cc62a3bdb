// The headline count above the wall: the owner's own words with {count} (and {place}) filled in, or the library's.
import { formatMessage, type Message } from '../shared/locale/format.js';

export interface HeadlineInput {
  /** The owner's text from the `headline` attribute; may hold {count} and {place}. */
  template?: string;
  count: number;
  /** Where the group is (the feed publisher's place), for the default wording. */
  place?: string;
  lang: string;
  /** The library's wording, with and without a place (plural messages). */
  defaults: { plain: Message; withPlace: Message };
}

/**
 * The headline text. An owner's template without {count} is shown as written (it is their sentence); an empty one
 * (`headline=""`) means no headline at all, and gives ''.
 */
export function headlineText({ template, count, place, lang, defaults }: HeadlineInput): string {
  const where = place?.trim() || undefined;
  const vars = { count, place: where ?? '' };
  if (template !== undefined) return template.trim() === '' ? '' : formatMessage(lang, template.trim(), vars);
  return formatMessage(lang, where ? defaults.withPlace : defaults.plain, vars);
}
