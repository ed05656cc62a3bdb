// The feed contract, version 1: the one definition that the widgets, the CLI, the TypeScript types and the
// published JSON Schema all come from.
//
// zod/mini rather than classic zod: it keeps the schema and its parser to about a third of the size in every
// widget bundle (see `npm run bench`), and it has no `eval`, so it runs under a strict Content-Security-Policy.
// Its built-in messages are terse ("Invalid input"), so ./issues.ts writes our own plain-English ones.
import * as z from 'zod/mini';

/** The major version of the contract this library reads. */
export const FEED_VERSION = 1;

const describe = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description)) as T;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// A date and time, with seconds and fraction optional, and an offset (Z, +01:00) or none (then it is local time
// in the event's timezone, as a spreadsheet or calendar would write it).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** True when the text is a real calendar date or date-time (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  if (!DATE.test(value) && !DATE_TIME.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return false;
  if (value.length === 10) return true;
  const [hh, mm] = value.slice(11, 16).split(':').map(Number);
  return hh < 24 && mm < 60;
}

/** True for a time zone name the browser knows (IANA, e.g. Europe/London). */
export function isKnownTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const text = () => z.string();
const nonEmptyText = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
/** URLs are kept as text here and checked where they are used (src/shared/safe-url.ts), so a bad link costs
 * the item its link, never the whole item. */
const url = () => describe(z.string(), 'A web address (https://…), mailto: or tel:. Other schemes are shown as text.');

const dateOnly = () =>
  describe(
    z.string().check(z.refine((v) => DATE.test(v) && isRealDate(v), 'must be a date written like 2026-03-07')),
    'A date, YYYY-MM-DD.',
  );

const dateOrDateTime = () =>
  describe(
    z
      .string()
      .check(
        z.refine(
          isRealDate,
          'must be a date (2026-03-07) or a date and time (2026-03-07T18:30 or 2026-03-07T18:30:00+00:00)',
        ),
      ),
    'A date (YYYY-MM-DD, all day) or a date and time (YYYY-MM-DDTHH:MM, with an optional offset such as Z or +01:00; ' +
      'without one it is local time in the event timezone).',
  );

const image = () =>
  z.object({
    src: url(),
    alt: describe(text(), 'Text that says what the image shows; an empty string for a purely decorative image.'),
  });

const textList = () => z.optional(z.array(nonEmptyText()));

/** Where an item came from when several feeds are merged into one (a regional page gathering its groups). */
const itemSource = () =>
  z.optional(
    describe(
      z.object({
        name: describe(nonEmptyText(), 'The group that published the item, e.g. "Cambridge City of Sanctuary".'),
        url: z.optional(describe(url(), "That group's website or feed.")),
      }),
      'The group that published it; added by `sanctuary-widgets merge`. A group writing its own feed leaves it out.',
    ),
  );

// ── Events ───────────────────────────────────────────────────────────────────────────────────────────────

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const BY_DAY = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

const Recurrence = describe(
  z
    .object({
      frequency: z.enum(['weekly', 'monthly']),
      interval: z.optional(z.int().check(z.gte(1, 'must be 1 or more'), z.lte(52, 'must be 52 or less'))),
      byDay: z.optional(
        describe(
          z.array(z.string().check(z.regex(BY_DAY, 'must be a weekday code such as TU, or 1TH / -1FR for a month'))),
          'Weekdays: MO TU WE TH FR SA SU. For monthly events put the week number first: 1TH is the first Thursday, ' +
            '-1FR the last Friday. Defaults to the weekday of the start date.',
        ),
      ),
      count: z.optional(z.int().check(z.gte(1, 'must be 1 or more'))),
      until: z.optional(dateOrDateTime()),
      cancelledDates: z.optional(z.array(dateOnly())),
    })
    .check(
      z.refine((r) => r.count === undefined || r.until === undefined, {
        message: 'cannot be given together with count: use one or the other',
        path: ['until'],
      }),
    ),
  'Repeats the event (a subset of iCalendar RRULE): weekly or monthly by weekday, ending after `count` times or on ' +
    '`until`, or running on. `cancelledDates` lists single dates when it does not happen.',
);

export const EventSchema = describe(
  z
    .object({
      id: nonEmptyText(),
      title: nonEmptyText(),
      start: dateOrDateTime(),
      end: z.optional(dateOrDateTime()),
      timezone: z._default(
        describe(
          z.string().check(z.refine(isKnownTimeZone, 'is not a time zone name we know (use one like Europe/London)')),
          'IANA time zone name; defaults to Europe/London.',
        ),
        'Europe/London',
      ),
      status: z._default(z.enum(EVENT_STATUSES), 'scheduled'),
      category: z.optional(nonEmptyText()),
      url: z.optional(url()),
      description: z.optional(describe(text(), 'Plain text; blank lines separate paragraphs. HTML is shown as text.')),
      location: z.optional(
        z.object({
          name: z.optional(text()),
          address: z.optional(text()),
          postcode: z.optional(text()),
        }),
      ),
      online: z.optional(
        z.object({
          url: z.optional(url()),
          platform: z.optional(text()),
        }),
      ),
      languages: textList(),
      cost: z.optional(text()),
      bookingUrl: z.optional(url()),
      accessibility: z.optional(text()),
      image: z.optional(image()),
      recurrence: z.optional(Recurrence),
      source: itemSource(),
    })
    .check(
      z.refine((e) => e.end === undefined || comparableTime(e.end) >= comparableTime(e.start), {
        message: 'must not be before the start',
        path: ['end'],
      }),
    ),
  'Something that happens: a welcome café, an ESOL club, a training session, a webinar.',
);

/** Orders starts and ends for the end-before-start check. Both share the event's timezone, so local times compare
 * as written; an all-day end counts as the whole of that day. */
function comparableTime(value: string): number {
  if (value.length === 10) return Date.parse(`${value}T23:59:59Z`);
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
  return Date.parse(hasOffset ? value : `${value}Z`);
}

// ── Resources ────────────────────────────────────────────────────────────────────────────────────────────

export const ResourceSchema = describe(
  z.object({
    id: nonEmptyText(),
    title: nonEmptyText(),
    summary: z.optional(text()),
    url: z.optional(url()),
    type: z.optional(
      describe(nonEmptyText(), 'resource-pack, toolkit, guide, video, report, webinar, …; other values are kept.'),
    ),
    streams: z.optional(
      describe(
        z.array(nonEmptyText()),
        'Streams or topics: schools, universities, health, faith, arts, libraries, local-authorities, …',
      ),
    ),
    audience: textList(),
    languages: textList(),
    format: z.optional(describe(text(), 'File format, e.g. PDF, Word, web page, video.')),
    sizeBytes: z.optional(z.int().check(z.gte(0, 'must not be negative'))),
    publisher: z.optional(text()),
    updated: z.optional(dateOnly()),
    source: itemSource(),
  }),
  'A resource pack, toolkit, guide, video or report.',
);

// ── Supporters ───────────────────────────────────────────────────────────────────────────────────────────

export const SupporterSchema = describe(
  z.object({
    id: nonEmptyText(),
    name: nonEmptyText(),
    url: z.optional(url()),
    logo: z.optional(image()),
    sector: z.optional(
      describe(
        nonEmptyText(),
        'faith, education, business, health, arts, community, public-sector, …; other values are kept.',
      ),
    ),
    since: z.optional(
      describe(
        z.string().check(z.refine((v) => /^\d{4}$/.test(v) || (DATE.test(v) && isRealDate(v)), 'must be a year (2019) or a date (2019-05-01)')),
        'When they pledged support: a year or a date.',
      ),
    ),
    place: z.optional(text()),
    source: itemSource(),
  }),
  'An organisation that has pledged its support.',
);

// ── Sanctuary Awards ─────────────────────────────────────────────────────────────────────────────────────

export const AWARD_STATUSES = ['awarded', 'renewed', 'expired', 'revoked', 'suspended'] as const;

export const AwardSchema = describe(
  z
    .object({
      // Not trimmed or folded: a badge matches its award id character for character.
      id: describe(z.string().check(z.minLength(1, 'must not be empty')), 'The award id; badges match it exactly.'),
      holder: z.object({
        name: nonEmptyText(),
        url: z.optional(url()),
        place: z.optional(text()),
      }),
      stream: describe(
        nonEmptyText(),
        'school, university, college, library, theatre, health, maternity, faith, local-authority, … ' +
          '("School of Sanctuary", "University of Sanctuary", …).',
      ),
      status: z.enum(AWARD_STATUSES),
      awarded: dateOnly(),
      expires: z.optional(dateOnly()),
      verifyUrl: z.optional(describe(url(), "The register's own page for this award.")),
      source: itemSource(),
    })
    .check(
      z.refine((a) => a.expires === undefined || a.expires >= a.awarded, {
        message: 'must not be before the award date',
        path: ['expires'],
      }),
    ),
  'A Sanctuary Award record in a register.',
);

// ── The document ─────────────────────────────────────────────────────────────────────────────────────────

export const PublisherSchema = z.object({
  name: nonEmptyText(),
  url: z.optional(url()),
  place: z.optional(text()),
  logo: z.optional(image()),
});

/** The four collections, each with the schema of one item. The parser checks items one by one against these. */
export const COLLECTIONS = {
  events: EventSchema,
  resources: ResourceSchema,
  supporters: SupporterSchema,
  awards: AwardSchema,
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** The whole document as published in feed.schema.json. At run time the parser checks the envelope and each item
 * separately (./parse.ts), so one broken item never costs the rest. */
export const FeedSchema = describe(
  z.object({
    $schema: z.optional(text()),
    version: describe(
      z.union([z.literal(FEED_VERSION), z.string().check(z.regex(/^1(\.\d+)*$/))]),
      'The contract version: 1 (a minor version such as "1.2" is read as 1).',
    ),
    publisher: PublisherSchema,
    language: z.optional(describe(text(), 'The language of the feed text, a BCP 47 tag such as en or ar.')),
    updated: z.optional(dateOrDateTime()),
    events: z.optional(z.array(EventSchema)),
    resources: z.optional(z.array(ResourceSchema)),
    supporters: z.optional(z.array(SupporterSchema)),
    awards: z.optional(z.array(AwardSchema)),
  }),
  'A City of Sanctuary feed: events, resources, supporters and awards from one publisher.',
);

export type Feed = z.infer<typeof FeedSchema>;
export type FeedInput = z.input<typeof FeedSchema>;
export type Publisher = z.infer<typeof PublisherSchema>;
export type SanctuaryEvent = z.infer<typeof EventSchema>;
export type EventStatus = SanctuaryEvent['status'];
export type Recurrence = NonNullable<SanctuaryEvent['recurrence']>;
export type Resource = z.infer<typeof ResourceSchema>;
export type Supporter = z.infer<typeof SupporterSchema>;
export type Award = z.infer<typeof AwardSchema>;
export type AwardStatus = Award['status'];
export type FeedImage = z.infer<ReturnType<typeof image>>;
export type ItemSource = NonNullable<SanctuaryEvent['source']>;
