// The two pieces of a message that every widget needs even when its feed has no problems to describe: a JSON path
// (a problem is still reported by path when ./issues.ts cannot be loaded) and a short rendering of a value (the
// whole-feed errors in ./check-feed.ts quote the value they found).

/** `$.events[3].location.name` from ['events', 3, 'location', 'name']. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((key) =>
        typeof key === 'number'
          ? `[${key}]`
          : /^[A-Za-z_$][\w$]*$/.test(String(key))
            ? `.${String(key)}`
            : `[${JSON.stringify(String(key))}]`,
      )
      .join('')
  );
}

/** A short, safe rendering of a value for a message: strings quoted and cut, other types named. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
