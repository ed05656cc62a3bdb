// Reduces the HTML that calendars and WordPress put in descriptions (Google's <br> and <a>, Outlook's
// X-ALT-DESC, a page builder's <p>) to plain text: the feed's descriptions are text, and HTML is never passed on.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  pound: '£', euro: '€', copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', times: '×',
  eacute: 'é', egrave: 'è', ecirc: 'ê', aacute: 'á', agrave: 'à', acirc: 'â', iacute: 'í', oacute: 'ó',
  uacute: 'ú', ccedil: 'ç', ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß', shy: '',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
};

/** "&amp;" → "&", "&#8217;" → "’", "&#x2013;" → "–"; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    const value = NAMED[name.toLowerCase()];
    // Without its semicolon only the common ones count ("AT&T" stays as written).
    return value !== undefined && (whole.endsWith(';') || ['amp', 'lt', 'gt', 'quot', 'nbsp'].includes(name)) ? value : whole;
  });
}

/** True when the text has tags (or entities) worth reducing. */
export const looksLikeHtml = (text: string): boolean =>
  /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(text) || /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);

/** Plain text from HTML: paragraphs and line breaks kept, links written as "text (address)", everything else
 * dropped. Not a sanitiser for display: the result is text and is only ever shown as text. */
export function htmlToText(html: string): string {
  let text = html
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    // Source line breaks mean nothing in HTML; tags say where lines break.
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a\s*>/gi, (_m, _q, href: string, inner: string) => {
      const label = inner.replace(/<[^>]*>/g, '').trim();
      const url = decodeEntities(href.trim());
      if (!label) return url;
      const same = decodeEntities(label).replace(/^mailto:/, '') === url.replace(/^mailto:/, '');
      return same || /^(javascript|data):/i.test(url) ? label : `${label} (${url})`;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|table|blockquote|section|article|header|footer)\s*>/gi, '\n\n')
    .replace(/<(p|div|h[1-6]|ul|ol|table|blockquote|tr|section|article)\b[^>]*>/gi, '\n\n')
    .replace(/<\/tr\s*>/gi, '\n')
    .replace(/<\/li\s*>/gi, '')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  text = decodeEntities(text);
  return tidyText(text);
}

/** Collapses runs of spaces, trims each line, and keeps at most one blank line between paragraphs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text from a field that may or may not hold HTML. */
export const plainText = (value: string): string => (looksLikeHtml(value) ? htmlToText(value) : tidyText(value));
