// Generated from src/feed/schema.ts by scripts/generate-rules.ts (npm run build): do not edit.
// What each check of ./feed-rules.generated.ts says when it fails, by the number the rules give it. Only
// ../issues.ts imports it, so the words load with the code that words problems, never with every widget.
export const RULE_SENTENCES: readonly string[] = [
  /* 0 */ "needs the text in at least one language",
  /* 1 */ "must be a language tag such as en or ar",
  /* 2 */ "must not be before the start",
  /* 3 */ "must be a date (2026-03-07) or a date and time (2026-03-07T18:30 or 2026-03-07T18:30:00+00:00)",
  /* 4 */ "is not a time zone name we know (use one like Europe/London)",
  /* 5 */ "cannot be given together with count: use one or the other",
  /* 6 */ "must be a weekday code such as TU, or 1TH / -1FR for a month",
  /* 7 */ "must be a date written like 2026-03-07",
  /* 8 */ "must be a year (2019) or a date (2019-05-01)",
  /* 9 */ "must not be before the award date",
];
