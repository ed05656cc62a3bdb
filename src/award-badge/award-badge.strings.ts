// The award badge's words in English: the text for any string a language lacks, and the reference its translations
// (src/shared/locale/<lang>.ts) follow. Only pages with the award badge download them.
import type { WidgetCatalogue } from '../shared/locale/keys.js';

export const awardBadgeStrings = {
  'awardBadge.stream.school': 'School of Sanctuary',
  'awardBadge.stream.university': 'University of Sanctuary',
  'awardBadge.stream.college': 'College of Sanctuary',
  'awardBadge.stream.library': 'Library of Sanctuary',
  'awardBadge.stream.theatre': 'Theatre of Sanctuary',
  'awardBadge.stream.health': 'Health Service of Sanctuary',
  'awardBadge.stream.maternity': 'Maternity Service of Sanctuary',
  'awardBadge.stream.faith': 'Faith Community of Sanctuary',
  'awardBadge.stream.local-authority': 'Local Authority of Sanctuary',
  'awardBadge.stream.city': 'City of Sanctuary',
  'awardBadge.stream.town': 'Town of Sanctuary',
  'awardBadge.stream.other': 'Sanctuary Award ({stream})',
  'awardBadge.stream.unknown': 'Sanctuary Award',
  'awardBadge.state.verified': 'Verified',
  'awardBadge.state.expired': 'Expired',
  'awardBadge.state.revoked': 'Revoked',
  'awardBadge.state.suspended': 'Suspended',
  'awardBadge.state.not-yet-valid': 'Not yet valid',
  'awardBadge.state.not-found': 'Not found',
  'awardBadge.state.cannot-verify': 'Cannot verify',
  'awardBadge.awarded': 'Awarded {year}',
  'awardBadge.validUntil': 'Valid until {date}',
  'awardBadge.noExpiry': 'No end date',
  'awardBadge.expiredOn': 'Expired on {date}',
  'awardBadge.validFrom': 'Valid from {date}',
  'awardBadge.revokedNote': 'Withdrawn by the register: not a valid award',
  'awardBadge.suspendedNote': 'On hold while the register reviews it',
  'awardBadge.notFoundNote': 'No award with id {id} in the register',
  'awardBadge.noId': 'No award id was given to this badge',
  'awardBadge.cannotVerifyNote': 'The register could not be checked. Award id {id}',
  'awardBadge.verifiedBy': 'Verified by {host}',
  'awardBadge.checkWith': 'Not valid now. Check with {host}',
  'awardBadge.tryWith': 'Check with {host}',
  'awardBadge.checked': 'Checked {date}',
  'awardBadge.theRegister': 'the register',
  'awardBadge.join.heldBy': ' award held by ',
  'awardBadge.join.for': ' award for ',
} satisfies WidgetCatalogue<'awardBadge'>;

export type AwardBadgeKey = keyof typeof awardBadgeStrings;

// Adds these keys to MessageKey, which every language's catalogue and the page owner's overrides are checked against.
declare module '../shared/locale/keys.js' {
  interface WidgetStrings {
    awardBadge: typeof awardBadgeStrings;
  }
}
