// `sanctuary-widgets from-ics calendar.ics > feed.json`: a feed from the calendar a group already keeps (Google,
// Outlook, Apple, Nextcloud, Thunderbird), from a file or its public address. What cannot be carried over is
// reported with its line and UID; the rest makes the feed. Exits 1 only when no event came out.
import { basename } from 'node:path';
import { FEED_VERSION, isKnownTimeZone } from '../feed/index.js';
import { readArgs, type Command } from './command.js';
import { finishFeed, nowStamp, plural } from './feed-output.js';
import { icsToEvents } from '../feed/ics/ics-events.js';
import { isUrl, readSourceBytes } from './read-source.js';

export const fromIcs: Command = {
  summary: 'Build a feed of events from an iCalendar (.ics) file or calendar address.',
  usage:
    'sanctuary-widgets from-ics <file-or-url> [--publisher "Your group"] [--publisher-url URL] [--category social] ' +
    '[--timezone Europe/London] [--from 2027-01-01] [--months 12] [--language en] > feed.json',
  async run(args, io) {
    const parsed = readArgs(args, ['publisher', 'publisher-url', 'category', 'timezone', 'from', 'months', 'language'], this, io);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    const [source] = positionals;
    if (!source || positionals.length > 1) {
      io.err(`Give one calendar file or address.\nUsage: ${this.usage}`);
      return 2;
    }
    if (values.timezone && !isKnownTimeZone(values.timezone)) {
      io.err(`--timezone ${values.timezone} is not a time zone name we know (use one like Europe/London).`);
      return 2;
    }
    const from = values.from ? new Date(`${values.from}T00:00:00Z`) : new Date();
    const months = values.months ? Number(values.months) : 12;
    if (Number.isNaN(from.getTime()) || !Number.isInteger(months) || months < 1 || months > 60) {
      io.err('--from must be a date like 2027-01-01, and --months a whole number from 1 to 60.');
      return 2;
    }

    let bytes: Uint8Array;
    try {
      bytes = await readSourceBytes(source, 20_000, 'text/calendar, text/plain;q=0.5');
    } catch (error) {
      io.err(`✗ ${source} could not be read: ${(error as Error).message}`);
      return 1;
    }
    const label = isUrl(source) ? source : basename(source);
    if (/^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 200)))) {
      io.err(`✗ ${label} is a web page, not a calendar. Use the calendar's "public address in iCal format" (it usually ends in .ics).`);
      return 1;
    }

    const result = icsToEvents(bytes, { timezone: values.timezone, category: values.category, from, months });
    for (const note of result.notes) io.err(`${note.lost ? '✗' : '!'} ${label} ${note.where}: ${note.message}.`);
    if (result.past) {
      io.err(`· ${label}: ${plural(result.past, 'event')} that ended before ${from.toISOString().slice(0, 10)} ${result.past === 1 ? 'was' : 'were'} left out (give --from with an earlier date to keep them).`);
    }

    const publisher = values.publisher ?? result.calendarName ?? basename(source).replace(/\.ics$/i, '');
    const doc: Record<string, unknown> = {
      version: FEED_VERSION,
      publisher: { name: publisher, ...(values['publisher-url'] ? { url: values['publisher-url'] } : {}) },
      ...(values.language ? { language: values.language } : {}),
      updated: nowStamp(),
      events: result.events,
    };
    return finishFeed(io, doc, {
      source: label,
      earlierProblems: result.notes.filter((n) => n.lost).length,
      where: (issue) => (issue.index !== undefined ? `${label} ${result.origins[issue.index]}` : undefined),
      summary: (feed, issues) => {
        const dropped = new Set(issues.map((i) => i.index)).size + result.skipped;
        const repeating = feed.events.filter((e) => e.recurrence).length;
        return (
          `${plural(feed.events.length, 'event')} from ${label}` +
          (dropped ? `, ${dropped} skipped` : '') +
          ` (${plural(result.found, 'calendar entry', 'calendar entries')} read${repeating ? `, ${repeating} repeating` : ''})`
        );
      },
    });
  },
};
