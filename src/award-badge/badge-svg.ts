// The badge artwork as plain data: a tiny SVG node tree built from a BadgeModel. The element turns it into DOM
// nodes (text only ever as text nodes), the CLI into a standalone SVG file (text and attributes XML-escaped), so
// the page badge and the printed badge are drawn by the same code.
import type { BadgeState } from './award-status.js';
import type { BadgeModel } from './badge-model.js';

export interface SvgNode {
  tag: string;
  attrs?: Record<string, string | number>;
  /** Child nodes; strings are text content, never markup. */
  children?: (SvgNode | string)[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Colours of the seal on a light background (each passes 4.5:1 with white ink and against white). The element
 * overrides them from its CSS tokens for dark themes; the standalone SVG keeps them. */
export const SEAL_COLOURS: Record<BadgeState, string> = {
  verified: '#0b6e4f',
  expired: '#4b5357',
  revoked: '#b3261e',
  suspended: '#8a4b00',
  'not-yet-valid': '#4b5357',
  'not-found': '#4b5357',
  'cannot-verify': '#4b5357',
};

const node = (tag: string, attrs: SvgNode['attrs'] = {}, children: SvgNode['children'] = []): SvgNode => ({
  tag,
  attrs,
  children,
});

/** A scalloped rosette: the one outline only a verified award gets. */
function rosette(): string {
  const points: string[] = [];
  const teeth = 24;
  for (let i = 0; i < teeth * 2; i++) {
    const r = i % 2 === 0 ? 48 : 43;
    const a = (Math.PI * i) / teeth;
    points.push(`${(50 + r * Math.sin(a)).toFixed(1)},${(50 - r * Math.cos(a)).toFixed(1)}`);
  }
  return points.join(' ');
}

/** The outline of the seal: each state has its own shape, so no state is told apart by colour alone. */
function outline(state: BadgeState): SvgNode {
  const attrs = { class: 'seal-shape', fill: SEAL_COLOURS[state] };
  switch (state) {
    case 'verified':
      return node('polygon', { ...attrs, points: rosette() });
    case 'revoked': // an octagon, like a stop sign
      return node('polygon', { ...attrs, points: '30,4 70,4 96,30 96,70 70,96 30,96 4,70 4,30' });
    case 'suspended':
      return node('rect', { ...attrs, x: 6, y: 6, width: 88, height: 88, rx: 14 });
    case 'cannot-verify': // a warning triangle
      return node('polygon', { ...attrs, points: '50,4 97,92 3,92', 'stroke-linejoin': 'round' });
    case 'not-found':
      return node('rect', { ...attrs, x: 10, y: 10, width: 80, height: 80, rx: 6, transform: 'rotate(45 50 50)' });
    default: // expired, not yet valid: a plain disc with a broken ring
      return node('circle', { ...attrs, cx: 50, cy: 50, r: 46 });
  }
}

/** The glyph in the middle of the seal. */
function glyph(state: BadgeState): SvgNode[] {
  const ink = { class: 'seal-ink', fill: 'none', stroke: '#ffffff', 'stroke-width': 8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  const solid = { class: 'seal-ink-fill', fill: '#ffffff' };
  switch (state) {
    case 'verified':
      return [
        node('circle', { ...ink, 'stroke-width': 3, cx: 50, cy: 50, r: 35 }),
        node('path', { ...ink, d: 'M33 51 L45 63 L68 38' }),
      ];
    case 'expired': // an hourglass run out
      return [
        node('circle', { ...ink, 'stroke-width': 3, 'stroke-dasharray': '6 5', cx: 50, cy: 50, r: 38 }),
        node('path', { ...ink, 'stroke-width': 5, d: 'M36 28 H64 M36 72 H64 M38 28 C38 44 62 56 62 72 M62 28 C62 44 38 56 38 72' }),
        node('path', { ...solid, d: 'M42 70 Q50 60 58 70 Z' }),
      ];
    case 'not-yet-valid': // a clock
      return [
        node('circle', { ...ink, 'stroke-width': 5, cx: 50, cy: 50, r: 28 }),
        node('path', { ...ink, 'stroke-width': 6, d: 'M50 34 V51 L61 58' }),
      ];
    case 'revoked':
      return [node('path', { ...ink, 'stroke-width': 10, d: 'M33 33 L67 67 M67 33 L33 67' })];
    case 'suspended': // pause
      return [node('path', { ...ink, 'stroke-width': 11, 'stroke-linecap': 'butt', d: 'M39 30 V70 M61 30 V70' })];
    case 'not-found':
      return [
        node('path', { ...ink, 'stroke-width': 8, d: 'M39 40 C39 27 61 27 61 40 C61 50 50 50 50 59' }),
        node('circle', { ...solid, cx: 50, cy: 71, r: 5 }),
      ];
    default: // cannot verify: an exclamation mark in the triangle
      return [
        node('path', { ...ink, 'stroke-width': 9, d: 'M50 38 V62' }),
        node('circle', { ...solid, cx: 50, cy: 77, r: 5.5 }),
      ];
  }
}

/** The seal on its own (100 × 100 user units), for the element and for the standalone badge. */
export function sealArtwork(state: BadgeState, attrs: SvgNode['attrs'] = {}): SvgNode {
  return node('svg', { xmlns: SVG_NS, viewBox: '0 0 100 100', class: `seal seal-${state}`, ...attrs }, [
    outline(state),
    ...glyph(state),
  ]);
}

/** Breaks text into lines of at most `max` characters at spaces (SVG text does not wrap by itself). */
export function wrapText(text: string, max: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, max - 1)}…`;
    return kept;
  }
  return lines.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
}

/** The whole badge as one standalone SVG (seal, words, and the day it was checked), for print and e-mail where
 * no script runs. The accessible name goes in <title>, so screen readers and image alt text read it. */
export function badgeDocument(model: BadgeModel): SvgNode {
  const width = 440;
  const ink = '#1b1b1b';
  const muted = '#4b5357';
  const colour = SEAL_COLOURS[model.state];
  const lines: { text: string; size: number; weight?: number; fill: string }[] = [];
  if (!model.valid) lines.push({ text: model.stateWords.toUpperCase(), size: 15, weight: 700, fill: colour });
  lines.push({ text: model.title, size: 13, weight: 700, fill: model.valid ? colour : ink });
  for (const holderLine of wrapText(model.holder ?? model.id, 34)) lines.push({ text: holderLine, size: 17, weight: 700, fill: ink });
  // About 7 px a character at 12 px: the lines wrap inside the 300 px beside the seal.
  for (const detailLine of wrapText(model.detail, 46)) lines.push({ text: detailLine, size: 12, fill: ink });
  for (const verifierLine of wrapText(model.verifier, 40)) {
    lines.push({ text: verifierLine, size: 12, weight: 700, fill: model.valid ? colour : ink });
  }
  lines.push({ text: model.checked, size: 11, fill: muted });

  let y = 24;
  const texts: SvgNode[] = lines.map((line, i) => {
    if (i > 0) y += Math.round(line.size * 1.45);
    return node(
      'text',
      { x: 124, y, 'font-size': line.size, fill: line.fill, ...(line.weight ? { 'font-weight': line.weight } : {}) },
      [line.text],
    );
  });
  const height = Math.max(128, y + 16);
  const seal = sealArtwork(model.state, { x: 14, y: (height - 96) / 2, width: 96, height: 96 });
  delete seal.attrs!.xmlns;

  return node(
    'svg',
    {
      xmlns: SVG_NS,
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'badge-title',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    },
    [
      node('title', { id: 'badge-title' }, [`${model.label}. ${model.checked}.`]),
      node('rect', {
        x: 1,
        y: 1,
        width: width - 2,
        height: height - 2,
        rx: 10,
        fill: '#ffffff',
        stroke: colour,
        'stroke-width': 2,
        ...(model.valid ? {} : { 'stroke-dasharray': '8 5' }),
      }),
      seal,
      ...texts,
    ],
  );
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
// Characters XML 1.0 does not allow at all (a feed can hold them as JSON escapes); dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Serialises a node tree as XML: every text and attribute value escaped, so feed text is only ever text. */
export function toSvgString(tree: SvgNode | string): string {
  if (typeof tree === 'string') return escapeText(tree.replace(NOT_XML, ''));
  const attrs = Object.entries(tree.attrs ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttr(String(value).replace(NOT_XML, ''))}"`)
    .join('');
  const children = (tree.children ?? []).map(toSvgString).join('');
  return children ? `<${tree.tag}${attrs}>${children}</${tree.tag}>` : `<${tree.tag}${attrs}/>`;
}

/** The standalone SVG file text, with an XML declaration. */
export function badgeSvgFile(model: BadgeModel): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toSvgString(badgeDocument(model))}\n`;
}
