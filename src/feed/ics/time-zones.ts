// Time zone names as calendars write them → IANA names the feed uses: Outlook's Windows ids ("GMT Standard
// Time"), Apple's and Nextcloud's "/Europe/London", Lightning's "/mozilla.org/20050126_1/Europe/London".
import { isKnownTimeZone } from '../checks.js';

/** The Windows ids Outlook and Microsoft 365 write most often for UK groups and their partners (from CLDR's
 * windowsZones.xml, territory 001). Others are reported and read with the VTIMEZONE or the default zone. */
export const WINDOWS_ZONES: Record<string, string> = {
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'Etc/UTC',
  'Coordinated Universal Time': 'Etc/UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Arab Standard Time': 'Asia/Riyadh',
  'Arabian Standard Time': 'Asia/Dubai',
  'Iran Standard Time': 'Asia/Tehran',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
};

/** Older Outlook versions write the zone's display name instead of its id:
 * "(UTC+00:00) Dublin, Edinburgh, Lisbon, London". Matched by the cities in it. */
const DISPLAY_NAMES: [RegExp, string][] = [
  [/Dublin, Edinburgh, Lisbon, London/i, 'Europe/London'],
  [/Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna/i, 'Europe/Berlin'],
  [/Brussels, Copenhagen, Madrid, Paris/i, 'Europe/Paris'],
  [/Helsinki, Kyiv|Helsinki, Kiev/i, 'Europe/Kiev'],
  [/Eastern Time \(US (&|and) Canada\)/i, 'America/New_York'],
  [/^\(UTC\)|Coordinated Universal Time$/i, 'Etc/UTC'],
];

/** An IANA name for a calendar's TZID, or undefined when it is none we can recognise. */
export function ianaTimeZone(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const windows = WINDOWS_ZONES[name] ?? WINDOWS_ZONES[name.replace(/\s*\(.*\)$/, '')] ?? DISPLAY_NAMES.find(([re]) => re.test(name))?.[1];
  if (windows) return windows;
  // "/Europe/London", "/mozilla.org/20050126_1/Europe/London", "/freeassociation.sourceforge.net/Europe/London".
  const candidates = [name, name.replace(/^\/+/, ''), name.split('/').slice(-2).join('/'), name.split('/').slice(-3).join('/')];
  return candidates.find((c) => /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$|^(UTC|Etc\/UTC|GMT)$/.test(c) && isKnownTimeZone(c));
}
