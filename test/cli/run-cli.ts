// Runs the CLI as a volunteer would: a real process with real files, returning its streams and exit code.
import { spawn, spawnSync } from 'node:child_process';
import { localizeFeed, parseFeed } from '../../src/feed/index.js';

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

const command = (args: string[]) => [process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args]] as const;

/** For commands that read only files. */
export function cli(...args: string[]): CliResult {
  const [node, argv] = command(args);
  const result = spawnSync(node, argv, { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** For commands that talk to a server in this process (spawnSync would block it). */
export function cliAsync(...args: string[]): Promise<CliResult> {
  const [node, argv] = command(args);
  return new Promise((resolve) => {
    const child = spawn(node, argv);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** The feed a command wrote, checked by the same parser the widgets use; fails the test on any issue. */
export function validFeed(out: string) {
  const { feed, issues } = parseFeed(JSON.parse(out), 'output');
  if (issues.length) throw new Error(`The output has problems:\n${issues.map((i) => i.message).join('\n')}`);
  return localizeFeed(feed, 'en');
}
