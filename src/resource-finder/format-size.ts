// Writes a file's format and size the way GOV.UK lists attachments ("PDF, 2.1 MB"), in the reader's language.
import { primary } from '../feed/localize.js';

// Languages written in Arabic script use the Arabic comma.
const COMMA_LANGS = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

// Intl formatters are slow to make and a page of results needs a few dozen sizes.
const formats = new Map<string, Intl.NumberFormat>();

/** A byte count in the largest decimal unit that keeps it at 1 or more: 2,100,000 → "2.1 MB". */
export function formatSize(bytes: number, lang: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const key = `${lang}|${unit}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

/** "PDF, 2.1 MB", "PDF", "2.1 MB" or "" from what the feed gives. */
export function formatFileInfo(format: string | undefined, bytes: number | undefined, lang: string): string {
  const parts = [format?.trim(), bytes === undefined ? undefined : formatSize(bytes, lang)].filter(
    (part): part is string => Boolean(part),
  );
  // Intl.ListFormat would write "and" between the two in some languages; a comma is what is meant.
  if (!COMMA_LANGS.has(primary(lang))) return parts.join(', ');
  // Isolated, so a Latin format name and an Arabic size keep their order in right-to-left text.
  return parts.map((part) => `\u2068${part}\u2069`).join('، ');
}
