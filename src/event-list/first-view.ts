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

export interface FirstView {
  /** Positions of the events to check first. */
  indices: number[];
  /** Occurrences that start by this instant are certain to be among them, in the right order. */
  cutoff: number;
}

/** The events the first `wanted` upcoming occurrences come from, or undefined when the feed is short. */
export function firstViewEvents(events: readonly unknown[], now: number, wanted: number): FirstView | undefined {
  if (events.length < FIRST_VIEW_MIN_EVENTS) return undefined;
  const repeating: { index: number; start: number }[] = [];
  const dated: { index: number; start: number }[] = [];
  events.forEach((event, index) => {
    const fields = (event ?? {}) as Record<string, unknown>;
    const start = roughTime(fields.start);
    // Without a real start the event is dropped when checked; a broken end drops it too.
    if (Number.isNaN(start)) return;
    const end = fields.end === undefined ? start + DAY : roughTime(fields.end);
    if (Number.isNaN(end)) return;
    if (fields.recurrence !== undefined) {
      // A series that ended for certain (its last date over, however long it lasts) has nothing to show; any other
      // may, from its first date on.
      const until = roughTime((fields.recurrence as { until?: unknown } | null)?.until);
      if (!(until + DAY + (end - start) < now - MARGIN)) repeating.push({ index, start });
      return;
    }
    // Over for certain, whatever its time zone.
    if (end < now - MARGIN) return;
    // Everything already under way sorts first however long ago it began, so it counts from the same moment.
    dated.push({ index, start: Math.max(start, now - MARGIN) });
  });
  dated.sort((a, b) => a.start - b.start);
  // Three pages' worth, so a few broken or cancelled events still leave a full page.
  const enough = dated[Math.min(dated.length, wanted * 3 + 10) - 1];
  // In feed order, so events at the same time keep the order the whole feed gives them.
  const inOrder = (chosen: { index: number }[]) => chosen.map((d) => d.index).sort((a, b) => a - b);
  if (!enough || enough === dated.at(-1)) return { indices: inOrder([...repeating, ...dated]), cutoff: Infinity };
  // Every event that can start by the cut-off is chosen (its rough time is within MARGIN of the real one), and the
  // cut-off lies past the real start of all of the first `enough`, so the page is full unless most are broken.
  const cutoff = enough.start + MARGIN;
  // A series is needed only if it can begin by the cut-off: no date of it comes before its first.
  const chosen = [...repeating, ...dated].filter((d) => d.start <= cutoff + MARGIN);
  return { indices: inOrder(chosen), cutoff };
}
