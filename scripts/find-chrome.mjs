// Finds a Chromium or Chrome for the browser tests. With --check, fails at once with one line saying how to get one.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

export const chromePath = candidates.find((path) => existsSync(path));

/** Flags for a quiet, offline, root-safe headless run. */
export const chromeArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

if (process.argv.includes('--check') && !chromePath) {
  console.error(
    'No Chromium or Chrome found: set CHROME_PATH to its executable, or install one (Debian/Ubuntu: apt-get install chromium).',
  );
  process.exit(1);
}
