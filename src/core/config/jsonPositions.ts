// Where each property of a JSON text was written, by JSON Pointer ("/safety/flag/0/term"), so a
// schema error can point at the exact key or value instead of the top of the file.
// Only called on text JSON.parse accepted, so it assumes well-formed input and never throws.

export interface JsonSpan {
  /** Offsets of the property name including its quotes; absent for array items and the root. */
  key?: [number, number];
  value: [number, number];
}

/**
 * Deeper than this, values are skipped without positions: the walk below recurses, and JSON.parse
 * accepts nesting far past the call stack ({"rules": [[[[…]]]]} made parseConfig throw).
 * Schema errors are all within a few levels of the top.
 */
const MAX_DEPTH = 64;

export function jsonPositions(text: string): Map<string, JsonSpan> {
  const out = new Map<string, JsonSpan>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /[\s\uFEFF]/.test(text[i])) i++;
  };
  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return text.slice(start + 1, i - 1);
    }
  };
  /** Moves past one balanced {…} or […] iteratively. */
  const skip = (): void => {
    let depth = 0;
    do {
      const c = text[i];
      if (c === '"') {
        string();
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      i++;
    } while (i < text.length && depth > 0);
  };
  const value = (pointer: string, key?: [number, number], depth = 0): void => {
    ws();
    const start = i;
    const c = text[i];
    if ((c === '{' || c === '[') && depth >= MAX_DEPTH) {
      skip();
    } else if (c === '{') {
      i++;
      ws();
      while (i < text.length && text[i] !== '}') {
        const ks = i;
        if (text[i] !== '"') break; // malformed: stop rather than loop
        const name = string();
        const ke = i;
        ws();
        i++; // colon
        value(`${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, [ks, ke], depth + 1);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      for (let n = 0; i < text.length && text[i] !== ']'; n++) {
        const before = i;
        value(`${pointer}/${n}`, undefined, depth + 1);
        if (i === before) break; // malformed: stop rather than loop
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && /[^\s,\]}]/.test(text[i])) i++;
    }
    out.set(pointer, { key, value: [start, i] });
  };
  value('');
  return out;
}
