// Finds which of the four prompt components (plus audio) a shot has. Labeled lines count for
// their label; prose is read with the cinematography lexicons first (one linear pass). Camera
// phrases are matched first and consume their tokens, so "tracking shot" is camera language,
// not an action. Only when that fast path finds no subject, action or environment does the
// shot go through the part-of-speech analysis (./grammar), which reads verbs, place phrases
// and noun phrases the lexicons have never seen ("trims roses", "a bustling souk at noon").
import type { Shot, ComponentLabel, Segment } from '../format/types.js';
import { PhraseMatcher, longestNonOverlapping } from '../text/phraseMatcher.js';
import { tokensOf } from '../text/tokenize.js';
import {
  ACTION_WORDS,
  AMBIGUOUS_ACTIONS,
  CAMERA_CLASSES,
  CAMERA_PHRASES,
  ENVIRONMENT_WORDS,
  ING_NOUNS,
  LIGHTING_PHRASES,
  MM_CLASS,
  MOOD_WORDS,
  STOPWORDS,
  SUBJECT_WORDS,
} from './lexicon/cinematography.js';
import { grammarComponents } from './grammar/components.js';
import { defaultTagger } from './grammar/tagger.js';
import type { TaggedToken, Tagger } from './grammar/types.js';

export const COMPONENTS = ['subject', 'action', 'environment', 'camera', 'audio'] as const;
export type Component = (typeof COMPONENTS)[number];
type Kind = Component | 'mood' | 'lighting';

export interface ShotAnalysis {
  components: Record<Component, boolean>;
  /** Mood/style words present (the "+ mood" half of the camera component). */
  mood: boolean;
  lighting: boolean;
  /** Up to a few phrases that showed each component, for hovers. */
  evidence: Record<Kind, string[]>;
  /** Descriptive (non-stopword) words in the visual text. */
  contentWords: number;
  /** Components that only the part-of-speech analysis found. */
  byGrammar: Component[];
}

const LABEL_COMPONENT: Partial<Record<ComponentLabel, Kind>> = {
  subject: 'subject',
  action: 'action',
  environment: 'environment',
  lighting: 'lighting',
  camera: 'camera',
  mood: 'mood',
  audio: 'audio',
};

let matcher: PhraseMatcher<Kind> | undefined;
function componentMatcher(): PhraseMatcher<Kind> {
  if (matcher) return matcher;
  // Order matters for equal-length ties: camera before lighting before the rest.
  const m = new PhraseMatcher<Kind>({ ...CAMERA_CLASSES, mm: MM_CLASS });
  for (const p of CAMERA_PHRASES) m.add(p, 'camera');
  for (const p of LIGHTING_PHRASES) m.add(p, 'lighting');
  for (const p of MOOD_WORDS) m.add(p, 'mood');
  for (const p of ENVIRONMENT_WORDS) m.add(p, 'environment');
  for (const p of SUBJECT_WORDS) m.add(p, 'subject');
  for (const p of ACTION_WORDS) m.add(p, 'action');
  return (matcher = m);
}

const DETERMINERS = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'several', 'one', 'some', 'many', 'dozens', 'our']);

const cache = new WeakMap<Shot, ShotAnalysis>();

export function analyzeShot(shot: Shot): ShotAnalysis {
  const hit = cache.get(shot);
  if (hit) return hit;
  const evidence: Record<Kind, string[]> = {
    subject: [], action: [], environment: [], camera: [], audio: [], mood: [], lighting: [],
  };
  const note = (kind: Kind, text: string, start = 0, end = text.length) => {
    // Slice only when the phrase will be kept: this runs for every lexicon hit.
    if (evidence[kind].length >= 4) return;
    const phrase = start === 0 && end === text.length ? text : text.slice(start, end);
    if (!evidence[kind].includes(phrase)) evidence[kind].push(phrase);
  };
  let contentWords = 0;
  // Subject words from lines that open on a verb, pending the grammar pass.
  const doubtful: string[] = [];
  // Action words that may be nouns or adjectives here, pending the grammar pass.
  const weakAction: string[] = [];
  // Character ranges of camera, lighting and mood phrases per segment: grammar must not reuse them.
  const claimed: Claimed[] = [];
  for (const seg of shot.segments) {
    if (seg.channel === 'negative') continue;
    // An inserted placeholder ("environment: <where it happens, and its light>") is not yet written.
    if (isPlaceholder(seg.text)) continue;
    const labelKind = seg.label ? LABEL_COMPONENT[seg.label] : undefined;
    if (labelKind && seg.text.trim()) note(labelKind, `${seg.label}: line`);
    if (seg.channel === 'audio') {
      if (seg.text.trim()) note('audio', 'dialogue/sound');
      continue;
    }
    const tokens = tokensOf(seg);
    const used = new Uint8Array(tokens.length);
    const ranges: number[] = [];
    const weakAt: number[] = [];
    const matches = longestNonOverlapping(componentMatcher().matchTokens(tokens));
    // A prose line that opens on its verb ("Racing past parked cars…") names no subject: its
    // nouns are scenery. Such lines' subject words wait for the grammar pass to confirm them.
    const opener = matches.find((m) => m.value !== 'camera' && m.value !== 'mood' && m.value !== 'lighting');
    const firstFree = firstUnclaimed(tokens, matches);
    const opensOnVerb =
      !seg.label && firstFree >= 0 && ((opener?.value === 'action' && opener.startToken === firstFree) || (!opener || opener.startToken > firstFree ? looksLikeGerund(tokens[firstFree].norm) : false));
    for (const m of matches) {
      if (m.value === 'action') {
        // "cable-knit", "half-open": a base-form action word inside a hyphenated modifier is not an
        // action; an inflected one is a compound verb ("spray-paints", "pistol-whips").
        const inflected = /(?:s|ed|ing)$/.test(tokens[m.endToken - 1].norm);
        if (seg.text[m.end] === '-' || (seg.text[m.start - 1] === '-' && !inflected)) continue;
        // "ripples of sand", "eyes open", "a lace set": words that are nouns or adjectives as
        // often as verbs wait for the grammar pass to say which they are here.
        if (m.endToken - m.startToken === 1 && AMBIGUOUS_ACTIONS.has(tokens[m.startToken].norm)) {
          weakAction.push(seg.text.slice(m.start, m.end));
          weakAt.push(m.start);
          used.fill(1, m.startToken, m.endToken);
          continue;
        }
      }
      if (!(opensOnVerb && m.value === 'subject')) note(m.value, seg.text, m.start, m.end);
      else doubtful.push(seg.text.slice(m.start, m.end));
      used.fill(1, m.startToken, m.endToken);
      if (m.value === 'camera' || m.value === 'lighting' || m.value === 'mood') ranges.push(m.start, m.end);
    }
    if (seg.text.trim()) claimed.push({ seg, ranges, weakAt });
    // Prompts usually open with their subject: "A courier in a yellow jacket ...". A prose line
    // that starts with a determiner and a content word names a subject even if the noun is new to us.
    if (!seg.label && tokens.length > 1 && DETERMINERS.has(tokens[0].norm) && !STOPWORDS.has(tokens[1].norm) && !used[1]) {
      note('subject', seg.text, tokens[0].start, tokens[1].end);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i].norm;
      if (!STOPWORDS.has(t)) contentWords++;
      // Unlisted "-ing" words are usually motion ("shimmying", "careening"); known nouns are not.
      // Right after a determiner it is an adjective or a noun as often ("a brooding sky", "the
      // dining room"): weak until the tagger confirms it.
      if (!used[i] && t.length > 5 && t.endsWith('ing') && !ING_NOUNS.has(t)) {
        if ((i > 0 && DETERMINERS.has(tokens[i - 1].norm)) || EVENT_NOUNS_ING.has(t)) {
          weakAction.push(t);
          weakAt.push(tokens[i].start);
        }
        else note('action', t);
      }
    }
  }
  const has = (k: Kind) => evidence[k].length > 0;
  const byGrammar: Component[] = [];
  const wants = { subject: !has('subject'), action: !has('action'), environment: !has('environment') && !has('lighting') };
  // Shots too thin to read (they are structure/vague anyway) skip the grammar pass, which keeps
  // junk input (170,000 one-word shots, one 1 MB line) from costing a tagger call each.
  if ((wants.subject || wants.action || wants.environment) && contentWords >= GRAMMAR_MIN_WORDS) {
    for (const kind of grammarPass(claimed, wants, note)) if (!byGrammar.includes(kind)) byGrammar.push(kind);
  }
  // Without the tagger (or for a shot too thin to tag) there is no second opinion: the words stand.
  // (Asked only when there is something to confirm: loading the tagger is not free.)
  const confirmed = (doubtful.length > 0 || weakAction.length > 0) && contentWords >= GRAMMAR_MIN_WORDS && defaultTagger() !== undefined;
  if (!confirmed && !has('subject')) for (const d of doubtful) note('subject', d);
  if (!confirmed && !has('action')) for (const w of weakAction) note('action', w);
  // A shot of a place where nothing acts: the place itself is what it shows ("Golden hour over
  // the harbour, drone shot"), so it does not lack a subject.
  if (!has('subject') && !has('action') && has('environment')) note('subject', 'the place itself');
  const result: ShotAnalysis = {
    components: {
      subject: has('subject'),
      action: has('action'),
      environment: has('environment') || has('lighting'),
      camera: has('camera'),
      audio: has('audio'),
    },
    mood: has('mood'),
    lighting: has('lighting'),
    evidence,
    contentWords,
    byGrammar,
  };
  cache.set(shot, result);
  return result;
}

/** -ing words that name an event or a thing as often as an act ("a mass shooting", "a drawing"). */
const EVENT_NOUNS_ING = new Set(['shooting', 'bombing', 'stabbing', 'killing', 'beating', 'drowning', 'hanging', 'meeting', 'gathering', 'training', 'drawing', 'carving', 'piercing', 'cutting', 'sitting', 'screening', 'casting', 'fitting', 'dressing', 'stuffing', 'dining', 'bleeding']);

/** Shots with fewer descriptive words than this are not given to the tagger. */
export const GRAMMAR_MIN_WORDS = 3;
/** The tagger reads at most this many characters of one shot (a long cinematic paragraph is ~1,000). */
export const GRAMMAR_MAX_CHARS = 4000;

/** Labels whose text may name the shot's subject (an "environment:" line's nouns are places). */
const SUBJECT_SOURCES = new Set<ComponentLabel | undefined>([undefined, 'subject', 'action']);

const tagged = new WeakMap<Segment, TaggedToken[]>();

/** Runs the part-of-speech analysis over a shot's visual segments; returns what it found. */
interface Claimed {
  seg: Segment;
  /** [start, end) pairs of camera, lighting and mood phrases. */
  ranges: number[];
  /** Where action words that may be nouns here start. */
  weakAt: number[];
}

const CLAUSE_MARK = /[,;:.!?]/;

/** Whether a tagged token overlaps one of the [start, end) pairs the lexicons claimed. */
function claimedBy(ranges: readonly number[]): (t: TaggedToken) => boolean {
  return (t) => {
    for (let r = 0; r < ranges.length; r += 2) if (t.start < ranges[r + 1] && t.end > ranges[r]) return true;
    return false;
  };
}

/**
 * When only an action is in doubt and the lexicons saw words that may be verbs, the clauses
 * around those words are enough to settle it: tagging them costs a fraction of the shot.
 */
function confirmWeakAction(tagger: Tagger, claimed: readonly Claimed[]): string | undefined {
  for (const { seg, ranges, weakAt } of claimed) {
    for (const at of weakAt) {
      let from = at;
      while (from > 0 && !CLAUSE_MARK.test(seg.text[from - 1])) from--;
      let to = at;
      while (to < seg.text.length && !CLAUSE_MARK.test(seg.text[to])) to++;
      const tokens = tagger.tag(seg.text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
      const g = grammarComponents(tokens, { subject: false, action: true, environment: false }, claimedBy(ranges), tagger.words);
      if (g.action) return g.action;
    }
  }
  return undefined;
}

function grammarPass(
  claimed: readonly Claimed[],
  wants: { subject: boolean; action: boolean; environment: boolean },
  note: (kind: Kind, text: string) => void,
): Component[] {
  const tagger = defaultTagger();
  if (!tagger) return [];
  const found: Component[] = [];
  if (wants.action && !wants.subject && !wants.environment && claimed.some((c) => c.weakAt.length)) {
    try {
      const verb = confirmWeakAction(tagger, claimed);
      if (verb) {
        note('action', verb);
        return ['action'];
      }
    } catch {
      return found;
    }
  }
  const still = { ...wants };
  let budget = GRAMMAR_MAX_CHARS;
  for (const { seg, ranges } of claimed) {
    if (!still.subject && !still.action && !still.environment) break;
    if (budget <= 0) break;
    let tokens = tagged.get(seg);
    if (!tokens) {
      try {
        // Past GRAMMAR_MAX_CHARS a shot is not a prompt a person wrote; read only its start.
        tokens = tagger.tag(seg.text.length > budget ? seg.text.slice(0, budget) : seg.text);
        budget -= seg.text.length;
      } catch {
        return found; // a tagger fault leaves the lexicons' answer standing
      }
      tagged.set(seg, tokens);
    }
    const g = grammarComponents(tokens, { ...still, subject: still.subject && SUBJECT_SOURCES.has(seg.label) }, claimedBy(ranges), tagger.words);
    for (const kind of ['subject', 'action', 'environment'] as const) {
      const evidence = g[kind];
      if (!evidence) continue;
      note(kind, evidence);
      still[kind] = false;
      found.push(kind);
    }
  }
  return found;
}

/** A line that is only an angle-bracketed placeholder, as the insert-component fixes write it. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  return t.length > 2 && t.startsWith('<') && t.endsWith('>') && !t.slice(1, -1).includes('>');
}

/** Index of the first token no camera, lighting or mood phrase claimed; -1 if none. */
function firstUnclaimed(tokens: readonly { norm: string }[], matches: ReadonlyArray<{ startToken: number; endToken: number; value: Kind }>): number {
  let i = 0;
  for (const m of matches) {
    if (m.startToken > i) break;
    if (m.value === 'camera' || m.value === 'mood' || m.value === 'lighting') i = m.endToken;
    else break;
  }
  return i < tokens.length ? i : -1;
}

function looksLikeGerund(norm: string): boolean {
  return norm.length > 5 && norm.endsWith('ing') && !ING_NOUNS.has(norm);
}
