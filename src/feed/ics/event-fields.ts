// Reads the free text that calendars and event plugins keep in one field: a venue line with its postcode, and
// the link to an online meeting wherever it was put (location, description, URL or a conference property).

const POSTCODE = /\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/i;
const COUNTRY = /^(UK|U\.K\.|United Kingdom|Great Britain|England|Scotland|Wales|Northern Ireland|GB)$/i;

/** "Mill Road Library, 1 Mill Road, Cambridge CB1 2AD, UK" → name, address and a postcode written the standard
 * way (CB1 2AD). A line without commas is a name; without a postcode nothing is split off. */
export function splitLocation(text: string): { name?: string; address?: string; postcode?: string } {
  let rest = text.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
  let postcode: string | undefined;
  const match = POSTCODE.exec(rest);
  if (match) {
    const compact = match[1].replace(/\s/g, '').toUpperCase();
    postcode = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
    rest = (rest.slice(0, match.index) + rest.slice(match.index + match[0].length)).replace(/[ \t]+([,\n])/g, '$1');
  }
  const parts = rest
    .split(/\s*[,\n]\s*/)
    .map((p) => p.trim())
    .filter((p) => p && !COUNTRY.test(p));
  const [name, ...address] = parts;
  return {
    ...(name ? { name } : {}),
    ...(address.length ? { address: address.join(', ') } : {}),
    ...(postcode ? { postcode } : {}),
  };
}

const PLATFORMS: [RegExp, string][] = [
  [/^https:\/\/([\w-]+\.)*zoom\.(us|com)\/(j|my|w|s|wc)\//i, 'Zoom'],
  [/^https:\/\/teams\.(microsoft|live)\.com\/(l\/meetup-join|meet)\//i, 'Microsoft Teams'],
  [/^https:\/\/meet\.google\.com\/[a-z]/i, 'Google Meet'],
  [/^https:\/\/(meet\.jit\.si|[\w.-]*jitsi[\w.-]*)\/\S/i, 'Jitsi Meet'],
  [/^https:\/\/([\w-]+\.)?whereby\.com\/\S/i, 'Whereby'],
  [/^https:\/\/([\w-]+\.)*webex\.com\/\S/i, 'Webex'],
];

/** The platform of a meeting link, or undefined for an ordinary web address. */
export function meetingPlatform(url: string): string | undefined {
  return PLATFORMS.find(([pattern]) => pattern.test(url))?.[1];
}

/** The first online meeting link in the texts, in the order given (so a calendar's own conference field can win
 * over a link someone pasted into the description). */
export function findMeetingLink(texts: (string | undefined)[]): { url: string; platform: string } | undefined {
  for (const text of texts) {
    if (!text) continue;
    for (const found of text.matchAll(/https:\/\/[^\s<>"'()[\]{}]+/gi)) {
      const url = found[0].replace(/[.,;:!?>]+$/, '');
      const platform = meetingPlatform(url);
      if (platform) return { url, platform };
    }
  }
  return undefined;
}

/** True when a location line is only a meeting link or a platform's name ("Microsoft Teams Meeting", "Zoom"),
 * so it is not a place anyone can go to. */
export function isOnlineOnlyLocation(text: string): boolean {
  const t = text.trim();
  if (/^https?:\/\/\S+$/i.test(t)) return true;
  return /^(online|online meeting|microsoft teams( meeting)?|teams meeting|zoom( meeting)?|google meet|jitsi( meet)?|whereby|webex)(\s*[-:–]\s*https?:\/\/\S+)?$/i.test(t);
}
