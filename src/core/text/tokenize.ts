// Word tokens with offsets. Matching works on whole normalised tokens, never raw substrings,
// which is what keeps "blood orange" or "Scunthorpe" from tripping a rule.

export interface Token {
  /** Lower-cased, apostrophes removed ("bird's" → "birds"). */
  norm: string;
  /** Offsets into the text that was tokenised, [start, end). */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  // ASCII fast path: a hand-rolled scanner; anything else falls back to the Unicode regex.
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 127) return tokenizeUnicode(text, tokens, i);
    if (!isAsciiWord(c)) {
      i++;
      continue;
    }
    const start = i;
    let apostrophe = false;
    let upper = false;
    for (let c2 = text.charCodeAt(i); i < n && isAsciiWord(c2); c2 = text.charCodeAt(++i)) if (c2 >= 65 && c2 <= 90) upper = true;
    // An apostrophe joins letters only ("bird's"), exactly as the Unicode pattern does.
    for (;;) {
      if (i < n && text.charCodeAt(i) > 127) return tokenizeUnicode(text, tokens, start);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (text.charCodeAt(i) !== 39 || i + 1 >= n) break;
      if (next > 127) return tokenizeUnicode(text, tokens, start);
      if (!((next >= 97 && next <= 122) || (next >= 65 && next <= 90))) break;
      apostrophe = true;
      i++;
      while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
      upper = true; // the letters after an apostrophe were not checked: lower-case to be sure
    }
    // Most prompt words are already lower case: skip the second string when they are.
    const raw = upper ? text.slice(start, i).toLowerCase() : text.slice(start, i);
    tokens.push({ norm: apostrophe ? raw.replace(/'/g, '') : raw, start, end: i });
  }
  return tokens;
}

function tokenizeUnicode(text: string, tokens: Token[], from: number): Token[] {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ norm: m[0].toLowerCase().replace(/['’]/g, ''), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const cache = new WeakMap<object, Token[]>();

/** Tokens of a parsed segment, computed once and shared by every rule that reads it. */
export function tokensOf(seg: { text: string }): Token[] {
  let t = cache.get(seg);
  if (!t) cache.set(seg, (t = tokenize(seg.text)));
  return t;
}

/** Normalise a phrase the way tokens are normalised, for comparisons and lexicon keys. */
export function normalizePhrase(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(' ');
}
