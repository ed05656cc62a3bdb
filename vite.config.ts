// Vite serves the demo (`npm start`) and builds the library (`npm run build` builds every entry with
// `libraryBuild`, so each is a self-contained module a partner can load from a CDN with one <script> tag).
import { readdirSync, existsSync } from 'node:fs';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';

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

/** The library build of one entry. scripts/build.ts runs it once per entry with no config file, so nothing merges
 * the entries back together and each dist file is self-contained: its size is what a partner's visitor pays. */
export const libraryBuild = (name: string): BuildEnvironmentOptions => ({
  target: 'es2022',
  outDir: 'dist',
  emptyOutDir: false,
  sourcemap: true,
  // Rolldown's own minifier (oxc). Terser (passes: 2, module, ecma 2020) came out no smaller in November 2026: from
  // 4 B gzip less to 60 B more per widget, for a build ten times slower.
  minify: true,
  // Library mode keeps whitespace and /* @__PURE__ */ comments in ES output by default; a partner's visitors should
  // not download them (about 50 B gzip a widget). Rolldown has already dropped what they would let a bundler drop.
  // Languages other than English (and other code loaded on demand) go in dist/chunks/, beside no entry.
  rolldownOptions: {
    output: { minify: true, comments: { annotation: false }, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  lib: { entry: { [name]: entries[name] }, formats: ['es'] },
});

export default defineConfig({
  plugins: [printDemoUrl()],
  server: { host: process.env.HOST ?? 'localhost' },
  build: libraryBuild('sanctuary-widgets'),
});
