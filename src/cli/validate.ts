// `sanctuary-widgets validate <file-or-url>`: every problem in a feed, in plain English, with its JSON path and
// line, then one summary line. Exits 1 when anything was wrong, so it can guard a publishing script.
import { COLLECTION_NAMES, isFeedError, parseFeedText, type CollectionName, type FeedIssue } from '../feed/index.js';
import type { Command } from './command.js';
import { jsonLines, lineOf } from './json-lines.js';
import { readSource } from './read-source.js';

/** "32 events OK, 2 dropped · 30 resources OK" for the collections the feed has. */
export function summarise(kept: Record<CollectionName, unknown[]>, issues: FeedIssue[]): string {
  const parts = COLLECTION_NAMES.flatMap((name) => {
    const dropped = new Set(issues.filter((i) => i.collection === name).map((i) => i.index)).size;
    if (kept[name].length === 0 && dropped === 0) return [];
    return [`${kept[name].length} ${name} OK${dropped ? `, ${dropped} dropped` : ''}`];
  });
  return parts.length ? parts.join(' · ') : 'no events, resources, supporters or awards';
}

export const validate: Command = {
  summary: 'Check a feed and list every problem with its JSON path and line.',
  usage: 'sanctuary-widgets validate <file-or-url>',
  async run(args, io) {
    const [source] = args;
    if (!source) {
      io.err(`Usage: ${this.usage}`);
      return 2;
    }
    let text: string;
    try {
      text = await readSource(source);
    } catch (error) {
      io.err(`✗ ${source} could not be read: ${(error as Error).message}`);
      return 1;
    }
    try {
      const { feed, issues } = parseFeedText(text, source);
      const lines = jsonLines(text);
      for (const issue of issues) {
        const line = lineOf(lines, issue.path);
        io.err(`✗ ${line ? `line ${line}, ` : ''}${issue.path}: ${issue.message}`);
      }
      io.err(`${issues.length ? '✗' : '✓'} ${feed.publisher.name}: ${summarise(feed, issues)}`);
      return issues.length ? 1 : 0;
    } catch (error) {
      if (!isFeedError(error)) throw error;
      io.err(`✗ ${error.message}`);
      return 1;
    }
  },
};
