// The events a long feed's first page can need, found from their start and end text alone, before any event is
// checked: a 10,000-event feed then shows its first page after checking a few dozen events, and checks the rest a
// frame later. Nothing here decides what is shown — the chosen events are checked and listed as usual — so a wrong
// guess can only cost speed, and the cut-off below keeps even that from showing a wrong page.

/** Below this many events, checking them all first is quick enough. */
export const FIRST_VIEW_MIN_EVENTS = 500;

import { isRealDate, timeAsUtc } from '../feed/checks.js';

const DAY = 86_400_000;
// Text read as UTC is at most 14 hours from the event's real time zone; two days also covers all-day ends.
const MARGIN = 2 * DAY;
/** A feed time read roughly, without its time zone; NaN when it is not a date the feed may have. */
const roughTime = (value: unknown): number => (typeof value === 'string' && isRealDate(value) ? timeAsUtc(value) : NaN);

/** An instant as feed text to compare feed times with: "2026-11-24T12:00:00.000". ISO dates and times order as
 * text, and comparing text is within minutes of comparing the times read as UTC, far inside MARGIN. */
const asText = (instant: number) => new Date(instant).toISOString().slice(0, 23);

/** Shaped like a feed date (2026-03-07…); whether it is a real one is left to the check, as a broken event that is
 * picked only costs time. Reading each date for real would cost the first page more than checking the events. */
const dateShaped = (value: unknown): value is string =>
  typeof value === 'string' && value.length >= 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45;

export interface FirstView {
  /** Positions of the events to check first. */
  indices: number[];
  /** Occurrences that start by this instant are certain to be among them, in the right order. */
  cutoff: number;
}

/** The events the first `wanted` upcoming occurrences come from, or undefined when the feed is short. One pass of
 * text comparisons: this runs on a fresh page before anything is drawn, as cold code, so each event must cost a
 * few steps at most. */
export function firstViewEvents(events: readonly unknown[], now: number, wanted: number): FirstView | undefined {
  if (events.length < FIRST_VIEW_MIN_EVENTS) return undefined;
  const longAgo = asText(now - MARGIN);
  // An event without an end lasts at most its day.
  const longAgoNoEnd = asText(now - MARGIN - DAY);
  // Each event's start to compare with the cut-off (undefined for one that cannot be on the first page).
  const starts: (string | undefined)[] = new Array(events.length);
  // Three pages' worth, so a few broken or cancelled events still leave a full page: the soonest `enough` one-off
  // starts, in order.
  const enough = wanted * 3 + 10;
  const soonest: string[] = [];
  let dated = 0;
  for (let index = 0; index < events.length; index++) {
    const fields = events[index] as Record<string, unknown> | null | undefined;
    const start = fields?.start;
    const end = fields?.end;
    // Without a real start the event is dropped when checked; a broken end drops it too.
    if (!dateShaped(start) || (end !== undefined && !dateShaped(end))) continue;
    if (fields!.recurrence !== undefined) {
      // A series that ended for certain (its last date over, however long it lasts) has nothing to show; any other
      // may, from its first date on. Series are few, so each is read for real.
      const first = roughTime(start);
      const until = roughTime((fields!.recurrence as { until?: unknown } | null)?.until);
      const length = end === undefined ? DAY : roughTime(end) - first;
      if (!(until + DAY + length < now - MARGIN)) starts[index] = start;
      continue;
    }
    // Over for certain, whatever its time zone.
    if (end === undefined ? start < longAgoNoEnd : end < longAgo) continue;
    // Everything already under way sorts first however long ago it began, so it counts from the same moment.
    const from = start < longAgo ? longAgo : start;
    starts[index] = from;
    dated++;
    if (soonest.length === enough && !(from < soonest[enough - 1])) continue;
    let at = soonest.length;
    while (at > 0 && from < soonest[at - 1]) at--;
    soonest.splice(at, 0, from);
    if (soonest.length > enough) soonest.pop();
  }
  // Every event that can start by the cut-off is chosen (its rough time is within MARGIN of the real one), and the
  // cut-off lies past the real start of the first `enough`, so the page is full unless most are broken.
  // (A start shaped like a date but not one, read as NaN, leaves no cut-off: every event is then checked first.)
  const cutoff = (dated > enough ? timeAsUtc(soonest[enough - 1]) : NaN) + MARGIN || Infinity;
  const last = cutoff === Infinity ? undefined : asText(cutoff + MARGIN);
  // In feed order, so events at the same time keep the order the whole feed gives them. A series is needed only if
  // it can begin by the cut-off: no date of it comes before its first.
  const indices: number[] = [];
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index];
    if (start !== undefined && (last === undefined || start <= last)) indices.push(index);
  }
  return { indices, cutoff };
}
