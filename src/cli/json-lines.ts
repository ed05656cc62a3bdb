// Finds the line on which each value of a JSON document starts, so a volunteer told "$.events[3].start" can also
// be told "line 42". JSON.parse gives no positions; this small scanner walks valid JSON once and records them.
import { jsonPath } from '../feed/issues.js';

/** Map from JSON path (`$.events[3].start`) to its 1-based line. Expects text that JSON.parse accepts. */
export function jsonLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: PropertyKey[]): void => {
    skipSpace();
    lines.set(jsonPath(path), line);
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      while (text[i] !== '}' && i < text.length) {
        const key = readString();
        skipSpace();
        i++; // colon
        value([...path, key]);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (c === '[') {
      i++;
      skipSpace();
      for (let index = 0; text[i] !== ']' && i < text.length; index++) {
        value([...path, index]);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    }
  };
  value([]);
  return lines;
}

/** The line of `path`, or of its nearest ancestor that exists (a missing field is reported at its item). */
export function lineOf(lines: Map<string, number>, path: string): number | undefined {
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '')) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === '$') break;
  }
  return undefined;
}
