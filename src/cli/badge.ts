// `sanctuary-widgets badge <id> --feed <file-or-url> --out badge.svg`: the award badge for newsletters and print,
// where no script runs, as a standalone SVG stamped with the day it was checked. It draws with the same modules
// as <sanctuary-award-badge> (status, words, artwork), so the printed badge and the live one cannot disagree.
import { writeFile } from 'node:fs/promises';
import { localDay, verifyAward } from '../award-badge/award-status.js';
import { awardBadgeStrings, type AwardBadgeKey } from '../award-badge/award-badge.strings.js';
import { badgeModel } from '../award-badge/badge-model.js';
import { badgeSvgFile } from '../award-badge/badge-svg.js';
import { registerHost } from '../award-badge/register-config.js';
import { isFeedError, localizeFeed, parseFeedText, type Award, type ReadFeed } from '../feed/index.js';
import { safeUrl } from '../shared/safe-url.js';
import { loadCatalogue, translate, type Vars } from '../shared/locale/index.js';
import type { Command } from './command.js';
import { isUrl, readSource } from './read-source.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `--name value` options; the rest are positional. */
function options(args: string[]): { positional: string[]; named: Map<string, string> } {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) named.set(args[i].slice(2), args[++i] ?? '');
    else positional.push(args[i]);
  }
  return { positional, named };
}

/** Who vouches: the host the register was fetched from; for a file, the site of the register's own page for the
 * award (its verifyUrl), else the register publisher's site. */
function vouchingSite(source: string, feed: ReadFeed, award?: Award): string | undefined {
  if (isUrl(source)) return source;
  return safeUrl(award?.verifyUrl) ?? safeUrl(feed.publisher.url);
}

export const badge: Command = {
  summary: 'Write a standalone SVG of a Sanctuary Award badge, checked against a register, for print and e-mail.',
  usage:
    'sanctuary-widgets badge <award-id> --feed <register-file-or-url> [--out badge.svg] [--date YYYY-MM-DD] [--lang en]',
  async run(args, io) {
    const { positional, named } = options(args);
    const [id] = positional;
    const source = named.get('feed');
    if (!id || !source) {
      io.err(`Give the award id and the register, for example:\n  ${this.usage}`);
      return 2;
    }
    const today = named.get('date') ?? localDay(new Date());
    if (!DAY.test(today)) {
      io.err(`--date must be a day written like 2026-11-26, not "${today}".`);
      return 2;
    }
    const lang = named.get('lang') || 'en';

    let feed: ReadFeed;
    let issues;
    try {
      const parsed = parseFeedText(await readSource(source), source);
      feed = localizeFeed(parsed.feed, lang);
      issues = parsed.issues;
    } catch (error) {
      const why = isFeedError(error) ? error.message : `${source} could not be read: ${(error as Error).message}`;
      io.err(`✗ Cannot verify award ${id}: ${why} No badge was written.`);
      return 1;
    }

    const verdict = verifyAward(feed.awards, id, today, issues);
    if (verdict.state === 'not-found' || verdict.state === 'cannot-verify') {
      io.err(
        verdict.state === 'not-found'
          ? `✗ No award with the id "${id}" is in ${source} (ids must match exactly, capitals and spaces included). No badge was written.`
          : `✗ Cannot verify award "${id}": its record in ${source} is malformed (run "sanctuary-widgets validate ${source}"). No badge was written.`,
      );
      return 1;
    }

    await loadCatalogue(lang);
    const t = (key: AwardBadgeKey, vars?: Vars) => translate(lang, key, vars, { english: awardBadgeStrings });
    const site = vouchingSite(source, feed, verdict.award);
    const model = badgeModel(verdict, { host: site && registerHost(site), url: site }, t, lang);
    const svg = badgeSvgFile(model);
    const out = named.get('out');
    if (out) await writeFile(out, svg, 'utf8');
    else io.out(svg.trimEnd());

    const holder = `${verdict.award!.holder.name} (${verdict.award!.id})`;
    if (model.valid) {
      io.err(`✓ ${model.title}, ${holder}: verified on ${today}.${out ? ` Written to ${out}.` : ''}`);
      return 0;
    }
    // An honest badge is still written (a holder may need to see why), but the exit code says it is not valid.
    io.err(`✗ ${model.title}, ${holder}: ${model.stateWords.toLowerCase()} (${model.detail}). The badge says so.${out ? ` Written to ${out}.` : ''}`);
    return 1;
  },
};
