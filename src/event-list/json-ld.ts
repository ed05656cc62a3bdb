// schema.org Event data for search engines: the shown occurrences as JSON-LD, written into the element's light DOM
// (shadow DOM content is not read as structured data). A chunk of its own: only pages with json-ld load it.
import type { Publisher } from '../feed/index.js';
import { safeUrl } from '../shared/safe-url.js';
import { attendanceOf, onlineUrl, pageUrl, placeText } from './event-facts.js';
import type { Occurrence } from './occurrences.js';
import { offsetAt, wallIn } from '../feed/zoned-time.js';

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  'moved-online': 'https://schema.org/EventMovedOnline',
} as const;

const MODE = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 with the zone's offset, as schema.org asks: 2026-03-07T18:30:00+00:00. */
export function zonedIso(instant: number, timeZone: string): string {
  const w = wallIn(instant, timeZone);
  const offset = offsetAt(instant, timeZone) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** One schema.org Event for one occurrence. */
export function eventJsonLd(o: Occurrence, publisher?: Publisher): Record<string, unknown> {
  const e = o.event;
  const how = attendanceOf(e);
  const place = placeText(e);
  const online = onlineUrl(e);
  const physical =
    how !== 'online' && place
      ? {
          '@type': 'Place',
          name: e.location?.name || place,
          address: {
            '@type': 'PostalAddress',
            ...(e.location?.address ? { streetAddress: e.location.address } : {}),
            ...(e.location?.postcode ? { postalCode: e.location.postcode } : {}),
          },
        }
      : undefined;
  const virtual = how !== 'in-person' ? { '@type': 'VirtualLocation', ...(online ? { url: online } : {}) } : undefined;
  const location = [physical, virtual].filter(Boolean);
  const image = safeUrl(e.image?.src, 'image');
  const organiserUrl = safeUrl(publisher?.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    startDate: o.allDay ? o.date : zonedIso(o.start, e.timezone),
    ...(o.allDay ? { endDate: o.lastDate } : o.end !== undefined ? { endDate: zonedIso(o.end, e.timezone) } : {}),
    eventStatus: o.cancelled ? STATUS.cancelled : STATUS[e.status],
    eventAttendanceMode: MODE[how],
    ...(location.length ? { location: location.length === 1 ? location[0] : location } : {}),
    ...(e.description ? { description: e.description } : {}),
    ...(pageUrl(e) ? { url: pageUrl(e) } : {}),
    ...(image ? { image } : {}),
    ...(e.languages?.length ? { inLanguage: e.languages.length === 1 ? e.languages[0] : e.languages } : {}),
    ...(publisher ? { organizer: { '@type': 'Organization', name: publisher.name, ...(organiserUrl ? { url: organiserUrl } : {}) } } : {}),
  };
}

/** The JSON text for a <script type="application/ld+json">; `<` is escaped so no text can close the script. */
export function jsonLdText(occurrences: readonly Occurrence[], publisher?: Publisher): string {
  const items = occurrences.map((o) => eventJsonLd(o, publisher));
  return JSON.stringify(items.length === 1 ? items[0] : items).replace(/</g, '\\u003c');
}

/** Each element's script, kept here rather than in the element, which never touches it before this code is here. */
const scripts = new WeakMap<HTMLElement, HTMLScriptElement>();

/** Puts the occurrences' JSON-LD into `host` as a script child, rewritten only when its text changed; with no
 * occurrences (the attribute removed, the feed gone, the element taken off the page), takes the script away. */
export function writeJsonLd(host: HTMLElement, occurrences?: readonly Occurrence[], publisher?: Publisher): void {
  let script = scripts.get(host);
  if (!occurrences) {
    script?.remove();
    scripts.delete(host);
    return;
  }
  const text = jsonLdText(occurrences, publisher);
  if (!script) {
    scripts.set(host, (script = document.createElement('script')));
    script.type = 'application/ld+json';
    script.dataset.sanctuaryEventList = '';
  }
  if (script.textContent !== text) script.textContent = text;
  if (script.parentNode !== host) host.append(script);
}
