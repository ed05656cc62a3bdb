// Turns a verdict into the words and link a badge shows, in the visitor's language: one model that the element
// renders as HTML + SVG and the CLI renders as a standalone SVG, so the two can never say different things.
import type { Vars } from '../shared/locale/index.js';
import type { AwardBadgeKey } from './award-badge.strings.js';
import type { AwardVerdict, BadgeState } from './award-status.js';
import { registerPage, sameSite } from './register-config.js';
import { dateFormat } from '../shared/locale/dates.js';
import { safeUrl } from '../shared/safe-url.js';

export type Translate = (key: AwardBadgeKey, vars?: Vars) => string;

export interface BadgeModel {
  state: BadgeState;
  /** True only for a current award: the one flag that may make a badge look valid. */
  valid: boolean;
  id: string;
  /** "School of Sanctuary" (or the award id when no record was found). */
  title: string;
  /** The holder's name, when the register has the award. */
  holder?: string;
  /** The year awarded, e.g. "2023". */
  year?: string;
  /** The short state word: "Verified", "Expired", … */
  stateWords: string;
  /** The dates line: "Awarded 2023 · Valid until 31 July 2026" or what went wrong. */
  detail: string;
  /** The same line in its parts (shown with a dot between them, read with a comma). */
  detailParts: string[];
  /** "Verified by awards.example" or "Not valid now. Check with awards.example". */
  verifier: string;
  /** The one accessible name that says it all. */
  label: string;
  /** Where a visitor checks it: the register's page for this award, else the register itself. */
  href?: string;
  /** "Checked 26 November 2026" (for the standalone SVG, which outlives the page). */
  checked: string;
}

export interface RegisterInfo {
  /** The host that vouches, e.g. awards.cityofsanctuary.org; undefined for an inline feed with no publisher URL. */
  host?: string;
  /** The register's address (whole-register URL or template), for the fallback link. */
  url?: string;
}

const STREAMS = new Set([
  'school',
  'university',
  'college',
  'library',
  'theatre',
  'health',
  'maternity',
  'faith',
  'local-authority',
  'city',
  'town',
]);

/** The display name of a stream code: "school" → "School of Sanctuary"; an unknown code is shown as given. */
export function streamName(stream: string | undefined, t: Translate): string {
  if (!stream) return t('awardBadge.stream.unknown');
  const code = stream.trim().toLowerCase();
  if (STREAMS.has(code)) return t(`awardBadge.stream.${code}` as AwardBadgeKey);
  // A register that already writes the full name ("Library of Sanctuary") keeps it.
  if (/sanctuary/i.test(stream)) return stream;
  return t('awardBadge.stream.other', { stream });
}

/** A YYYY-MM-DD date in words for `lang` ("31 July 2026"), read as a calendar day (no time zone shift). */
export function formatDay(day: string, lang: string): string {
  const [y, m, d] = day.split('-').map(Number);
  try {
    // A UK movement's registers: plain "en" reads dates the British way (13 March 2027), not the US way.
    return dateFormat(lang.toLowerCase() === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, d)),
    );
  } catch {
    return day;
  }
}

function safeNumber(lang: string, value: number): string {
  try {
    return new Intl.NumberFormat(lang, { useGrouping: false }).format(value);
  } catch {
    return String(value);
  }
}

/** The words, link and name of a badge for `verdict`, checked against `register`. */
export function badgeModel(verdict: AwardVerdict, register: RegisterInfo, t: Translate, lang: string): BadgeModel {
  const { state, award, id } = verdict;
  const host = register.host ?? t('awardBadge.theRegister');
  const day = (value: string) => formatDay(value, lang);
  const title = streamName(award?.stream, t);
  const holder = award?.holder.name;
  const year = award?.awarded.slice(0, 4);
  // In the reader's digits (۲۰۲۳ in Farsi), and never grouped like a count ("2,023").
  const yearText = year && safeNumber(lang, Number(year));
  const valid = state === 'verified';

  let detail: string;
  let detailParts: string[] | undefined;
  switch (state) {
    case 'verified':
      detailParts = [
        t('awardBadge.awarded', { year: yearText! }),
        award!.expires ? t('awardBadge.validUntil', { date: day(award!.expires) }) : t('awardBadge.noExpiry'),
      ];
      detail = detailParts.join(' · ');
      break;
    case 'expired':
      detail = award!.expires ? t('awardBadge.expiredOn', { date: day(award!.expires) }) : t('awardBadge.awarded', { year: yearText! });
      break;
    case 'revoked':
      detail = t('awardBadge.revokedNote');
      break;
    case 'suspended':
      detail = t('awardBadge.suspendedNote');
      break;
    case 'not-yet-valid':
      detail = t('awardBadge.validFrom', { date: day(award!.awarded) });
      break;
    case 'not-found':
      detail = id === '' ? t('awardBadge.noId') : t('awardBadge.notFoundNote', { id });
      break;
    default:
      detail = t('awardBadge.cannotVerifyNote', { id });
  }

  const verifier = valid
    ? t('awardBadge.verifiedBy', { host })
    : state === 'not-found' || state === 'cannot-verify'
      ? t('awardBadge.tryWith', { host })
      : t('awardBadge.checkWith', { host });
  const stateWords = t(`awardBadge.state.${state}` as AwardBadgeKey);
  // The sentence a screen reader hears; the element builds the same one from its visible pieces.
  const who = holder === undefined ? '' : `${t(valid ? 'awardBadge.join.heldBy' : 'awardBadge.join.for')}${holder}`;
  const label = `${valid ? '' : `${stateWords}: `}${title}${who}. ${(detailParts ?? [detail]).join(', ')}. ${verifier}`;

  return {
    state,
    valid,
    id,
    title,
    holder,
    year,
    stateWords,
    detail,
    detailParts: detailParts ?? [detail],
    verifier,
    label,
    href: checkLink(verdict, register),
    checked: t('awardBadge.checked', { date: day(verdict.checkedOn) }),
  };
}

/** The award's own page in the register when it is a safe http(s) link on the host the badge names; otherwise
 * the register itself. A record can never send a visitor to a site other than the one the badge says vouches. */
function checkLink(verdict: AwardVerdict, register: RegisterInfo): string | undefined {
  const own = safeUrl(verdict.award?.verifyUrl);
  if (own && /^https?:/i.test(own) && (!register.host || sameSite(own, register.host))) return own;
  return register.url ? registerPage(register.url) : undefined;
}
