// The Events Calendar (WordPress plugin) REST API → feed events. Pure mapping of one API event; paging and
// network errors live in ./from-wordpress.ts.
import { isKnownTimeZone } from '../feed/index.js';
import { findMeetingLink, isOnlineOnlyLocation, meetingPlatform } from '../feed/ics/event-fields.js';
import type { EventDraft } from '../feed/ics/ics-events.js';
import { htmlToText, plainText } from '../feed/ics/html-text.js';

/** The parts of an event in /wp-json/tribe/events/v1/events that we read. Every field is optional: sites run
 * many versions of the plugin and add-ons, and a field missing costs only that field. */
export interface TribeEvent {
  id?: number | string;
  global_id?: string;
  url?: string;
  title?: string;
  description?: string;
  excerpt?: string;
  all_day?: boolean;
  start_date?: string;
  end_date?: string;
  utc_start_date?: string;
  utc_end_date?: string;
  timezone?: string;
  cost?: string;
  website?: string;
  image?: false | { url?: string; alt?: string };
  categories?: { name?: string; slug?: string }[];
  venue?: TribeVenue | TribeVenue[] | [];
  organizer?: TribeOrganizer[] | TribeOrganizer;
  is_virtual?: boolean;
  virtual_url?: string;
  /** The plugin's event status (Event Status / Virtual Events): scheduled, canceled, postponed, moved_online. */
  tribe_events_status?: string;
  event_status?: string;
  meta?: Record<string, unknown>;
}

interface TribeVenue {
  venue?: string;
  address?: string;
  city?: string;
  stateprovince?: string;
  province?: string;
  zip?: string;
  country?: string;
}

interface TribeOrganizer {
  organizer?: string;
  website?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? plainText(value).replace(/\s+/g, ' ').trim() : undefined;

/** "2027-01-12 10:30:00" → "2027-01-12T10:30"; all day → "2027-01-12". */
function localTime(value: string | undefined, allDay: boolean): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?/.exec(value ?? '');
  if (!m) return value?.trim() || undefined;
  if (allDay) return m[1];
  return m[3] && m[3] !== ':00' ? `${m[1]}T${m[2]}${m[3]}` : `${m[1]}T${m[2]}`;
}

const STATUSES: Record<string, EventDraft['status']> = {
  scheduled: 'scheduled',
  canceled: 'cancelled',
  cancelled: 'cancelled',
  postponed: 'postponed',
  moved_online: 'moved-online',
  'moved-online': 'moved-online',
};

function status(event: TribeEvent, title: string | undefined): EventDraft['status'] {
  const meta = event.meta ?? {};
  const given = [event.tribe_events_status, event.event_status, meta._tribe_events_status, meta.tribe_events_status]
    .map((v) => (Array.isArray(v) ? v[0] : v))
    .find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (given && STATUSES[given.trim().toLowerCase()]) return STATUSES[given.trim().toLowerCase()];
  if (meta.canceled === true || meta.canceled === 'yes' || meta._tribe_events_canceled) return 'cancelled';
  if (title && /^(cancel+ed)\s*[:\-–]/i.test(title)) return 'cancelled';
  return 'scheduled';
}

export interface MappedEvent {
  event: EventDraft;
  /** Notes about this event worth a line in the report (a time zone that is not a name, …). */
  notes: string[];
}

/** One API event as a feed event draft. `site` names the site in ids, so ids stay unique across a merge. */
export function tribeEventToFeed(event: TribeEvent, site: string): MappedEvent {
  const notes: string[] = [];
  const allDay = event.all_day === true;
  let title = text(event.title);
  const eventStatus = status(event, title);
  if (title && eventStatus === 'cancelled') title = title.replace(/^(cancel+ed)\s*[:\-–]\s*/i, '');

  let start = localTime(event.start_date, allDay);
  let end = localTime(event.end_date, allDay);
  let timezone = event.timezone?.trim();
  if (timezone && !isKnownTimeZone(timezone)) {
    // WordPress set to a bare offset ("UTC+1") has no zone name; the UTC times fix the moment instead.
    const utcStart = localTime(event.utc_start_date, false);
    if (!allDay && utcStart) {
      start = `${utcStart}Z`;
      const utcEnd = localTime(event.utc_end_date, false);
      end = utcEnd ? `${utcEnd}Z` : undefined;
    }
    notes.push(`its time zone "${timezone}" is not a name (such as Europe/London), so ${allDay ? 'Europe/London is assumed' : 'its UTC times were used'}`);
    timezone = undefined;
  }
  if (end && start && end <= start) end = undefined;

  const description = descriptionText(event.description || event.excerpt);
  const venues = (Array.isArray(event.venue) ? event.venue : event.venue ? [event.venue] : []).filter((v) => v && typeof v === 'object');
  const venue = venues[0];
  const venueName = text(venue?.venue);
  const online =
    (event.virtual_url && meetingPlatform(event.virtual_url) ? { url: event.virtual_url, platform: meetingPlatform(event.virtual_url)! } : undefined) ??
    findMeetingLink([event.virtual_url, event.website, venueName, event.description]) ??
    (event.is_virtual && event.virtual_url ? { url: event.virtual_url } : undefined);
  const location =
    venue && !(venueName && isOnlineOnlyLocation(venueName))
      ? compact({
          name: venueName,
          address: [venue.address, venue.city, venue.stateprovince || venue.province].map(text).filter(Boolean).join(', ') || undefined,
          postcode: text(venue.zip)?.toUpperCase(),
        })
      : undefined;

  const organizers = (Array.isArray(event.organizer) ? event.organizer : event.organizer ? [event.organizer] : [])
    .map((o) => text(o?.organizer))
    .filter((o): o is string => Boolean(o));
  const organised = organizers.length ? `Organised by ${organizers.join(' and ')}.` : undefined;

  const category = event.categories?.map((c) => text(c?.slug) ?? text(c?.name)).find(Boolean);
  const image = event.image && typeof event.image === 'object' && event.image.url ? { src: event.image.url, alt: text(event.image.alt) ?? '' } : undefined;
  const website = event.website?.trim();
  const id = event.global_id?.trim() || (event.id !== undefined ? `${site}?id=${event.id}` : undefined);

  return {
    event: {
      ...(id ? { id } : {}),
      title,
      start,
      ...(end ? { end } : {}),
      ...(timezone ? { timezone } : {}),
      status: eventStatus,
      ...(category ? { category } : {}),
      ...(event.url ? { url: event.url } : {}),
      ...(description || organised ? { description: [description, organised].filter(Boolean).join('\n\n') } : {}),
      ...(location && Object.keys(location).length ? { location } : {}),
      ...(online ? { online } : {}),
      ...(text(event.cost) ? { cost: text(event.cost) } : {}),
      // "Event website" is where the plugin keeps a ticket or booking link; a meeting link is `online` instead.
      ...(website && website !== event.url && !meetingPlatform(website) ? { bookingUrl: website } : {}),
      ...(image ? { image } : {}),
    },
    notes,
  };
}

/** Description HTML → text, without WordPress shortcodes ("[gallery ids=…]") that mean nothing outside it. */
function descriptionText(html: string | undefined): string | undefined {
  if (!html?.trim()) return undefined;
  const result = htmlToText(html.replace(/\[\/?[a-z][\w-]*(\s[^\]]*)?\]/gi, ''));
  return result || undefined;
}

function compact<T extends Record<string, string | undefined>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v)) as Partial<T>;
}

