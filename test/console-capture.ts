// Runs a test step with the console's warnings (and, if asked, errors) recorded instead of printed, so a test can
// check what the page owner was told without filling the test log.

export async function quietly<T>(
  run: () => Promise<T>,
  kinds: readonly ('warn' | 'error')[] = ['warn'],
): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const originals = kinds.map((kind) => [kind, console[kind]] as const);
  for (const kind of kinds) console[kind] = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return { result: await run(), warnings };
  } finally {
    for (const [kind, original] of originals) console[kind] = original;
  }
}
