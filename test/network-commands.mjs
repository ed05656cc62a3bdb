// A test-runner command that makes the browser fail requests for matching URLs, as a flaky connection or a blocker
// would, so a test can show what a reader sees when code loaded on demand does not arrive. An empty list unblocks.
const sessions = new WeakMap();

export function networkCommands() {
  return {
    name: 'network-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-urls') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) {
        const client = await page.createCDPSession();
        await client.send('Network.enable');
        sessions.set(page, client);
      }
      const urls = payload?.urls ?? [];
      // With the cache off while blocking, a file an earlier test loaded cannot slip through from it.
      await sessions.get(page).send('Network.setCacheDisabled', { cacheDisabled: urls.length > 0 });
      await sessions.get(page).send('Network.setBlockedURLs', { urls });
      return true;
    },
  };
}
