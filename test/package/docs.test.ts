// docs/frameworks.md shows the very code the framework tests run: each example file, quoted whole.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const folder = 'docs/examples/frameworks';
const doc = readFileSync('docs/frameworks.md', 'utf8');

describe('docs/frameworks.md', () => {
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'))) {
    it(`quotes ${file} exactly as tested`, () => {
      const code = readFileSync(join(folder, file), 'utf8').trimEnd();
      assert.ok(doc.includes(`\n${code}\n\`\`\``), `${file} differs from its copy in docs/frameworks.md`);
    });
  }
});
