// Browser tests in real Chromium. The dev server also plays a feed host (test/feed-server.mjs) with the failures a
// real one has (slow, 404, 502 HTML pages, truncated JSON, byte order marks), and serves partners' host pages that
// load the built dist/ bundle (test/host-pages.mjs).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeArgs, chromePath } from './scripts/find-chrome.mjs';
import { feedServer } from './test/feed-server.mjs';
import { hostPages } from './test/host-pages.mjs';
import { a11yCommands } from './test/a11y/commands.mjs';
import { frameworkModules } from './test/frameworks/framework-modules.mjs';
import { networkCommands } from './test/network-commands.mjs';

if (!chromePath) {
  console.error('No Chromium or Chrome found: set CHROME_PATH, or apt-get install chromium.');
  process.exit(1);
}

export default {
  // test/cli and test/package run in Node (npm run test:node), not in the browser.
  files: ['test/**/*.test.{ts,tsx}', '!test/cli/**', '!test/package/**'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
      // wtr reuses a tab for one test file after another, and Chromium keeps at most 50 history entries per tab:
      // start each file with a clean history, so a test of history never meets the ceiling that other files left.
      async createPage({ context }) {
        const page = await context.newPage();
        const client = await page.createCDPSession();
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame() && frame.url() === 'about:blank') client.send('Page.resetNavigationHistory').catch(() => {});
        });
        return page;
      },
    }),
  ],
  // JSX (the React tests) compiles as tsconfig.json says: the automatic runtime, `react/jsx-runtime`.
  plugins: [frameworkModules, esbuildPlugin({ ts: true, tsx: true, tsconfig: 'tsconfig.json', target: 'es2022' }), a11yCommands(), networkCommands()],
  middleware: [feedServer, hostPages],
};
