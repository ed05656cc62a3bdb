// A @web/test-runner plugin that lets the framework tests import what an app would: `react`, `react-dom/client` and
// `react/jsx-runtime` (published as CommonJS only, so served here as one ES module bundle with thin re-exporting
// modules, so that every import shares a single copy of React); `vue` as Vue's full browser build (with the template
// compiler, as docs/frameworks.md says a component with a `template` string needs); and `sanctuary-widgets/…`
// through this package's own `exports` map, so the tests run the built dist/ entries a user installs.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__frameworks/react/';

/** Bare specifier → the name its module object has in the shared bundle. */
const REACT_MODULES = {
  react: 'React',
  'react-dom': 'ReactDOM',
  'react-dom/client': 'ReactDOMClient',
  'react/jsx-runtime': 'JSXRuntime',
  'react/jsx-dev-runtime': 'JSXDevRuntime',
};
const fileOf = (specifier) => `${PREFIX}${specifier.replaceAll('/', '__')}.js`;

let vendor;
/** React and React DOM (development builds, for their warnings) bundled once into one ES module. */
function reactVendor() {
  vendor ??= build({
    stdin: {
      contents: Object.entries(REACT_MODULES)
        .map(([specifier, name]) => `import ${name} from '${specifier}'; export { ${name} };`)
        .join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  }).then((result) => result.outputFiles[0].text);
  return vendor;
}

let exportNames;
/** The names each React module exports, read in a separate Node process (React patches the console it loads in). */
function namesOf(specifier) {
  exportNames ??= JSON.parse(
    execFileSync(process.execPath, [
      '-e',
      `const m = ${JSON.stringify(Object.keys(REACT_MODULES))};
       console.log(JSON.stringify(Object.fromEntries(m.map((s) => [s, Object.keys(require(s))]))));`,
    ], { encoding: 'utf8' }),
  );
  return exportNames[specifier];
}

/** An ES module with the named exports of one CommonJS React module, read from the bundle. */
function reactModule(specifier) {
  const name = REACT_MODULES[specifier];
  const keys = namesOf(specifier).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `import { ${name} } from '${PREFIX}vendor.js';
export default ${name};
export const { ${keys.join(', ')} } = ${name};
`;
}

/** `sanctuary-widgets` or `sanctuary-widgets/<entry>` → the file this package's `exports` map points at. */
function packageExport(source) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const key = source === pkg.name ? '.' : `.${source.slice(pkg.name.length)}`;
  const target = pkg.exports?.[key];
  const file = typeof target === 'string' ? target : target?.default;
  if (!file) throw new Error(`package.json exports has no "${key}" for ${source}`);
  return file.replace(/^\.\//, '/');
}

export const frameworkModules = {
  name: 'framework-modules',
  resolveImport({ source }) {
    if (source in REACT_MODULES) return fileOf(source);
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
    if (source === 'sanctuary-widgets' || source.startsWith('sanctuary-widgets/')) return packageExport(source);
    return undefined;
  },
  async serve(context) {
    if (!context.path.startsWith(PREFIX)) return undefined;
    if (context.path === `${PREFIX}vendor.js`) return { body: await reactVendor(), type: 'js' };
    const specifier = Object.keys(REACT_MODULES).find((name) => fileOf(name) === context.path);
    return specifier ? { body: reactModule(specifier), type: 'js' } : undefined;
  },
};
