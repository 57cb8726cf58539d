// The part-of-speech port of the structure analysis. Core code depends on this interface only;
// the implementation (a statistical English tagger) is loaded on first use, so linting a shot
// whose components the lexicons already found never pays for it.

/** Universal POS tags (the UD tag set), as English taggers commonly emit them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedToken {
  /** Lower-cased surface text. */
  norm: string;
  /** Offsets into the tagged text, [start, end). */
  start: number;
  end: number;
  pos: Pos;
  /** Dictionary form ("trims" → "trim", "children" → "child"), lower case. */
  lemma: string;
  /** Written with a capital first letter (before any lower-casing for the tagger). */
  capital?: boolean;
}

/** Word lists the grammar rules read (WordNet's, shipped with the tagger so the language bundle does not carry them). */
export interface GrammarWords {
  place: readonly string[];
  time: readonly string[];
  weather: readonly string[];
  vehicle: readonly string[];
  verb: readonly string[];
}

export interface Tagger {
  tag(text: string): TaggedToken[];
  /** Without them, settings come from the lexicon alone and any word may agree as a verb. */
  words?: GrammarWords;
}
