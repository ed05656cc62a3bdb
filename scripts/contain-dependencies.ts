// A Vite plugin for the library build: the widgets promise partners that they add nothing to the page but their
// element names, and that a page's own scripts cannot break them. Two of our dependencies fall short of that, so
// the bundle is adjusted as it is built (the packages themselves are untouched):
// - Lit and zod keep bookkeeping on `globalThis` (litHtmlVersions, litPropertyMetadata, __zod_globalConfig, …).
//   Here those names point at one object private to the bundle instead.
// - zod (and Lit's classMap/styleMap) walk objects with `for…in`, which also visits anything a page script added
//   to Object.prototype; zod then throws. So does rolldown's own helper that builds the namespace object of a chunk
//   loaded with import() which other chunks also import (the event list's, in the all-in-one bundle). Here those
//   loops walk the object's own keys only.
// test/embed/host-pages.test.ts checks both on a page that litters the prototypes and includes the bundle twice.
import type { Plugin } from 'vite';

const SCOPE_MODULE = '\0sanctuary-scope';
const GLOBAL_NAMES = /(?:\b[A-Za-z_$][\w$]*\.|(?<![.\w$]))(litHtmlVersions|reactiveElementVersions|litElementVersions|litPropertyMetadata|__zod_globalConfig|__zod_globalRegistry)\b/g;
const PACKAGES = /node_modules\/(zod|lit-html|lit-element|@lit\/reactive-element)\/|^\0rolldown\/runtime\.js$/;

export function containDependencies(): Plugin {
  return {
    name: 'sanctuary-contain-dependencies',
    resolveId: (id) => (id === SCOPE_MODULE ? id : undefined),
    load: (id) => (id === SCOPE_MODULE ? 'export const scope = {};' : undefined),
    transform(code, id) {
      if (!PACKAGES.test(id)) return undefined;
      let out = code
        // zod's readable source: `for (const key in table) {` as a statement (never inside its generated-code strings)
        .replace(/^(\s*)for \(const (\w+) in ([\w$.]+)\) \{/gm, '$1for (const $2 of Object.keys($3)) {')
        // Lit's minified source: `for(const t in i)`
        .replace(/for\(const (\w+) in (\w+)\)/g, 'for(const $1 of Object.keys($2))')
        // rolldown's runtime: `for (var name in all)`
        .replace(/for \(var (\w+) in (\w+)\)/g, 'for (var $1 of Object.keys($2))');
      if (GLOBAL_NAMES.test(out)) {
        out = out.replace(/\((\w+) = globalThis\)\.__zod_/g, '($1 = __sanctuaryScope).__zod_').replace(GLOBAL_NAMES, '__sanctuaryScope.$1');
        out = `import { scope as __sanctuaryScope } from '${SCOPE_MODULE}';\n${out}`;
      }
      GLOBAL_NAMES.lastIndex = 0;
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
