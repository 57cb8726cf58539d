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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ norm: m[0].toLowerCase().replace(/['’]/g, ''), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Normalise a phrase the way tokens are normalised, for comparisons and lexicon keys. */
export function normalizePhrase(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(' ');
}
