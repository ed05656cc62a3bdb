// `npm run build`: every entry as its own self-contained ES module (so the size of each is what a partner pays),
// then type declarations, custom-elements.json and feed.schema.json.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build, type Plugin } from 'vite';
import { entries, libraryBuild } from '../vite.config.ts';
import { containDependencies } from './contain-dependencies.ts';
import { collapseLitHtml } from './collapse-lit-html.ts';
import { minifyLitCss } from './minify-lit-css.ts';
import { feedJsonSchema } from '../src/feed/json-schema.ts';
import { writeGeneratedRules } from './generate-rules.ts';

/** Code loaded on demand (the calendar reader, a language) imports what it shares with the entry from the entry
 * itself, so the entry stays one self-contained file. Vite's library mode forbids adding exports to an entry
 * ('strict'), which would split the feed parser into a third file every page loads. */
const entryKeepsSharedCode = (): Plugin => ({
  name: 'sanctuary-entry-keeps-shared-code',
  options: (options) => ({ ...options, preserveEntrySignatures: 'allow-extension' }),
});

rmSync('dist', { recursive: true, force: true });
// First the validation rules the widgets run, from the zod schema, so what ships always matches it.
writeGeneratedRules();
for (const name of Object.keys(entries)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [containDependencies(), minifyLitCss(), collapseLitHtml(), entryKeepsSharedCode()],
    build: libraryBuild(name),
  });
  console.log(`built dist/${name}.js`);
}
// The CLI (bin/sanctuary-widgets.js runs it): a Node build, with its dependencies left as imports.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'cli.js', chunkFileNames: 'chunks/cli-[name]-[hash].js', format: 'es' } },
  },
});
console.log('built dist/cli.js');
const bin = (tool: string) => `node_modules/.bin/${tool}`;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log('built dist/types/');
execFileSync('npm', ['run', '--silent', 'analyze'], {
  stdio: 'inherit',
});
console.log('built dist/custom-elements.json');
writeFileSync('dist/feed.schema.json', JSON.stringify(feedJsonSchema(), null, 2) + '\n');
console.log('built dist/feed.schema.json');

// Subresource Integrity hashes, so the embed snippet (demo/snippet-builder.html) can pin the exact bundle.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const integrity = Object.fromEntries(
  readdirSync('dist')
    .filter((file) => file.endsWith('.js') && file !== 'cli.js')
    .map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`]),
);
writeFileSync('dist/integrity.json', JSON.stringify({ version, integrity }, null, 2) + '\n');
console.log('built dist/integrity.json');
