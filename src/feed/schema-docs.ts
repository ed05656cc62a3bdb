// What each field of the feed means, for the published JSON Schema (editors show it on hover). Kept apart from
// ./schema.ts so that the widgets' bundles carry the rules but not this prose. Paths: `events[]` is an item of
// events, `events[].title` its title; a test checks every path here exists in the schema.

const URL = 'A web address (https://…), mailto: or tel:. Other schemes are shown as text.';
const DATE = 'A date, YYYY-MM-DD.';
const DATE_TIME =
  'A date (YYYY-MM-DD, all day) or a date and time (YYYY-MM-DDTHH:MM, with an optional offset such as Z or ' +
  '+01:00; without one it is local time in the event timezone).';
const TEXT = 'Text, or the same text in several languages keyed by language tag: { "en": "…", "ar": "…" }.';
const ALT = `Text that says what the image shows; an empty string for a purely decorative image. ${TEXT}`;
const image = (path: string) => ({ [`${path}.src`]: URL, [`${path}.alt`]: ALT });

/** `source` on every item: where it came from when feeds are merged. */
const source = (collection: string) => ({
  [`${collection}[].source`]:
    'The group that published it; added by `sanctuary-widgets merge`. A group writing its own feed leaves it out.',
  [`${collection}[].source.name`]: 'The group that published the item, e.g. "Cambridge City of Sanctuary".',
  [`${collection}[].source.url`]: "That group's website or feed.",
});

export const SCHEMA_DOCS: Record<string, string> = {
  '': 'A City of Sanctuary feed: events, resources, supporters and awards from one publisher.',
  version: 'The contract version: 1 (a minor version such as "1.2" is read as 1).',
  language: 'The language of the feed text, a BCP 47 tag such as en or ar.',
  updated: DATE_TIME,
  'publisher.name': TEXT,
  'publisher.url': URL,
  ...image('publisher.logo'),

  'events[]': 'Something that happens: a welcome café, an ESOL club, a training session, a webinar.',
  'events[].title': TEXT,
  'events[].start': DATE_TIME,
  'events[].end': DATE_TIME,
  'events[].timezone': 'IANA time zone name; defaults to Europe/London.',
  'events[].status': 'Whether it goes ahead; defaults to scheduled.',
  'events[].url': URL,
  'events[].description': `Plain text; blank lines separate paragraphs. HTML is shown as text. ${TEXT}`,
  'events[].location.name': TEXT,
  'events[].location.address': TEXT,
  'events[].online.url': URL,
  'events[].languages': 'Languages spoken or interpreted, as language tags such as en, ar, fa.',
  'events[].cost': TEXT,
  'events[].bookingUrl': URL,
  'events[].accessibility': TEXT,
  ...image('events[].image'),
  'events[].recurrence':
    'Repeats the event (a subset of iCalendar RRULE): weekly or monthly by weekday, ending after `count` times or ' +
    'on `until`, or running on. `cancelledDates` lists single dates when it does not happen.',
  'events[].recurrence.byDay':
    'Weekdays: MO TU WE TH FR SA SU. For monthly events put the week number first: 1TH is the first Thursday, ' +
    '-1FR the last Friday. Defaults to the weekday of the start date.',
  'events[].recurrence.until': DATE_TIME,
  'events[].recurrence.cancelledDates[]': DATE,

  'resources[]': 'A resource pack, toolkit, guide, video or report.',
  'resources[].title': TEXT,
  'resources[].summary': TEXT,
  'resources[].url': URL,
  'resources[].type': 'resource-pack, toolkit, guide, video, report, webinar, …; other values are kept.',
  'resources[].streams': 'Streams or topics: schools, universities, health, faith, arts, libraries, local-authorities, …',
  'resources[].format': 'File format, e.g. PDF, Word, web page, video.',
  'resources[].sizeBytes': 'The file size in bytes.',
  'resources[].updated': DATE,

  'supporters[]': 'An organisation that has pledged its support.',
  'supporters[].name': TEXT,
  'supporters[].url': URL,
  ...image('supporters[].logo'),
  'supporters[].sector': 'faith, education, business, health, arts, community, public-sector, …; other values are kept.',
  'supporters[].since': 'When they pledged support: a year or a date.',

  'awards[]': 'A Sanctuary Award record in a register.',
  'awards[].id': 'The award id; badges match it exactly, character for character.',
  'awards[].holder.url': URL,
  'awards[].stream':
    'school, university, college, library, theatre, health, maternity, faith, local-authority, … ' +
    '("School of Sanctuary", "University of Sanctuary", …).',
  'awards[].awarded': DATE,
  'awards[].expires': DATE,
  'awards[].verifyUrl': `The register's own page for this award. ${URL}`,
  ...source('events'),
  ...source('resources'),
  ...source('supporters'),
  ...source('awards'),
};
