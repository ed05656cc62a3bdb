// Reads a feed or data file named on the command line: a local path, or an http(s) URL fetched with a timeout.
import { readFile } from 'node:fs/promises';

export const isUrl = (source: string): boolean => /^(https?|webcal):\/\//i.test(source);

export async function readSource(source: string, timeoutMs = 15_000, accept = 'application/json, text/*'): Promise<string> {
  return new TextDecoder().decode(await readSourceBytes(source, timeoutMs, accept));
}

/** The raw bytes, for formats that must be split into lines before they are decoded (iCalendar folds lines by
 * bytes, and some exporters cut a letter like é in two). */
export async function readSourceBytes(source: string, timeoutMs = 15_000, accept = 'application/json, text/*'): Promise<Uint8Array> {
  if (!isUrl(source)) {
    try {
      return await readFile(source);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new Error('there is no such file (check the name and the folder).');
      if (code === 'EISDIR') throw new Error('it is a folder, not a file.');
      throw error;
    }
  }
  // Calendar apps hand out webcal:// links; they are plain https underneath.
  const url = source.replace(/^webcal:/i, 'https:');
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: accept } });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new Error(`${url} did not answer within ${timeoutMs / 1000} seconds.`);
    throw new Error(`${url} could not be reached (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}).`);
  }
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}${response.statusText ? ` (${response.statusText})` : ''}.`);
  return new Uint8Array(await response.arrayBuffer());
}
