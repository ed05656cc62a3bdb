// `sanctuary-widgets from-yaml _data/supporters.yml > feed.json`: a feed from a Jekyll or Hugo data file. Each
// item that breaks a rule is reported by its number and line and left out; a YAML syntax error (a tab, a
// missing quote) costs only the item it is in. Exits 1 only when nothing usable came out.
import { basename } from 'node:path';
import { FEED_VERSION, type CollectionName } from '../feed/index.js';
import { readArgs, type Command } from './command.js';
import { finishFeed, nowStamp } from './feed-output.js';
import { readSource } from './read-source.js';
import { summarise } from './validate.js';
import { KINDS, yamlToItems } from './yaml-items.js';

export const fromYaml: Command = {
  summary: 'Build a feed from a Jekyll/Hugo YAML data file (supporters, resources or events).',
  usage:
    'sanctuary-widgets from-yaml <file> [--kind supporters|resources|events|awards] --publisher "Your group" ' +
    '[--publisher-url URL] [--language en] > feed.json',
  async run(args, io) {
    const parsed = readArgs(args, ['kind', 'publisher', 'publisher-url', 'language'], this, io);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    const [file] = positionals;
    const kind = values.kind?.toLowerCase() as CollectionName | undefined;
    if (!file || positionals.length > 1 || (kind && !KINDS.includes(kind))) {
      io.err(`Give one YAML file${kind ? `, and --kind as one of ${KINDS.join(', ')}` : ''}.\nUsage: ${this.usage}`);
      return 2;
    }
    let text: string;
    try {
      text = await readSource(file, 15_000, 'application/yaml, text/yaml, text/*');
    } catch (error) {
      io.err(`✗ ${file} could not be read: ${(error as Error).message}`);
      return 1;
    }
    const label = basename(file);
    const read = yamlToItems(text, kind, label);
    for (const p of read.problems) io.err(`✗ ${label} line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}.`);
    if (read.guessed) {
      const names = KINDS.filter((k) => read.collections[k]);
      io.err(`! ${label}: read as ${names.join(', ')} (${read.guessed}); use --kind to say otherwise.`);
    }
    if (read.ignoredKeys.length) io.err(`! ${label}: ignored ${read.ignoredKeys.map((k) => `"${k}"`).join(', ')} (only supporters, resources, events and awards are read).`);
    for (const [name, fields] of Object.entries(read.unknownFields)) {
      io.err(`! ${label}: ignored field${fields!.length > 1 ? 's' : ''} ${fields!.map((f) => `"${f}"`).join(', ')} in ${name} (see docs/spreadsheets.md for the names read).`);
    }
    if (!KINDS.some((k) => read.collections[k]) && read.problems.length === 0) {
      io.err(`✗ ${label}: could not tell whether the list holds supporters, resources, events or awards. Give --kind.`);
      return 2;
    }

    const doc: Record<string, unknown> = {
      version: FEED_VERSION,
      publisher: { name: values.publisher ?? label.replace(/\.ya?ml$/i, ''), ...(values['publisher-url'] ? { url: values['publisher-url'] } : {}) },
      ...(values.language ? { language: values.language } : {}),
      updated: nowStamp(),
    };
    for (const name of KINDS) if (read.collections[name]) doc[name] = read.collections[name]!.map((i) => i.item);
    return finishFeed(io, doc, {
      source: label,
      earlierProblems: read.problems.length,
      where: (issue) => {
        const item = issue.collection && issue.index !== undefined ? read.collections[issue.collection]?.[issue.index] : undefined;
        return item ? `${label} line ${item.line}` : undefined;
      },
      summary: (feed, issues) => `${label}: ${summarise(feed, issues)}${read.problems.length ? ` · ${read.problems.length} problem${read.problems.length > 1 ? 's' : ''} in the YAML` : ''}`,
    });
  },
};
