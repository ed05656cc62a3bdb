// Groups supporters by sector with a human label for each; sectors the library does not know stay as their own
// group, named from the feed's own word, and supporters with no sector gather at the end.
import type { Supporter } from '../feed/schema.js';

/** The sectors the library has labels for (in every language it ships). */
export const KNOWN_SECTORS = [
  'faith',
  'education',
  'business',
  'health',
  'arts',
  'community',
  'public-sector',
  'charity',
  'sport',
] as const;
export type KnownSector = (typeof KNOWN_SECTORS)[number];

/** The group key for supporters without a sector. */
export const NO_SECTOR = '';

/** One spelling per sector: "Public Sector", "public_sector" and " public-sector " are the same group. A sector of
 * only punctuation ("-", "?") is how spreadsheets leave a cell blank, so it counts as none. */
export function sectorKey(sector: string | undefined): string {
  const key = (sector ?? '').trim().toLowerCase().replace(/[\s_-]+/g, '-').replace(/^-|-$/g, '');
  return /[\p{L}\p{N}]/u.test(key) ? key : NO_SECTOR;
}

export const isKnownSector = (key: string): key is KnownSector => (KNOWN_SECTORS as readonly string[]).includes(key);

/** A label for a sector the library has no words for: "local-media" → "Local media". */
export function humanizeSector(key: string): string {
  const words = key.replace(/-+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

export interface SectorGroup<T> {
  /** The normalised sector key ('' for none). */
  key: string;
  label: string;
  supporters: T[];
}

/**
 * Splits already-ordered supporters into sector groups, keeping their order inside each group. Groups are ordered
 * by label in the reader's language; the group without a sector comes last.
 */
export function groupBySector<T>(
  items: readonly T[],
  sectorOf: (item: T) => string | undefined,
  label: (key: string) => string,
  collator: Intl.Collator,
): SectorGroup<T>[] {
  const groups = new Map<string, SectorGroup<T>>();
  for (const supporter of items) {
    const key = sectorKey(sectorOf(supporter));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: label(key), supporters: [] }));
    group.supporters.push(supporter);
  }
  return [...groups.values()].sort((a, b) =>
    a.key === NO_SECTOR ? 1 : b.key === NO_SECTOR ? -1 : collator.compare(a.label, b.label),
  );
}

/** The supporters in one sector (by key), or all of them when `key` is empty or undefined. */
export function inSector<T extends { sector?: Supporter['sector'] }>(supporters: readonly T[], key: string | undefined): T[] {
  const wanted = key === undefined ? '' : sectorKey(key);
  return wanted === '' ? [...supporters] : supporters.filter((s) => sectorKey(s.sector) === wanted);
}
