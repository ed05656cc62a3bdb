// iCalendar (RFC 5545) → feed events, with ical.js doing the parsing. Pure: text in, event candidates and
// plain-English notes out, each note saying where in the file it comes from (a line number and the event's UID).
//
// The file is read block by block, so one broken line or event costs only itself: lines that are not calendar
// lines are dropped and reported, each event is parsed on its own together with the file's VTIMEZONEs, and
// repeats the feed cannot express are listed as single dates in a bounded window, never expanded forever.
import ICAL from 'ical.js';
import type { Recurrence, SanctuaryEvent } from '../schema.js';
import { findMeetingLink, isOnlineOnlyLocation, meetingPlatform, splitLocation } from './event-fields.js';
import { htmlToText, plainText } from './html-text.js';
import { slug } from './slug.js';
import { instantOf, wallTime } from '../zoned-time.js';
import { ianaTimeZone } from './time-zones.js';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;
type Recur = InstanceType<typeof ICAL.Recur>;

/** A feed event as built here, before the feed parser checks it (so it may still be missing a title). */
export type EventDraft = Partial<Omit<SanctuaryEvent, 'recurrence'>> & { recurrence?: Partial<Recurrence> };

export interface IcsOptions {
  /** Zone for times without one, and for UTC times (default Europe/London, or the calendar's X-WR-TIMEZONE). */
  timezone?: string;
  /** Category given to every event (else the event's first CATEGORIES value). */
  category?: string;
  /** Events that ended before this are left out, and repeats outside the feed's subset are listed one by one
   * from here (default now). */
  from?: Date;
  /** Length of that window in months (default 12). */
  months?: number;
  /** At most this many single dates from one such repeat (default 100). */
  maxOccurrences?: number;
}

export interface IcsNote {
  /** "line 88" or "line 88 (UID abc@google.com)". */
  where: string;
  message: string;
  /** True when something was lost (a line, an event, some dates); false when it was kept in another form. */
  lost: boolean;
  /** True when a whole calendar entry was left out. */
  entry?: boolean;
}

export interface IcsResult {
  /** The calendar's own name (X-WR-CALNAME), if it gives one. */
  calendarName?: string;
  events: EventDraft[];
  /** Where each event came from, index for index with `events`. */
  origins: string[];
  notes: IcsNote[];
  /** VEVENT blocks found in the file. */
  found: number;
  /** Calendar entries left out before the feed was checked (unreadable, private, too frequent). */
  skipped: number;
  /** Events left out because they ended before `from`. */
  past: number;
}

interface Line {
  text: string;
  line: number;
}

interface Block {
  lines: Line[];
  line: number;
}

const CONTENT_LINE = /^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"]*"|[^";:,]*)(,("[^"]*"|[^";:,]*))*)*:/;
const MAX_STEPS = 20_000;
const MAX_EXPANSION_MS = 5_000;

/** Reads a calendar file into feed events. Never throws on bad input: what cannot be read is in `notes`.
 * Give the file's bytes where you can: lines are then unfolded before they are decoded as UTF-8. */
export function icsToEvents(input: string | Uint8Array, options: IcsOptions = {}): IcsResult {
  const notes: IcsNote[] = [];
  const { lines, bad, legacy } = contentLines(input);
  if (legacy) {
    notes.push({ where: 'text', message: `${legacy} line${legacy > 1 ? 's are' : ' is'} not UTF-8 and ${legacy > 1 ? 'were' : 'was'} read as Windows-1252 (as older Outlook saves); check accented letters`, lost: false });
  }
  for (const b of bad) {
    notes.push({ where: `line ${b.line}`, message: `is not a calendar line, so it was skipped: ${quote(b.text)}`, lost: true });
  }
  const { calendar, timezones, events: blocks } = splitBlocks(lines, notes);
  if (!calendar.sawCalendar) {
    notes.push({ where: 'line 1', message: 'the file does not start a calendar (BEGIN:VCALENDAR); is it an .ics file?', lost: true });
  }
  const zone = chooseZone(options.timezone, calendar.zone, notes);

  ICAL.TimezoneService.reset();
  const zoneNames = new Map<string, string>();
  const timezoneText: string[] = [];
  for (const block of timezones) {
    try {
      const vtimezone = new ICAL.Component(ICAL.parse(wrap([block])));
      const tz = vtimezone.getFirstSubcomponent('vtimezone')!;
      const tzid = String(tz.getFirstPropertyValue('tzid') ?? '');
      ICAL.TimezoneService.register(tz);
      // Lightning and some servers name the IANA zone in X-LIC-LOCATION when the TZID is their own.
      const named = ianaTimeZone(tzid) ?? ianaTimeZone(String(tz.getFirstPropertyValue('x-lic-location') ?? ''));
      if (named) zoneNames.set(tzid, named);
      timezoneText.push(block.lines.map((l) => l.text).join('\r\n'));
    } catch (error) {
      notes.push({ where: `line ${block.line}`, message: `this time zone definition could not be read (${reason(error)}), so it was skipped`, lost: true });
    }
  }

  const context: Context = {
    zone,
    zoneNames,
    notes,
    category: options.category,
    from: options.from ?? new Date(),
    months: options.months ?? 12,
    maxOccurrences: options.maxOccurrences ?? 100,
    warnedZones: new Set(),
  };

  // Parse each event on its own, with the file's time zones beside it, so a broken one costs only itself.
  const parsed: { vevent: Component; line: number; uid?: string; block: Block }[] = [];
  const parseEvent = (lines: Line[]) => {
    const root = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${timezoneText.map((t) => t + '\r\n').join('')}${lines.map((l) => l.text).join('\r\n')}\r\nEND:VCALENDAR\r\n`));
    const vevent = root.getFirstSubcomponent('vevent')!;
    // Reading the times and the rule now makes a bad value fail here, where the event can still be saved.
    vevent.getAllProperties().forEach((p) => p.getValues());
    return vevent;
  };
  for (const block of blocks) {
    let vevent: Component | undefined;
    try {
      vevent = parseEvent(block.lines);
    } catch (error) {
      // A repeat rule ical.js cannot read should cost the repeat, not the event: try again without it.
      const rules = block.lines.filter((l) => /^(RRULE|EXRULE|RDATE|EXDATE)[;:]/i.test(l.text));
      try {
        if (!rules.length) throw error;
        vevent = parseEvent(block.lines.filter((l) => !rules.includes(l)));
        notes.push({ where: blockWhere(block, rules[0].line), message: `the repeat ${quote(rules[0].text)} could not be read (${reason(error)}), so only the event's first date is listed`, lost: true });
      } catch {
        notes.push({ where: blockWhere(block), message: `this event could not be read (${blockReason(block, error)}), so it was skipped`, lost: true, entry: true });
        continue;
      }
    }
    const uid = vevent.getFirstPropertyValue('uid');
    parsed.push({ vevent, line: block.line, uid: uid ? String(uid) : undefined, block });
  }

  const result: IcsResult = { calendarName: calendar.name, events: [], origins: [], notes, found: blocks.length, skipped: 0, past: 0 };
  const masters = new Map<string, { vevent: Component; line: number; block: Block }>();
  const overrides = new Map<string, { vevent: Component; line: number; block: Block }[]>();
  for (const { vevent, line, uid, block } of parsed) {
    const key = uid ?? `line-${line}`;
    if (vevent.hasProperty('recurrence-id')) {
      overrides.set(key, [...(overrides.get(key) ?? []), { vevent, line, block }]);
    } else if (masters.has(key)) {
      // Two events with one UID and no RECURRENCE-ID: keep both, told apart by line.
      masters.set(`${key}#line-${line}`, { vevent, line, block });
    } else {
      masters.set(key, { vevent, line, block });
    }
  }

  for (const [key, { vevent, line, block }] of masters) {
    const uid = key.split('#line-')[0];
    const where = `line ${line}${uid.startsWith('line-') ? '' : ` (UID ${uid})`}`;
    try {
      for (const event of readSeries(vevent, uid, where, overrides.get(uid) ?? [], context)) {
        result.events.push(event);
        result.origins.push(where);
      }
    } catch (error) {
      notes.push({ where, message: `this event could not be read (${blockReason(block, error)}), so it was skipped`, lost: true, entry: true });
    }
    overrides.delete(uid);
  }
  // Changes to single dates of a repeat that is not in the file: each is an event of its own.
  for (const [uid, list] of overrides) {
    for (const { vevent, line, block } of list) {
      const where = `line ${line} (UID ${uid})`;
      try {
        const event = readOne(vevent, where, context);
        event.id = `${uid}-${dateOf(event.start)}`;
        result.events.push(event);
        result.origins.push(where);
      } catch (error) {
        notes.push({ where, message: `this event could not be read (${blockReason(block, error)}), so it was skipped`, lost: true, entry: true });
      }
    }
  }
  result.skipped = notes.filter((n) => n.entry).length;
  // A calendar export holds years of past events; a feed is for what is still to come.
  const since = context.from.toISOString().slice(0, 10);
  const keep = result.events.map((e) => (e.recurrence?.until ?? (e.recurrence ? '9999' : (e.end ?? e.start ?? '9999'))).slice(0, 10) >= since);
  result.past = keep.filter((k) => !k).length;
  result.events = result.events.filter((_, i) => keep[i]);
  result.origins = result.origins.filter((_, i) => keep[i]);
  return result;
}

interface Context {
  zone: string;
  zoneNames: Map<string, string>;
  notes: IcsNote[];
  category?: string;
  from: Date;
  months: number;
  maxOccurrences: number;
  warnedZones: Set<string>;
}

// ── Lines and blocks ──────────────────────────────────────────────────────────────────────────────────────

/** Unfolds the file's lines (RFC 5545 §3.1: a line starting with a space or tab continues the one before) and
 * sorts out the ones that are not `NAME;PARAM=…:value`. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252 differs from latin1 only in 0x80–0x9F (Node's own decoder treats the two as one).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = (raw: Uint8Array) =>
  Array.from(raw, (b) => (b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b))).join('');

/** Each byte as the character with that code (no Buffer: this module runs in the browser too). */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
}

function contentLines(input: string | Uint8Array): { lines: Line[]; bad: Line[]; legacy: number } {
  // RFC 5545 folds at 75 octets, and some exporters cut a letter's UTF-8 bytes across the fold. Bytes are
  // read one to one as latin1 characters, unfolded, and only then decoded.
  const bytes = typeof input !== 'string';
  const text = bytes ? latin1(input) : input;
  const raw = text.replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').split(/\r\n|\n|\r/);
  const logical: Line[] = [];
  raw.forEach((content, index) => {
    if ((content.startsWith(' ') || content.startsWith('\t')) && logical.length) {
      logical[logical.length - 1].text += content.slice(1);
    } else if (content.trim() !== '') {
      logical.push({ text: content, line: index + 1 });
    }
  });
  const lines: Line[] = [];
  const bad: Line[] = [];
  let legacy = 0;
  for (const l of logical) {
    if (bytes) {
      const raw = Uint8Array.from(l.text, (c) => c.charCodeAt(0));
      try {
        l.text = strictUtf8.decode(raw);
      } catch {
        // Old Outlook versions save in Windows-1252: "Café" as one byte that is not UTF-8.
        l.text = windows1252(raw);
        legacy++;
      }
    }
    (CONTENT_LINE.test(l.text) ? lines : bad).push(l);
  }
  return { lines, bad, legacy };
}

function splitBlocks(lines: Line[], notes: IcsNote[]) {
  const calendar: { name?: string; zone?: string; sawCalendar: boolean } = { sawCalendar: false };
  const timezones: Block[] = [];
  const events: Block[] = [];
  let current: (Block & { kind: string; depth: string[] }) | undefined;
  for (const l of lines) {
    const [, name, value] = /^([^;:]+)[^:]*:(.*)$/.exec(l.text)!;
    const upper = name.toUpperCase();
    const component = value.trim().toUpperCase();
    if (current) {
      if (upper === 'BEGIN' && (component === 'VEVENT' || component === 'VTIMEZONE') && current.depth.length === 0) {
        notes.push({ where: `line ${current.line}`, message: `this ${current.kind === 'VEVENT' ? 'event' : 'time zone'} has no END:${current.kind} before line ${l.line}, so it was skipped`, lost: true, entry: current.kind === 'VEVENT' });
        current = undefined;
      } else {
        current.lines.push(l);
        if (upper === 'BEGIN') current.depth.push(component);
        else if (upper === 'END') {
          if (current.depth.length === 0) {
            if (component !== current.kind) {
              notes.push({ where: `line ${l.line}`, message: `END:${component} closes a ${current.kind} that started on line ${current.line}; it was read as END:${current.kind}`, lost: false });
              current.lines[current.lines.length - 1] = { text: `END:${current.kind}`, line: l.line };
            }
            (current.kind === 'VEVENT' ? events : timezones).push({ lines: current.lines, line: current.line });
            current = undefined;
          } else current.depth.pop();
        }
        continue;
      }
    }
    if (upper === 'BEGIN' && (component === 'VEVENT' || component === 'VTIMEZONE')) {
      current = { kind: component, lines: [l], line: l.line, depth: [] };
    } else if (upper === 'BEGIN' && component === 'VCALENDAR') {
      calendar.sawCalendar = true;
    } else if (upper === 'X-WR-CALNAME') {
      calendar.name = unescapeText(value).trim() || undefined;
    } else if (upper === 'X-WR-TIMEZONE') {
      calendar.zone = value.trim();
    }
    // Other components (VTODO, VJOURNAL, VFREEBUSY) and calendar properties are not events: passed over quietly.
  }
  if (current) {
    notes.push({ where: `line ${current.line}`, message: `the file ends before this ${current.kind === 'VEVENT' ? 'event' : 'time zone'} does (no END:${current.kind}), so it was skipped`, lost: true, entry: current.kind === 'VEVENT' });
  }
  return { calendar, timezones, events };
}

const wrap = (blocks: Block[]) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${blocks.map((b) => b.lines.map((l) => l.text).join('\r\n')).join('\r\n')}\r\nEND:VCALENDAR\r\n`;

const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function chooseZone(given: string | undefined, calendarZone: string | undefined, notes: IcsNote[]): string {
  if (given) return given;
  if (calendarZone) {
    const iana = ianaTimeZone(calendarZone);
    if (iana) return iana;
    notes.push({ where: 'X-WR-TIMEZONE', message: `the calendar's time zone ${quote(calendarZone)} is not one we know; Europe/London is used`, lost: false });
  }
  return 'Europe/London';
}

// ── One event, its repeats and its changed dates ─────────────────────────────────────────────────────────

function readSeries(vevent: Component, uid: string, where: string, overrides: { vevent: Component; line: number }[], context: Context): EventDraft[] {
  if (isPrivate(vevent)) {
    context.notes.push({ where, message: 'is marked private (CLASS:PRIVATE), so it was left out of the public feed', lost: true, entry: true });
    return [];
  }
  const event = readOne(vevent, where, context);
  if (uid.startsWith('line-')) reportMissingUid(event, where, context);
  else event.id = uid;
  uid = event.id!;
  const rruleProp = vevent.getFirstProperty('rrule');
  if (!rruleProp) {
    return [event, ...overrides.map((o) => overrideEvent(o, uid, context))];
  }
  const rule = rruleProp.getFirstValue() as Recur;
  if (['SECONDLY', 'MINUTELY', 'HOURLY'].includes(rule.freq)) {
    context.notes.push({ where, message: `repeats more often than once a day (${rule.toString()}), which a list of events cannot show, so it was left out`, lost: true, entry: true });
    return [];
  }
  const times = readTimes(vevent, where, context);
  const mapped = vevent.hasProperty('rdate') ? undefined : mapRule(rule, times.start.value.length === 10, times.zone);
  if (!mapped) return expandSeries(vevent, uid, where, event, rule, overrides, context);

  const cancelled = new Set<string>();
  for (const prop of vevent.getAllProperties('exdate')) {
    for (const value of prop.getValues() as Time[]) cancelled.add(dateOf(timeValue(value, prop, times.zone, where, context)));
  }
  const extra: EventDraft[] = [];
  for (const o of overrides) {
    const rid = o.vevent.getFirstProperty('recurrence-id')!;
    const date = dateOf(timeValue(rid.getFirstValue() as Time, rid, times.zone, where, context));
    cancelled.add(date);
    // A cancelled single date is shown as a cancelled date of the series; a moved or changed one becomes its
    // own event, and its old date is cancelled in the series so it is not shown twice.
    if (!isCancelled(o.vevent)) extra.push(overrideEvent(o, uid, context, date));
  }
  event.recurrence = { ...mapped, ...(cancelled.size ? { cancelledDates: [...cancelled].sort() } : {}) };
  return [event, ...extra];
}

function overrideEvent(o: { vevent: Component; line: number }, uid: string, context: Context, originalDate?: string): EventDraft {
  const where = `line ${o.line} (UID ${uid})`;
  const event = readOne(o.vevent, where, context);
  event.id = `${uid}-${originalDate ?? dateOf(event.start)}`;
  return event;
}

function reportMissingUid(event: EventDraft, where: string, context: Context) {
  event.id = slug(event.title, dateOf(event.start)) || 'event';
  context.notes.push({ where, message: `has no UID, so its id was made from its title and date (${event.id}); it will change if they do`, lost: false });
}

/** Reads the fields every event has (not its repeat). */
function readOne(vevent: Component, where: string, context: Context): EventDraft {
  const text = (name: string) => {
    const value = vevent.getFirstPropertyValue(name);
    return value === null || value === undefined ? undefined : String(value);
  };
  const times = readTimes(vevent, where, context);
  let title = text('summary') ? plainText(text('summary')!).replace(/\s+/g, ' ') : undefined;
  let cancelled = isCancelled(vevent);
  // Outlook renames a cancelled meeting "Cancelled: …" (or "Canceled: …") in the copy it exports.
  if (title && /^cancel+ed:\s*/i.test(title)) {
    title = title.replace(/^cancel+ed:\s*/i, '');
    cancelled = true;
  }

  const htmlDescription = vevent.getAllProperties('x-alt-desc').find((p) => /html/i.test(String(p.getParameter('fmttype') ?? '')));
  const rawDescription = text('description');
  // ical.js leaves X- values escaped as written (Outlook writes "&amp\;").
  const altHtml = htmlDescription ? unescapeText(String(htmlDescription.getFirstValue() ?? '')) : undefined;
  let description = rawDescription?.trim() ? plainText(rawDescription) : altHtml ? htmlToText(altHtml) : undefined;
  description = description ? withoutMeetingBoilerplate(description) : undefined;

  const conference = [
    ...vevent.getAllProperties('conference').map((p) => String(p.getFirstValue() ?? '')),
    text('x-google-conference'),
    text('x-microsoft-skypeteamsmeetingurl'),
    text('x-microsoft-onlinemeetingconflink'),
  ];
  const locationText = text('location')?.trim();
  const url = text('url')?.trim();
  const online = findMeetingLink([...conference, locationText, url, rawDescription, altHtml]);

  const status = vevent.getFirstPropertyValue('status');
  if (String(status ?? '').toUpperCase() === 'TENTATIVE') {
    description = description ? `Not yet confirmed.\n\n${description}` : 'Not yet confirmed.';
    context.notes.push({ where, message: 'is marked tentative; it is listed as scheduled, with "Not yet confirmed." at the start of its description', lost: false });
  }

  const categories = vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)).filter((c) => c.trim());
  const location = locationText && !isOnlineOnlyLocation(locationText) ? splitLocation(withoutUrls(locationText)) : undefined;

  return {
    title,
    start: times.start.value,
    ...(times.end ? { end: times.end } : {}),
    timezone: times.zone,
    status: cancelled ? 'cancelled' : 'scheduled',
    ...(context.category ? { category: context.category } : categories.length ? { category: categories[0].trim() } : {}),
    ...(url && !meetingPlatform(url) ? { url } : {}),
    ...(description ? { description } : {}),
    ...(location && Object.keys(location).length ? { location } : {}),
    ...(online ? { online } : {}),
  };
}

const isCancelled = (vevent: Component) => String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
const isPrivate = (vevent: Component) => /^(PRIVATE|CONFIDENTIAL)$/i.test(String(vevent.getFirstPropertyValue('class') ?? ''));

/** Drops the join instructions Google and Teams append to descriptions; the link itself goes to `online`. */
function withoutMeetingBoilerplate(text: string): string {
  return text
    .replace(/-::~[:~]*::-[\s\S]*?(-::~[:~]*::-|$)/g, '')
    .replace(/_{20,}[\s\S]*?(_{20,}|$)/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const withoutUrls = (text: string) => text.replace(/\s*[-–:]?\s*https?:\/\/\S+/gi, '').trim();

// ── Times and zones ──────────────────────────────────────────────────────────────────────────────────────

interface Times {
  start: { value: string; time: Time };
  end?: string;
  zone: string;
}

function readTimes(vevent: Component, where: string, context: Context): Times {
  const startProp = vevent.getFirstProperty('dtstart');
  if (!startProp) throw new Error('it has no start (DTSTART)');
  const startTime = startProp.getFirstValue() as Time;
  const { value: start, zone } = readTime(startTime, startProp, where, context);
  let end: string | undefined;
  const endProp = vevent.getFirstProperty('dtend');
  let endTime: Time | undefined = endProp ? (endProp.getFirstValue() as Time) : undefined;
  if (!endTime && vevent.hasProperty('duration')) {
    endTime = startTime.clone();
    endTime.addDuration(vevent.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration>);
  }
  if (endTime) {
    end = timeValue(endTime, endProp ?? startProp, zone, where, context);
    // For all-day events DTEND is the day after the last one; the feed's end is the last day itself.
    if (startTime.isDate && end.length === 10) end = addDays(end, -1);
    if (end <= start) end = undefined;
  }
  return { start: { value: start, time: startTime }, end, zone };
}

/** A time as the feed writes it, and the zone it is in. */
function readTime(time: Time, prop: Property, where: string, context: Context): { value: string; zone: string } {
  if (time.isDate) return { value: time.toString().slice(0, 10), zone: context.zone };
  if (time.zone === ICAL.Timezone.utcTimezone) return { value: wallTime(time.toUnixTime() * 1000, context.zone), zone: context.zone };
  const tzid = prop.getParameter('tzid') as string | undefined;
  if (!tzid) return { value: localValue(time), zone: context.zone };
  const iana = context.zoneNames.get(tzid) ?? ianaTimeZone(tzid);
  if (iana) return { value: localValue(time), zone: iana };
  if (ICAL.TimezoneService.has(tzid)) {
    warnZone(tzid, where, context, `is not a time zone name we know; its times were converted with the calendar's own definition of it to ${context.zone}`);
    return { value: wallTime(time.toUnixTime() * 1000, context.zone), zone: context.zone };
  }
  warnZone(tzid, where, context, `is not a time zone we know, and the calendar does not define it; its times were read as ${context.zone} time`);
  return { value: localValue(time), zone: context.zone };
}

/** A time in the event's zone (converting when it was written in another). */
function timeValue(time: Time, prop: Property, zone: string, where: string, context: Context): string {
  const read = readTime(time, prop, where, context);
  if (read.zone === zone || read.value.length === 10) return read.value;
  return wallTime(zonedEpoch(read.value, read.zone), zone);
}

function warnZone(tzid: string, where: string, context: Context, message: string) {
  if (context.warnedZones.has(tzid)) return;
  context.warnedZones.add(tzid);
  context.notes.push({ where, message: `TZID ${quote(tzid)} ${message} (the first event using it is named here)`, lost: false });
}

const pad = (n: number) => String(n).padStart(2, '0');
function localValue(time: Time): string {
  const value = `${time.year}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`;
  return time.second ? `${value}:${pad(time.second)}` : value;
}

/** The instant of a wall-clock time ("2027-07-01T18:30") in an IANA zone. */
export function zonedEpoch(value: string, zone: string): number {
  const [year, month, day, hour = 0, minute = 0, second = 0] = value.split(/[-T:]/).map(Number);
  return instantOf({ year, month, day, hour, minute, second }, zone);
}

const dateOf = (value: string | undefined) => (value ?? '').slice(0, 10);

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ── Repeats ──────────────────────────────────────────────────────────────────────────────────────────────

const PLAIN_DAY = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const ORDINAL_DAY = /^\+?(-?[1-5])(MO|TU|WE|TH|FR|SA|SU)$/;

/** The feed's recurrence for an RRULE in its subset (weekly or monthly by weekday), or undefined. */
export function mapRule(rule: Recur, allDay: boolean, zone: string): Omit<Recurrence, 'cancelledDates'> | undefined {
  const freq = rule.freq;
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return undefined;
  const parts = rule.parts as Record<string, (string | number)[]>;
  const keys = Object.keys(parts).filter((k) => parts[k]?.length);
  const interval = rule.interval ?? 1;
  if (interval < 1 || interval > 52) return undefined;
  let byDay = (parts.BYDAY ?? []).map(String);
  if (freq === 'WEEKLY') {
    if (keys.some((k) => k !== 'BYDAY') || !byDay.every((d) => PLAIN_DAY.test(d))) return undefined;
  } else {
    const setPos = parts.BYSETPOS ?? [];
    if (keys.some((k) => k !== 'BYDAY' && k !== 'BYSETPOS') || byDay.length === 0) return undefined;
    if (setPos.length) {
      // Outlook writes "the last Friday" as BYDAY=FR;BYSETPOS=-1.
      const pos = Number(setPos[0]);
      if (setPos.length !== 1 || byDay.length !== 1 || !PLAIN_DAY.test(byDay[0]) || !pos || Math.abs(pos) > 5) return undefined;
      byDay = [`${pos}${byDay[0]}`];
    }
    if (!byDay.every((d) => ORDINAL_DAY.test(d))) return undefined;
    byDay = byDay.map((d) => d.replace(/^\+/, ''));
  }
  const out: Omit<Recurrence, 'cancelledDates'> = { frequency: freq === 'WEEKLY' ? 'weekly' : 'monthly' };
  if (interval > 1) out.interval = interval;
  if (byDay.length) out.byDay = byDay;
  if (rule.count) out.count = rule.count;
  else if (rule.until) {
    const until = rule.until as Time;
    const value = until.isDate ? until.toString().slice(0, 10) : until.zone === ICAL.Timezone.utcTimezone ? wallTime(until.toUnixTime() * 1000, zone) : localValue(until);
    out.until = allDay ? value.slice(0, 10) : value;
  }
  return out;
}

/** Lists a repeat the feed cannot express as single events within the window, overrides and EXDATEs applied. */
function expandSeries(vevent: Component, uid: string, where: string, base: EventDraft, rule: Recur, overrides: { vevent: Component; line: number }[], context: Context): EventDraft[] {
  const times = readTimes(vevent, where, context);
  const windowStart = wallTime(context.from.getTime(), times.zone);
  const endDate = new Date(context.from);
  endDate.setUTCMonth(endDate.getUTCMonth() + context.months);
  const windowEnd = wallTime(endDate.getTime(), times.zone);
  const allDay = times.start.value.length === 10;
  const length = times.end ? durationBetween(times.start.value, times.end, allDay) : undefined;

  const changed = new Map<string, { vevent: Component; line: number }>();
  for (const o of overrides) {
    const rid = o.vevent.getFirstProperty('recurrence-id')!;
    changed.set(timeValue(rid.getFirstValue() as Time, rid, times.zone, where, context), o);
  }
  const excluded = new Set<string>();
  for (const prop of vevent.getAllProperties('exdate')) {
    for (const value of prop.getValues() as Time[]) excluded.add(timeValue(value, prop, times.zone, where, context));
  }

  const expansion = new ICAL.RecurExpansion({ component: vevent, dtstart: times.start.time });
  const events: EventDraft[] = [];
  const seenIds = new Set<string>();
  const began = Date.now();
  let steps = 0;
  let stopped: 'cap' | 'steps' | undefined;
  for (;;) {
    if (++steps > MAX_STEPS || Date.now() - began > MAX_EXPANSION_MS) {
      stopped = 'steps';
      break;
    }
    const next = expansion.next() as Time | undefined;
    if (!next) break;
    const start = timeValue(next, vevent.getFirstProperty('dtstart')!, times.zone, where, context);
    if (start >= windowEnd) break;
    const end = length === undefined ? undefined : addLength(start, length, allDay);
    if ((end ?? start) < windowStart.slice(0, allDay ? 10 : 16)) continue;
    if (events.length >= context.maxOccurrences) {
      stopped = 'cap';
      break;
    }
    let id = `${uid}-${dateOf(start)}`;
    if (seenIds.has(id)) id = `${uid}-${start.replace(/:/g, '')}`;
    seenIds.add(id);
    const override = changed.get(start);
    if (override) {
      const event = readOne(override.vevent, `line ${override.line} (UID ${uid})`, context);
      events.push({ ...event, id });
      continue;
    }
    events.push(single(base, id, start, end));
  }
  // RecurExpansion leaves EXDATEs out; the feed shows them as cancelled dates, as it does for weekly repeats.
  const listedUntil = stopped ? (events.at(-1)?.start ?? windowStart) : windowEnd;
  for (const start of excluded) {
    if (start < windowStart.slice(0, allDay ? 10 : 16) || start > listedUntil) continue;
    const end = length === undefined ? undefined : addLength(start, length, allDay);
    events.push({ ...single(base, `${uid}-${dateOf(start)}`, start, end), status: 'cancelled' });
  }
  events.sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0));
  const last = events.at(-1)?.start;
  const rangeText = events.length ? `, from ${dateOf(events[0].start)} to ${dateOf(last)}` : '';
  const why = `it repeats in a way the feed cannot express (${rule.toString()})`;
  if (stopped === 'steps') {
    context.notes.push({ where, message: `${why}, and it took too long to list; ${events.length} single date${events.length === 1 ? '' : 's'} were kept${rangeText}`, lost: true });
  } else if (stopped === 'cap') {
    context.notes.push({ where, message: `${why}, so it is listed as single dates: the first ${events.length} only${rangeText} (there are more within ${context.months} months)`, lost: true });
  } else {
    context.notes.push({ where, message: `${why}, so it is listed as ${events.length} single date${events.length === 1 ? '' : 's'} in the next ${context.months} months${rangeText}`, lost: false });
  }
  return events;
}

function single(base: EventDraft, id: string, start: string, end: string | undefined): EventDraft {
  const { recurrence: _repeat, end: _end, ...rest } = base;
  return { ...rest, id, start, ...(end && end > start ? { end } : {}) };
}

/** The length of an event in minutes (timed) or days (all day), so each listed date keeps it. */
function durationBetween(start: string, end: string, allDay: boolean): number {
  const ms = Date.parse(`${end}${allDay ? 'T00:00' : ''}Z`) - Date.parse(`${start}${allDay ? 'T00:00' : ''}Z`);
  return allDay ? Math.round(ms / 86_400_000) : Math.round(ms / 60_000);
}

function addLength(start: string, length: number, allDay: boolean): string {
  if (allDay) return addDays(start, length);
  const d = new Date(Date.parse(`${start}Z`) + length * 60_000);
  return d.toISOString().slice(0, 16);
}

// ── Small helpers ────────────────────────────────────────────────────────────────────────────────────────

/** "line 50 (UID abc)" for a block that could not be parsed, from its own UID line if it has one. */
function blockWhere(block: Block, line = block.line): string {
  const uid = block.lines.find((l) => /^UID[;:]/i.test(l.text))?.text.replace(/^UID[^:]*:/i, '').trim();
  return `line ${line}${uid ? ` (UID ${uid})` : ''}`;
}

/** Why ical.js refused an event, in words that point at the line: its own message shows a mangled value. */
function blockReason(block: Block, error: unknown): string {
  const message = reason(error);
  if (!/invalid date|could not extract integer/i.test(message)) return message;
  const bad = block.lines.find((l) => {
    const m = /^(DTSTART|DTEND|EXDATE|RDATE|RECURRENCE-ID|DUE)(;[^:]*)?:(.*)$/i.exec(l.text) ?? /^RRULE:.*UNTIL=([^;]*)/i.exec(l.text);
    return m && !m[m.length - 1].split(',').every((v) => /^\d{8}(T\d{6}Z?)?$/.test(v.trim()));
  });
  return bad ? `line ${bad.line} has a date it cannot read: ${quote(bad.text)}; dates are written like 20270112T183000` : message;
}

const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
const reason = (error: unknown) => String((error as Error)?.message ?? error).replace(/\.$/, '');
