// The shape of one CLI command: it gets its arguments and two output streams, and returns the exit code.

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
