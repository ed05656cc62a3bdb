// Reads a feed or data file named on the command line: a local path, or an http(s) URL fetched with a timeout.
import { readFile } from 'node:fs/promises';

export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

export async function readSource(source: string, timeoutMs = 15_000): Promise<string> {
  if (!isUrl(source)) return readFile(source, 'utf8');
  const response = await fetch(source, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json, text/*' } });
  if (!response.ok) throw new Error(`${source} answered HTTP ${response.status}${response.statusText ? ` (${response.statusText})` : ''}.`);
  return response.text();
}
