// `sanctuary-widgets merge cambridge.json https://…/leeds.json … > regional.json`: one feed from many, for a
// regional or national page. Each item keeps where it came from (`source`); an id seen before is kept once
// (first wins) and reported when the two differ; a feed that cannot be read is reported and the rest merged.
import { basename } from 'node:path';
import { COLLECTION_NAMES, FEED_VERSION, isFeedError, parseFeedText, pickText, type CollectionName, type ItemSource, type ParseResult } from '../feed/index.js';
import { readArgs, type Command } from './command.js';
import { finishFeed, nowStamp, plural } from './feed-output.js';
import { isUrl, readSource } from './read-source.js';

const NAMES = [...COLLECTION_NAMES];

type Item = { id: string; source?: ItemSource } & Record<string, unknown>;

/** JSON with keys in order, so two items with the same content compare equal however they were written. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields in which two versions of an item differ ("title, start"). */
function differences(a: Item, b: Item): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('source');
  return [...keys].filter((k) => canonical(a[k]) !== canonical(b[k]));
}

export const merge: Command = {
  summary: 'Merge several feeds into one, each item marked with the group it came from.',
  usage: 'sanctuary-widgets merge <feed-or-url>… [--publisher "Regional name"] [--publisher-url URL] [--language en] [--timeout 15] > regional.json',
  async run(args, io) {
    const parsed = readArgs(args, ['publisher', 'publisher-url', 'language', 'timeout'], this, io);
    if (!parsed) return 2;
    const { values, positionals: sources } = parsed;
    if (sources.length === 0) {
      io.err(`Give at least one feed file or address.\nUsage: ${this.usage}`);
      return 2;
    }
    const timeoutMs = Number(values.timeout ?? 15) * 1000;

    // Read every feed at once: one slow site should not hold up the others.
    const read = await Promise.all(
      sources.map(async (source) => {
        const label = isUrl(source) ? source : basename(source);
        try {
          return { source, label, ...parseFeedText(await readSource(source, timeoutMs), label) };
        } catch (error) {
          return { source, label, error: isFeedError(error) ? error.message : `${source} could not be read: ${(error as Error).message}` };
        }
      }),
    );

    const kept: Record<CollectionName, Item[]> = { events: [], resources: [], supporters: [], awards: [] };
    const firstFrom = new Map<string, { item: Item; label: string }>();
    let merged = 0;
    let duplicates = 0;
    let conflicts = 0;
    let failed = 0;
    let firstPublisher: ParseResult['feed']['publisher'] | undefined;
    for (const result of read) {
      if ('error' in result) {
        failed++;
        io.err(`✗ ${result.error!.replace(/\.$/, '')}. The other feeds are still merged.`);
        continue;
      }
      const { feed, issues, label, source } = result;
      merged++;
      firstPublisher ??= feed.publisher;
      for (const issue of issues) io.err(`! ${label} ${issue.path}: ${issue.message}`);
      const from: ItemSource = {
        name: pickText(feed.publisher.name, feed.language ?? 'en'),
        ...(feed.publisher.url ? { url: feed.publisher.url } : isUrl(source) ? { url: source } : {}),
      };
      const counts: string[] = [];
      for (const name of NAMES) {
        const items = feed[name] as unknown as Item[];
        if (items.length) counts.push(plural(items.length, name.replace(/s$/, ''), name));
        for (const item of items) {
          // An item that already names its group (from an earlier merge) keeps it.
          const withSource: Item = { ...item, source: item.source ?? from };
          const key = `${name}\u0000${item.id}`;
          const first = firstFrom.get(key);
          if (!first) {
            firstFrom.set(key, { item: withSource, label });
            kept[name].push(withSource);
            continue;
          }
          const changed = differences(first.item, withSource);
          if (changed.length === 0) {
            duplicates++;
            continue;
          }
          conflicts++;
          io.err(
            `! ${name} id "${item.id}" is in ${first.label} and ${label} with different ${changed.join(', ')}; the one from ${first.label} is kept. ` +
              'If they are different items, give one of them another id.',
          );
        }
      }
      io.err(`· ${label}: ${feed.publisher.name}, ${counts.join(', ') || 'nothing to merge'}${issues.length ? ` (${plural(issues.length, 'problem')} above)` : ''}`);
    }

    if (merged === 0) {
      io.err('✗ No feed could be read, so nothing was merged and no feed was written.');
      return 1;
    }
    const publisher = values.publisher
      ? { name: values.publisher, ...(values['publisher-url'] ? { url: values['publisher-url'] } : {}) }
      : firstPublisher!;
    if (!values.publisher) io.err(`! The merged feed is published as "${publisher.name}" (the first feed's publisher); give --publisher to name it yourself.`);
    const doc: Record<string, unknown> = {
      version: FEED_VERSION,
      publisher,
      ...(values.language ? { language: values.language } : {}),
      updated: nowStamp(),
    };
    for (const name of NAMES) if (kept[name].length) doc[name] = kept[name];
    return finishFeed(io, doc, {
      source: 'merged feed',
      earlierProblems: failed + conflicts,
      where: () => undefined,
      summary: (feed) =>
        [
          `${NAMES.filter((n) => feed[n].length).map((n) => plural(feed[n].length, n.replace(/s$/, ''), n)).join(', ') || 'nothing'} from ${plural(merged, 'feed')}`,
          failed ? `${failed} could not be read` : '',
          duplicates ? `${plural(duplicates, 'duplicate')} kept once` : '',
          conflicts ? plural(conflicts, 'conflict') : '',
        ]
          .filter(Boolean)
          .join(' · '),
    });
  },
};
