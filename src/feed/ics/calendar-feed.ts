// A calendar read straight from its address becomes a feed document, which then goes through the same parser as
// JSON: broken events are dropped and reported the same way. Loaded on demand (with ical.js), so pages on JSON feeds
// never download it.
import { checkCollections, type FeedRules } from '../check-feed.js';
import type { ParseResult } from '../parse.js';
import { FEED_VERSION } from '../contract.js';
// Through ./issues-chunk.ts, the module the widgets load on demand: the two share one chunk.
import { describeProblems } from '../issues-chunk.js';
import type { FeedIssue } from '../issues.js';
import { icsToEvents } from './ics-events.js';

export interface CalendarFeedOptions {
  /** Events that ended before this are left out (default now). */
  from?: Date;
  /** Repeats the feed cannot express are listed as single dates this many months ahead (default 12). */
  months?: number;
}

/** A calendar read once (the slow part, shared by every widget on the page that shows it), then checked for each
 * widget's collections. */
export interface ReadCalendar {
  check(rules: FeedRules): ParseResult;
}

/** Reads a calendar (its bytes where possible, see icsToEvents) into a feed document: publisher from the calendar's
 * name (X-WR-CALNAME) or else its host, events from the next `months` months. Checking it reports what could not be
 * carried over too, with the calendar line. */
export function readCalendar(text: string | Uint8Array, source: string, options: CalendarFeedOptions = {}): ReadCalendar {
  const calendar = icsToEvents(text, { from: options.from, months: options.months ?? 12, maxOccurrences: 100 });
  const doc = {
    version: FEED_VERSION,
    publisher: { name: calendar.calendarName ?? hostOf(source) },
    events: calendar.events,
  };
  return {
    check(rules) {
      const { feed, issues: problems } = checkCollections(doc, source, rules);
      const issues = describeProblems(problems);
      // A widget that shows no events has nothing to lose from a calendar.
      const calendarIssues: FeedIssue[] = calendar.notes
        .filter((note) => note.lost && rules.events)
        .map((note) => ({ path: note.where, message: `Calendar ${note.where}: ${note.message}.`, collection: 'events', source }));
      // The JSON path points into the document made here; the calendar line is where the volunteer can fix it.
      const eventIssues = issues.map((issue) =>
        issue.index === undefined
          ? issue
          : { ...issue, message: `${issue.message.replace(/\.$/, '')} (calendar ${calendar.origins[issue.index].replace(' (UID ', ', UID ')}.` },
      );
      return { feed, issues: [...calendarIssues, ...eventIssues] };
    },
  };
}

function hostOf(source: string): string {
  try {
    return new URL(source).hostname || source;
  } catch {
    return source;
  }
}
