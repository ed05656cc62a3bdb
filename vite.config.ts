// Vite serves the demo (`npm start`) and builds the library (`npm run build`, which calls this once per entry so
// that every entry is a self-contained module a partner can load from a CDN with one <script> tag).
import { readdirSync, existsSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** `dist/<name>.js` ← source: the all-in-one bundle, plus one entry per widget folder that has a define.ts. */
export const entries: Record<string, string> = {
  'sanctuary-widgets': 'src/index.ts',
  ...Object.fromEntries(
    readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
      .map((d) => [d.name, `src/${d.name}/define.ts`]),
  ),
};

/** Vite prints the server root; partners and newcomers want the demo page. */
const printDemoUrl = (): Plugin => ({
  name: 'print-demo-url',
  configureServer(server) {
    server.httpServer?.once('listening', () => {
      setTimeout(() => {
        const url = server.resolvedUrls?.local[0];
        if (url) console.log(`\n  Demo on the sample feed: ${url}demo/\n`);
      }, 0);
    });
  },
});

export default defineConfig({
  plugins: [printDemoUrl()],
  server: { host: process.env.HOST ?? 'localhost' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    // Library mode keeps whitespace in ES output by default; a partner's visitors should not download it.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: entries,
      formats: ['es'],
    },
  },
});
