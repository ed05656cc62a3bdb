// The package as a developer installs it: `npm pack`, unpacked into a fresh project's node_modules, then resolved
// with Node's own resolver and type-checked with TypeScript. Needs a built dist/ (`npm run build`; `npm test` does).
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const WIDGETS = ['event-list', 'resource-finder', 'supporter-wall', 'award-badge'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
  customElements: string;
  dependencies: Record<string, string>;
};

let app: string; // a fresh project with the packed package installed in its node_modules
let installed: string;
let packed: string[];

before(() => {
  assert.ok(existsSync('dist/sanctuary-widgets.js'), 'dist/ is missing: run `npm run build` first');
  app = mkdtempSync(join(tmpdir(), 'sanctuary-app-'));
  const [{ filename, files }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', app], { encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  packed = files.map((file) => file.path);
  installed = join(app, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(app, filename), '-C', installed, '--strip-components=1']);
  // The package's own dependencies, as npm would install them next to it.
  for (const dependency of Object.keys(pkg.dependencies)) {
    symlinkSync(resolve('node_modules', dependency), join(app, 'node_modules', dependency), 'dir');
  }
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-app', type: 'module', private: true }));
});

after(() => rmSync(app, { recursive: true, force: true }));

const targets = (key: string) => {
  const target = pkg.exports[key];
  return (typeof target === 'string' ? { default: target } : target) as { types?: string; default: string };
};

describe('the published package', () => {
  it('ships the bundles, their types, the elements manifest and the CLI, and no sources or tests', () => {
    for (const file of ['dist/sanctuary-widgets.js', 'dist/types/index.d.ts', 'dist/custom-elements.json', 'bin/sanctuary-widgets.js']) {
      assert.ok(packed.includes(file), `${file} is not in the package`);
    }
    for (const widget of WIDGETS) {
      assert.ok(packed.includes(`dist/${widget}.js`), `dist/${widget}.js is not in the package`);
      assert.ok(packed.includes(`dist/types/${widget}/define.d.ts`), `the types of ${widget} are not in the package`);
    }
    assert.deepEqual(packed.filter((file) => /^(src|test|stories|node_modules)\//.test(file)), []);
  });

  it('has an export for the all-in-one bundle and for each widget, with types', () => {
    assert.deepEqual(targets('.'), { types: './dist/types/index.d.ts', default: './dist/sanctuary-widgets.js' });
    for (const widget of WIDGETS) {
      assert.deepEqual(targets(`./${widget}`), {
        types: `./dist/types/${widget}/define.d.ts`,
        default: `./dist/${widget}.js`,
      });
    }
  });

  it('resolves every export with Node’s resolver to a file that was installed', () => {
    const specifiers = Object.keys(pkg.exports).map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
    // Plain Node in the partner's project (not this process, whose loader knows this repo's tsconfig paths).
    const { NODE_OPTIONS: _, ...env } = process.env;
    const script = `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`;
    const urls = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, env, encoding: 'utf8' }),
    ) as string[];
    Object.keys(pkg.exports).forEach((key, i) => {
      const file = fileURLToPath(urls[i]!);
      assert.ok(file.startsWith(installed), `${specifiers[i]} resolved outside the package: ${file}`);
      assert.equal(relative(installed, file), targets(key).default.slice(2), specifiers[i]);
      assert.ok(existsSync(file), `${specifiers[i]} → ${file} does not exist`);
      const types = targets(key).types;
      if (types) assert.ok(existsSync(join(installed, types)), `the types of ${specifiers[i]} (${types}) do not exist`);
    });
  });

  it('points customElements at the manifest, which describes all four elements', () => {
    const manifestFile = join(installed, pkg.customElements);
    assert.ok(existsSync(manifestFile), `${pkg.customElements} is not in the package`);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    assert.deepEqual(tags.sort(), WIDGETS.map((widget) => `sanctuary-${widget}`).sort());
  });

  it('marks every entry as having side effects, so a bundler never drops a registration', () => {
    const patterns = pkg.sideEffects.map((glob) => new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`));
    for (const key of ['.', ...WIDGETS.map((widget) => `./${widget}`)]) {
      const file = targets(key).default;
      assert.ok(patterns.some((pattern) => pattern.test(file)), `${file} is not listed in sideEffects`);
    }
  });

  for (const example of ['public-types.ts', 'widget-entries.ts']) {
    it(`type-checks test/types/${example} against the installed types alone`, () => {
      // Checked on its own, so one file's imports cannot lend types to another.
      copyFileSync(join('test/types', example), join(app, example));
      const tsc = resolve('node_modules/typescript/bin/tsc');
      const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler'];
      args.push('--lib', 'es2023,dom,dom.iterable', '--listFiles', example);
      const result = spawnSync(process.execPath, [tsc, ...args], { cwd: app, encoding: 'utf8' });
      const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
      assert.deepEqual(errors, [], result.stdout);
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.ok(result.stdout.includes(join(installed, 'dist/types')), 'the types did not come from the installed package');
    });
  }
});
