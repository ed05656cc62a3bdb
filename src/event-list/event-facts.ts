// Plain facts about an event that several outputs need alike (the list, the .ics file, calendar links, JSON-LD):
// whether it is in person or online, where it is, and whether it matches the reader's filters.
import type { SanctuaryEvent } from '../feed/index.js';
import { safeUrl } from '../shared/safe-url.js';

export type Attendance = 'in-person' | 'online' | 'hybrid';

/** In person, online or both. An event moved online is online whatever its old venue. */
export function attendanceOf(event: SanctuaryEvent): Attendance {
  if (event.status === 'moved-online') return 'online';
  const place = event.location && [event.location.name, event.location.address, event.location.postcode].some((p) => p?.trim());
  if (place && event.online) return 'hybrid';
  return event.online ? 'online' : 'in-person';
}

/** The venue on one line: "Friends Meeting House, 12 Jesus Lane, CB5 8BA"; empty when none is given. */
export function placeText(event: SanctuaryEvent): string {
  const { name, address, postcode } = event.location ?? {};
  return [name, address, postcode].map((p) => p?.trim()).filter(Boolean).join(', ');
}

/** The online link when it is a web address that may be followed. */
export const onlineUrl = (event: SanctuaryEvent): string | undefined => {
  const url = safeUrl(event.online?.url);
  return url && /^https?:/i.test(url) ? url : undefined;
};

/** The event's own page, when it is a web address. */
export const pageUrl = (event: SanctuaryEvent): string | undefined => {
  const url = safeUrl(event.url);
  return url && /^https?:/i.test(url) ? url : undefined;
};

export interface Filters {
  /** A category to keep (compared without case); empty or undefined keeps all. */
  category?: string;
  /** `in-person` keeps in-person and hybrid events, `online` keeps online and hybrid ones. */
  attendance?: 'in-person' | 'online' | '';
}

export function matchesFilters(event: SanctuaryEvent, filters: Filters): boolean {
  if (filters.category && event.category?.toLowerCase() !== filters.category.toLowerCase()) return false;
  if (filters.attendance) {
    const how = attendanceOf(event);
    if (how !== 'hybrid' && how !== filters.attendance) return false;
  }
  return true;
}

/** The categories used in the feed, in first-seen order, each once (first spelling wins). */
export function categoriesOf(events: readonly SanctuaryEvent[]): string[] {
  const seen = new Map<string, string>();
  for (const e of events) if (e.category && !seen.has(e.category.toLowerCase())) seen.set(e.category.toLowerCase(), e.category);
  return [...seen.values()];
}
