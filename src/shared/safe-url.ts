// Decides which feed URLs may become links or images. Lit does not sanitise URLs, so this is the only thing
// standing between a feed and a `javascript:` link on a partner's page.

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);

/** Returns the URL when it is safe for `use` (absolute with an allowed scheme, or relative), else undefined. */
export function safeUrl(value: unknown, use: 'link' | 'image' = 'link'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let parsed: URL;
  try {
    // The URL parser drops tabs, newlines and leading control characters exactly as the browser will when the
    // link is followed, so "java\tscript:" is caught here as `javascript:`.
    parsed = new URL(trimmed, 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  return (use === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES).has(parsed.protocol) ? trimmed : undefined;
}
