// The shape of one CLI command: it gets its arguments and two output streams, and returns the exit code.
import { parseArgs } from 'node:util';

export interface Io {
  /** The command's product (a feed, a schema): what a shell redirect captures. */
  out(text: string): void;
  /** The report for the person running it. */
  err(text: string): void;
}

export interface Command {
  /** One line for the help listing. */
  summary: string;
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | undefined>;
  positionals: string[];
}

/** Reads `--name value` options (all text) and plain arguments; on a mistake it tells the person how to call the
 * command and returns undefined, and the command exits 2. */
export function readArgs(args: string[], options: readonly string[], command: Command, io: Io): ParsedArgs | undefined {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: Object.fromEntries(options.map((name) => [name, { type: 'string' as const }])),
    }) as ParsedArgs;
  } catch (error) {
    io.err(`${(error as Error).message}\nUsage: ${command.usage}`);
    return undefined;
  }
}
