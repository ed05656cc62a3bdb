// The embed snippet a partner copies into their site: one script tag (pinned with Subresource Integrity) and one
// element with the options they chose. Pure text in, text out, so the builder page and its tests share it.

export interface SnippetOptions {
  tag: string;
  src: string;
  /** Attribute name → value; `true` writes a boolean attribute, '' or false leaves it out. */
  attributes: Record<string, string | boolean>;
  /** Custom property name (without the leading --sanctuary-) → colour. */
  colours: Record<string, string>;
  /** A link shown before the script runs and if the feed cannot be loaded. */
  fallback?: { href: string; text: string };
  bundleUrl: string;
  integrity?: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function buildSnippet(options: SnippetOptions): string {
  const script =
    `<script type="module" src="${escapeAttribute(options.bundleUrl)}"` +
    (options.integrity ? ` integrity="${escapeAttribute(options.integrity)}" crossorigin="anonymous"` : '') +
    '></script>';
  const attributes = [
    `src="${escapeAttribute(options.src)}"`,
    ...Object.entries(options.attributes).flatMap(([name, value]) =>
      value === true ? [name] : value === false || value === '' ? [] : [`${name}="${escapeAttribute(value)}"`],
    ),
  ];
  const style = Object.entries(options.colours)
    .map(([name, colour]) => `--sanctuary-${name}: ${colour}`)
    .join('; ');
  if (style) attributes.push(`style="${escapeAttribute(style)}"`);
  const fallback =
    options.fallback?.href && options.fallback.text
      ? `\n  <a href="${escapeAttribute(options.fallback.href)}">${escapeText(options.fallback.text)}</a>\n`
      : '';
  return `${script}\n<${options.tag} ${attributes.join(' ')}>${fallback}</${options.tag}>\n`;
}
