// Structure by grammar: finds a shot's subject, action and environment from parts of speech
// when the lexicons found none. Actions are verbs (finite verbs, participles, gerunds) that are
// not adjectives in disguise; environments are a locative preposition with a noun phrase whose
// head is a place, a time of day or weather (WordNet's nouns for those, see places.generated.ts)
// or a proper name; subjects are noun phrases outside those place phrases. Camera, lighting and mood
// phrases the lexicons matched are skipped, so "tracking shot" or "push in" is never an action.
import type { GrammarWords, TaggedToken } from './types.js';
import { AMBIGUOUS_ACTIONS, ENVIRONMENT_WORDS, ING_NOUNS } from '../lexicon/cinematography.js';

/** Verb forms the action lexicon lists that are also nouns ("moves", "waves", "steps"). */
const KNOWN_VERB_FORMS: ReadonlySet<string> = AMBIGUOUS_ACTIONS;
import { DIRECTIVE_VERBS, IRREGULAR_PARTICIPLES, LOCATIVE_PREPOSITIONS, NAMED_PLACE_PREPOSITIONS, NON_PLACE_HEADS, NON_SUBJECT_HEADS, SINGULAR_DETERMINERS, SUBJECT_PRONOUNS, OBJECT_WORDS } from './words.js';

export interface GrammarFindings {
  subject?: string;
  action?: string;
  environment?: string;
}

export interface GrammarWants {
  subject: boolean;
  action: boolean;
  environment: boolean;
}

interface WordSets {
  settings: ReadonlySet<string>;
  vehicles: ReadonlySet<string>;
  verbs?: ReadonlySet<string>;
}
const wordSets = new WeakMap<GrammarWords, WordSets>();
const LEXICON_ONLY: WordSets = { settings: new Set(ENVIRONMENT_WORDS), vehicles: new Set() };
/** The sets for this tagger's word lists, built once per list object. */
function setsFor(words: GrammarWords | undefined): WordSets {
  if (!words) return LEXICON_ONLY;
  let sets = wordSets.get(words);
  if (!sets) {
    sets = { settings: new Set([...words.place, ...words.time, ...words.weather, ...ENVIRONMENT_WORDS]), vehicles: new Set(words.vehicle), verbs: new Set(words.verb) };
    wordSets.set(words, sets);
  }
  return sets;
}
/** Nouns that name a place, a time of day or weather: WordNet's (first sense) and the lexicon's. */
function isSettingNoun(sets: WordSets, lemma: string): boolean {
  return sets.settings.has(lemma);
}

/** Whether English has the word as a verb at all (WordNet): "plates", "bobs" yes, "dunes" no. */
function canBeVerb(sets: WordSets, t: TaggedToken): boolean {
  const verbs = sets.verbs;
  if (!verbs) return true;
  if (verbs.has(t.lemma) || verbs.has(t.norm)) return true;
  // -es only after a sibilant or o ("wrenches", "echoes"), else -s ("dunes" → "dune", not "dun").
  const stem = /(?:sh|ch|x|z|ss|o)es$/.test(t.norm) ? t.norm.slice(0, -2) : t.norm.replace(/s$/, '');
  return verbs.has(stem);
}

/** Settings after a preposition only: "inside a car", "aboard a ferry". */
function isVehicleNoun(sets: WordSets, lemma: string): boolean {
  return sets.vehicles.has(lemma);
}

/** Punctuation that ends a clause for noun-phrase and agreement purposes (hyphens and apostrophes do not). */
const CLAUSE_END = new Set([',', ';', '.', ':', '!', '?', '—', '–', '(', ')', '"', '“', '”', '…']);
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'while', 'as', 'then', 'when', 'until', 'before', 'after', 'where', 'which', 'who', 'that']);

function isClauseBreak(t: TaggedToken): boolean {
  return (t.pos === 'PUNCT' && CLAUSE_END.has(t.norm)) || ((t.pos === 'CCONJ' || t.pos === 'SCONJ') && CLAUSE_WORDS.has(t.norm));
}

function isNominal(t: TaggedToken): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN';
}

/** Tokens that may stand inside a noun phrase before its head ("a | weathered | stone | bridge"). */
function inNounPhrase(t: TaggedToken): boolean {
  if (t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || isNominal(t)) return true;
  if (t.pos === 'PRON') return t.norm === 'his' || t.norm === 'her' || t.norm === 'their' || t.norm === 'its' || t.norm === 'my' || t.norm === 'our' || t.norm === 'your';
  if (t.pos === 'PART') return t.norm === "'s" || t.norm === '’s';
  // "-ing"/"-ed" modifiers: "a bustling souk", "a rain-slicked street".
  if (t.pos === 'VERB') return /(?:ing|ed)$/.test(t.norm);
  return t.norm === '-';
}

/** Ends in a third-person -s the way a verb does ("trims", "curls", "wrenches"), not "glass", "bus", "status". */
function looksThirdPersonS(norm: string): boolean {
  return norm.length > 2 && norm.endsWith('s') && !/(?:ss|us|is|ous|'s|’s)$/.test(norm) && /^[a-z]+$/.test(norm);
}

function isPluralNoun(t: TaggedToken): boolean {
  if (!isNominal(t)) return false;
  if (t.lemma !== t.norm && t.norm.endsWith('s')) return true;
  // Taggers often leave a capitalised plural unlemmatised ("Fireflies" as a name).
  if (t.pos === 'PROPN' && looksThirdPersonS(t.norm)) return true;
  return t.norm === 'people' || t.norm === 'men' || t.norm === 'women' || t.norm === 'children' || t.norm === 'geese' || t.norm === 'mice';
}

/** A past participle used as an adjective before its noun: "a parked car", "rain-slicked street". */
function isAttributiveParticiple(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const beforeNoun = next !== undefined && (isNominal(next) || next.pos === 'ADJ');
  // "a decomposing corpse", "the sleeping calf": an -ing word between a determiner and its noun.
  if (t.norm.endsWith('ing')) return beforeNoun && prev !== undefined && (prev.pos === 'DET' || (prev.pos === 'PRON' && OBJECT_WORDS.has(prev.norm)));
  if (!/(?:ed|en|wn|lt|pt)$/.test(t.norm) && t.lemma === t.norm) return false;
  const afterModifier = prev === undefined || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADV' || prev.norm === '-' || isClauseBreak(prev) || prev.pos === 'NUM';
  return beforeNoun && afterModifier;
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'gets', 'get', 'got', 'getting', 'has', 'have', 'had']);

/**
 * A past participle with no auxiliary describes a state in present-tense prompts ("a rolled
 * bill", "the glaze crackled", "a man crouched on a ledge"); with one it is an event ("is
 * stabbed", "gets thrown").
 */
function isStativeParticiple(tokens: readonly TaggedToken[], i: number): boolean {
  const t = tokens[i];
  if (!(/ed$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm)) || t.lemma === t.norm) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (AUXILIARIES.has(tokens[k].norm)) return false;
    if (isClauseBreak(tokens[k])) break;
  }
  return true;
}

/** Start index of the noun phrase that ends at `head` (inclusive), within its clause. */
function phraseStart(tokens: readonly TaggedToken[], head: number): number {
  let s = head;
  while (s > 0 && inNounPhrase(tokens[s - 1]) && !isClauseBreak(tokens[s - 1])) s--;
  return s;
}

/**
 * Verbs the tagger read as nouns: English "-s" words are both ("trims", "plates", "curls"). A
 * word that ends in a verb's -s right after a singular noun phrase opened by "a"/"an"/"each"
 * agrees as a verb, and so does a base form right after a plural noun, when an object or a
 * preposition follows ("A chef plates a dessert", "Lanterns bob on the river").
 */
function agreementVerb(tokens: readonly TaggedToken[], i: number, skipped: (t: TaggedToken) => boolean, sets: WordSets): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || skipped(t) || !/^[a-z]+$/.test(t.norm) || !canBeVerb(sets, t) || t.capital) return false;
  if (!(isNominal(t) || t.pos === 'ADJ' || t.pos === 'VERB')) return false;
  if (!isNominal(prev) || isClauseBreak(next)) return false;
  const start = phraseStart(tokens, i - 1);
  const det = tokens[start];
  const object = next.pos === 'DET' || (next.pos === 'PRON' && OBJECT_WORDS.has(next.norm)) || next.pos === 'NUM';
  const follows = object || next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PART' || isNominal(next) || next.pos === 'ADJ';
  // A word the action lexicon knows as a verb form agrees as one wherever a verb may stand:
  // "Some kind of creature moves through a dark forest".
  if (KNOWN_VERB_FORMS.has(t.norm) && (looksThirdPersonS(t.norm) ? !isPluralNoun(prev) : isPluralNoun(prev))) return follows;
  if (looksThirdPersonS(t.norm) && !isPluralNoun(prev)) {
    // After "a"/"an"/"each" or a name, -s agrees only as a verb: "An old gardener trims roses", "Master Chief strides out".
    if (SINGULAR_DETERMINERS.has(det.norm) || prev.pos === 'PROPN') return follows;
    return object; // "The cat swats a moth", "Steam fills the room"
  }
  if (!t.norm.endsWith('s') && isPluralNoun(prev)) {
    return object || next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PART'; // "Fireflies blink over a pond"
  }
  return false;
}

/**
 * What grammar finds for the components asked for. `skipped` says which tokens the lexicons
 * already claimed (camera, lighting, mood phrases): they are never evidence.
 */
export function grammarComponents(tokens: readonly TaggedToken[], wants: GrammarWants, skipped: (t: TaggedToken) => boolean, words?: GrammarWords): GrammarFindings {
  const sets = setsFor(words);
  const found: GrammarFindings = {};
  // Verbs first: a noun phrase ends where its verb begins ("in a red coat | sprints toward").
  const verb = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (skipped(t)) continue;
    // A capitalised word inside a sentence is a name ("Times Square"), whatever the tagger says.
    const named = t.capital && i > 0 && !isClauseBreak(tokens[i - 1]) && tokens[i - 1].norm !== '.';
    if (named) continue;
    if ((t.pos === 'VERB' && !isAttributiveParticiple(tokens, i) && !isStativeParticiple(tokens, i)) || agreementVerb(tokens, i, skipped, sets)) verb[i] = 1;
  }
  // Which tokens sit inside a place phrase ("through a bustling souk"): not subjects.
  const inPlace = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (skipped(t) || !LOCATIVE_PREPOSITIONS.has(t.norm) || (t.pos !== 'ADP' && t.pos !== 'ADV' && t.pos !== 'SCONJ' && t.pos !== 'PART')) continue;
    let j = i + 1;
    let head = -1;
    while (j < tokens.length && !verb[j] && inNounPhrase(tokens[j]) && !isClauseBreak(tokens[j])) {
      if (isNominal(tokens[j])) head = j;
      j++;
    }
    if (head < 0) continue;
    const h = tokens[head];
    if (skipped(h)) continue;
    // A name after "on"/"at"/"toward" is as often a person ("stomps on Donald"): names count after "in", "across"…
    const place = (h.pos === 'PROPN' && NAMED_PLACE_PREPOSITIONS.has(t.norm)) || ((isSettingNoun(sets, h.lemma) || isSettingNoun(sets, h.norm) || isVehicleNoun(sets, h.lemma)) && !NON_PLACE_HEADS.has(h.lemma));
    if (!place) continue; // "lands on a sleeping calf": the calf is still on screen
    for (let k = i + 1; k <= head; k++) inPlace[k] = 1;
    if (!found.environment) found.environment = `${t.norm} … ${h.norm}`;
  }
  // A clock time is a time of day: "at 1 a.m.", "3am", "2 o'clock".
  if (!found.environment) {
    const clock = tokens.findIndex((t, i) => (t.pos === 'NUM' && /^(?:a\.?m\.?|p\.?m\.?|o'clock|o’clock)$/.test(tokens[i + 1]?.norm ?? '')) || /^\d{1,2}(?::\d\d)?(?:am|pm)$/.test(t.norm));
    if (clock >= 0) found.environment = tokens[clock].norm;
  }
  // A setting noun in a verbless clause sets the scene ("…, sun-drenched villa terrace, …").
  if (!found.environment) {
    let start = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && !isClauseBreak(tokens[i])) continue;
      const clause = tokens.slice(start, i);
      if (!clause.some((_, k) => verb[start + k])) {
        const bare = clause.find((t) => isNominal(t) && !skipped(t) && !t.norm.endsWith('ing') && !NON_PLACE_HEADS.has(t.lemma) && (isSettingNoun(sets, t.lemma) || isSettingNoun(sets, t.norm)));
        if (bare) {
          found.environment = bare.norm;
          break;
        }
      }
      start = i + 1;
    }
  }
  // A segment that opens on its verb ("Sprinting down an alley, neon signs flickering") names
  // no subject: the nouns after it are scenery. Directions to the model ("Show a…") are not that.
  const opener = tokens.findIndex((t) => !skipped(t) && t.pos !== 'ADV' && t.pos !== 'INTJ' && t.pos !== 'PUNCT' && t.pos !== 'CCONJ');
  // An opening -ing word is the verb whatever the tagger calls it ("Belting out every word…").
  const openerIsGerund = opener >= 0 && tokens[opener].norm.length > 5 && tokens[opener].norm.endsWith('ing') && !ING_NOUNS.has(tokens[opener].norm);
  const verbFirst = opener >= 0 && (verb[opener] === 1 || openerIsGerund) && !DIRECTIVE_VERBS.has(tokens[opener].lemma);
  const firstBreak = tokens.findIndex((t) => isClauseBreak(t));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (skipped(t)) continue;
    if (!found.action && verb[i]) found.action = t.norm;
    // After a verb opening, a later clause may bring its own subject and finite verb ("…, a
    // nonna pegs up white sheets"); nouns before a participle stay scenery ("neon signs flickering").
    if (verbFirst && !(t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.norm)) && !(i > firstBreak && verb[i + 1] === 1 && !/(?:ing|ed)$/.test(tokens[i + 1].norm))) continue;
    if (wants.subject && !found.subject && !inPlace[i] && !verb[i]) {
      if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.norm)) found.subject = t.norm;
      // A gerund is an action, not a subject ("sobbing", "whispering"); -ing nouns are ("a painting").
      else if (isNominal(t) && !NON_SUBJECT_HEADS.has(t.lemma) && (!t.norm.endsWith('ing') || ING_NOUNS.has(t.norm))) found.subject = t.norm;
    }
  }
  return {
    subject: wants.subject ? found.subject : undefined,
    action: wants.action ? found.action : undefined,
    environment: wants.environment ? found.environment : undefined,
  };
}
