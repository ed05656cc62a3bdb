// Turns spreadsheet rows (one object per row, keyed by column heading) into feed items. Headings are matched
// loosely ("Booking URL", "booking_url" and "bookingurl" are one column); dates may be written the British way.
// The result is checked by the feed parser like any feed, so the rules live in one place: src/feed/schema.ts.
import type { CollectionName } from '../feed/index.js';
import { slug } from '../feed/ics/slug.js';

export { slug };

export type Row = Record<string, string>;

/** "Booking URL" → "bookingurl". */
export const headingKey = (heading: string): string => heading.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The columns each collection reads, as documented in docs/spreadsheets.md. */
export const COLUMNS: Record<CollectionName, readonly string[]> = {
  events: [
    'id', 'title', 'start', 'end', 'timezone', 'status', 'category', 'url', 'description', 'venue', 'address',
    'postcode', 'online url', 'platform', 'languages', 'cost', 'booking url', 'accessibility', 'image', 'image alt',
    'repeat', 'repeat every', 'repeat days', 'repeat until', 'repeat count', 'cancelled dates',
  ],
  resources: ['id', 'title', 'summary', 'url', 'type', 'streams', 'audience', 'languages', 'format', 'size', 'publisher', 'updated'],
  supporters: ['id', 'name', 'url', 'logo', 'logo alt', 'sector', 'since', 'place'],
  awards: ['id', 'holder', 'holder url', 'place', 'stream', 'status', 'awarded', 'expires', 'verify url'],
};

const list = (value: string | undefined) =>
  value
    ?.split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** 07/03/2027 and 07/03/2027 18:30 (day first, as UK spreadsheets write them) → ISO; anything else is kept. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (!uk) return value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
  const [, d, m, y, hh, mm] = uk;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return hh ? `${date}T${hh.padStart(2, '0')}:${mm}` : date;
}

/** "2.1 MB", "850 KB", "1200" → bytes; other text is kept for the parser to report. */
export function bytes(value: string | undefined): number | string | undefined {
  if (!value) return undefined;
  const match = /^([\d.]+)\s*(b|bytes|kb|mb|gb)?$/i.exec(value.trim());
  if (!match) return value;
  const scale = { b: 1, bytes: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase()]!;
  return Math.round(Number(match[1]) * scale);
}

const number = (value: string | undefined) => (value ? (Number.isFinite(Number(value)) ? Number(value) : value) : undefined);


/** Drops empty fields and empty nested objects, so an empty cell means "not given". */
function compact<T extends Record<string, unknown>>(item: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = compact(value as Record<string, unknown>);
      if (Object.keys(inner).length) out[key] = inner;
      continue;
    }
    out[key] = value;
  }
  return out as Partial<T>;
}

type Cells = (heading: string) => string | undefined;

const BUILDERS: Record<CollectionName, (c: Cells) => Record<string, unknown>> = {
  events: (c) => ({
    id: c('id') || slug(c('title'), isoDate(c('start'))?.slice(0, 10)),
    title: c('title'),
    start: isoDate(c('start')),
    end: isoDate(c('end')),
    timezone: c('timezone'),
    status: c('status')?.toLowerCase().replace(/\s+/g, '-'),
    category: c('category'),
    url: c('url'),
    description: c('description'),
    location: { name: c('venue'), address: c('address'), postcode: c('postcode') },
    online: { url: c('online url'), platform: c('platform') },
    languages: list(c('languages')),
    cost: c('cost'),
    bookingUrl: c('booking url'),
    accessibility: c('accessibility'),
    image: c('image') ? { src: c('image'), alt: c('image alt') ?? '' } : undefined,
    recurrence: c('repeat')
      ? {
          frequency: c('repeat')!.toLowerCase(),
          interval: number(c('repeat every')),
          byDay: list(c('repeat days')?.toUpperCase()),
          until: isoDate(c('repeat until')),
          count: number(c('repeat count')),
          cancelledDates: list(c('cancelled dates'))?.map((d) => isoDate(d)!),
        }
      : undefined,
  }),
  resources: (c) => ({
    id: c('id') || slug(c('title')),
    title: c('title'),
    summary: c('summary'),
    url: c('url'),
    type: c('type'),
    streams: list(c('streams')),
    audience: list(c('audience')),
    languages: list(c('languages')),
    format: c('format'),
    sizeBytes: bytes(c('size')),
    publisher: c('publisher'),
    updated: isoDate(c('updated')),
  }),
  supporters: (c) => ({
    id: c('id') || slug(c('name')),
    name: c('name'),
    url: c('url'),
    logo: c('logo') ? { src: c('logo'), alt: c('logo alt') ?? `${c('name') ?? ''} logo`.trim() } : undefined,
    sector: c('sector'),
    since: isoDate(c('since')),
    place: c('place'),
  }),
  awards: (c) => ({
    id: c('id'),
    holder: { name: c('holder'), url: c('holder url'), place: c('place') },
    stream: c('stream'),
    status: c('status')?.toLowerCase(),
    awarded: isoDate(c('awarded')),
    expires: isoDate(c('expires')),
    verifyUrl: c('verify url'),
  }),
};

/** Feed items from rows; `unknownColumns` lists headings this collection does not read. */
export function rowsToItems(collection: CollectionName, rows: Row[]): { items: unknown[]; unknownColumns: string[] } {
  const known = new Set(COLUMNS[collection].map(headingKey));
  const headings = Object.keys(rows[0] ?? {});
  const unknownColumns = headings.filter((h) => !known.has(headingKey(h)));
  const generated = new Set<number>();
  const items = rows.map((row, index) => {
    const byKey = new Map(Object.entries(row).map(([h, v]) => [headingKey(h), v.trim()]));
    const cells: Cells = (heading) => byKey.get(headingKey(heading)) || undefined;
    if (!cells('id')) generated.add(index);
    return compact(BUILDERS[collection](cells));
  });
  // Generated ids must stay unique: two branches of "Oxfam Books" become oxfam-books and oxfam-books-2. Ids the
  // sheet gives are left alone, so a real duplicate is still reported.
  const seen = new Map<string, number>();
  (items as { id?: string }[]).forEach((item, index) => {
    if (!item.id) return;
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1 && generated.has(index)) item.id = `${item.id}-${n}`;
  });
  return { items, unknownColumns };
}
