// Resolves a feed's multi-language texts to the reader's language: the exact tag, then its language (ar-EG → ar),
// then the feed's own default language, then English, then whatever the feed has.
import type { ParsedFeed, ReadFeed } from './parse.js';
import type { CollectionName } from './contract.js';
import type { LocalizedText } from './schema.js';

/** The fields that may hold translations, by collection (kept beside the schema's `localized()` fields). */
const LOCALIZED_FIELDS: Record<CollectionName, readonly (readonly string[])[]> = {
  events: [['title'], ['description'], ['cost'], ['accessibility'], ['location', 'name'], ['location', 'address'], ['image', 'alt']],
  resources: [['title'], ['summary']],
  supporters: [['name'], ['logo', 'alt']],
  awards: [],
};

/** A language tag's language, lower case: `ar` from ar-EG, `cy` from CY. */
export const primary = (tag: string): string => tag.toLowerCase().split('-')[0];

/** One string from a text that may be given in several languages. */
export function pickText(value: LocalizedText, lang: string, feedLanguage?: string): string;
export function pickText(value: LocalizedText | undefined, lang: string, feedLanguage?: string): string | undefined;
export function pickText(value: LocalizedText | undefined, lang: string, feedLanguage = 'en'): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const entries = Object.entries(value);
  const find = (test: (tag: string) => boolean) => entries.find(([tag]) => test(tag))?.[1];
  return (
    find((tag) => tag.toLowerCase() === lang.toLowerCase()) ??
    find((tag) => primary(tag) === primary(lang)) ??
    find((tag) => primary(tag) === primary(feedLanguage)) ??
    find((tag) => primary(tag) === 'en') ??
    entries[0]?.[1]
  );
}

/** Copies only what has translations; a feed written in one language is returned item for item, unchanged. */
function localizeItem<T extends object>(item: T, fields: readonly (readonly string[])[], lang: string, fallback: string): T {
  const record = item as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const [head, leaf] of fields) {
    const parent = (leaf ? record[head] : record) as Record<string, unknown> | undefined;
    const value = parent?.[leaf ?? head];
    if (!value || typeof value !== 'object') continue;
    const target: Record<string, unknown> = (copy ??= { ...record });
    const text = pickText(value as LocalizedText, lang, fallback);
    if (leaf) target[head] = { ...(target[head] as object), [leaf]: text };
    else target[head] = text;
  }
  return (copy ?? item) as T;
}

export function localizeFeed(feed: ParsedFeed, lang: string): ReadFeed {
  const fallback = feed.language ?? 'en';
  const out = { ...feed, publisher: { ...feed.publisher, name: pickText(feed.publisher.name, lang, fallback) } } as Record<string, unknown>;
  for (const [name, fields] of Object.entries(LOCALIZED_FIELDS) as [CollectionName, readonly (readonly string[])[]][]) {
    out[name] = fields.length ? feed[name].map((item) => localizeItem(item, fields, lang, fallback)) : feed[name];
  }
  return out as unknown as ReadFeed;
}
