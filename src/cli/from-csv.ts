// `sanctuary-widgets from-csv --events events.csv … > feed.json`: a feed from spreadsheet exports. Bad rows are
// reported by row number and left out; the good rows make the feed. Exits 1 only when nothing usable came out.
import { parse as parseCsv } from 'csv-parse/sync';
import { COLLECTION_NAMES, FEED_VERSION, parseFeed, type CollectionName } from '../feed/index.js';
import { readArgs, type Command } from './command.js';
import { readSource } from './read-source.js';
import { rowsToItems, type Row } from './spreadsheet-rows.js';
import { summarise } from './validate.js';

const NAMES = [...COLLECTION_NAMES];

export const fromCsv: Command = {
  summary: 'Build a feed from spreadsheet (CSV) exports, reporting bad rows by row number.',
  usage:
    'sanctuary-widgets from-csv --publisher "Your group" [--events events.csv] [--resources resources.csv] ' +
    '[--supporters supporters.csv] [--awards awards.csv] [--publisher-url URL] [--language en] > feed.json',
  async run(args, io) {
    const parsed = readArgs(args, [...NAMES, 'publisher', 'publisher-url', 'language'], this, io);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    const files = NAMES.filter((name) => values[name]);
    if (!values.publisher || files.length === 0 || positionals.length > 0) {
      io.err(`Give --publisher and at least one CSV file.\nUsage: ${this.usage}`);
      return 2;
    }

    const doc: Record<string, unknown> = {
      version: FEED_VERSION,
      publisher: { name: values.publisher, ...(values['publisher-url'] ? { url: values['publisher-url'] } : {}) },
      ...(values.language ? { language: values.language } : {}),
      updated: new Date().toISOString().slice(0, 19) + 'Z',
    };
    const fileOf: Partial<Record<CollectionName, string>> = {};
    for (const name of files) {
      const file = values[name]!;
      fileOf[name] = file;
      let rows: Row[];
      try {
        rows = parseCsv(await readSource(file), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
      } catch (error) {
        io.err(`✗ ${file}: ${(error as Error).message}`);
        continue;
      }
      const { items, unknownColumns } = rowsToItems(name, rows);
      if (unknownColumns.length) {
        io.err(`! ${file}: ignored column${unknownColumns.length > 1 ? 's' : ''} ${unknownColumns.map((c) => `"${c}"`).join(', ')} (see docs/spreadsheets.md for the names read).`);
      }
      doc[name] = items;
    }

    const { feed, issues } = parseFeed(doc, 'spreadsheet');
    for (const issue of issues) {
      // Row 1 holds the headings, so item 0 is row 2 of the sheet.
      const where = issue.collection && issue.index !== undefined ? `${fileOf[issue.collection]} row ${issue.index + 2}` : issue.path;
      io.err(`✗ ${where}: ${issue.message}`);
    }
    const total = NAMES.reduce((n, name) => n + feed[name].length, 0);
    io.err(`${issues.length ? '!' : '✓'} ${summarise(feed, issues)}`);
    if (total === 0) {
      io.err('✗ Nothing usable came out, so no feed was written.');
      return 1;
    }
    const out: Record<string, unknown> = { $schema: 'https://unpkg.com/sanctuary-widgets/dist/feed.schema.json', ...doc };
    for (const name of NAMES) out[name] = feed[name].length ? feed[name] : undefined;
    io.out(JSON.stringify(out, null, 2));
    return 0;
  },
};
