// Writes src/feed/rules/feed-rules.generated.ts from the zod schema: the validation the widgets run in the page.
// `npm run build` runs it first, so what ships always matches src/feed/schema.ts.
import { writeFileSync } from 'node:fs';
import { COLLECTIONS, PublisherSchema } from '../src/feed/schema.ts';
import { ruleFrom, rulesModule } from '../src/feed/rules/from-zod.ts';

export const RULES_FILE = 'src/feed/rules/feed-rules.generated.ts';

export function generatedRules(): string {
  const rules = {
    publisher: ruleFrom(PublisherSchema),
    ...Object.fromEntries(Object.entries(COLLECTIONS).map(([name, schema]) => [name, ruleFrom(schema)])),
  };
  const header =
    '// Generated from src/feed/schema.ts by scripts/generate-rules.ts (npm run build): do not edit.\n' +
    '// The feed contract as rules for ./validate.ts, so the widgets check feeds without shipping zod.';
  return rulesModule(rules, header);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(RULES_FILE, generatedRules());
  console.log(`built ${RULES_FILE}`);
}
