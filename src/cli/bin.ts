// Runs the CLI with the process's arguments and streams (built to dist/cli.js for bin/sanctuary-widgets.js).
import { main } from './index.js';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
});
