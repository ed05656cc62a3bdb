// The sanctuary-widgets command line: tools for the volunteers who keep a group's feed. Node only: it uses
// src/feed and pure modules, never an element.
import { badge } from './badge.js';
import type { Command, Io } from './command.js';
import { fromCsv } from './from-csv.js';
import { fromIcs } from './from-ics.js';
import { fromWordpress } from './from-wordpress.js';
import { fromYaml } from './from-yaml.js';
import { merge } from './merge.js';
import { schema } from './schema.js';
import { validate } from './validate.js';

export const commands: Record<string, Command> = {
  validate,
  schema,
  'from-csv': fromCsv,
  badge,
  'from-ics': fromIcs,
  'from-wordpress': fromWordpress,
  'from-yaml': fromYaml,
  merge,
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    'Usage: sanctuary-widgets <command> [options]',
    '',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "sanctuary-widgets <command> --help" for one command.',
  ].join('\n');
}

/** Runs one command line and returns the exit code: 0 done, 1 problems found, 2 the command was misused. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.summary}\nUsage: ${command.usage}`);
    return 0;
  }
  return command.run(args, io);
}
