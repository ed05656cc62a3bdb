// Test-runner commands the accessibility tests need beyond @web/test-runner-commands: media features the built-in
// emulateMedia does not pass to puppeteer (forced-colors), screenshots of the test page saved outside the repo, and
// the list of story modules on disk (so a new story file cannot escape the axe check).
import { mkdir, readdir } from 'node:fs/promises';
import { dirname } from 'node:path';

// One DevTools session per page: emulation set through a session lasts as long as the session does.
const sessions = new WeakMap();
async function cdp(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}

export function a11yCommands() {
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'a11y-media') {
        // Through DevTools directly: puppeteer's emulateMediaFeatures refuses forced-colors.
        const page = session.browser.getPage(session.id);
        const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
        await (await cdp(page)).send('Emulation.setEmulatedMedia', { features });
        return true;
      }
      if (command === 'a11y-screenshot') {
        const { path } = payload;
        // Screenshots are evidence for people, never fixtures: they only ever go under /tmp.
        if (typeof path !== 'string' || !path.startsWith('/tmp/')) throw new Error('Screenshots go under /tmp only.');
        await mkdir(dirname(path), { recursive: true });
        const page = session.browser.getPage(session.id);
        await page.screenshot({ path, fullPage: payload.fullPage ?? false });
        return true;
      }
      if (command === 'a11y-story-files') {
        return (await readdir(new URL('../../stories/', import.meta.url))).filter((f) => f.endsWith('.stories.ts')).sort();
      }
      return undefined;
    },
  };
}
