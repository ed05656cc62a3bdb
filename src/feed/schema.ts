// The feed contract, version 1: the one definition that the widgets, the CLI, the TypeScript types and the
// published JSON Schema all come from.
//
// zod/mini rather than classic zod: it keeps the schema and its parser to about a third of the size in every
// widget bundle (see `npm run bench`), and it has no `eval`, so it runs under a strict Content-Security-Policy.
// Its built-in messages are terse ("Invalid input"), so ./issues.ts writes our own plain-English ones. What each
// field means is written in ./schema-docs.ts, which only the JSON Schema uses, so no widget downloads it.
//
// The widgets do not run this schema: they run rules generated from it (./rules/), which check exactly the same
// (a property test holds them to it) for a fraction of the bytes. Checks beyond zod's own are named functions in
// ./checks.ts, so the generator can carry them across.
import * as z from 'zod/mini';
import {
  endsAfterStart,
  expiresAfterAwarded,
  hasOneStop,
  hasSomeLanguage,
  isDateOnly,
  isKnownTimeZone,
  isRealDate,
  isYearOrDate,
} from './checks.js';
import { FEED_VERSION, type CollectionName } from './contract.js';

export { FEED_VERSION, COLLECTION_NAMES, type CollectionName } from './contract.js';
export { isKnownTimeZone, isRealDate } from './checks.js';

const text = () => z.string();
const nonEmptyText = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
/** URLs are kept as text here and checked where they are used (src/shared/safe-url.ts), so a bad link costs
 * the item its link, never the whole item. */
const url = () => z.string();

const dateOnly = () =>
  z.string().check(z.refine(isDateOnly, 'must be a date written like 2026-03-07'));

const dateOrDateTime = () =>
  z
      .string()
      .check(
        z.refine(
          isRealDate,
          'must be a date (2026-03-07) or a date and time (2026-03-07T18:30 or 2026-03-07T18:30:00+00:00)',
        ),
      );

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Text a feed may give in one language or several: "Welcome café" or { "en": "Welcome café", "ar": "…" }. The
 * widget shows the reader's language when the feed has it (./localize.ts). */
const localized = (base: z.ZodMiniType<string> = text()) =>
  z.union([
      base,
      z
        .record(z.string().check(z.regex(LANGUAGE_TAG, 'must be a language tag such as en or ar')), base)
        .check(z.refine(hasSomeLanguage, 'needs the text in at least one language')),
    ]);

const image = () =>
  z.object({
    src: url(),
    alt: localized(),
  });

const textList = () => z.optional(z.array(nonEmptyText()));

/** Where an item came from when several feeds are merged into one (a regional page gathering its groups). */
const itemSource = () =>
  z.optional(
    z.object({
      name: nonEmptyText(),
      url: z.optional(url()),
    }),
  );

// ── Events ───────────────────────────────────────────────────────────────────────────────────────────────

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const;
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const BY_DAY = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

const Recurrence = z
    .object({
      frequency: z.enum(['weekly', 'monthly']),
      interval: z.optional(z.int().check(z.gte(1, 'must be 1 or more'), z.lte(52, 'must be 52 or less'))),
      byDay: z.optional(
        z.array(z.string().check(z.regex(BY_DAY, 'must be a weekday code such as TU, or 1TH / -1FR for a month'))),
      ),
      count: z.optional(z.int().check(z.gte(1, 'must be 1 or more'))),
      until: z.optional(dateOrDateTime()),
      cancelledDates: z.optional(z.array(dateOnly())),
    })
    .check(
      z.refine(hasOneStop, {
        message: 'cannot be given together with count: use one or the other',
        path: ['until'],
      }),
    );

export const EventSchema = z
    .object({
      id: nonEmptyText(),
      title: localized(nonEmptyText()),
      start: dateOrDateTime(),
      end: z.optional(dateOrDateTime()),
      timezone: z._default(
        z.string().check(z.refine(isKnownTimeZone, 'is not a time zone name we know (use one like Europe/London)')),
        'Europe/London',
      ),
      status: z._default(z.enum(EVENT_STATUSES), 'scheduled'),
      category: z.optional(nonEmptyText()),
      url: z.optional(url()),
      description: z.optional(
        localized(),
      ),
      location: z.optional(
        z.object({
          name: z.optional(localized()),
          address: z.optional(localized()),
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
      cost: z.optional(localized()),
      bookingUrl: z.optional(url()),
      accessibility: z.optional(localized()),
      image: z.optional(image()),
      recurrence: z.optional(Recurrence),
      source: itemSource(),
    })
    .check(
      z.refine(endsAfterStart, {
        message: 'must not be before the start',
        path: ['end'],
      }),
    );

// ── Resources ────────────────────────────────────────────────────────────────────────────────────────────

export const ResourceSchema = z.object({
    id: nonEmptyText(),
    title: localized(nonEmptyText()),
    summary: z.optional(localized()),
    url: z.optional(url()),
    type: z.optional(
      nonEmptyText(),
    ),
    streams: z.optional(
      z.array(nonEmptyText()),
    ),
    audience: textList(),
    languages: textList(),
    format: z.optional(text()),
    sizeBytes: z.optional(z.int().check(z.gte(0, 'must not be negative'))),
    publisher: z.optional(text()),
    updated: z.optional(dateOnly()),
    source: itemSource(),
  });

// ── Supporters ───────────────────────────────────────────────────────────────────────────────────────────

export const SupporterSchema = z.object({
    id: nonEmptyText(),
    name: localized(nonEmptyText()),
    url: z.optional(url()),
    logo: z.optional(image()),
    sector: z.optional(
      nonEmptyText(),
    ),
    since: z.optional(
      z.string().check(z.refine(isYearOrDate, 'must be a year (2019) or a date (2019-05-01)')),
    ),
    place: z.optional(text()),
    source: itemSource(),
  });

// ── Sanctuary Awards ─────────────────────────────────────────────────────────────────────────────────────

export const AWARD_STATUSES = ['awarded', 'renewed', 'expired', 'revoked', 'suspended'] as const;

export const AwardSchema = z
    .object({
      // Not trimmed or folded: a badge matches its award id character for character.
      id: z.string().check(z.minLength(1, 'must not be empty')),
      holder: z.object({
        name: nonEmptyText(),
        url: z.optional(url()),
        place: z.optional(text()),
      }),
      stream: nonEmptyText(),
      status: z.enum(AWARD_STATUSES),
      awarded: dateOnly(),
      expires: z.optional(dateOnly()),
      verifyUrl: z.optional(url()),
      source: itemSource(),
    })
    .check(
      z.refine(expiresAfterAwarded, {
        message: 'must not be before the award date',
        path: ['expires'],
      }),
    );

// ── The document ─────────────────────────────────────────────────────────────────────────────────────────

export const PublisherSchema = z.object({
  name: localized(nonEmptyText()),
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
} as const satisfies Record<CollectionName, z.ZodMiniType>;

/** The whole document as published in feed.schema.json. At run time the parser checks the envelope and each item
 * separately (./parse.ts), so one broken item never costs the rest. */
export const FeedSchema = z.object({
    $schema: z.optional(text()),
    version: z.union([z.literal(FEED_VERSION), z.string().check(z.regex(/^1(\.\d+)*$/))]),
    publisher: PublisherSchema,
    language: z.optional(text()),
    updated: z.optional(dateOrDateTime()),
    events: z.optional(z.array(EventSchema)),
    resources: z.optional(z.array(ResourceSchema)),
    supporters: z.optional(z.array(SupporterSchema)),
    awards: z.optional(z.array(AwardSchema)),
  });

/** A text field as the feed may write it. */
export type LocalizedText = string | Record<string, string>;

/** The same shape with every multi-language text resolved to one string, as widgets receive it. */
export type Localized<T> = [T] extends [LocalizedText | undefined]
  ? [LocalizedText] extends [Exclude<T, undefined>]
    ? string | Extract<T, undefined>
    : T
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

/** The document as written, translations included. */
export type FeedDocument = z.infer<typeof FeedSchema>;
export type Feed = Localized<FeedDocument>;
export type FeedInput = z.input<typeof FeedSchema>;
export type Publisher = Localized<z.infer<typeof PublisherSchema>>;
export type SanctuaryEvent = Localized<z.infer<typeof EventSchema>>;
export type EventStatus = SanctuaryEvent['status'];
export type Recurrence = NonNullable<SanctuaryEvent['recurrence']>;
export type Resource = Localized<z.infer<typeof ResourceSchema>>;
export type Supporter = Localized<z.infer<typeof SupporterSchema>>;
export type Award = Localized<z.infer<typeof AwardSchema>>;
export type AwardStatus = Award['status'];
export type FeedImage = Localized<z.infer<ReturnType<typeof image>>>;
export type ItemSource = NonNullable<SanctuaryEvent['source']>;
