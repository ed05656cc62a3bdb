// Decides what a badge may claim: finds an award in a register by its exact id, follows the holder to their
// current record, and gives one verdict. No DOM, no Lit: the element and the CLI both ask this module.
import type { Award, FeedIssue } from '../feed/index.js';

/** What a badge shows. Only `verified` looks like a valid award. */
export type BadgeState =
  | 'verified'
  | 'expired'
  | 'revoked'
  | 'suspended'
  | 'not-yet-valid'
  | 'not-found'
  | 'cannot-verify';

export const BADGE_STATES: readonly BadgeState[] = [
  'verified',
  'expired',
  'revoked',
  'suspended',
  'not-yet-valid',
  'not-found',
  'cannot-verify',
];

export interface AwardVerdict {
  state: BadgeState;
  /** The id the page asked for, exactly as given. */
  id: string;
  /** The record the verdict is about: the holder's current record (which may be a renewal of the one asked for). */
  award?: Award;
  /** The record whose id matched, when it is not the current one (an older badge id after a renewal). */
  requested?: Award;
  /** The day the verdict holds for, YYYY-MM-DD. */
  checkedOn: string;
}

/** The record whose id is `id`, code unit for code unit: no trimming, no case folding, no Unicode normalisation,
 * so a look-alike id (Cyrillic А, fullwidth digits, a zero-width joiner) never matches. */
export function findAward(awards: readonly Award[], id: string): Award | undefined {
  if (id === '') return undefined;
  return awards.find((award) => award.id === id);
}

/** True when two records are the same holder's award in the same stream: same stream, same holder name, and the
 * same place (or no place on either), all compared exactly. Two schools with one name in two towns stay apart. */
export function sameHolding(a: Award, b: Award): boolean {
  return a.stream === b.stream && a.holder.name === b.holder.name && (a.holder.place ?? '') === (b.holder.place ?? '');
}

/**
 * The holder's current record among all their records in this stream (the renewal rule).
 *
 * A register keeps one record per award decision (the first award, each renewal, a later withdrawal) with its own
 * id. The current one is the record with the latest `awarded` date that is not in the future; records dated in
 * the future are only current when nothing has started yet (then the earliest of them). On the same date the
 * record later in the register wins, as registers append. So a renewal supersedes the expired first award, and a
 * withdrawal recorded after a renewal supersedes the renewal: a badge always speaks for the holder's latest
 * standing, whichever of their ids it was given.
 */
export function currentRecord(awards: readonly Award[], match: Award, today: string): Award {
  const family = awards.filter((award) => sameHolding(award, match));
  const started = family.filter((award) => award.awarded <= today);
  if (started.length) {
    return started.reduce((best, award) => (award.awarded >= best.awarded ? award : best));
  }
  return family.reduce((best, award) => (award.awarded < best.awarded ? award : best));
}

/** The state of one record on `today` (YYYY-MM-DD). Dates are whole days: an award is valid on its `awarded`
 * day and on its `expires` day. */
export function recordState(award: Award, today: string): BadgeState {
  switch (award.status) {
    case 'revoked':
      return 'revoked';
    case 'suspended':
      return 'suspended';
    case 'expired':
      return 'expired';
    default:
      if (award.awarded > today) return 'not-yet-valid';
      if (award.expires !== undefined && award.expires < today) return 'expired';
      return 'verified';
  }
}

/** The badge's verdict for award `id` in a register's records. `issues` are the register's reading problems: a
 * record with this id that was dropped as malformed means the award cannot be verified (not that it is unknown). */
export function verifyAward(
  awards: readonly Award[],
  id: string,
  today: string,
  issues: readonly FeedIssue[] = [],
): AwardVerdict {
  const match = findAward(awards, id);
  if (!match) {
    const malformed = issues.some((issue) => issue.collection === 'awards' && issue.id === id);
    return { state: malformed ? 'cannot-verify' : 'not-found', id, checkedOn: today };
  }
  const award = currentRecord(awards, match, today);
  return {
    state: recordState(award, today),
    id,
    award,
    ...(award === match ? {} : { requested: match }),
    checkedOn: today,
  };
}

/** The verdict when the register could not be read at all (unreachable, not JSON, not a feed). */
export const cannotVerify = (id: string, today: string): AwardVerdict => ({ state: 'cannot-verify', id, checkedOn: today });

/** A date's calendar day where the visitor is, YYYY-MM-DD: awards run by local days, not UTC ones. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
