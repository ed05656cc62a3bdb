// Writes the validation the widgets run in the page from the zod schema: the rules
// (src/feed/rules/feed-rules.generated.ts) and, apart, the sentences of the schema's own checks
// (src/feed/rules/rule-sentences.generated.ts), which only the code that words problems imports.
// `npm run build` runs it first, so what ships always matches src/feed/schema.ts.
import { writeFileSync } from 'node:fs';
import { COLLECTIONS, PublisherSchema } from '../src/feed/schema.ts';
import { rulesFrom, rulesModule, sentencesModule } from '../src/feed/rules/from-zod.ts';

const RULES_FILE = 'src/feed/rules/feed-rules.generated.ts';
const SENTENCES_FILE = 'src/feed/rules/rule-sentences.generated.ts';

const GENERATED = '// Generated from src/feed/schema.ts by scripts/generate-rules.ts (npm run build): do not edit.\n';

/** Each generated file's path and source. */
function generatedRules(): Record<string, string> {
  const { rules, sentences } = rulesFrom({ publisher: PublisherSchema, ...COLLECTIONS });
  return {
    [RULES_FILE]: rulesModule(
      rules,
      GENERATED +
        '// The feed contract as rules for ./validate.ts, so the widgets check feeds without shipping zod. Checks\n' +
        '// name their sentences by number: the words (./rule-sentences.generated.ts) load only to word a problem.',
    ),
    [SENTENCES_FILE]: sentencesModule(
      sentences,
      GENERATED +
        '// What each check of ./feed-rules.generated.ts says when it fails, by the number the rules give it. Only\n' +
        '// ../issues.ts imports it, so the words load with the code that words problems, never with every widget.',
    ),
  };
}

/** Writes the generated files (`npm run build` calls this first). */
export function writeGeneratedRules(): void {
  for (const [file, source] of Object.entries(generatedRules())) {
    writeFileSync(file, source);
    console.log(`built ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) writeGeneratedRules();
