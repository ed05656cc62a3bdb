// Jekyll/Hugo-style YAML data files → feed items. A list of items, or a map with `supporters:`, `resources:`,
// `events:` (and `awards:`) lists. Each item is read like a spreadsheet row (./spreadsheet-rows.ts), so field
// names are matched loosely and the usual Jekyll names (link, website, image, date + time, location) are
// understood; fields already written the feed's way (location: {name, postcode}, logo: {src, alt}) are kept.
//
// YAML with a syntax error is read item by item, so a tab or a missing quote costs that item, not the file.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { COLLECTION_NAMES, type CollectionName } from '../feed/index.js';
import { splitLocation } from '../feed/ics/event-fields.js';
import { COLUMNS, headingKey, isoDate, rowsToItems, type Row } from './spreadsheet-rows.js';

export const KINDS = [...COLLECTION_NAMES];

/** Names Jekyll and Hugo sites often use, mapped to the spreadsheet columns (docs/spreadsheets.md). */
const ALIASES: Record<CollectionName, Record<string, string>> = {
  events: {
    name: 'title', date: 'start', startdate: 'start', enddate: 'end', link: 'url', website: 'url', href: 'url',
    location: 'venue', place: 'venue', locationname: 'venue', venuename: 'venue', locationaddress: 'address',
    locationpostcode: 'postcode', venueaddress: 'address', venuepostcode: 'postcode', onlineurl: 'online url',
    onlineplatform: 'platform', tickets: 'booking url', booking: 'booking url', register: 'booking url',
    registration: 'booking url', imageurl: 'image', imagesrc: 'image', imagealt: 'image alt', categories: 'category',
    tag: 'category', summary: 'description', body: 'description', content: 'description', price: 'cost',
  },
  resources: {
    name: 'title', link: 'url', website: 'url', href: 'url', file: 'url', download: 'url', description: 'summary',
    excerpt: 'summary', category: 'type', kind: 'type', topics: 'streams', stream: 'streams', tags: 'streams',
    date: 'updated', published: 'updated', author: 'publisher', filesize: 'size',
  },
  supporters: {
    title: 'name', organisation: 'name', organization: 'name', link: 'url', website: 'url', href: 'url',
    homepage: 'url', image: 'logo', imageurl: 'logo', logourl: 'logo', logosrc: 'logo', logoalt: 'logo alt',
    imagealt: 'logo alt', alt: 'logo alt', type: 'sector', category: 'sector', year: 'since', joined: 'since',
    pledged: 'since', location: 'place', town: 'place', city: 'place',
  },
  awards: {
    name: 'holder', holdername: 'holder', holderurl: 'holder url', holderplace: 'place', reference: 'id',
    date: 'awarded', verify: 'verify url', link: 'verify url',
  },
};

/** Fields whose value is an object in the feed: taken as written when the YAML already has that shape. */
const STRUCTURED: Record<CollectionName, string[]> = {
  events: ['location', 'online', 'recurrence', 'image'],
  resources: [],
  supporters: ['logo'],
  awards: ['holder'],
};

export interface YamlProblem {
  line: number;
  column?: number;
  message: string;
}

export interface YamlItems {
  /** Items per collection, with the line each starts on. */
  collections: Partial<Record<CollectionName, { item: Record<string, unknown>; line: number; index: number }[]>>;
  /** Syntax problems and skipped items, with where they are. */
  problems: YamlProblem[];
  /** Field names that were not understood, per collection. */
  unknownFields: Partial<Record<CollectionName, string[]>>;
  /** Top-level keys that are not collections. */
  ignoredKeys: string[];
  /** How the kind of a plain list was chosen, when it was guessed. */
  guessed?: string;
}

type RawItem = { value: unknown; line: number };

/** Reads the YAML text. `kind` says what a plain list holds; `fileName` is used to guess it otherwise. */
export function yamlToItems(text: string, kind: CollectionName | undefined, fileName: string): YamlItems {
  const problems: YamlProblem[] = [];
  const result: YamlItems = { collections: {}, problems, unknownFields: {}, ignoredKeys: [] };
  const source = text.replace(/^\ufeff/, '');

  for (const [index, line] of source.split(/\r\n|\n|\r/).entries()) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.includes('\t') && line.trim() !== '') {
      problems.push({ line: index + 1, column: indent.indexOf('\t') + 1, message: 'this line is indented with a tab; YAML only allows spaces for indenting, so replace the tab with spaces' });
    }
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  let raw: Partial<Record<CollectionName, RawItem[]>>;
  if (doc.errors.length === 0) {
    raw = itemsOf(doc, lineCounter, 0, result, kind, fileName);
  } else {
    // Guess what a plain list holds from the items YAML could read before the error.
    const partial = doc.contents;
    const name = kind ?? (isSeq(partial) || !isMap(partial) ? guessKind(fileName, isSeq(partial) ? (partial.toJSON() as unknown[]) : [], result) : undefined);
    raw = salvage(source, result, name);
  }

  for (const name of KINDS) {
    const list = raw[name];
    if (!list) continue;
    result.collections[name] = [];
    const rows: Row[] = [];
    const structured: Record<string, unknown>[] = [];
    const unknown = new Set<string>();
    const known = new Set([...COLUMNS[name], ...Object.values(ALIASES[name])].map(headingKey));
    list.forEach(({ value }) => {
      const { row, objects } = flatten(name, value);
      for (const heading of Object.keys(row)) if (!known.has(headingKey(heading))) unknown.add(heading);
      rows.push(row);
      structured.push(objects);
    });
    const { items } = rowsToItems(name, rows);
    items.forEach((item, index) => {
      result.collections[name]!.push({ item: { ...(item as Record<string, unknown>), ...structured[index] }, line: list[index].line, index });
    });
    if (unknown.size) result.unknownFields[name] = [...unknown];
  }
  return result;
}

function itemsOf(doc: Document, lineCounter: LineCounter, lineOffset: number, result: YamlItems, kind: CollectionName | undefined, fileName: string): Partial<Record<CollectionName, RawItem[]>> {
  const contents = doc.contents;
  const lineOf = (node: unknown) => lineCounter.linePos((node as { range?: [number] })?.range?.[0] ?? 0).line + lineOffset;
  const listOf = (seq: unknown): RawItem[] => (isSeq(seq) ? seq.items.map((node) => ({ value: (node as { toJSON?: () => unknown })?.toJSON?.() ?? (isScalar(node) ? node.value : node), line: lineOf(node) })) : []);
  if (isSeq(contents)) {
    const name = kind ?? guessKind(fileName, contents.toJSON() as unknown[], result);
    if (!name) return {};
    return { [name]: listOf(contents) };
  }
  if (isMap(contents)) {
    const keyOf = (node: unknown) => String(isScalar(node) ? node.value : node);
    const hasCollections = contents.items.some((pair) => KINDS.includes(keyOf(pair.key).toLowerCase() as CollectionName));
    if (!hasCollections && contents.items.length && contents.items.every((pair) => isMap(pair.value))) {
      // Hugo's other habit: a map from each item's id to the item (cambridge-mosque: {name: …}).
      const values = contents.items.map((pair) => ({ ...(pair.value as { toJSON(): Record<string, unknown> }).toJSON() }));
      const name = kind ?? guessKind(fileName, values, result);
      if (!name) return {};
      return { [name]: contents.items.map((pair, i) => ({ value: { id: keyOf(pair.key), ...values[i] }, line: lineOf(pair.key) })) };
    }
    const out: Partial<Record<CollectionName, RawItem[]>> = {};
    for (const pair of contents.items) {
      const key = keyOf(pair.key);
      const name = KINDS.find((k) => k === key.toLowerCase());
      if (!name || (kind && name !== kind)) {
        result.ignoredKeys.push(key);
        continue;
      }
      if (!isSeq(pair.value)) {
        result.problems.push({ line: lineOf(pair.value ?? pair.key), message: `"${key}" should be a list of items (each starting with "- ") but is not, so no ${name} were read from it` });
        continue;
      }
      out[name] = listOf(pair.value);
    }
    return out;
  }
  if (contents !== null) result.problems.push({ line: 1, message: 'the file should hold a list of items, or supporters:, resources: or events: lists, but holds a single value' });
  return {};
}

/** When the file has a syntax error: split it into top-level items by their "- " lines and read each one on
 * its own, so only the items with errors are lost. */
function salvage(source: string, result: YamlItems, kind: CollectionName | undefined): Partial<Record<CollectionName, RawItem[]>> {
  const lines = source.split(/\r\n|\n|\r/);
  const out: Partial<Record<CollectionName, RawItem[]>> = {};
  let section: CollectionName | undefined | null = null; // null: a plain list at the top
  let itemIndent: number | undefined;
  let chunk: { start: number; lines: string[] } | undefined;
  const sectionName = (s: CollectionName | undefined | null) => (s === null ? kind : s);
  const flush = () => {
    if (!chunk) return;
    const target = sectionName(section);
    const { start, lines: body } = chunk;
    chunk = undefined;
    if (!target) return;
    const lineCounter = new LineCounter();
    // Tabs are reported already; read the item as if they were spaces, so its other fields are kept.
    const doc = parseDocument(body.map((l) => l.replace(/^[ \t]+/, (ws) => ws.replace(/\t/g, '  '))).join('\n'), { lineCounter, uniqueKeys: true });
    const list = (out[target] ??= []);
    if (doc.errors.length || !isSeq(doc.contents) || doc.contents.items.length !== 1) {
      const error = doc.errors[0];
      const pos = error ? lineCounter.linePos(error.pos[0]) : { line: 1, col: 1 };
      result.problems.push({
        line: start + pos.line - 1,
        column: error ? pos.col : undefined,
        message: `${error ? plainYamlError(error) : 'this is not one list item'}, so ${target} item ${list.length + 1} (from line ${start}) was skipped`,
      });
      list.push({ value: undefined, line: start });
      return;
    }
    list.push({ value: doc.contents.items[0] && (doc.contents.items[0] as { toJSON(): unknown }).toJSON(), line: start });
  };
  lines.forEach((line, index) => {
    const key = /^([A-Za-z_][\w-]*):\s*(#.*)?$/.exec(line);
    if (key) {
      flush();
      section = KINDS.find((k) => k === key[1].toLowerCase());
      if (!section || (kind && section !== kind)) {
        result.ignoredKeys.push(key[1]);
        section = undefined;
      }
      itemIndent = undefined;
      return;
    }
    const item = /^([ \t]*)-(\s|$)/.exec(line);
    const indent = item ? item[1].replace(/\t/g, '  ').length : -1;
    if (item && (itemIndent === undefined || indent <= itemIndent)) {
      flush();
      itemIndent = indent;
      chunk = { start: index + 1, lines: [line] };
    } else if (chunk) {
      chunk.lines.push(line);
    }
  });
  flush();
  // Items that failed were placeholders (to keep numbering); drop them now.
  for (const name of KINDS) if (out[name]) out[name] = out[name]!.filter((i) => i.value !== undefined);
  return out;
}

/** A YAML error in words a volunteer can act on. */
export function plainYamlError(error: YAMLError): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'a tab is used for indenting; YAML only allows spaces';
    case 'BAD_INDENT':
      return 'the indenting does not line up with the lines above it';
    case 'DUPLICATE_KEY':
      return 'the same field name appears twice in one item';
    case 'MISSING_CHAR':
      return 'a closing quote or bracket is missing';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a line is missing the colon after its field name, or a value runs over several lines without quotes';
    case 'BAD_SCALAR_START':
      return 'a value starts with a character YAML reserves (such as @, ` or %); put the value in quotes';
    case 'UNEXPECTED_TOKEN':
      return 'YAML could not make sense of this line (often a missing colon, an unclosed quote, or indenting that does not line up)';
    default:
      return error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  }
}

function guessKind(fileName: string, items: unknown[], result: YamlItems): CollectionName | undefined {
  const base = fileName.toLowerCase();
  const byName = KINDS.find((k) => base.includes(k) || base.includes(k.replace(/s$/, '')));
  if (byName) {
    result.guessed = `from the file name`;
    return byName;
  }
  const first = items.find((i) => i && typeof i === 'object') as Record<string, unknown> | undefined;
  if (!first) return undefined;
  const keys = Object.keys(first).map(headingKey);
  const has = (...names: string[]) => names.some((n) => keys.includes(n));
  const name: CollectionName | undefined = has('holder', 'awarded')
    ? 'awards'
    : has('start', 'date', 'startdate')
      ? 'events'
      : has('name', 'organisation', 'organization', 'logo')
        ? 'supporters'
        : has('title')
          ? 'resources'
          : undefined;
  if (name) result.guessed = `from the fields of the first item`;
  return name;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** One item as a spreadsheet row, plus the fields already in the feed's object form. */
function flatten(collection: CollectionName, value: unknown): { row: Row; objects: Record<string, unknown> } {
  const row: Row = {};
  const objects: Record<string, unknown> = {};
  if (!isPlainObject(value)) return { row: { title: String(value ?? ''), name: String(value ?? '') }, objects };
  const cell = (v: unknown): string =>
    v instanceof Date ? v.toISOString().slice(0, v.getUTCHours() || v.getUTCMinutes() ? 16 : 10) : Array.isArray(v) ? v.map(cell).join('; ') : v === null || v === undefined ? '' : String(v);
  for (const [key, v] of Object.entries(value)) {
    if (isPlainObject(v) && STRUCTURED[collection].includes(key)) {
      objects[key] = v;
      continue;
    }
    if (isPlainObject(v)) {
      for (const [inner, w] of Object.entries(v)) row[`${key} ${inner}`] = cell(w);
      continue;
    }
    if (collection === 'events' && headingKey(key) === 'location' && typeof v === 'string') {
      // "Town Hall, Market Street, Leeds LS1 1UR" → venue, address, postcode.
      const place = splitLocation(v);
      if (place.name) row.venue = place.name;
      if (place.address) row.address = place.address;
      if (place.postcode) row.postcode = place.postcode;
      continue;
    }
    row[key] = cell(v);
  }
  // Jekyll names → the spreadsheet columns (a column the item has under its own name wins).
  const aliases = ALIASES[collection];
  const present = new Set(Object.keys(row).map(headingKey));
  for (const key of Object.keys(row)) {
    const target = aliases[headingKey(key)];
    if (target && !present.has(headingKey(target))) {
      row[target] = row[key];
      present.add(headingKey(target));
      delete row[key];
    }
  }
  // Jekyll events often keep the day and the time apart: date: 2027-01-12, time: "18:30".
  if (collection === 'events') {
    const time = takeCell(row, 'time') ?? takeCell(row, 'start time');
    const start = row.start ? isoDate(row.start) : undefined;
    if (time && start && start.length === 10 && /^\d{1,2}:\d{2}$/.test(time.trim())) row.start = `${start}T${time.trim().padStart(5, '0')}`;
    else if (time) row.time = time;
    const endTime = takeCell(row, 'end time');
    const end = row.end ? isoDate(row.end) : start?.slice(0, 10);
    if (endTime && end && /^\d{1,2}:\d{2}$/.test(endTime.trim())) row.end = `${end.slice(0, 10)}T${endTime.trim().padStart(5, '0')}`;
  }
  return { row, objects };
}

function takeCell(row: Row, heading: string): string | undefined {
  const key = Object.keys(row).find((k) => headingKey(k) === headingKey(heading));
  if (!key) return undefined;
  const value = row[key];
  delete row[key];
  return value;
}
