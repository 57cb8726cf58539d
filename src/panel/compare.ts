// Comparing takes: a word-level diff of two prompts and the parameters that differ. Pure code
// with no imports, so the webview (a browser) and the unit tests run the same functions.
//
// The word diff is a longest common subsequence over word tokens. Prompts are short (a model
// takes a few thousand characters at most), the common prefix and suffix are trimmed first, and
// past MAX_CELLS the middle is shown as replaced whole rather than spending more time on it.

export type DiffOp = 'same' | 'ins' | 'del';

/** One run of the diff; `text` keeps the whitespace before each word, as written. */
export interface DiffPart {
  op: DiffOp;
  text: string;
}

interface Token {
  /** What is compared: the word or punctuation mark itself. */
  word: string;
  /** The token as written, with the whitespace before it. */
  text: string;
}

/** Words (letters, digits, inner apostrophes and hyphens) and single punctuation marks. */
const TOKEN = /(\s*)([\p{L}\p{N}]+(?:['’\-_][\p{L}\p{N}]+)*|\S)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ word: m[2], text: m[1] + m[2] });
  return out;
}

const MAX_CELLS = 4_000_000;

/**
 * The edit from `before` to `after`, word by word: runs of unchanged, inserted and deleted
 * tokens, in reading order (a deletion comes before the insertion that replaces it).
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start].word === b[start].word) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1].word === b[endB - 1].word) {
    endA--;
    endB--;
  }
  const ops: Array<{ op: DiffOp; t: Token }> = [];
  for (let i = 0; i < start; i++) ops.push({ op: 'same', t: b[i] });
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) {
    for (let i = start; i < endA; i++) ops.push({ op: 'del', t: a[i] });
    for (let j = start; j < endB; j++) ops.push({ op: 'ins', t: b[j] });
  } else {
    // lcs[i * (m + 1) + j]: the LCS length of a[start + i ..] and b[start + j ..].
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = a[start + i].word === b[start + j].word ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i].word === b[start + j].word) {
        ops.push({ op: 'same', t: b[start + j] });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        ops.push({ op: 'del', t: a[start + i] });
        i++;
      } else {
        ops.push({ op: 'ins', t: b[start + j] });
        j++;
      }
    }
  }
  for (let j = endB; j < b.length; j++) ops.push({ op: 'same', t: b[j] });
  slidePunctuation(ops);
  return merge(ops);
}

const WORD = /^[\p{L}\p{N}]/u;

/**
 * Of equally short diffs, the one that reads best: an insertion or deletion that starts with a
 * punctuation mark equal to the token after it slides past it ("backlight{+, wide shot+}," →
 * "backlight,{+ wide shot,+}").
 */
function slidePunctuation(ops: Array<{ op: DiffOp; t: Token }>): void {
  let k = 0;
  while (k < ops.length) {
    const op = ops[k].op;
    if (op === 'same') {
      k++;
      continue;
    }
    let end = k;
    while (end < ops.length && ops[end].op === op) end++;
    const pure = end >= ops.length || ops[end].op === 'same';
    if (pure && (k === 0 || ops[k - 1].op === 'same')) {
      while (end < ops.length && ops[end].op === 'same' && !WORD.test(ops[k].t.word) && ops[k].t.word === ops[end].t.word) {
        // The run's first token and the equal one after it swap roles; the run moves on by one.
        // (An unchanged token is shown as the newer text has it: for a deletion, that one's.)
        const first = ops[k].t;
        ops[k] = { op: 'same', t: op === 'ins' ? first : ops[end].t };
        ops[end] = { op, t: op === 'ins' ? ops[end].t : first };
        k++;
        end++;
      }
    }
    k = end;
  }
}

/** Adjacent tokens of one kind become one part; within a change, deletions come first. */
function merge(ops: Array<{ op: DiffOp; t: Token }>): DiffPart[] {
  const out: DiffPart[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].op === 'same') {
      let text = '';
      while (k < ops.length && ops[k].op === 'same') text += ops[k++].t.text;
      out.push({ op: 'same', text });
      continue;
    }
    let del = '';
    let ins = '';
    while (k < ops.length && ops[k].op !== 'same') {
      if (ops[k].op === 'del') del += ops[k].t.text;
      else ins += ops[k].t.text;
      k++;
    }
    if (del) out.push({ op: 'del', text: del });
    if (ins) out.push({ op: 'ins', text: ins });
  }
  return out;
}

/** How many words a diff inserts and deletes. */
export function diffStats(parts: readonly DiffPart[]): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const p of parts) {
    const words = tokenize(p.text).length;
    if (p.op === 'ins') inserted += words;
    else if (p.op === 'del') deleted += words;
  }
  return { inserted, deleted };
}

/** One request parameter of a take, as shown: `name` is the label, `value` a display string. */
export interface ParamValue {
  name: string;
  value: string;
}

export interface ParamChange {
  name: string;
  /** Undefined: the parameter was not sent. */
  before?: string;
  after?: string;
}

/** The parameters of `after` that differ from `before` (sent in one only, or with another value), in `after`'s order. */
export function paramDiff(before: readonly ParamValue[], after: readonly ParamValue[]): ParamChange[] {
  const was = new Map(before.map((p) => [p.name, p.value]));
  const now = new Map(after.map((p) => [p.name, p.value]));
  const names = [...after.map((p) => p.name), ...before.map((p) => p.name).filter((n) => !now.has(n))];
  return names.filter((n) => was.get(n) !== now.get(n)).map((n) => ({ name: n, before: was.get(n), after: now.get(n) }));
}

/**
 * The take another one is compared with: the previous take, or (`against: 'picked'`) the
 * picked take; none for the first take, or for the picked take itself.
 */
export function baselineIndex(takes: ReadonlyArray<{ picked: boolean }>, index: number, against: 'previous' | 'picked'): number | undefined {
  if (against === 'picked') {
    const p = takes.findIndex((t) => t.picked);
    if (p >= 0) return p === index ? undefined : p;
  }
  return index > 0 ? index - 1 : undefined;
}
