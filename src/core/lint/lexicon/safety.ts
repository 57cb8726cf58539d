// Safety-filter lexicon, written for vprompt from the category definitions providers publish —
// not from test prompts, and not copied from any "banned prompt" list:
//
//   [OAI]  OpenAI moderation categories: harassment, harassment/threatening, hate,
//          hate/threatening, self-harm, self-harm/intent, self-harm/instructions, sexual,
//          sexual/minors, violence, violence/graphic, illicit, illicit/violent.
//          https://platform.openai.com/docs/guides/moderation
//   [GPUP] Google Generative AI Prohibited Use Policy (child sexual abuse, violent extremism,
//          non-consensual intimate imagery, self-harm, sexually explicit content, hate speech,
//          harassment, violence and incitement, illegal activity, impersonation).
//          https://policies.google.com/terms/generative-ai/use-policy
//   [VEO]  Veo safety filter support codes: Child, Celebrity, Dangerous, Hate, Sexual, Toxic,
//          Violence, Vulgar, Third-party content, Prohibited content, Other.
//          https://cloud.google.com/vertex-ai/generative-ai/docs/video/responsible-ai-and-usage-guidelines
//   [KLING] Kling AI Community Guidelines (terrorism and extremism; racial, religious, gender
//          discrimination and hate; vulgar or insulting language; threats; sexual content;
//          violence, gore, murder, self-harm; harm to minors). https://kling.ai/docs/community-policy
//   [SEED] ByteDance Seedance (BytePlus ModelArk) acceptable use and content rules: violence,
//          abuse, self-harm, threats, discrimination, sexual content, deepfakes of real people,
//          intellectual-property infringement, illegal drugs.
//   [RUN]  Runway Usage Policy: child safety, sexual content, violent and graphic content,
//          hateful content and symbols, self-harm, illegal goods (weapons, drugs), impersonation
//          of real people, infringement of others' IP.
//
// Each entry names its sources, says why it is risky and offers rewordings shaped like what they
// replace (`pos`): a verb phrase by a verb phrase, a noun by a noun. Pattern syntax: PhraseMatcher
// (`a|b`, `tok?`, `@class`, `lemma~` for every inflection). In a suggestion, `word~` is inflected
// like the matched verb, `$obj` is the matched object ("the old cashier"), `$last` the last
// matched word. Cues (SAFETY_CUES) are words that are not findings alone but escalate in a
// combination judged per shot: a minor with sexualised clothing, a pose or a bedroom; a minor with
// a weapon; a real person with crime or sex; a character with violence; hoods with a cross.
import type { TokenTest } from '../../text/phraseMatcher.js';
import { plurals, verbForms } from '../../text/inflect.js';
import type { SafetyCategory, SafetyTier } from '../types.js';
import * as WN from './safety.generated.js';

export interface SafetyEntry {
  patterns: string[];
  category: SafetyCategory;
  tier: SafetyTier;
  channel: 'visual' | 'audio' | 'both';
  why: string;
  suggestions: string[];
  /** What the matched words are, so a rewording replaces like with like. */
  pos?: 'verb' | 'noun' | 'adj' | 'clause';
  /** An adjective that is risky only about a person: before a noun, that noun must be a person, a body, a pose or clothing ("a sexy nurse", not "a sexy sports car"). */
  aboutPerson?: boolean;
  /** Role in a combination: a recognisable real person, or a franchise character. */
  combo?: 'celebrity' | 'character';
  /** Part of the sport when boxing, martial arts or stage combat is in the shot ("is knocked out in the third round"). */
  sport?: boolean;
  /** Quotation marks between its words do not break a match (sings "Let It Go"). */
  quotes?: boolean;
  /** Reported on the audio channel wherever it is written (voice imitation is heard). */
  speech?: boolean;
}

export type CueKind =
  | 'minor' | 'weapon' | 'photoreal' | 'clothing' | 'clothing-strong' | 'bare' | 'pose' | 'pose-strong' | 'setting'
  | 'crime' | 'goodbye' | 'shootup' | 'pills' | 'drug-context' | 'hood' | 'hood-with' | 'sport' | 'voice' | 'music' | 'lastwords' | 'height' | 'booze' | 'drive'
  | 'game' | 'group' | 'trope' | 'tame-blade' | 'tame-gun' | 'edge' | 'vice' | 'appliance' | 'bath' | 'mark' | 'secret' | ContextCue;

/** Words that carry a category only in a shot already judged in it (see CONTEXT_CUES). */
export type ContextCue = 'ctx-violence' | 'ctx-self-harm' | 'ctx-sexual' | 'ctx-dangerous' | 'ctx-hate' | 'ctx-vulgar';

export interface SafetyCue {
  cue: CueKind;
  patterns: string[];
}

/** A word list with every plural added (people nouns are written singular). */
function withPlurals(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    if (!w.includes(' ')) for (const p of plurals(w)) out.add(p);
  }
  return out;
}

// People: who a harm verb can be aimed at. Nouns, roles and "the wounded"-style adjectives.
const PEOPLE = [
  'man', 'woman', 'boy', 'girl', 'child', 'kid', 'baby', 'toddler', 'infant', 'teen', 'teenager', 'person', 'people', 'guy', 'lady', 'gentleman',
  'stranger', 'victim', 'hostage', 'prisoner', 'inmate', 'captive', 'civilian', 'bystander', 'passerby', 'pedestrian', 'passenger', 'commuter', 'tourist',
  'shopper', 'customer', 'cashier', 'clerk', 'shopkeeper', 'storekeeper', 'teller', 'waiter', 'waitress', 'bartender', 'barista', 'driver', 'cabbie',
  'guard', 'officer', 'cop', 'policeman', 'policewoman', 'soldier', 'sentry', 'marine', 'trooper', 'agent', 'spy', 'detective', 'sheriff', 'deputy',
  'nurse', 'doctor', 'medic', 'patient', 'teacher', 'student', 'pupil', 'classmate', 'worker', 'farmer', 'miner', 'priest', 'monk', 'nun', 'pastor',
  'imam', 'rabbi', 'protester', 'demonstrator', 'journalist', 'reporter', 'witness', 'suspect', 'informant', 'snitch', 'traitor', 'enemy', 'rival',
  'opponent', 'villain', 'hero', 'heroine', 'gangster', 'thug', 'mobster', 'henchman', 'goon', 'bandit', 'robber', 'thief', 'burglar', 'intruder',
  'attacker', 'assailant', 'king', 'queen', 'prince', 'princess', 'president', 'senator', 'mayor', 'politician', 'ceo', 'boss', 'employee', 'coworker',
  'colleague', 'neighbour', 'neighbor', 'friend', 'girlfriend', 'boyfriend', 'wife', 'husband', 'partner', 'father', 'mother', 'dad', 'mom', 'mum',
  'son', 'daughter', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'family', 'crowd', 'villager',
  'peasant', 'refugee', 'migrant', 'immigrant', 'jogger', 'hiker', 'camper', 'cyclist', 'runner', 'athlete', 'student', 'schoolgirl', 'schoolboy',
  'dancer', 'singer', 'musician', 'actor', 'actress', 'model', 'couple', 'elder', 'youth', 'teenager', 'preteen', 'newborn', 'orphan', 'beggar',
  'vagrant', 'homeless', 'wounded', 'injured', 'dying', 'elderly', 'innocent', 'unarmed', 'defenceless', 'defenseless', 'someone', 'somebody',
  'everyone', 'everybody', 'anyone', 'dog', 'puppy', 'cat', 'kitten', 'horse', 'deer', 'animal', 'cow', 'pig', 'rabbit', 'target', 'witch', 'knight',
  'samurai', 'warrior', 'survivor', 'businessman', 'businesswoman', 'shogun', 'lord', 'lady', 'general', 'sailor', 'pilot', 'captain', 'servant', 'maid', 'slave', 'mugger', 'dealer', 'junkie', 'addict', 'pimp', 'prostitute',
  'widow', 'widower', 'grandson', 'granddaughter', 'grader', 'opp', 'marcher', 'worshipper', 'congregant', 'shopkeeper', 'classmate', 'roommate', 'stepson', 'stepdaughter',
];

/** A generated WordNet list (scripts/lexicon/safety.mjs): one string, words separated by "|". */
const wn = (list: string): string[] => list.split('|');

const ANIMALS = new Set(['dog', 'puppy', 'cat', 'kitten', 'horse', 'deer', 'animal', 'cow', 'pig', 'rabbit', 'target']);
// People nouns from WordNet (hyponyms of person#1 whose dominant sense is a person) join the
// hand list. The people classes hold thousands of words with their plurals: built when the matcher is
// first built (on the first lint), not when the extension loads this module.
let personClass: Set<string> | undefined;
let humanClass: Set<string> | undefined;
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand']);
let animalClass: Set<string> | undefined;
let peopleClass: Set<string> | undefined;

/** The hand list of people nouns: what a line label must be to name a speaker ("Mom:", "Officer:"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = withPlurals(PEOPLE);

export const SAFETY_CLASSES: Record<string, ReadonlySet<string> | TokenTest> = {
  get person() {
    return (personClass ??= withPlurals([...PEOPLE, ...wn(WN.WN_PERSON)]));
  },
  /** People in the plural ("protesters", "pedestrians"): a bare object of hitting. Built on first use. */
  get people() {
    if (!peopleClass) {
      peopleClass = new Set<string>();
      for (const w of [...PEOPLE.filter((x) => !ANIMALS.has(x)), ...wn(WN.WN_PERSON)]) if (!w.includes(' ')) for (const p of plurals(w)) if (p !== w) peopleClass.add(p);
    }
    return peopleClass;
  },
  /** The hand list of people only: for patterns that begin with the person ("the hostage is executed"), so the thousands of WordNet people words do not each start a walk. */
  personh: SPEAKER_NOUNS,
  /** People only (no animals): for verbs a predator does to prey in a wildlife film (devours, tears apart). */
  get human() {
    return (humanClass ??= withPlurals([...PEOPLE.filter((w) => !ANIMALS.has(w)), ...wn(WN.WN_PERSON)]));
  },
  /** Object pronouns a harm verb can take (not "it", not "them": "burns them" is usually letters). */
  pron: new Set(['him', 'her', 'me', 'you', 'us']),
  themp: new Set(['them']),
  refl: new Set(['himself', 'herself', 'themselves', 'myself', 'yourself', 'themself', 'ourselves']),
  poss: new Set(['his', 'her', 'their', 'my', 'your', 'our', 'its']),
  det: new Set(['the', 'a', 'an', 'his', 'her', 'their', 'two', 'three', 'four', 'five', 'several', 'another', 'that', 'this', 'these', 'those', 'my', 'your', 'our', 'its', 'some', 'every', 'each', 'any', 'all', 'both', 'many', 'dozens']),
  mod: new Set([
    'young', 'old', 'elderly', 'little', 'small', 'frail', 'terrified', 'frightened', 'scared', 'screaming', 'crying', 'sobbing', 'begging', 'helpless',
    'defenceless', 'defenseless', 'unarmed', 'innocent', 'wounded', 'injured', 'pregnant', 'sleeping', 'unconscious', 'bound', 'kneeling', 'masked',
    'rival', 'enemy', 'teenage', 'female', 'male', 'blonde', 'homeless', 'local', 'random', 'nearby', 'fleeing', 'panicked', 'lone', 'other', 'poor',
    'drunk', 'blindfolded', 'captured', 'fellow', 'nervous', 'startled', 'hooded', 'uniformed', 'security', 'night', 'shop', 'store', 'gas', 'station',
    'bank', 'prison', 'police', 'train', 'bus', 'cab', 'taxi', 'hotel', 'old', 'older', 'younger', 'black', 'white', 'asian', 'jewish', 'muslim', 'gay',
    'first', 'last', 'nearest', 'rebel', 'resistance', 'opposing', 'sikh', 'hindu', 'turbaned', 'hijabi', 'veiled', 'arab', 'latino', 'latina', 'mexican', 'trans', 'transgender', 'lesbian', 'queer', 'disabled', 'autistic', 'chinese', 'indian', 'african', 'romani', 'immigrant', 'migrant', 'refugee', 'surviving', 'remaining', 'captive', 'hapless', 'unsuspecting', 'sleeping', 'screaming', 'retreating', 'surrendering', 'kidnapped', 'helpless', 'trembling', 'stunned', 'confused', 'cowering', 'shaking',
  ]),
  weapon: withPlurals(['gun', 'pistol', 'rifle', 'shotgun', 'revolver', 'handgun', 'firearm', 'knife', 'blade', 'machete', 'sword', 'crossbow', 'grenade', 'dagger', 'switchblade', ...wn(WN.WN_WEAPON).filter((w) => !w.includes(' '))]),
  /** Protected groups, for dehumanising patterns [OAI hate; GPUP hate speech]. */
  group: new Set([
    'jews', 'muslims', 'christians', 'catholics', 'hindus', 'sikhs', 'buddhists', 'blacks', 'whites', 'asians', 'arabs', 'mexicans', 'latinos',
    'hispanics', 'immigrants', 'migrants', 'refugees', 'gays', 'lesbians', 'homosexuals', 'transgenders', 'africans', 'indians', 'chinese', 'roma',
    'gypsies', 'foreigners', 'women', 'gay', 'trans', 'homos', 'queers', 'blacks', 'jewish', 'muslim', 'feminists', 'mexicans', 'immigrants', 'disabled', 'autistics', 'retards', 'negroes', 'africans', 'jew', 'muslim', 'arab', 'mexican', 'immigrant', 'migrant', 'refugee', 'foreigner', 'gypsy', 'pakistanis', 'palestinians', 'israelis', 'russians', 'ukrainians', 'koreans', 'japanese', 'mormons', 'atheists',
  ]),
  dehum: new Set(['animals', 'vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'subhuman', 'subhumans', 'savages', 'apes', 'monkeys', 'filth', 'disease', 'plague', 'scum', 'trash', 'inferior', 'insects', 'pests', 'leeches', 'dogs', 'pigs', 'cancer']),
  adv: new Set(['brutally', 'repeatedly', 'savagely', 'viciously', 'fatally', 'mortally', 'badly', 'nearly', 'almost', 'then', 'suddenly', 'violently', 'mercilessly', 'slowly', 'publicly', 'allegedly', 'later', 'finally', 'being', 'all', 'also', 'just', 'instantly', 'horribly', 'ruthlessly', 'cruelly', 'severely', 'senselessly']),
  /** Animals (WordNet animal#1, single words, and the hand list). Built on first use. */
  get animal() {
    return (animalClass ??= withPlurals([...ANIMALS, ...wn(WN.WN_ANIMAL), 'puppy', 'puppies', 'kitten', 'pup', 'pups', 'foal', 'cub', 'cubs', 'chick', 'chicks', 'duckling', 'ducklings', 'calf', 'lamb', 'piglet']));
  },
  /** A number, in digits or a word: prices, calories, speeds, heights (never the start of a pattern). */
  num: {
    test(t) {
      return /^\d{1,5}$/.test(t.norm) || NUMBER_WORDS.has(t.norm);
    },
  },
  /** Ages under 18, as numbers and words. */
  age: new Set([
    ...Array.from({ length: 17 }, (_, i) => String(i + 1)),
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
  ]),
  /** Ages a writer hedges about a teenager ("maybe 14"). */
  teenage: new Set(['10', '11', '12', '13', '14', '15', '16', '17', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen']),
  grade: new Set(['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']),
  gen: {
    // A possessive noun between determiner and person: "the shogun's guard".
    test(t, text) {
      const w = text.slice(t.start, t.end);
      return /['’]s$/i.test(w);
    },
  },
  word: {
    // Any one word as a noun modifier before a person ("his business partner"), for verbs that are harm whatever the object.
    test(t, text) {
      return !FUNCTION_WORDS.has(t.norm) && /^[a-z]/i.test(text[t.start]) && !/['’]/.test(text.slice(t.start, t.end));
    },
  },
  name: {
    // A capitalised word right after the verb, not sentence-initial and not a common capitalised word: "pistol-whips Marco".
    test(t, text) {
      const c = text.charCodeAt(t.start);
      if (!(c >= 65 && c <= 90)) return false;
      if (NOT_NAMES.has(t.norm)) return false;
      // Only a space or two between it and the verb: "stabs. Then" is a new sentence.
      const before = text.slice(Math.max(0, t.start - 3), t.start);
      return /^[^.!?:;,"“”()]*$/.test(before);
    },
  },
};

const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'with', 'in', 'on', 'at', 'to', 'from', 'of', 'by', 'for', 'as', 'while', 'then', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'into', 'onto', 'over', 'under', 'who', 'that', 'which', 'when', 'where', 'not', 'no']);

const NOT_NAMES = new Set(['i', 'the', 'a', 'an', 'then', 'and', 'but', 'or', 'as', 'in', 'on', 'at', 'with', 'while', 'when', 'it', 'this', 'that', 'camera', 'cut', 'shot', 'slow', 'close', 'wide', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'god']);

/** Words that follow an object pronoun, so "her" is the object ("stabs her again"), not a possessive ("whips her hair"). */
export const AFTER_OBJECT = new Set([
  'with', 'in', 'on', 'at', 'to', 'and', 'as', 'while', 'until', 'again', 'repeatedly', 'then', 'before', 'after', 'from', 'into', 'over', 'under', 'by',
  'the', 'twice', 'once', 'dead', 'to', 'unconscious', 'senseless', 'down', 'up', 'out', 'off', 'back', 'hard', 'brutally', 'violently', 'savagely',
  'viciously', 'alive', 'slowly', 'quickly', 'several', 'multiple', 'three', 'two', 'through', 'across', 'against', 'behind', 'near', 'so', 'till', 'or', 'but',
  'because', 'who', 'when', 'where', 'for', 'amid', 'during', 'mercilessly', 'relentlessly', 'till', 'point', 'blank',
]);

// Verbs of harm aimed at a person [OAI violence, violence/graphic; GPUP violence and incitement;
// VEO Violence; KLING violence, gore, murder; RUN violent content]. STRONG verbs are harm
// whatever follows a person word; POLY verbs have everyday senses (burn the toast, hang a coat,
// beat the eggs, whip cream, shoot a wedding) and need a determiner or a person pronoun.
// "his crying six-year-old son": an age between the modifiers and the person.
const OBJ_STRONG = ['@det? @mod? @mod? @person', '@det @gen @mod? @person', '@det @word @person', '@det @mod? @age year old @person', '@pron', '@themp', '@name @name?'];
const OBJ_POLY = ['@det @mod? @mod? @person', '@det @gen @mod? @person', '@det @mod? @age year old @person', '@pron', '@name @name?'];
/** Hitting and beating also take a bare plural ("beat protesters") and a noun modifier ("a crying fourth grader"); shooting does not ("shoots models", "shoots the wedding couple"). */
const OBJ_BEAT = [...OBJ_POLY, '@det @mod? @word @person', '@mod? @people'];

function aimed(verbs: string[], objects: string[], tail = ''): string[] {
  return verbs.flatMap((v) => objects.map((o) => `${v} ${o}${tail ? ` ${tail}` : ''}`));
}

const KILL_VERBS = ['pick~ off', 'hack~', 'hack~ at|into', 'chop~ at|into', 'slash~', 'slash~ at', 'gouge~', 'bayonet~', 'kill~', 'murder~', 'stab~', 'knife~', 'shank~', 'strangle~', 'garrote~', 'behead~', 'decapitate~', 'bludgeon~', 'slaughter~', 'massacre~', 'slay~', 'impale~', 'disembowel~', 'dismember~', 'mutilate~', 'maim~', 'assassinate~', 'execute~', 'butcher~', 'smother~', 'suffocate~', 'electrocute~', 'crucify~', 'lynch~', 'gut~', 'poison~'];
const SHOOT_VERBS = ['shoot~', 'shoot~ down', 'shoot~ at', 'fire~ at|on|into', 'open~ fire on|at', 'fire~ @det? @weapon at|on|into', 'fire~ @det? ak 47|47s at|on|into'];
const GUN_DOWN = ['snipe~', 'gun~ down', 'mow~ down', 'shoot~ dead'];
const TORTURE_VERBS = ['torture~', 'waterboard~', 'flog~', 'flay~', 'brand~', 'scald~'];
const BEAT_VERBS = ['beat~', 'beat~ up', 'pistol-whip~', 'pistol whip~', 'pummel~', 'punch~', 'kick~', 'stomp~ on', 'curb-stomp~', 'headbutt~', 'slap~', 'bash~', 'club~', 'batter~', 'assault~', 'attack~', 'hit~', 'strike~', 'choke~', 'throttle~', 'whip~', 'lash~', 'knock~ out'];
const OTHER_HARM = ['burn~', 'drown~', 'hang~', 'stone~', 'torch~', 'set~ fire to', 'run~ over', 'kidnap~', 'abduct~', 'drag~ away'];

/**
 * The passive of harm verbs ("is stabbed", "gets pistol-whipped", "was beaten up", "is being
 * tortured"): an auxiliary, an optional adverb, the past participle, and any particle. Verbs whose
 * participle has an everyday sense after "is" (executed, hit, struck, whipped, hung, burned,
 * stoned, shot: "is shot on 35mm") are left to the subject form below.
 */
const PASSIVE_AUX = 'is|are|was|were|gets|get|got|getting|being|been|be|becomes';
function passive(verbs: string[]): string[] {
  const out: string[] = [];
  for (const v of verbs) {
    const parts = v.split(/\s+/);
    const head = parts[0];
    if (!head.endsWith('~')) continue;
    const word = head.slice(0, -1);
    const dash = word.lastIndexOf('-');
    const stem = dash >= 0 ? word.slice(dash + 1) : word;
    const prefix = dash >= 0 ? word.slice(0, dash + 1) : '';
    const pp = verbForms(stem).pp.map((f) => `${prefix}${f}`).join('|');
    out.push([PASSIVE_AUX, '@adv?', pp, ...parts.slice(1)].join(' '));
  }
  return out;
}
const PASSIVE_KILL = ['kill~', 'murder~', 'stab~', 'knife~', 'shank~', 'strangle~', 'garrote~', 'behead~', 'decapitate~', 'bludgeon~', 'slaughter~', 'massacre~', 'impale~', 'disembowel~', 'dismember~', 'mutilate~', 'maim~', 'assassinate~', 'butcher~', 'smother~', 'suffocate~', 'electrocute~', 'crucify~', 'lynch~', 'poison~', 'bayonet~', 'torture~', 'waterboard~', 'flog~', 'flay~', 'scald~', 'gun~ down', 'mow~ down', 'snipe~', 'run~ over', 'kidnap~', 'abduct~', 'drown~', 'set~ on fire|alight|ablaze', 'set~ fire to', 'shoot~ dead', 'burn~ alive', 'bury~ alive', 'bludgeon~ to death', 'beat~ to death', 'stab~ to death', 'hack~ to death|to_pieces', 'hack~ apart'];
const PASSIVE_BEAT = ['beat~', 'beat~ up', 'pistol-whip~', 'pummel~', 'punch~', 'kick~', 'stomp~', 'stomp~ on', 'curb-stomp~', 'headbutt~', 'slap~', 'bash~', 'assault~', 'attack~', 'choke~', 'throttle~', 'knock~ out|unconscious|senseless', 'shove~ down|off|into', 'push~ down|off @det? stairs|roof|cliff|balcony|bridge|ledge', 'throw~ off|from @det? roof|cliff|balcony|bridge|ledge|building', 'drag~ by @det|@poss hair|throat|neck', 'maul~', 'savage~', 'trample~', 'jump~ by @det? gang|group|mob'];


const SUGGEST_KILL = ['overpower~ $obj in a choreographed stage fight', 'grapple~ with $obj, the struggle kept off-screen'];
const SUGGEST_SHOOT = ['aim~ a prop blaster toward $obj, no impact shown', 'level~ a prop blaster at $obj as the frame cuts away'];
const SUGGEST_BEAT = ['shove~ $obj back in choreographed slow motion', 'square~ off against $obj, fists clenched'];
const SUGGEST_TAKE = ['lead~ $obj away into the night', 'confront~ $obj, the outcome left off-screen'];

/** Hit song titles that are everyday phrases: a song only when sung or played ("sings Let It Go"), or as the first words of lyrics sung. */
export const SUNG_TITLES = ['let it go', 'shake it off', 'take on me', 'lose yourself', 'single ladies', 'cruel summer', 'bad romance', 'anti-hero', 'blinding lights', 'shape of you', 'thriller', 'imagine', 'yesterday', 'halo', 'hello', 'happy', 'closer', 'believer', 'faded', 'stay', 'perfect', 'royals', 'toxic', 'hallelujah', 'creep', 'jolene', 'respect', 'dynamite', 'butter'];

export const SAFETY_ENTRIES: SafetyEntry[] = [
  // ─── violence [OAI violence, violence/graphic; GPUP violence; VEO Violence; KLING; SEED; RUN] ───
  {
    patterns: ['blood', 'blood splatter', 'blood splatters', 'pool of blood', 'pools of blood', 'trail of blood', 'blood spray', 'blood sprays', 'splattered blood'],
    category: 'violence', tier: 'warn', channel: 'visual', pos: 'noun',
    why: 'visible blood is a common trigger for violence filters.',
    suggestions: ['dark red stains', 'a smear of deep crimson paint'],
  },
  {
    patterns: ['bloody', 'bloodied', 'bloodstained', 'blood-stained', 'blood-soaked', 'blood soaked', 'blood-spattered', 'blood-splattered', 'gory'],
    category: 'violence', tier: 'warn', channel: 'visual', pos: 'adj',
    why: 'visible blood is a common trigger for violence filters.',
    suggestions: ['mud-streaked', 'grime-streaked'],
  },
  {
    patterns: ['bleed~'],
    category: 'violence', tier: 'warn', channel: 'visual', pos: 'verb',
    why: 'visible blood is a common trigger for violence filters.',
    suggestions: ['grimace~', 'stagger~'],
  },
  {
    patterns: ['gore', 'mutilation', 'dismemberment', 'disembowelment', 'entrails', 'guts spilling', 'brains splattered', 'exposed bone', 'severed head|limb|limbs|arm|arms|hand|hands|leg|legs|finger|fingers', 'open wound', 'gaping wound', 'bullet wound', 'gunshot wound', 'stab wound', 'stab wounds', 'flesh wound'],
    category: 'violence', tier: 'block', channel: 'visual', pos: 'noun',
    why: 'graphic injury is blocked by every major provider (violence/graphic).',
    suggestions: ['the aftermath implied by a character\'s shocked reaction', 'a cut to black before impact'],
  },
  {
    patterns: ['gruesome', 'mutilated', 'dismembered', 'decapitated', 'beheaded', 'disemboweled', 'disembowelled', 'eviscerated', 'maimed', 'impaled', 'headless'],
    category: 'violence', tier: 'block', channel: 'visual', pos: 'adj',
    why: 'graphic injury is blocked by every major provider (violence/graphic).',
    suggestions: ['motionless', 'fallen'],
  },
  {
    patterns: [...aimed(SHOOT_VERBS, OBJ_POLY), ...aimed(GUN_DOWN, OBJ_STRONG)],
    category: 'violence', tier: 'block', channel: 'both', pos: 'verb',
    why: 'shooting a person is depicted violence.',
    suggestions: SUGGEST_SHOOT,
  },
  {
    patterns: ['shot dead', 'shot in the head|chest|back|face|stomach|neck|gut', 'is|was|were|gets|got|been|being shot in the leg|arm|shoulder|knee|foot|hand', '@personh is|are|was|were|gets|got @adv? executed|hanged|hung|lynched|stoned|gutted|torched|burned|burnt|shot|whipped|flogged|clubbed|branded', 'gets|got|get|getting shot|stabbed|killed|murdered|beaten|executed', 'opens|opened|open|opening fire'],
    category: 'violence', tier: 'block', channel: 'visual', pos: 'clause',
    why: 'killing or shooting people is blocked as violence.',
    suggestions: [],
  },
  {
    patterns: ['execution-style', 'execution style', 'point-blank range', 'firing squad', 'public execution', 'execution scene', 'drive-by', 'drive by shooting', 'shooting spree', 'killing spree', 'school shooting', 'mass shooting', 'shooting rampage', 'active shooter', 'gunman', 'gunmen'],
    category: 'violence', tier: 'block', channel: 'visual', pos: 'noun',
    why: 'killing or shooting people is blocked as violence; a shooting at a school or in a crowd is refused outright.',
    suggestions: ['a tense stand-off, the action kept off-screen', 'the glow of emergency lights on an empty street'],
  },
  {
    patterns: ['gunshot', 'gunshots', 'gunfire', 'gun shot|shots', 'machine-gun fire', 'machine gun fire', 'rifle shots', 'pistol shots'],
    category: 'violence', tier: 'warn', channel: 'both', pos: 'noun',
    why: 'gunfire reads as violence in the image and trips audio filters as a sound effect.',
    suggestions: ['a sharp percussive crack off-screen', 'a distant thunder-like crack'],
  },
  {
    patterns: aimed(KILL_VERBS, OBJ_STRONG),
    category: 'violence', tier: 'block', channel: 'both', pos: 'verb',
    why: 'killing or maiming a person is blocked as graphic violence.',
    suggestions: SUGGEST_KILL,
  },
  {
    patterns: [...aimed(TORTURE_VERBS, OBJ_STRONG)],
    category: 'violence', tier: 'block', channel: 'both', pos: 'verb',
    why: 'torture is blocked as graphic violence.',
    suggestions: ['interrogate~ $obj under a harsh lamp', 'loom~ over $obj in a bare interrogation room'],
  },
  {
    patterns: ['stabbing', 'stabbings', 'murder', 'murders', 'homicide', 'homicides', 'torture', 'torture chamber', 'waterboarding', 'massacre', 'massacres', 'slaughter', 'bloodbath', 'beheading', 'beheadings', 'decapitation', 'lynching', 'lynchings', 'strangulation', 'knife attack', 'knife fight', 'machete attack', 'acid attack', 'honor killing', 'honour killing'],
    category: 'violence', tier: 'block', channel: 'visual', pos: 'noun',
    why: 'killing or torturing a person is blocked as graphic violence.',
    suggestions: ['a tense scuffle', 'a tense stand-off, the struggle kept off-screen'],
  },
  {
    patterns: ['beaten|stabbed|strangled|burned|burnt|bludgeoned|hacked|tortured|kicked|stoned|whipped|clubbed to death', 'beat~ @det? @mod? @person to death', 'slit~|cut~|slash~ @det throat|throats|wrists of', 'slit~|cut~|slash~ @poss throats', 'bathe~ in @det? blood of', 'burned|burning|burnt alive', '@personh on fire', 'slit~ @poss throat', 'cut~ @poss throat', 'snap~ @poss neck', 'break~ @poss neck', 'hold~ @det? knife|blade|gun|pistol to @poss throat|head', 'at gunpoint', 'at knifepoint', 'held hostage', 'take~ @det? @mod? @person hostage', 'take~ @pron hostage'],
    category: 'violence', tier: 'block', channel: 'both', pos: 'clause',
    why: 'killing, maiming or threatening a person with a weapon is blocked as violence.',
    suggestions: [],
  },
  {
    patterns: ['corpse', 'corpses', 'dead body', 'dead bodies', 'body bag', 'body bags', 'cadaver', 'cadavers', 'mass grave', 'hanged man'],
    category: 'violence', tier: 'warn', channel: 'visual', pos: 'noun',
    why: 'dead bodies trip violence filters even without injury.',
    suggestions: ['a figure lying motionless under a white sheet', 'an empty chalk outline on the floor'],
  },
  {
    patterns: [...aimed(BEAT_VERBS, OBJ_BEAT), ...aimed(['beat~'], ['@det? @mod? @person', '@pron'], 'up')],
    category: 'violence', tier: 'warn', channel: 'visual', pos: 'verb',
    why: 'physical harm to a person is often held by violence filters.',
    suggestions: SUGGEST_BEAT,
  },
  {
    patterns: ['wounded', 'injured'],
    category: 'violence', tier: 'info', channel: 'visual', pos: 'adj',
    why: 'injury wording raises the violence score of a borderline shot.',
    suggestions: ['bandaged', 'limping'],
  },
  {
    patterns: ['@weapon pointed|aimed at @det? @mod? @person', '@weapon pointed|aimed at @pron', 'point~|aim~ @det? @weapon at @det? @mod? @person', 'point~|aim~ @det? @weapon at @pron', 'threaten~ @det? @mod? @person with @det? @weapon', 'threaten~ @pron with @det? @weapon'],
    category: 'violence', tier: 'warn', channel: 'visual', pos: 'clause',
    why: 'a weapon aimed at a person reads as threatened violence.',
    suggestions: [],
  },
  {
    patterns: [...aimed(['burn~', 'drown~', 'hang~', 'stone~', 'torch~', 'set~ fire to', 'run~ over', 'douse~', 'nail~'], OBJ_POLY), ...aimed(['burn~', 'torch~', 'drown~'], ['@det? @mod? @person alive', '@pron alive', '@themp alive', 'every last one of you|them', 'all of you|them', 'everyone|everybody|yall alive'])],
    category: 'violence', tier: 'block', channel: 'both', pos: 'verb',
    why: 'burning, drowning or hanging a person is blocked as graphic violence.',
    suggestions: ['confront~ $obj, the outcome left off-screen', 'stand~ over $obj as embers drift past'],
  },
  {
    patterns: aimed(['kidnap~', 'abduct~', 'drag~ away', 'snatch~', 'lure~'], OBJ_STRONG),
    category: 'violence', tier: 'block', channel: 'visual', pos: 'verb',
    why: 'kidnapping a person is depicted violence and a crime.',
    suggestions: SUGGEST_TAKE,
  },
  {
    patterns: ['kidnapping', 'abduction', 'hostage situation', 'hostages', 'gunfight', 'gunfights', 'shootout', 'shoot-out', 'firefight', 'gun battle', 'rubber bullets', 'fire~ bullets|rounds|shots|rubber_bullets into|at|on @det @mod? @person'],
    category: 'violence', tier: 'warn', channel: 'visual', pos: 'noun',
    why: 'kidnapping and hostages read as violence.',
    suggestions: ['a tense stand-off', 'a missing-person poster on a wall'],
  },
  {
    patterns: ['blows up', 'blown up', 'blew up', 'explode~ in @det? crowd|street|market|building|car|bus'],
    category: 'violence', tier: 'info', channel: 'both',
    why: 'explosions are usually allowed but can tip a borderline prompt, and trip audio filters as SFX.',
    suggestions: ['a burst of orange light and swirling dust (practical effect)', 'a deep rumbling boom'],
  },
  {
    // An explosion seen is a film's staple (a trailer, a demolition, a lab demo); heard as an effect it can trip audio filters.
    patterns: ['explosion', 'explosions'],
    category: 'violence', tier: 'info', channel: 'audio',
    why: 'explosions are usually allowed but can tip a borderline prompt, and trip audio filters as SFX.',
    suggestions: ['a burst of orange light and swirling dust (practical effect)', 'a deep rumbling boom'],
  },
  // threats in speech [OAI harassment/threatening; KLING threats; SEED threatening content]
  {
    patterns: [
      'ill kill you', 'i will kill you', 'im going to kill you', 'im gonna kill you', 'gonna kill you', 'going to kill you', 'ill murder you', 'ill end you',
      'ill cut you', 'ill shoot you', 'ill stab you', 'ill slit your throat', 'ill break your neck', 'ill burn your house down', 'ill find you and kill you',
      'youre dead', 'you are dead', 'youre a dead man', 'you are a dead man', 'dead man walking', 'i will hurt you', 'ill hurt you', 'i know where you live',
      'watch your back', 'youll die', 'you will die', 'ill make you bleed', 'ill kill your', 'kill you all', 'kill all of you', 'i will find you',
      'ill|i_will|im_gonna|im_going_to|gonna|going_to|imma|ima|will cut|gut|skin|shoot|stab|hurt|kill|murder|strangle|choke|bury|slaughter|butcher|torture you|your|ya', 'die bitch', 'ill rip your', 'ill blow your brains out', 'blow your head off', 'put a bullet in',
    ],
    category: 'violence', tier: 'warn', channel: 'audio', pos: 'clause',
    why: 'threats in dialogue trip audio safety filters (harassment/threatening).',
    suggestions: ['you\'ll regret it', 'this isn\'t over'],
  },
  {
    patterns: ['screams of pain', 'screaming in agony', 'screams in agony', 'agonized screams', 'agonised screams', 'blood-curdling scream', 'bloodcurdling scream', 'bloodcurdling screams', 'blood-curdling screams', 'tortured screams', 'bones cracking', 'bone crunching', 'bones breaking', 'flesh tearing', 'death rattle'],
    category: 'violence', tier: 'warn', channel: 'audio', pos: 'noun',
    why: 'sounds of suffering read as violence to audio filters.',
    suggestions: ['a sharp gasp', 'a startled cry'],
  },
  // ─── sexual [OAI sexual; GPUP sexually explicit, non-consensual intimate imagery; VEO Sexual; RUN] ───
  {
    patterns: ['naked', 'nude', 'topless', 'bottomless', 'undressed', 'unclothed', 'half-naked', 'half naked', 'stark naked', 'fully nude', 'completely nude'],
    category: 'sexual', tier: 'block', channel: 'visual', pos: 'adj',
    why: 'nudity is blocked by provider sexual-content filters.',
    suggestions: ['wrapped in a white towel', 'silhouetted behind frosted glass', 'towel-clad'],
  },
  {
    patterns: ['nude statue|statues|sculpture|sculptures|painting|paintings|portrait|portraits|figure|study|drawing|drawings', 'life drawing class', 'nude model|models'],
    category: 'sexual', tier: 'warn', channel: 'visual', pos: 'noun',
    why: 'artistic nudity is sometimes allowed, but the word still trips sexual-content filters.',
    suggestions: ['a classical draped statue', 'a marble bust'],
  },
  {
    patterns: ['nudity', 'in the nude', 'full frontal', 'bare breasts', 'bare buttocks', 'exposed breasts', 'nudes'],
    category: 'sexual', tier: 'block', channel: 'visual', pos: 'noun',
    why: 'nudity is blocked by provider sexual-content filters.',
    suggestions: ['a figure wrapped in a white towel', 'a silhouette behind frosted glass'],
  },
  {
    patterns: ['sex', 'sexual', 'sexually', 'erotic', 'erotica', 'porn', 'porno', 'pornographic', 'pornography', 'orgasm', 'orgasms', 'intercourse', 'making love', 'make love', 'makes love', 'having sex', 'have sex', 'has sex', 'genitals', 'genitalia', 'nipples', 'striptease', 'stripper', 'strippers', 'fetish', 'bdsm', 'nsfw', 'xxx', 'hentai', 'onlyfans', 'moans of pleasure', 'masturbate~', 'masturbation', 'blowjob', 'handjob', 'threesome', 'orgy', 'lap dance', 'lapdance', 'sex tape', 'explicit scene', 'sexually explicit', 'adult film|films|video|videos|movie|movies|content', 'porn star', 'pornstar', 'sex scene', 'moaning and panting', 'panting and moaning', 'sexual moans', 'orgasmic', 'child bride', 'child brides', 'child marriage'],
    category: 'sexual', tier: 'block', channel: 'both',
    why: 'sexual content is blocked outright.',
    suggestions: ['a tender embrace, framed from the shoulders up', 'two hands intertwined, soft focus'],
  },
  {
    patterns: [...aimed(['rape~', 'molest~', 'grope~', 'sexually assault~', 'sexually abuse~'], OBJ_STRONG), 'rape', 'raped', 'sexual assault', 'sexual abuse', 'molestation'],
    category: 'sexual', tier: 'block', channel: 'both',
    why: 'sexual violence is blocked by every provider.',
    suggestions: [],
  },
  {
    patterns: ['sexy', 'seductive', 'sensual', 'provocative', 'busty', 'scantily clad', 'scantily-clad', 'lustful', 'horny'],
    category: 'sexual', tier: 'warn', channel: 'both', pos: 'adj', aboutPerson: true,
    why: 'suggestive wording raises the sexual-content score.',
    suggestions: ['confident and elegant', 'elegant'],
  },
  {
    patterns: ['seductively', 'sensually', 'provocatively'],
    category: 'sexual', tier: 'warn', channel: 'both', pos: 'adj',
    why: 'suggestive wording raises the sexual-content score.',
    suggestions: ['confidently', 'elegantly'],
  },
  {
    patterns: ['lingerie', 'cleavage', 'g-string', 'see-through top', 'wet t-shirt', 'pole dance', 'pole dancing', 'pole dancer'],
    category: 'sexual', tier: 'warn', channel: 'both', pos: 'noun',
    why: 'suggestive wording raises the sexual-content score.',
    suggestions: ['a tailored evening gown', 'a silk robe'],
  },
  {
    patterns: ['undress~', 'strip~ naked', 'strip~ off @poss clothes|clothing|dress|shirt', 'take~ off @poss clothes|clothing|underwear'],
    category: 'sexual', tier: 'warn', channel: 'visual', pos: 'verb',
    why: 'undressing on camera raises the sexual-content score.',
    suggestions: ['slip~ into a silk robe', 'turn~ away from the camera'],
  },
  {
    patterns: ['twerk~'],
    category: 'sexual', tier: 'warn', channel: 'both', pos: 'verb',
    why: 'suggestive dancing raises the sexual-content score.',
    suggestions: ['dance~ energetically', 'shimmy~ to the beat'],
  },
  // ─── real people [VEO Celebrity; GPUP impersonation; SEED deepfakes; RUN impersonation] ───
  {
    patterns: [
      'taylor swift', 'tom cruise', 'elon musk', 'donald trump', 'joe biden', 'barack obama', 'michelle obama', 'kim kardashian', 'beyonce', 'beyoncé', 'leonardo dicaprio',
      'scarlett johansson', 'keanu reeves', 'brad pitt', 'angelina jolie', 'morgan freeman', 'pope francis', 'pope leo', 'vladimir putin', 'xi jinping',
      'queen elizabeth', 'king charles', 'prince harry', 'prince william', 'lionel messi', 'cristiano ronaldo', 'lebron james', 'oprah', 'oprah winfrey', 'mark zuckerberg', 'jeff bezos',
      'bill gates', 'marilyn monroe', 'michael jackson', 'elvis presley', 'emma watson', 'tom hanks', 'rihanna', 'kanye west', 'zendaya',
      'dwayne johnson', 'jennifer lawrence', 'johnny depp', 'will smith', 'ariana grande', 'justin bieber', 'billie eilish', 'selena gomez',
      'david attenborough', 'sam altman', 'volodymyr zelensky', 'narendra modi', 'emmanuel macron', 'kamala harris', 'hillary clinton', 'bill clinton',
      'benjamin netanyahu', 'kim jong un', 'adolf hitler', 'hitler', 'adele', 'ed sheeran', 'lady gaga', 'snoop dogg', 'eminem', 'jay-z', 'jay z',
      'shakira', 'bad bunny', 'harry styles', 'dua lipa', 'post malone', 'travis scott', 'nicki minaj', 'cardi b', 'ryan reynolds', 'ryan gosling',
      'margot robbie', 'timothee chalamet', 'timothée chalamet', 'pedro pascal', 'tom holland', 'robert downey jr', 'chris hemsworth', 'jackie chan',
      'bruce lee', 'arnold schwarzenegger', 'sylvester stallone', 'meryl streep', 'denzel washington', 'samuel l jackson', 'al pacino', 'robert de niro',
      'jennifer aniston', 'jennifer lopez', 'kylie jenner', 'kendall jenner', 'paris hilton', 'mrbeast', 'mr beast', 'pewdiepie', 'greta thunberg',
      'albert einstein', 'princess diana', 'martin luther king', 'nelson mandela', 'gandhi', 'mahatma gandhi', 'steve jobs', 'tiger woods', 'serena williams',
      // Surnames that name one person in a prompt, and more public figures [VEO Celebrity; GPUP impersonation].
      'obama', 'trump', 'biden', 'putin', 'zelensky', 'zelenskyy', 'netanyahu', 'erdogan', 'macron', 'zuckerberg', 'bezos', 'kardashian', 'dicaprio', 'schwarzenegger', 'stalin', 'mussolini', 'kim jong-un',
      'keir starmer', 'rishi sunak', 'boris johnson', 'justin trudeau', 'angela merkel', 'giorgia meloni', 'jair bolsonaro', 'ron desantis', 'jd vance', 'j d vance', 'mike pence', 'nancy pelosi', 'bernie sanders', 'alexandria ocasio-cortez', 'aoc',
      'warren buffett', 'rupert murdoch', 'sundar pichai', 'satya nadella', 'gordon ramsay', 'jimmy fallon', 'jimmy kimmel', 'stephen colbert', 'joe rogan', 'andrew tate', 'logan paul', 'jake paul', 'kai cenat', 'ishowspeed', 'khaby lame', 'charli damelio', 'addison rae',
      'prince andrew', 'meghan markle', 'kate middleton', 'princess kate', 'chris rock', 'jim carrey', 'nicolas cage', 'jason momoa', 'idris elba', 'henry cavill', 'anya taylor-joy', 'florence pugh', 'sydney sweeney', 'jenna ortega', 'millie bobby brown', 'emma stone', 'natalie portman', 'anne hathaway', 'nicole kidman', 'tom hardy', 'cillian murphy', 'matt damon', 'ben affleck', 'george clooney', 'christian bale', 'hugh jackman', 'daniel radcliffe', 'vin diesel', 'jason statham', 'kevin hart', 'mr bean', 'rowan atkinson', 'charlie chaplin',
      'olivia rodrigo', 'sabrina carpenter', 'chappell roan', 'doja cat', 'the weeknd', 'bruno mars', 'kendrick lamar', 'lil wayne', 'lil nas x', '50 cent', 'ice cube', 'dr dre', 'tupac', 'tupac shakur', '2pac', 'biggie smalls', 'notorious big', 'freddie mercury', 'john lennon', 'paul mccartney', 'mick jagger', 'bob marley', 'kurt cobain', 'celine dion', 'dolly parton', 'miley cyrus', 'katy perry', 'britney spears', 'elton john', 'stevie wonder', 'whitney houston', 'mariah carey', 'frank sinatra', 'jimi hendrix', 'jungkook', 'ozzy osbourne', 'bob dylan', 'bruce springsteen', 'johnny cash', 'amy winehouse', 'prince harry',
      'shohei ohtani', 'tom brady', 'patrick mahomes', 'travis kelce', 'stephen curry', 'steph curry', 'simone biles', 'conor mcgregor', 'mike tyson', 'muhammad ali', 'floyd mayweather', 'novak djokovic', 'rafael nadal', 'lewis hamilton', 'max verstappen', 'david beckham', 'zlatan ibrahimovic', 'erling haaland', 'mohamed salah', 'wayne gretzky', 'diego maradona', 'caitlin clark', 'pele',
      'the king of england', 'the queen of england', 'the british king', 'the president of the united states', 'the us president', 'the american president', 'president biden', 'president trump', 'president obama',
      'winston churchill', 'abraham lincoln', 'john f kennedy', 'jfk', 'george washington', 'joseph stalin', 'mao zedong', 'osama bin laden', 'bin laden', 'saddam hussein', 'benito mussolini', 'pol pot', 'che guevara', 'fidel castro', 'charles manson', 'ted bundy', 'jeffrey dahmer', 'jeffrey epstein', 'ghislaine maxwell', 'harvey weinstein', 'p diddy', 'sean combs', 'r kelly', 'the pope', 'the dalai lama', 'dalai lama',
      'michael jordan', 'kobe bryant', 'usain bolt', 'roger federer', 'neymar', 'kylian mbappe', 'kylian mbappé', 'jensen huang', 'tim cook',
      // Surnames and first names that name one public figure, and more of them [VEO Celebrity].
      'messi', 'ronaldo', 'mbappe', 'mbappé', 'haaland', 'lebron', 'djokovic', 'nadal', 'federer', 'mahomes', 'ohtani', 'kardashians', 'beyonces', 'kanye', 'kamala', 'hillary clinton', 'starmer', 'sunak', 'trudeau', 'merkel', 'meloni', 'bolsonaro', 'lula da silva', 'javier milei', 'milei', 'viktor orban', 'orban', 'desantis', 'gavin newsom', 'newsom', 'pelosi', 'narendra modi', 'modi', 'kim jong il', 'kim il sung', 'xi jinping', 'ayatollah khamenei', 'khamenei', 'mohammed bin salman', 'bin salman', 'mbs',
      'gal gadot', 'ana de armas', 'glen powell', 'austin butler', 'jacob elordi', 'paul mescal', 'jeremy allen white', 'tom cruise', 'jennifer coolidge', 'megan thee stallion', 'sza', 'lizzo', 'ice spice', 'karol g', 'peso pluma', 'rosalia', 'rosalía', 'blackpink lisa', 'jennie kim', 'jisoo', 'jimin', 'v from bts', 'rm from bts', 'lil baby', 'lil uzi vert', 'young thug', 'future the rapper', 'playboi carti', 'j cole', 'j. cole', 'tyler the creator', 'frank ocean', 'asap rocky', 'a$ap rocky', 'shaq', 'shaquille oneal', 'dwyane wade', 'kevin durant', 'giannis', 'luka doncic', 'wembanyama', 'simone biles', 'naomi osaka', 'coco gauff', 'carlos alcaraz', 'tom brady', 'aaron rodgers', 'saquon barkley', 'kylie kelce', 'taylor swifts', 'elons', 'trumps', 'mr. beast', 'logan pauls', 'andrew tates', 'joe rogans',
    ],
    category: 'real-person', tier: 'warn', channel: 'both', pos: 'noun', combo: 'celebrity',
    why: 'real, recognisable people are refused by most video models (likeness and consent rules).',
    suggestions: ['a fictional performer', 'an original character'],
  },
  {
    patterns: ['in the voice of @name @name?', 'in the voice of @det? famous|celebrity|real|well-known', 'voiced by @name @name?', 'in @name @name? voice'],
    category: 'real-person', tier: 'warn', channel: 'both', combo: 'celebrity', speech: true,
    why: 'imitating a real person\'s voice is refused even without a picture of them.',
    suggestions: ['in an original warm, low, slightly raspy voice', 'in an original bright, clear voice'],
  },
  {
    patterns: ['sounds exactly like @name @name?', 'looks exactly like @name @name?', 'impersonating @name @name?', 'impersonation of @name @name?', 'an impression of @name @name?', 'celebrity lookalike', 'celebrity look-alike', 'deepfake', 'deepfakes', 'deep fake', 'face swap', 'faceswap', 'face-swap', 'voice of a real', 'real celebrity', 'famous celebrity'],
    category: 'real-person', tier: 'warn', channel: 'both', combo: 'celebrity',
    why: 'imitating a real person\'s voice or likeness is refused even without naming them.',
    suggestions: [],
  },
  // ─── third-party IP [VEO Third-party content; SEED IP infringement; RUN others' IP] ───
  {
    patterns: [
      'mickey mouse', 'minnie mouse', 'donald duck', 'spider-man', 'spiderman', 'batman', 'superman', 'wonder woman', 'darth vader', 'yoda',
      'luke skywalker', 'pikachu', 'pokemon', 'pokémon', 'super mario', 'mario bros', 'luigi', 'princess peach', 'harry potter', 'hogwarts', 'iron man',
      'captain america', 'the hulk', 'thor', 'thanos', 'deadpool', 'wolverine', 'black panther', 'the joker', 'harley quinn', 'marvel comics', 'marvel universe', 'marvel superhero', 'marvel superheroes', 'marvel hero', 'the terminator', 'shrek', 'homer simpson',
      'bart simpson', 'the simpsons', 'sonic the hedgehog', 'hello kitty', 'barbie', 'lightsaber', 'star wars', 'disney princess', 'buzz lightyear',
      'woody from toy story', 'spongebob', 'peppa pig', 'bluey', 'optimus prime', 'james bond', 'gandalf', 'frodo', 'gollum', 'winnie the pooh', 'elsa from frozen',
      'minecraft', 'fortnite', 'master chief', 'lara croft', 'naruto', 'goku', 'sailor moon', 'totoro', 'studio ghibli', 'scooby-doo', 'scooby doo', 'bugs bunny',
      'garfield', 'snoopy', 'kermit', 'the muppets', 'paw patrol', 'grogu', 'baby yoda', 'stormtrooper', 'stormtroopers', 'jedi', 'sith',
      'kratos', 'link from zelda', 'zelda', 'kirby', 'pac-man', 'pacman', 'roblox', 'hatsune miku', 'luffy', 'dragon ball',
      'attack on titan', 'demon slayer', 'jujutsu kaisen', 'squid game', 'stranger things', 'game of thrones', 'the mandalorian', 'indiana jones',
      'jack sparrow', 'john wick', 'the terminator', 'robocop', 'xenomorph', 'godzilla', 'king kong', 'teenage mutant ninja turtles',
      // More franchises and their characters [VEO Third-party content; RUN others' IP].
      'minions', 'spongebob squarepants', 'patrick star', 'rick and morty', 'rick sanchez', 'family guy', 'peter griffin', 'south park', 'eric cartman', 'the grinch', 'wall-e', 'toy story', 'lightning mcqueen', 'finding nemo', 'simba', 'the lion king', 'moana', 'lilo and stitch', 'cinderella', 'rapunzel', 'aladdin', 'the little mermaid',
      'the avengers', 'avengers', 'captain america', 'black widow', 'doctor strange', 'ant-man', 'groot', 'aquaman', 'green lantern', 'catwoman', 'gotham city', 'darth maul', 'kylo ren', 'han solo', 'chewbacca', 'r2-d2', 'c-3po', 'boba fett', 'hermione granger', 'voldemort', 'lord voldemort', 'dumbledore', 'hagrid',
      'legolas', 'aragorn', 'sauron', 'mordor', 'daenerys', 'daenerys targaryen', 'jon snow', 'the witcher', 'geralt of rivia', 'bowser', 'donkey kong', 'yoshi', 'samus', 'charizard', 'mewtwo', 'ash ketchum', 'mega man', 'street fighter', 'mortal kombat', 'sub-zero', 'call of duty', 'grand theft auto', 'gta', 'skyrim', 'the last of us', 'resident evil', 'among us', 'five nights at freddys', 'freddy fazbear',
      'freddy krueger', 'jason voorhees', 'michael myers', 'chucky', 'pennywise', 'ghostface', 'hannibal lecter', 'ghostbusters', 'back to the future', 'marty mcfly', 'rocky balboa', 'rambo', 'megatron', 'transformers', 'power rangers', 'he-man', 'tom and jerry', 'looney tunes', 'road runner', 'wile e coyote', 'daffy duck', 'tweety', 'popeye', 'smurfs', 'the smurfs', 'care bears', 'my little pony', 'dora the explorer', 'elmo', 'big bird', 'cookie monster', 'sesame street', 'teletubbies', 'thomas the tank engine', 'paddington',
      // Characters that are also named alone, and more franchises [VEO Third-party content; RUN others' IP].
      'princess elsa', 'queen elsa', 'elsa and anna', 'anna and elsa', 'olaf the snowman', 'pluto the dog', 'winnie-the-pooh', 'tigger', 'eeyore', 'hermione', 'ron weasley', 'severus snape', 'snape', 'draco malfoy', 'the incredible hulk', 'hulk smash', 'nick fury', 'scarlet witch', 'black adam', 'robin and batman', 'the riddler', 'the penguin from batman', 'bane from batman', 'venom symbiote', 'carnage symbiote', 'squidward', 'mr krabs', 'sandy cheeks', 'stewie griffin', 'stewie', 'marge simpson', 'lisa simpson', 'mr burns', 'shaggy and scooby', 'velma dinkley', 'gru and the minions', 'despicable me', 'shrek and donkey', 'lord farquaad', 'nemo the clownfish', 'dory the fish', 'woody and buzz', 'sheriff woody', 'mario and luigi', 'mario kart', 'super mario bros', 'nintendos mario', 'princess zelda', 'link and zelda', 'ganondorf', 'shadow the hedgehog', 'tails and knuckles', 'crash bandicoot', 'spyro', 'pac man', 'donkey kong', 'cloud strife', 'sephiroth', 'tifa lockhart', 'final fantasy', 'kingdom hearts', 'eevee', 'jigglypuff', 'squirtle', 'bulbasaur', 'gengar', 'lucario', 'team rocket', 'zoro from one piece', 'roronoa zoro', 'nami from one piece', 'gojo satoru', 'satoru gojo', 'gojo', 'sukuna', 'tanjiro', 'nezuko', 'eren yeager', 'levi ackerman', 'mikasa', 'light yagami', 'ryuk', 'one punch man', 'deku', 'all might', 'doraemon', 'astro boy', 'ultraman', 'power ranger', 'pokemon trainer', 'ellie and joel', 'nathan drake', 'ezio auditore', 'arthur morgan', 'red dead redemption', 'the witcher geralt', 'master chief halo', 'halo spartan', 'fortnite skin', 'among us crewmate', 'minecraft creeper', 'creeper from minecraft', 'enderman', 'hello kitty and friends', 'my melody', 'cinnamoroll', 'pompompurin', 'sanrio', 'paddington bear', 'peter rabbit', 'thomas the train', 'bob the builder', 'fireman sam', 'postman pat', 'teletubby', 'barney the dinosaur', 'the cat in the hat', 'the lorax', 'willy wonka', 'oompa loompa', 'oompa loompas', 'the mandalorian', 'baby groot', 'wall e', 'eve from wall-e', 'remy the rat', 'encanto', 'mirabel', 'bruno madrigal', 'stitch from lilo', 'captain hook', 'tinker bell', 'maleficent', 'ursula the sea witch', 'jafar', 'genie from aladdin', 'jasmine from aladdin', 'mulan', 'pocahontas', 'belle from beauty and the beast', 'beauty and the beast', 'snow white and the seven dwarfs', 'the seven dwarfs', 'sleeping beauty aurora', 'ariel from the little mermaid', 'sebastian the crab', 'hades from hercules', 'scar from the lion king', 'timon and pumbaa', 'kung fu panda', 'po from kung fu panda', 'toothless the dragon', 'how to train your dragon', 'puss in boots', 'megamind', 'gumball', 'adventure time', 'finn and jake', 'steven universe', 'avatar aang', 'the last airbender', 'ben 10', 'dexter from dexters lab', 'powerpuff girls', 'scooby gang', 'the jetsons', 'the flintstones', 'fred flintstone', 'yogi bear', 'pink panther', 'inspector gadget', 'casper the ghost', 'betty boop', 'felix the cat', 'woody woodpecker', 'alvin and the chipmunks', 'sonic and shadow', 'ninja turtles', 'leonardo from tmnt', 'michelangelo ninja turtle', 'transformer bumblebee', 'megatron', 'godzilla vs kong', 'jurassic park', 'jurassic world', 'neo from the matrix', 'agent smith', 'the terminator t-800', 't-800', 'alien xenomorph', 'james bond 007', 'agent 007', '007', 'mission impossible', 'ethan hunt', 'john wick', 'the joker from batman', 'batmobile', 'batcave', 'hogwarts castle', 'quidditch', 'platform nine and three quarters', 'the one ring', 'middle-earth', 'tatooine', 'death star', 'millennium falcon', 'x-wing', 'tie fighter', 'ewok', 'ewoks', 'wookiee', 'navi from avatar', 'pandora from avatar', 'dune sandworm', 'paul atreides', 'katniss everdeen', 'the hunger games', 'harry styles',
      'miles morales', 'one piece anime|manga|characters', 'from one piece', 'sonic and tails|knuckles', 'green hill zone', 'from frozen', 'disneys frozen', 'from encanto', 'from moana', 'from the lion king', 'from toy story', 'from shrek', 'from star wars', 'from harry potter', 'sasuke', 'vegeta', 'evangelion', 'gundam', 'spirited away', 'chainsaw man', 'my hero academia', 'death note', 'tokyo ghoul', 'hunter x hunter', 'kuromi', 'labubu', 'angry birds', 'wednesday addams', 'the addams family', 'walter white', 'breaking bad', 'tony soprano', 'peaky blinders', 'thomas shelby', 'homelander', 'x-men', 'professor x', 'magneto', 'olaf from frozen', 'frozen elsa', 'ariel the mermaid', 'steve from minecraft', 'minecraft steve',
    ],
    category: 'third-party-ip', tier: 'warn', channel: 'both', pos: 'noun', combo: 'character',
    why: 'copyrighted characters and franchises are refused or blocked on output.',
    suggestions: ['an original character in a custom costume', 'a masked hero of your own design'],
  },
  {
    // Devices and toys named as the things in a scene ("filmed on an iPhone", "builds a LEGO
    // castle", "plays PlayStation") are no logo; their logo or branding is.
    patterns: ['coca-cola', 'coca cola', 'coke can', 'pepsi', 'nike logo', 'nike swoosh', 'adidas logo', 'apple logo', 'mcdonalds', 'starbucks', 'ferrari logo', 'rolex', 'louis vuitton', 'gucci', 'red bull', 'lego logo|branding|minifigure|minifigures|movie', 'disney castle', 'pixar', 'pixar style', 'disney style', 'netflix logo', 'iphone logo|ad|commercial', 'playstation logo|controller_logo', 'nintendo logo', 'tesla logo', 'chanel', 'prada',
      'air jordans', 'air jordan', 'yeezys', 'balenciaga', 'versace', 'dior', 'burberry', 'cartier', 'tiffany and co', 'supreme logo|box_logo|hoodie', 'heineken', 'budweiser', 'jack daniels', 'monster energy', 'gatorade', 'kfc', 'burger king', 'taco bell', 'dunkin', 'golden arches', 'the swoosh'],
    category: 'third-party-ip', tier: 'info', channel: 'visual', pos: 'noun',
    why: 'brands and logos can be blocked or rendered garbled; avoid them in generated footage.',
    suggestions: ['an unbranded red soda can', 'a plain white sneaker with no logo'],
  },
  {
    patterns: [
      'lyrics from|of|by', 'sings|singing|sing|sang @det? song by', 'song|songs|hit|hits|track|album by @name', 'theme song from|of', 'theme from', 'soundtrack from|of', 'cover of', 'a cover version',
      'bohemian rhapsody', 'imperial march', 'star wars theme', 'hey jude', 'thriller by', 'billie jean', 'despacito', 'happy birthday song',
      'smells like teen spirit', 'sweet child o mine', 'stairway to heaven', 'wonderwall', 'hotel california', 'rolling in the deep',
      'uptown funk', 'gangnam style', 'baby shark', 'never gonna give you up', 'dancing queen', 'my heart will go on', 'careless whisper',
      'livin on a prayer', 'sweet caroline', 'dont stop believin', 'we will rock you', 'we are the champions', 'another brick in the wall', 'yellow submarine',
      'all i want for christmas is you', 'jingle bell rock', 'old town road', 'flowers by miley cyrus',
      'harry potter theme', 'jaws theme', 'mission impossible theme', 'james bond theme', 'pirates of the caribbean theme', 'game of thrones theme', 'jurassic park theme',
      'is this the real life', 'just a small town girl', 'cause baby now weve got bad blood', 'hello from the other side', 'im gonna take my horse to the old town road',
      'a beatles song', 'beatles song', 'taylor swift song', 'beyonce song', 'drake song', 'adele song', 'queen song', 'metallica song', 'abba song', 'bts song', 'blackpink song',
    ],
    category: 'third-party-ip', tier: 'warn', channel: 'audio',
    why: 'copyrighted songs and lyrics are rejected by audio filters.',
    suggestions: ['an original wordless melody', 'an upbeat original synth-pop instrumental'],
  },
  {
    // Titles that are also everyday phrases count only when sung, played or hummed.
    quotes: true,
    patterns: [`sing~|play~|hum~|perform~|blast~|cover~ ${SUNG_TITLES.map((t) => t.replace(/ /g, '_')).join('|')}`],
    category: 'third-party-ip', tier: 'warn', channel: 'both', pos: 'verb',
    why: 'a named hit song is copyrighted music, rejected by audio filters.',
    suggestions: ['hum~ an original wordless melody', 'sing~ an original folk tune'],
  },
  // ─── hate [OAI hate, hate/threatening; GPUP hate speech; VEO Hate; KLING discrimination; RUN hateful symbols] ───
  {
    patterns: [
      'nazi', 'nazis', 'neo-nazi', 'neo nazi', 'neo-nazis', 'neo nazis', 'swastika', 'swastikas', 'hakenkreuz', 'kkk', 'ku klux klan', 'klan', 'klansman', 'klansmen', 'klan robes', 'klan hood|hoods',
      'white power', 'white supremacist', 'white supremacists', 'white supremacy', 'white pride', 'white nationalist', 'white nationalists', 'aryan brotherhood', 'aryan nations', 'aryan race',
      'ethnic cleansing', 'genocide', 'pogrom', 'racial slur', 'racial slurs', 'hate speech', 'hate crime', 'hate symbol', 'hate symbols', 'heil hitler', 'sieg heil', 'heil', 'nazi salute', 'hitler salute',
      'roman salute', 'seig heil', 'lynch mob', 'ss insignia', 'ss uniform', 'ss uniforms', 'ss officer', 'ss officers', 'ss runes', 'ss bolts', 'ss lightning bolts', 'totenkopf', 'sonnenrad',
      'black sun symbol', 'blood and soil', 'jews will not replace us', 'you will not replace us', 'great replacement', 'fourteen words', '14 words', 'rahowa', 'racial holy war', 'holocaust denial',
       'burning cross', 'burning crosses', 'cross burning', 'cross-burning', 'gas chamber', 'gas chambers', 'master race', 'race war', 'hitler youth',
    ],
    category: 'hate', tier: 'block', channel: 'both', pos: 'noun',
    why: 'hate symbols, slogans and groups are blocked outright.',
    suggestions: [],
  },
  {
    // Raising a cross is also a church procession: only a burning one is the hate symbol.
    patterns: ['burn~|light~ @det? cross|crosses', 'set~ @det? cross|crosses alight|ablaze|on_fire', 'raise~|erect~|plant~ @det? burning|flaming|fiery|blazing cross|crosses'],
    category: 'hate', tier: 'block', channel: 'visual', pos: 'verb',
    why: 'a cross set alight is a Ku Klux Klan hate symbol.',
    suggestions: [],
  },
  {
    patterns: [
      '@group are|were all? @dehum', '@group people|folks|men|women are|were @word? @word? freaks|perverts|degenerates|abominations|vermin|animals|subhuman|parasites|groomers|mentally_ill', '@group are|were @word? @word? freaks|perverts|degenerates|groomers', '@group are|were mentally ill', '@group are|were all? terrorists|criminals|rapists|thieves|savages|degenerates|perverts|pedophiles|paedophiles|groomers|invaders|evil|stupid|inferior|diseased|dirty|filthy|disgusting|worthless|abominations', '@group are|were @det? abomination|disease|plague|cancer|threat|infestation', '@group are|were too stupid|dumb|weak|emotional', '@group belong in @det? kitchen|cages|camps|zoo|jail|prison', 'belong in the kitchen', '@group should|must be locked_up|rounded_up|shot|hanged|sterilised|sterilized|banned|burned|lynched|put_down|gassed|jailed', '@group dont deserve to live|rights|to_vote', '@group shouldnt be allowed to vote|live|exist', '@group are|were not human', '@group are|were @det? @dehum', 'exterminate~|eradicate~|wipe~|purge~|cleanse~|deport~|gas~ @det? @group', 'wipe~ out @det? @group', 'kill~ all @det? @group', 'death to @det? @group',
      '@group should|must die', '@group should|must be killed|exterminated|gassed|deported|wiped_out|eliminated', '@group go back to', 'hate~ @group', 'go back to your country', 'go back where you came from', 'go back to where you came from', 'filthy @group', 'dirty @group', 'subhuman @group',
    ],
    category: 'hate', tier: 'block', channel: 'both', pos: 'clause',
    why: 'dehumanising or violent language about a protected group is hate speech.',
    suggestions: [],
  },
  {
    // Slurs, by the categories open moderation lists use (race and ethnicity, religion, sexual
    // orientation, gender identity, disability); entries written for vprompt.
    patterns: [
      'n-word', 'the n word', 'nigger', 'niggers', 'nigga', 'niggas', 'negroid', 'coons', 'spic', 'spics', 'wetback', 'wetbacks', 'beaner', 'beaners', 'chink', 'chinks', 'gook', 'gooks', 'jap', 'japs', 'paki', 'pakis',
      'raghead', 'ragheads', 'towelhead', 'towelheads', 'sand nigger', 'kike', 'kikes', 'kyke', 'heeb', 'heebs', 'gypo', 'gyppo', 'pikey', 'pikeys', 'wop', 'wops', 'dago', 'dagos',
      'faggot', 'faggots', 'fags', 'tranny', 'trannies', 'shemale', 'retard', 'retards', 'retarded', 'mongoloid', 'spaz', 'spastic', 'zipperhead', 'camel jockey', 'porch monkey', 'jungle bunny',
    ],
    category: 'hate', tier: 'block', channel: 'both',
    why: 'slurs are blocked as hate speech in text and in dialogue.',
    suggestions: [],
  },
  // ─── self-harm [OAI self-harm, self-harm/intent, self-harm/instructions; GPUP self-harm; KLING; RUN] ───
  {
    patterns: [
      'suicide', 'suicidal', 'kill~ @refl', 'kill myself', 'self-harm', 'self harm', 'self-harming', 'self-injury', 'self injury', 'self-mutilation',
      'cut~|slit~|slash~ @poss wrists|wrist|forearm|forearms|arms|thighs', 'cut~ @refl', 'cutting herself|himself|myself|themselves', 'razor blade|blades to @poss wrist|wrists|arm|skin', 'overdose~', 'hang~ @refl', 'noose', 'nooses',
      'take~ @poss own life', 'end~ @poss own? life', 'end it all', 'ending it all', 'end~ it all', 'suicide note', 'suicide notes', 'nobody will miss me', 'no one will miss me', 'noone will miss me',
      'nobody would miss me', 'no one would miss me', 'better off without me', 'better off dead', 'want to die', 'wants to die', 'wanted to die', 'i want to die', 'wish i was dead', 'wish i were dead',
      'want it all to end', 'want it to end', 'cant go on anymore', 'cant go on like this', 'took all my pills', 'took all the pills', 'swallowed all @poss pills', 'dont want to live anymore', 'dont want to be alive', 'dont want to wake up', 'never wake up again', 'not wake up tomorrow', 'wont wake up tomorrow', 'go to sleep and never wake up', 'not be here tomorrow', 'wont be here tomorrow',
      'this is my goodbye', 'my last goodbye', 'my final goodbye', 'goodbye cruel world', 'kill yourself', 'kys', 'go die', 'go kill yourself', 'you should die', 'you should kill yourself',
      'slit my wrists', 'swallow~ @det? handful|bottle of pills', 'pro-ana', 'pro ana', 'pro-mia', 'pro mia', 'thinspiration', 'thinspo', 'bonespo', 'meanspo', 'starve~ @refl', 'binge and purge', 'purging after meals', 'purge~ after eating', 'thigh gap goals', 'skip~ meals to be thin',
    ],
    category: 'self-harm', tier: 'block', channel: 'both',
    why: 'self-harm, suicidal intent and eating-disorder promotion are blocked by every provider.',
    suggestions: [],
  },
  {
    patterns: ['jump~ off|from @det? building|bridge|roof|rooftop|cliff|ledge|balcony|overpass|tower', 'about to jump', 'about to step off|onto_the_tracks|in_front', 'step~ onto the tracks', 'edge of @det? @word? platform as @det? train approaches|arrives|comes', 'step~ off @det? ledge|edge', 'stand~ on @det? ledge', 'lean~ over @det? railing of @det? bridge'],
    category: 'self-harm', tier: 'warn', channel: 'visual',
    why: 'a person about to fall from a height can read as self-harm.',
    suggestions: ['stand~ at the railing, looking out over the city', 'lean~ on the railing, watching the lights below'],
  },
  // ─── dangerous: weapons, explosives, drugs [OAI illicit, illicit/violent; GPUP illegal activity, violent extremism; VEO Dangerous; KLING terrorism; RUN illegal goods] ───
  {
    patterns: [
      'bomb-making', 'bomb making', 'pipe bomb', 'pipe bombs', 'car bomb', 'nail bomb',
      'molotov', 'molotov cocktail', 'molotov cocktails', 'homemade explosive', 'homemade explosives', 'how to make a bomb', 'how to build a bomb', 'ied', 'ieds', 'suicide bomber', 'suicide bombers', 'suicide vest',
      'terrorist attack', 'terror attack', 'blow~ up @det @word? bus|train|plane|building|school|car|crowd|embassy|mosque|church|synagogue|temple|market|station|subway', 'terrorist', 'terrorists', 'hijacking', 'hijack~ @det? plane|airplane|jet|bus', 'arson', '3d printed gun', '3d-printed gun', '3d print~ @det? gun', 'nerve agent', 'sarin', 'ricin', 'anthrax', 'dirty bomb',
      'meth lab', 'cooking meth', 'cook~ meth|crystal_meth|methamphetamine|crack', 'drug lab', 'mix~ bleach and ammonia',
      'snort~ cocaine|coke|heroin|lines|a_line|rails|a_rail|powder|meth|ketamine', 'line|lines|rails of cocaine|coke|white_powder', 'rail|rails of white powder', 'inject~ heroin', 'shoot~ up heroin', 'shooting up heroin', 'smoke~ crack|meth|heroin', 'crack pipe', 'meth pipe',
      'freebasing', 'freebase', 'drug deal', 'drug dealing', 'deal~ drugs', 'sell~ drugs', 'fentanyl', 'heroin needle', 'needle in @poss arm|vein', 'tie~ off @poss arm', 'cook~ up @det? spoon of heroin', 'cook~ heroin',
    ],
    category: 'dangerous', tier: 'block', channel: 'both',
    why: 'making weapons or explosives, terror and hard-drug use are blocked (illicit/violent, Dangerous).',
    suggestions: [],
  },
  {
    patterns: ['build~|make~|assemble~|wire~ @det? bomb|bombs|ied|explosive|explosives|detonator|pipe_bomb|grenade|silencer|suppressor|ghost_gun|suicide_vest'],
    category: 'dangerous', tier: 'block', channel: 'both', pos: 'verb',
    why: 'making weapons or explosives is blocked (illicit/violent, Dangerous).',
    suggestions: ['solder~ a circuit board under a desk lamp', 'tinker~ with an old radio, purpose left unstated'],
  },
  {
    patterns: ['napalm', 'weaponised', 'weaponized', 'cocaine', 'heroin', 'meth', 'methamphetamine', 'crystal meth', 'crack cocaine', 'lsd', 'ecstasy pills', 'mdma', 'magic mushrooms', 'ketamine', 'drunk driving', 'drink driving', 'bomb explodes', 'detonate~', 'bong', 'bongs', 'bong hit', 'roll~ @det? joint', 'smoke~ @det? joint|blunt|spliff', 'joint of weed', 'drug paraphernalia', 'stoned', 'getting high', 'tripping on acid', 'pill-popping', 'popping pills', 'junkie', 'junkies'],
    category: 'dangerous', tier: 'warn', channel: 'both',
    why: 'drug use and dangerous acts are often held for review.',
    suggestions: [],
  },
  // ─── vulgar [VEO Vulgar, Toxic; OAI harassment; KLING vulgar or insulting language] ───
  {
    patterns: ['fucker', 'motherfucker', 'piece of shit', 'bitch', 'son of a bitch', 'bastard', 'asshole', 'arsehole', 'dickhead', 'cunt', 'twat', 'wanker', 'whore', 'slut', 'skank', 'jackass', 'dumbass', 'douchebag'],
    category: 'vulgar', tier: 'warn', channel: 'both', pos: 'noun',
    why: 'profanity trips audio filters in dialogue and vulgarity filters in text.',
    suggestions: ['jerk', 'fool'],
  },
  {
    patterns: ['fuckers', 'motherfuckers', 'bitches', 'bastards', 'assholes', 'arseholes', 'dickheads', 'cunts', 'twats', 'wankers', 'whores', 'sluts'],
    category: 'vulgar', tier: 'warn', channel: 'both', pos: 'noun',
    why: 'profanity trips audio filters in dialogue and vulgarity filters in text.',
    suggestions: ['jerks', 'fools'],
  },
  {
    patterns: ['fucking', 'fuckin', 'motherfucking', 'shitty', 'bitching'],
    category: 'vulgar', tier: 'warn', channel: 'both', pos: 'adj',
    why: 'profanity trips audio filters in dialogue and vulgarity filters in text.',
    suggestions: ['freaking', 'lousy'],
  },
  {
    patterns: ['fuck', 'fucks', 'fucked', 'shit', 'shits', 'shitting', 'bullshit', 'horseshit', 'mf', 'wtf', 'stfu', 'goddammit', 'goddamnit', 'bollocks'],
    category: 'vulgar', tier: 'warn', channel: 'both',
    why: 'profanity trips audio filters in dialogue and vulgarity filters in text.',
    suggestions: ['bleep'],
  },
  {
    patterns: ['dick', 'prick', 'cock', 'pussy', 'tits', 'knob', 'goddamn', 'bloody hell', 'piss off', 'pissed off', 'screw you', 'sod off', 'arse'],
    category: 'vulgar', tier: 'info', channel: 'audio',
    why: 'mild profanity is usually fine but can tip a borderline audio check.',
    suggestions: ['No way!', 'Oh, come on!'],
  },
  {
    patterns: ['middle finger', 'flip~ off @pron', 'flip~ off @det @mod? @person', 'flip~ off @det? camera', 'flips the bird', 'flipping the bird', 'flip~ @det? bird', 'mooning', 'urinate~', 'pee~ on', 'piss~ on', 'vomit~', 'puke~', 'throw~ up on', 'spit~ on @det? @mod? @person', 'spit~ in @poss face', 'defecate~', 'pooping', 'poops', 'fart~', 'crotch grab', 'grab~ @poss crotch'],
    category: 'vulgar', tier: 'warn', channel: 'visual',
    why: 'crude gestures and bodily functions are caught by vulgarity filters.',
    suggestions: ['rolls her eyes and turns away', 'a dismissive wave of the hand'],
  },
];


// ─── Families added for wording outside the tuned corpus (issue 9, "safety by meaning") ───
export const SAFETY_ENTRIES_MORE: SafetyEntry[] = [
  // Harm to a body part, passive harm and harm nouns [OAI violence, violence/graphic; VEO Violence; KLING gore, murder].
  {
    patterns: [
      'cave~|smash~|crush~|bash~|crack~|split~|stave~ @poss|@det skull|head|face|skull_in|head_in', 'cave~ @poss skull|head in', 'bash~|smash~ @poss|@det @gen? head|skull|face in|against|into',
      'tear~|rip~|blow~|hack~|chop~|saw~ @poss|@det legs|leg|arm|arms|limbs|limb|head|hand|hands|fingers off|away', 'is|are|was|were|gets|get|got|being ripped|torn|hacked|chopped off|away|apart', 'is|are|was|were|gets|get|got|being blown apart|to_pieces',
      'intestines', 'innards', 'viscera', 'entrails', 'guts trailing|spilling|spill|hanging', 'intestines trailing|spilling',
      'throat|neck|head|chest|skull|knife|deep|fatal|bloody wound|wounds', 'slit throat', 'human head|heads on|in', 'severed head|heads', 'head rolls|rolled|rolling off|across|into|down', 'the head rolls',
      'bring~|swing~ @det? axe|sword|blade|machete|hatchet down on @det|@poss neck|head|skull', 'on the neck of @det @mod? @mod? @person',
      'hold~|push~|force~|shove~ @poss|@det @gen? head|face under|into @det? water|bathwater|bath|tub|sink|toilet|river|lake',
      'drag~ @det @mod? @mod? @person by @det|@poss hair|throat|neck', 'drag~ @pron by @det|@poss hair|throat|neck', 'by the hair across',
      '@personh burst~ into flames', '@personh go~ up in flames', 'bursts into flames and staggers', 'engulfed in flames screaming',
      'is|are|was|were|gets|get|got|getting|being stabbed|knifed|bludgeoned|strangled|murdered|beheaded|lynched|gunned_down|mowed_down|run_through|impaled|knocked_unconscious|beaten_unconscious',
      'shooting|stabbing|massacre|bombing|attack at|in @det? @word? school|schools|classroom|mosque|church|synagogue|temple|mall|concert|market|nightclub|subway|hallway|cafeteria',
      'school|campus|church|mosque|synagogue|mall|concert|nightclub|workplace|subway shooting|shootings|massacre|stabbing|stabbings|bombing',
      'child soldier~', 'boy soldier~', 'girl soldier~',
      'plow~|plough~|ram~|drive~|mow~|crash~|smash~|barrel~|slam~ into @det? @word? crowd|crowds|pedestrians|protesters|people|shoppers|marchers|cyclists|children|students|worshippers', 'run~ down @det @mod? @mod? @human',
      'push~|shove~|throw~ @det @mod? @mod? @human|@pron|@themp in front of @det? @word? train|bus|truck|car|traffic|subway', 'pushed|shoved|thrown in front of @det? @word? train|bus|truck|car|traffic|subway',
      'put~|pump~|fire~|empty~ @det|@word? bullet|bullets|rounds|round|slug|slugs|clip|magazine in|into @det? @word? @poss? @gen? head|back|chest|skull|face|body|him|her|them', 'put~|stick~|plunge~|drive~|sink~ @det? blade|knife|shank|steel|dagger|machete in|into @poss back|neck|chest|side|gut|stomach|throat|heart',
      'catch~ @pron|@themp|@det? opp|opps lackin|lacking',
      'drop~|throw~|toss~|lob~ @det? grenade|grenades|bomb|bombs|explosive|explosives on|into|onto|at @det? @word? trench|crowd|soldiers|people|market|house|car|bus|@human', 'jump~|step~ in front of @det? @word? train|bus|truck|subway',
      'wrap~|tighten~|loop~|pull~|twist~ @det? cord|rope|wire|belt|garrote|cable|scarf|chain around @det @mod? @gen neck|throat', 'wrap~|tighten~|loop~|pull~|twist~ @det? cord|rope|wire|belt|garrote|cable|scarf|chain around @poss neck|throat', 'until @word goes|go|went limp', 'until @word stops|stop|stopped breathing|moving|struggling',
      'bodies everywhere|strewn|scattered|littering|piled', 'inject~ @det? @mod? @mod? @human|@pron|@themp with poison|bleach|air|cyanide|a_lethal_dose', 'drag~ @det? @mod? @human|@pron|@themp behind @det? @word? truck|car|horse|vehicle|pickup|motorcycle',
      'bullet|bullets|slugs|rounds|lead in @poss chest|head|back|skull|face|body|brain|gut', 'put~ @pron|@themp in the lake|river|ground|dirt|grave|trunk|morgue', 'tear~|rip~|strip~|flay~ @det? flesh from|off', 'flesh from @det? bone|bones', 'drink~ @det? blood of', 'blood of the slain|innocent|dead|weak', 'as @pron|@themp|he|she|they is|are|get|gets torn|ripped|blown apart',
      'run~ @det|@poss @weapon|spear|spears|bayonet|bayonets|lance|pike through|into', 'run~ @pron|@themp through with', 'smash~|break~|crack~ @det? bottle|chair|brick|bat|pipe|beer_bottle over|on|across @poss head|skull|face', 'smash~|break~|crack~ @det? bottle|chair|brick|bat|pipe|beer_bottle over|on|across @det @mod? @gen head|skull|face',
      'bite~|rip~|tear~ off @det|@poss @gen? ear|ears|nose|finger|fingers|lip|tongue|face', 'scream all you want', 'nobody|no_one can|will hear you down_here|scream', 'nobody is coming to save you',
      'pull~ up on @poss|@det block', 'hit~ @pron|@themp with the stick|blick|blicky|draco|switch|chop', 'leave~ @pron|@themp in the dirt|face_down|on_the_floor|on_the_pavement|stinking', 'blicky',
      'saw~|cut~|chop~|hack~|slice~|rip~|tear~|blow~|shoot~ off @poss|@det @mod? @gen? hand|hands|arm|arms|leg|legs|finger|fingers|head|ear|ears|tongue|foot|feet|kneecaps|nose|face', 'blow~ @poss kneecaps|head|brains|face|legs|balls off|out', 'cut~|rip~ @poss tongue|eyes|heart out',
      'press~|put~|hold~|jam~|shove~ @det? @weapon to|under|against|into @det @mod? @gen chin|head|temple|throat|forehead|mouth', 'press~|put~|hold~|jam~|shove~ @det? @weapon to|under|against|into @det chin|head|temple|throat|forehead|mouth of', 'press~|put~|hold~|jam~|shove~ @det? @weapon to|under|against|into his|her|their chin|head|temple|throat|forehead|mouth',
      'stomp~|kick~ on|in @det @mod? @gen head|face|skull|ribs', 'stomp~|kick~ on|in @poss head|face|skull|ribs', 'throw~|hurl~|pelt~ stones|rocks|bricks at @det? @mod? @mod? @human|@pron|@themp', 'pelt~ @det? @mod? @human with stones|rocks|bricks',
      'lead~|pull~|drag~|bundle~|push~|shove~|force~|throw~ @det @mod? @mod? @human into @det? @word? van|trunk|car|truck|boot', 'lead~|pull~|drag~|bundle~|push~|shove~|force~|throw~ @pron|@themp into @det? @word? van|trunk|car|truck|boot',
      ...passive(PASSIVE_KILL),
      ...aimed(['tear~|rip~|pull~', 'hack~|chop~|cut~|slice~'], ['@det? @mod? @mod? @human', '@pron', '@themp'], 'apart|open|to_pieces|limb_from_limb|to_shreds|in_half'),
      ...aimed(['devour~', 'eat~', 'feast~ on', 'maul~', 'disembowel~'], ['@det? @mod? @mod? @human', '@pron', '@themp'], 'alive?'),
      'feast~|feed~|gnaw~ on @poss|@det flesh|organs|brains|entrails|guts|intestines|innards|remains|corpse', 'eat~|devour~ @poss|@det? human? flesh|brains|organs', 'human flesh', 'raw flesh',
      'dismember~|decapitate~|mutilate~|behead~|butcher~|dissolve~|saw~_up|chop~_up|cut~_up|skin~ @det? @mod? body|bodies|corpse|corpses|remains|victim', 'dump~|bury~|hide~|dispose~_of @det @mod? body|bodies|corpse|corpses',
      '@poss|@det throat|neck|wrists|face|belly|stomach is|are|was|were|gets|got slashed|slit|cut|sliced|ripped|torn open?', '@det @gen throat|neck|wrists|face|belly|stomach is|are|was|were|gets|got slashed|slit|cut|sliced|ripped|torn open?', 'throat slashed|slit open?',
      'get~|got @poss head|skull|face|teeth|legs|arm|arms|knees|kneecaps|fingers|jaw|nose|ribs smashed|bashed|caved_in|kicked_in|stomped|crushed|broken|blown_off|cut_off|chopped_off|knocked_out|split_open|ripped_off',
      'break~|snap~|shatter~|smash~ @poss legs|arms|kneecaps|knees|fingers|neck|jaw|ribs|spine|skull|teeth', 'into flesh', 'tearing|ripping|slicing flesh', 'wet gurgle', 'wet tearing|ripping|crunch|crunching|squelch|squelching|snap', 'scream|screams|shriek cut short', 'chainsaw revving and @det? scream', 'bones|bone snapping|snap|crunching|crunch|breaking|shattering', 'flesh ripping|tearing|rips|tears|searing|sizzling', 'howl~|scream~|shriek~|writhe~|wail~|writhing|howling in agony', 'screams of agony|torment', 'knife|blade|machete|dagger|bayonet plunging|plunges|sinks|sinking|slides|sliding into @poss|@det? @mod? chest|back|gut|stomach|neck|throat|flesh|belly|side|eye',
      'slit~|cut~ @det @gen throat', 'snap~|break~ @det @gen neck', 'shove~|push~|throw~|kick~ @pron|@themp down @det? stairs|staircase|stairwell', 'shove~|push~|throw~|kick~ @det @mod? @mod? @person down|off @det? stairs|staircase|roof|cliff|balcony|ledge|bridge', 'shove~|push~|throw~ @pron|@themp off @det? roof|cliff|balcony|ledge|bridge|building',
      'set~ @det? @mod? @mod? @person|@pron|@themp on fire|alight|ablaze', 'bombing|shooting|stabbing|massacre|attack|explosion at|in|on @det? @word? @word? station|train|airport|bus|stadium|festival|parade|embassy|hospital|hotel|cafe|restaurant|bar|club|office|university|college|campus|playground|kindergarten|daycare|rally|square|crowd|market|bazaar|subway|metro',
      'fireball|explosion|blast|bomb swallow~|engulf~|rip~_through|tear~_through|kill~ @det? @word? @word? crowd|crowds|shoppers|stalls|market|people|commuters|passengers|worshippers|@person',
    ],
    category: 'violence', tier: 'block', channel: 'both', pos: 'clause',
    why: 'killing, maiming or mutilating a person — said actively, passively or as a noun — is blocked as graphic violence.',
    suggestions: [],
  },
  {
    patterns: [...passive(PASSIVE_BEAT), 'stomp~ @det @mod? @mod? @person', 'stomp~ @pron|@themp', 'curb-stomp~ @det? @mod? @person'],
    category: 'violence', tier: 'warn', channel: 'both', pos: 'clause', sport: true,
    why: 'a person beaten, kicked or thrown down (said actively or passively) is held by violence filters.',
    suggestions: [],
  },
  {
    // Sounds of killing in sfx and audio lines [VEO Violence; OAI violence/graphic].
    patterns: [
      'shotgun|rifle|pistol|gun|revolver|handgun|musket blast|blasts|report|reports', 'muffled screams', 'muffled scream', 'wet thud|thuds', 'sickening thud|crunch', 'body hitting|hits|hit|drops_to the floor|floorboards|ground',
      'choking|gurgling|drowning on @poss own? blood', 'gurgling and choking', 'gurgl~ on @poss? blood', 'begging for @poss life', 'begs for @poss life', 'pleading for @poss life', 'screams|screaming from the next room',
      'shrieking as @poss leg|arm|legs|arms|hand is', 'shrieks of pain', 'screams of agony', 'cries of pain',
    ],
    category: 'violence', tier: 'warn', channel: 'both', pos: 'noun',
    why: 'sounds of a killing (a shot and a body falling, choking on blood, muffled screams) read as violence to audio filters.',
    suggestions: ['a sharp percussive crack off-screen', 'a door slamming somewhere in the house'],
  },
  {
    // Drill and street slang for shooting or stabbing someone [KLING violence; OAI violence].
    patterns: [
      'leave~ @pron|@themp leakin|leaking|leaked|slumped|stiff', 'leave~ @det? opp|opps|@person leakin|leaking', 'spin~ @det? block', 'spin~ on @det? opps|opp', 'slide~ on @det? opps|opp|block', 'smoke~ @det? opp|opps', 'opp boy|opps get|gets wet', 'get~ @det? opp|opps wet', 'catch~ a body|bodies',
      'drop~ @det? opp|opps', 'clap~ @det? opp|opps', 'wet @det? opp|opps|@pron up', 'pop~ @det? opp|opps', 'body~ @det? opp|opps', 'shiv~ @det? @mod? @person', 'stretch~ @det? opp|opps',
    ],
    category: 'violence', tier: 'warn', channel: 'both', pos: 'clause',
    why: 'street and drill slang for shooting or stabbing someone reads as violence (and threats) to audio filters.',
    suggestions: [],
  },
  {
    // Threats in dialogue: a first-person future with a harm verb, aimed at "you" or at someone close [OAI harassment/threatening].
    patterns: [
      'ill|i_will|im_gonna|gonna|imma|i_start|ill_start|start take~|taking|cut~|cutting|break~|breaking|snap~|chop~|chopping your @gen? fingers|legs|kneecaps|knees|hands|teeth|arms|neck|throat',
      'take~|taking|cut~|cutting|chop~|chopping your @gen fingers|hands|toes', 'one knuckle|finger at a time', 'or i start taking|cutting|breaking', 'or your @word dies|gets_hurt|is_next', 'your @word is next',
      'ill|i_will|gonna burn|kill|shoot|gut|bury every|all|each|everyone|everybody|yall|them|him|her',
      'put~ you|ya|him|her|them in the ground|in_a_box|six_feet_under|in_the_hospital|in_the_dirt|in_a_body_bag', 'youre|you_are going in the ground|in_a_box', 'six feet under', 'bury you', 'ill|gonna|i_will end you', 'youre|you_are dead meat', 'say one more word and', 'one more word and ill', 'or youre next', 'youre next', 'youll be next', 'burn~ every last one of you|them', 'every last one of you alive',
    ],
    category: 'violence', tier: 'warn', channel: 'audio', pos: 'clause',
    why: 'threats in dialogue trip audio safety filters (harassment/threatening).',
    suggestions: [],
  },
  // Sexual acts said plainly, in lyrics and as sounds [OAI sexual; VEO Sexual; GPUP sexually explicit].
  {
    patterns: [
      'fuck~ me|her|him harder|hard|slow|deep|tonight|now|again|all_night', 'going to|gonna|wanna|want_to fuck me|her|him|you', 'how you|youre|you_are going to fuck me', 'fuck~ me', 'ride me slow|hard|deep|all_night|tonight|baby', 'i want you deep', 'want you inside', 'deep inside me', 'take it off baby', 'spread your legs', 'sit on my face',
      'rhythmic|loud|orgasmic|ecstatic|breathless moaning|moans|panting|grunting|thumping|slapping', 'skin slapping|slapping_against_skin', 'slapping skin', 'moaning and grunting', 'grunting and moaning', 'bedsprings creaking|squeaking|creak|squeak', 'creaking|squeaking bedsprings', 'oral sex', 'blow job', 'perform~ oral', 'give~ @pron|@det? head', 'going down on @pron', 'go~ down on @pron', 'cum~', 'cumming', 'ejaculat~', 'erection', 'penetrat~ @pron', 'thrust~ into @pron', 'bare breasts', 'her breasts', 'his penis', 'penis', 'vagina', 'grind~ on @det @gen? lap', 'lap of @det @mod? customer|client|man', 'unbutton~ @poss blouse|shirt|top and', 'headboard bang~|banging|thumping|knocking|slamming|rattling', 'headboard against the wall', 'harder dont stop', 'dont stop harder', 'moaning and grinding', 'grinding and moaning', 'moan~ in|with pleasure',
      'strip~ down to nothing', 'strip~ to nothing', 'down to nothing but', 'strip~ naked', 'grind~ on @poss? lap|crotch', 'dry hump~', 'dry-hump~', 'touching herself|himself|themselves|myself', 'touch~ @refl', 'rip~|tear~ @poss clothes off', 'rip~|tear~ off @poss clothes', 'make~ me scream your name', 'scream your name all night',
      'cocksucker', 'cocksucking', 'cocksuckers', 'spread~ @poss legs for|to|toward|towards @det? camera|webcam|lens|viewer|man|him', 'explicit photos|pictures|images|messages|texts|selfies|content|videos', 'send~ nudes', 'camgirl', 'cam girl', 'webcam show', 'on your|her|his knees and suck', 'suck~ my|his|your dick|cock', 'suck~ @pron off', 'get on your knees and',
    ],
    category: 'sexual', tier: 'block', channel: 'both',
    why: 'sexual acts, in the picture, in lyrics or as sounds, are blocked as sexual content.',
    suggestions: [],
  },
  // The original recording of any song is someone's copyrighted master [VEO Third-party content; SEED IP infringement].
  {
    patterns: ['original studio recording', 'the studio recording', 'original recording|track|version by|of_the_song|of_the_hit|of_the_single', 'full original track', 'the full original recording', 'the original master', 'original master recording', 'the official audio', 'the original song by', 'word for word lyrics', 'sung word for word', 'the album version', 'the radio edit'],
    category: 'third-party-ip', tier: 'warn', channel: 'both', pos: 'noun',
    why: 'a released recording or its full lyrics is copyrighted music, rejected by audio filters.',
    suggestions: ['an original instrumental in the same mood', 'an original wordless melody'],
  },
  // A child drinking, smoking or taking drugs [OAI sexual/minors is not it: RUN child safety; VEO Child].
  {
    patterns: [
      '@age year old|olds|yo @word? @word? smoke~|drink~|chug~|vape~|snort~|swig~|sip~|down~|shotgun~ @det? @word? cigarette|cigarettes|vodka|beer|beers|whiskey|alcohol|booze|wine|shots|tequila|rum|joint|joints|weed|vape|cigar|blunt|cocaine|coke|pills|lean',
      'teen~|teenager~|kid|kids|child|children|toddler|toddlers|preteen~|schoolgirl~|schoolboy~|middle_schooler|middle_schoolers|underage smoke~|drink~|chug~|vape~|snort~|swig~|shotgun~ @det? @word? cigarette|cigarettes|vodka|beer|beers|whiskey|alcohol|booze|wine|shots|tequila|rum|joint|joints|weed|vape|cigar|blunt|cocaine|coke|pills|lean',
      'underage drinking', 'underage drinkers',
    ],
    category: 'minors', tier: 'block', channel: 'visual',
    why: 'a child or teenager drinking, smoking or taking drugs is refused as child endangerment (child safety).',
    suggestions: [],
  },
  // Voice imitation is judged as audio [VEO Celebrity; GPUP impersonation; SEED deepfakes].
  {
    patterns: [
      'cloned voice', 'voice clone', 'voice cloned', 'voice cloning', 'cloned from his|her|their', 'cloned to sound', 'clone~ @poss voice', 'exact cloned voice', 'cloned @gen voice',
      'in @name @name? exact|unmistakable|real|actual|cloned|famous|signature|own voice', 'narration in @name @name?', 'voice-over|voiceover|narration|narrator cloned', 'sound~ exactly like', 'sound~ just like @name @name?', 'soundalike', 'sound-alike', 'voice double',
    ],
    category: 'real-person', tier: 'warn', channel: 'both', combo: 'celebrity', speech: true,
    why: 'imitating a real person\'s voice is refused even without a picture of them.',
    suggestions: [],
  },
  // Hate: masked and coded slurs are handled in the rule; phrases praising genocide or its authors, expulsion and mockery [OAI hate; GPUP hate speech; KLING discrimination].
  {
    patterns: [
      'hitler|the_nazis|nazis was|were right', '1488', 'number 88', 'blackface', 'minstrel show|shows|routine|act', 'rip~|tear~|pull~|yank~ @poss|@det hijab|turban|yarmulke|kippah|niqab|burqa off', 'rip~|tear~|pull~|yank~ off @poss|@det hijab|turban|yarmulke|kippah|niqab|burqa', 'to take off @poss hijab|turban|yarmulke|kippah|niqab|burqa', 'death to @name', 'death to america|israel|the_jews|the_infidels|the_kuffar', 'hook-nosed', 'hooknosed', 'hook nosed', '@group control~ @det? banks|media|world|government|money|hollywood|economy', 'jewish banker|bankers|cabal|conspiracy', 'globalist cabal', 'zionist occupied', 'zog', 'hitler did nothing wrong', 'the holocaust never happened', 'holocaust was a hoax', 'finish what hitler started', 'six million wasnt enough',
      'send~ @themp|em|them|@group back on|in @det? boat|boats', 'send~ @det? @group back', '@group out of @poss city|country|town|neighbourhood|neighborhood', '@group out my|our city|country|town|hood|streets',
      '@group poisoned @poss? wells|water', '@det? @group poisoned our wells', 'drive~ @det? vermin|@group out', 'drive~ out @det? vermin|@group', 'burn~ @det? @group out',
      'god hates @group|fags|gays|homos', 'go back to @poss country', 'go back to @name', 'go back to @det? desert|jungle|cave|caves|trees|zoo', 'camel-riding|camel_riding|goat-fucking terrorist|terrorists', 'back to @name you monkey|ape|savage|animal', 'you monkey|monkeys|ape|apes|savage|savages|subhuman',  '@group drawn|depicted|shown|portrayed as @mod? swarming? cockroaches|rats|vermin|insects|apes|monkeys|parasites|roaches', 'depict~|draw~|show~|portray~|paint~|render~ @group as @mod? swarming? cockroaches|rats|vermin|insects|apes|monkeys|parasites|roaches|pigs|dogs', 'those people are animals|vermin|savages|parasites|subhuman', 'should all be sent back', 'send~ them all back', 'should be sent back where', 'send~ them back where they came from',
      'mimic~|mock~|imitate~|parody~|ridicule~ @det? @mod? @person with down_syndrome|downs_syndrome|autism|cerebral_palsy|a_disability|a_stutter|dwarfism|tourettes',
    ],
    category: 'hate', tier: 'block', channel: 'both', pos: 'clause',
    why: 'praising genocide, telling a group to leave, picturing it as vermin or mocking disability is hate speech.',
    suggestions: [],
  },
  // Self-harm euphemisms, intent and eating-disorder coaching [OAI self-harm/intent, self-harm/instructions; GPUP self-harm].
  {
    patterns: [
      'unalive~', 'unalive @refl', 'un-alive~', 'kms', 'kmsl', 'sewerslide', 'sewer slide', 'self delete', 'self-delete', 'delete~ @refl', 'to|gonna|ill|wanna|will|should off @refl', 'offed|offing @refl', 'rope~ @refl',
      'i finally? end it', 'finally end it', 'end it tonight', 'end~ it tonight', 'end~ it all tonight', 'picked the bridge', 'picked a bridge', 'already picked the bridge|spot|date|day',
      'cut~|slice~|carve~ @poss arm|arms|skin|leg|legs|thigh|thighs|wrist|wrists|stomach with @det? razor|blade|razor_blade|shard|knife', 'rooftop|roof|ledge|bridge|building|overpass ready|about|preparing to jump', 'burn~|press~|stub~ @det? lit? cigarette|lighter|cigarettes into|on|against|out_on @poss own? arm|forearm|skin|wrist|hand|thigh|leg', 'burn~ @refl', 'swallow~|down~|take~|gulp~ @det? whole|entire? bottle|handful|fistful|jar|box of @word? pills|tablets|painkillers|sleeping_pills|pill', 'dont|do_not want to be here|alive|exist anymore', 'dont want to exist', 'tired of living|being_alive', 'im ready to die', 'tonight is the night i', 'want to disappear forever', 'i wont be around|here much longer', 'skip~ breakfast and lunch', 'finally be thin|skinny', 'thin at any cost', 'chew gum when @word hungry', 'chew~ and spit', 'carve~|cut~|etch~|scratch~ @word? @word? into @poss own? arm|arms|thigh|thighs|skin|wrist|wrists|forearm|forearms|stomach|leg|legs', 'hose through @det? @word? window', 'hose from @det? exhaust', 'exhaust hose', 'car running in @det? closed|shut|sealed garage', 'engine running in @det? closed|shut|sealed garage', 'happier|better_off if i was|were gone|dead|not_here', 'if i was|were gone tonight', 'tonight i make that|it happen', 'cuts|gashes|slashes on|across|along @poss wrist|wrists|forearm|forearms|thigh|thighs', 'slashed|slit wrists', 'scars across @poss wrists|wrist', '@weapon to @poss own temple|head|chin|mouth', 'put~|press~|hold~ @det? @weapon to|against|under @poss own temple|head|chin|mouth', 'rope|cord|belt|cable|noose around @poss own? neck', 'how many pills|tylenol|sleeping_pills|tablets|advil|xanax|painkillers does it take', 'lethal dose of', 'take to not wake up', 'and never wake up', 'razor|blade|knife on|to|against|across my|her|his skin|wrist|wrists|arm|arms|thigh|thighs', 'fade away for good', 'disappear for good', 'by the time you hear|read|see|get this', 'dont look for me', 'pinch~ @det? fat on|of @poss stomach|belly|thighs|waist|arms', 'ribs showing captioned', 'one more cut', 'another cut tonight', 'deserve every one of these scars', 'deserve these scars', 'fresh cuts|scratches|scars on @poss forearm|wrist|wrists|arm|arms|thigh|thighs', 'cat scratches', 'hide~ @det? razor|blade|razors|blades in', 'razor in @poss makeup|pencil bag|case',
      'sleep and not|never wake up', 'saving|hoarding|stockpiling|saved|hoarded|stockpiled @det? pills', 'been saving the pills',
      'step~|climb~ over @det? railing|rail|parapet|edge|ledge of @det? @word? bridge|roof|rooftop|overpass|balcony', 'let~ go of @det? railing',
      'purge~ it', 'purge~ @det? meal|dinner|lunch|food|it_up', 'youve failed if you eat', 'if you eat @word? tonight|today you', 'make~ @refl throw up|sick', 'finger down @poss throat', 'starve~ it off',
    ],
    category: 'self-harm', tier: 'block', channel: 'both',
    why: 'suicide euphemisms, a plan, fresh cuts or purging coached in dialogue are blocked as self-harm.',
    suggestions: [],
  },
  // Dangerous: drug slang and dealing, arson, untraceable guns, lethal challenges and stunts, terror threats [OAI illicit, illicit/violent; VEO Dangerous; RUN illegal goods].
  {
    patterns: [
      'the|some|got|on|pop|pops|popping|popped|took|rolling_on molly|mollies', 'percs', 'percocet~', 'xans', 'xanax', 'xanny', 'xannies', 'xanax bars', 'oxycontin', 'fent', 'fetty', 'fentanyl', 'pressed thirties|30s|pills|bars|blues|percs', 'the blues pressed', 'blues pressed', 'm30~', 'm30s',
      'shrooms', 'sell~|sellin|slangin|slang~|push~|pushin rocks|dope|crack|packs|bricks', 'the work in the stash', 'on the corner sellin|selling|slangin', 'take~|pop~ three|four|five|six|ten|a_handful_of|a_bunch_of benadryl|nyquil|dxm|xans|percs', 'robotripping', 'robotrip~', 'dxm', 'best high ever', 'to get high', 'get~ high off|on', 'bag of shrooms|molly|pills|coke|blow|meth|dope|crack', 'pass the lean', 'sip~ lean', 'sipping lean', 'purple drank', 'sizzurp', 'dirty sprite', 'zooted', 'geeked up', 'trap house', 'trap houses', 'trap jumpin|jumping', 'the fiends', 'fiends in the', 'dope fiend~', 'crackhead~', 'nose candy', 'bricks|kilos|kilo|key|keys of coke|cocaine|heroin|dope',
      'whip~ it in @det pot', 'whip~ @det? work|soft|coke|dope', 'turn~ @det? soft into hard', 'cook~ @det? soft|work|coke|dope|rock', 'two for forty', 'white? powder @word? on|under @poss nose', 'coke|cocaine on @poss nose', 'line of coke|cocaine', 'bump of coke|ket|ketamine',
      'ghost gun', 'ghost guns', 'no serial number', 'file~ off @det? serial number|numbers', 'untraceable gun|guns|pistol|pistols|firearm|firearms|weapon|weapons', '3d printed pistol|gun|rifle|firearm', 'pistol frame', 'lower receiver', 'auto sear', 'glock switch', 'bump stock',
      'splash~|pour~|douse~|spray~|soak~ gasoline|petrol|lighter_fluid|kerosene on|along|over|across|around|onto @det? @word? floor|floors|bleachers|walls|wall|house|car|cars|door|doors|stairs|furniture|bed|seats|pews|shelves|building|store|shop|porch|carpet|curtains|@person', 'torch~ @det? gym|house|school|building|store|shop|church|mosque|synagogue|car|cars|precinct|station|office|barn',
      'light~ @det? whole? @word? precinct|station|building|house|school|church|mosque|synagogue up', 'burn~ @det? whole? precinct|station|building|school|church|mosque|synagogue down', 'hurl~|throw~|toss~|lob~ @det? molotov|molotov_cocktail|firebomb|petrol_bomb at|into', 'bottles stuffed with rags', 'rag-stuffed bottle~', 'bottle~ stuffed with @det? rag|rags', 'firebomb~', 'petrol bomb~',
      'light~|start~|set~ @det? fire|fires in @det? school|classroom|bathroom|hallway|gym|church|mosque|synagogue|building|store|locker_room', 'set~ fire to @det? @word? school|house|building|car|store|church|mosque|synagogue|gym|barn|office|apartment|precinct', 'pack~ it|powder|the_powder|gunpowder|black_powder in|into @det pipe|pipes', 'pack~ @det? pipe|pipes with @det? powder|gunpowder|nails|explosive|explosives', 'break~ into @det @gen? @word? house|home|apartment|flat|car|store|shop', 'break~ into @poss|@det house|home|apartment|flat|car|store|shop', 'how to pick a lock', 'pick~ @det? lock to break|get in', 'climb~ @det? electricity|power|electrical|high-voltage|high_voltage pylon|pylons|tower|towers|lines|substation|transformer', 'sell~|selling|sellin @det? @word? guns|rifles|firearms|pistols|weapons|grenades from|out_of @det? trunk|van|car|backpack|boot', 'on the black market', 'black market guns|weapons|arms|firearms', 'arms dealer', 'arms dealers', 'gunrunning', 'gun running', 'trunk full of guns|rifles|weapons', 'mph on|through|down @det? crowded|busy @word? street|streets|road|avenue|boulevard', 'street racing through', 'street race~ through', 'm-80', 'm80', 'm 80', 'm-80s', 'cherry bomb', 'cherry bombs', 'quarter stick', 'stick|sticks of dynamite', 'light~ @det? fuse on|of @det? m_80|m80|explosive|bomb|pipe|dynamite', 'make~|making|produce~|create~|release~ @det? toxic|poison|poisonous|deadly|lethal gas|fumes', 'mix~|mixing household chemicals|cleaners to', 'mix~ bleach and|with', 'swallow~ balloons|pellets|capsules of cocaine|heroin|drugs', 'drug mule~', 'ammonium nitrate', 'anfo', 'tannerite', 'chlorine gas', 'mustard gas', 'nerve gas', 'convert~ @det? @word? @word? rifle|gun|pistol|ar_15|ar15|glock|firearm to full auto|full_automatic|automatic', 'full auto conversion', 'to full auto', 'solvent trap', 'huff~ paint|glue|gas|gasoline|spray_paint|nitrous|aerosol|solvent', 'huff~ from @det? @word? bag', 'huffing', 'whippets', 'nitrous balloons', 'speed~|race~|drive~|tear~ @word? @word? through @det? school_zone|crowd|crowded_street|playground|crosswalk', 'mph through @det? school zone|crowd|neighbourhood|neighborhood', 'blackout challenge', 'choking challenge', 'choking game', 'pass-out challenge', 'pass out challenge', 'tide pod~', 'tide pod challenge', 'detergent pod~', 'laundry pod~', 'bite~ into @det? @word? detergent|laundry|tide pod', 'benadryl challenge', 'skull breaker challenge', 'fire challenge', 'salt and ice challenge',
      'belt tight around @poss own? neck', 'belt around @poss own? neck', 'car surfing', 'train surfing', 'subway surfing', 'viral dare', 'leap~|jump~ from|off @det? moving pickup|car|truck|train|vehicle|van|bus', 'onto @det? freeway|highway overpass railing',
      'thumb~|press~|trigger~|flick~|hit~ @det? detonator', 'truck bomb', 'fertiliser|fertilizer barrels|bomb|bombs', 'the stadium|mall|station|airport|market|school|concert burns|will_burn|explodes|will_explode', 'already wear~ the|their vests', 'explosive vest~',
    ],
    category: 'dangerous', tier: 'block', channel: 'both',
    why: 'drug dealing and drug slang, arson, untraceable guns, lethal challenges and terror threats are blocked as dangerous content (illicit).',
    suggestions: [],
  },
  // Vulgar: crude acts [VEO Vulgar].
  {
    patterns: ['middle fingers', 'pee~|piss~|urinate~ in|into|on|against @det? @word? fountain|pool|street|sink|river|memorial|statue|wall|grave|car|door|crowd', 'drop~ @poss trousers|pants|shorts|boxers|underwear', 'moon~ @det @gen|@word? crowd|camera|audience|family|guests|paparazzi|bride|@person', 'moon~ @pron', 'moon~ @det @gen', 'hump~ @det|@poss', 'dry humps', 'pull~ down @poss pants|trousers'],
    category: 'vulgar', tier: 'warn', channel: 'visual',
    why: 'crude gestures and bodily functions are caught by vulgarity filters.',
    suggestions: [],
  },
];
SAFETY_ENTRIES.push(...SAFETY_ENTRIES_MORE);

// ─── Families by kind, for wording the lists above do not name ───
// Each is a shape of the category, written from its definition with word classes rather than
// as a sentence: an attack that goes on until the victim stops moving, a magazine emptied into
// a house, a bomb planted or set, powder cut into lines, a blade drawn across a forearm, a
// bottle of pills tipped into a palm, purging after meals, a farewell in speech.
const BODY_LIMB = 'wrist|wrists|forearm|forearms|arm|arms|thigh|thighs|leg|legs|stomach|belly|hip|hips|skin|ankle|ankles';
export const SAFETY_ENTRIES_FAMILIES: SafetyEntry[] = [
  {
    // Violence that goes on past resistance or life [OAI violence/graphic; VEO Violence].
    patterns: [
      'until|till|after|even_after @pron|@themp|he|she|they stop~|stopped|stops moving|breathing|struggling|twitching|screaming|crying|fighting_back', 'until|till|after|even_after @det @word? stop~|stopped|stops moving|breathing|struggling|twitching|fighting_back',
      'until|till @det? @word? screaming|screams|crying|begging|struggling|twitching|thrashing stop~|stopped|die~_down|fade~',
      'keep~|kept|keeps swinging|stabbing|kicking|punching|hitting|slashing|stomping|shooting after|until', 'swinging|stabbing|slashing|hacking|kicking|stomping again and again',
      'unload~|empty~|dump~ @det? @word? @word? clip|clips|mag|mags|magazine|magazines|stick|drum|rounds|round|shells|cylinder into|on|at|through', 'spray~ @det? @word? @word? house|crowd|porch|car|block|party|room|bus|street with bullets|gunfire|rounds',
      'pour~|spray~ bullets into', 'shots ring out and @det? @word? @word? drop~|drops|fall~|falls|crumple~|collapse~', 'ring out and @det? @word? on the porch|in_the_street|on_the_sidewalk drops|falls|collapses',
      'put~ to sleep permanently|for_good|forever', 'permanently put to sleep', 'sleep with the fishes', 'take~ @pron|@themp out for_good|permanently', 'make~ @pron|@themp disappear for_good|permanently',
    ],
    category: 'violence', tier: 'block', channel: 'both', pos: 'clause',
    why: 'an attack that goes on until the victim stops moving, or shots emptied into people, is blocked as graphic violence.',
    suggestions: [],
  },
  {
    // Bombs planted, armed or set, and their threats [OAI illicit/violent; GPUP violent extremism; KLING terrorism].
    patterns: [
      'plant~|hide~|place~|leave~|rig~ @det? @word? bomb|bombs|device|devices|explosive|explosives|charge|charges|ied|pipe_bomb under|in|at|on|inside|beneath', 'planted bomb|bombs|device|explosive|explosives|charge|charges|blast',
      'device|bomb|charge|payload|detonator is|was|are set|armed|primed|live|ready|rigged', 'set~ for|to go_off|blow|detonate', 'timer on @det? bomb|device|vest|explosive', 'wired to blow|explode',
      'packed|strapped|loaded|lined with explosives|dynamite|semtex|c4|c_4|tnt|nails_and_explosives', 'vest|jacket|belt|backpack packed|strapped|loaded with explosives|explosive', 'bomb vest~', 'suicide belt~',
      'tatp', 'hmtd', 'petn', 'rdx', 'semtex', 'c-4 explosive', 'c4 explosive', 'nitroglycerin', 'nitroglycerine', 'acetone peroxide', 'triacetone triperoxide', 'thermite',
    ],
    category: 'dangerous', tier: 'block', channel: 'both', pos: 'clause',
    why: 'planting, arming or making explosives is blocked (illicit/violent, Dangerous).',
    suggestions: [],
  },
  {
    // Drug use said by its paraphernalia and slang [OAI illicit; VEO Dangerous; RUN illegal goods].
    patterns: [
      'cut~|cuttin|chop~|choppin|rack~|rackin|rip~|rippin|do~|doin|snort~|snortin|hit~|hittin|line~_up|lay~_out @det? @word? lines|line|rails|rail|bumps|bump|key_bumps of|off|on', 'lines|line|rails|rail|bumps|bump of @word? powder|molly|ket|k|coke|blow|snow|charlie|yayo|yay|mandy|speed|crystal|tina|white',
      'rolled-up|rolled_up|rolled @det? @word? bill|bills|note|notes|dollar|twenty|fifty|hundred', 'off @det? @word? toilet lid|toilet_seat|mirror|key|phone_screen|car_key|credit_card', 'key bump~', 'bump~ of ket|k|coke|blow',
      'hotbox~', 'hotboxing', 'pass~|passing|pass_around|passing_around|puff~|puffing|spark~|sparking|roll~|rolling @det? blunt|blunts|joint|joints|spliff|spliffs|bowl|bong', 'hit~|hitting|rip~|rippin @det? @word? cart|carts|dab|dab_pen|bong|bowl|pipe|wax_pen|thc_pen', 'thc cart~', 'dab rig~',
      // Street names that are also names or ordinary words (molly, charlie, tina, crystal, snow) count only with a dose or a use, above.
      'ketty', 'yayo', 'tweakin on', 'geekin off|on @det? molly|ket|coke|pills|percs|xans',
      'bleach and ammonia', 'ammonia and bleach', 'bleach with ammonia', 'ammonia with bleach', 'bleach and vinegar', 'sniff~|huff~|inhale~|breathe~ @det? fumes',
    ],
    category: 'dangerous', tier: 'warn', channel: 'both', pos: 'clause',
    why: 'drug use told by its paraphernalia or slang, or mixing chemicals that make toxic gas, is held as dangerous content (illicit).',
    suggestions: [],
  },
  {
    // Self-injury and suicide told by the act [OAI self-harm, self-harm/intent, self-harm/instructions; GPUP self-harm].
    patterns: [
      'self-inflicted', 'self inflicted', 'self-injur~', 'self-harmed',
      `razor|razors|blade|blades|razor_blade|razor_blades|shard|knife|boxcutter|box_cutter|scissors across|along|into|over|down|against|on|to @poss ${BODY_LIMB}`,
      `drag~|draw~|run~|press~|slide~|pull~|push~|dig~ @det? @word? razor|blade|shard|knife|boxcutter|scissors|glass across|along|into|over|down @poss ${BODY_LIMB}`,
      `fresh lines|cuts|slashes|scratches|gashes on|across|along|up|down @poss ${BODY_LIMB}`, 'lines beading red', 'cuts beading red|with_blood',
      'empty~|pour~|tip~|shake~|dump~|count~ out? @det? whole|entire? bottle|jar|box|handful|packet|strip of @word? pills|tablets|painkillers|capsules into|onto|out', 'pills|tablets into @poss palm|hand and swallow~', 'one handful after another', 'handful after handful', 'swallow~ them all', 'swallow~ @det? whole bottle',
      'outside of|outside @det? @word? railing|rail|guardrail|parapet', 'let~ go of @det? rail|railing|guardrail|ledge', 'lean~ forward to jump', 'lean~|step~ toward|towards @det? edge to jump', 'swing~ @poss legs over @det? @word? river|water|drop|edge|street|tracks',
      'hose @word? @word? from|to|into @det? exhaust|tailpipe', 'hose taped|running from @det? exhaust|tailpipe', 'exhaust through @det? @word? @word? window', 'fumes @word? filling @det? car',
      'purge~|puke~|vomit~|throw~_up after @det? @word? dinner|meal|meals|eating|lunch|breakfast|binge|binges|food', 'purges after', 'shows how she|he|they purge~|purges', 'make~ @refl throw_up|puke|sick|vomit', 'finger~ down @poss throat',
      'ana coach', 'ana buddy', 'mia buddy', 'hunger is beauty|beautiful|power|control', 'goal weight', 'under @word lbs|pounds|kg|kilos', 'ribs showing', 'count~ @poss ribs', 'show~ @poss ribs', 'collarbone goals', 'calories a day', 'fasting until i',
    ],
    category: 'self-harm', tier: 'block', channel: 'both', pos: 'clause',
    why: 'self-injury, an overdose, a jump, exhaust fumes or purging told by the act is blocked as self-harm.',
    suggestions: [],
  },
  {
    // A farewell or intent in speech [OAI self-harm/intent].
    patterns: [
      'dont try to find me', 'do not try to find me', 'dont come looking for me', 'by tomorrow ill be gone', 'ill be gone by|before tomorrow|morning|tonight', 'when im gone', 'after im gone', 'wont hurt anyone|anybody anymore', 'wont be a burden', 'no longer be a burden', 'ive written the letters', 'written the letters|notes for everyone',
      'i wont wake up', 'wont wake up from', 'never wake up from', 'not wake up from this', 'let it bleed', 'slit it deep', 'cut it deep', 'cut deeper', 'the pills tonight', 'pills tonight', 'do everyone a favour|favor and rope|die|jump|end_it|kill_yourself', 'go rope', 'and rope', 'rope yourself',
    ],
    category: 'self-harm', tier: 'block', channel: 'both', pos: 'clause',
    why: 'a farewell, a plan or an urge to self-harm in speech, lyrics or comments is blocked as self-harm intent.',
    suggestions: [],
  },
  {
    // BDSM and fetish [OAI sexual; VEO Sexual].
    // Not "kinky" (hair), "submissive" (a dog), "bondage" alone (history) or "spanking" (a new car).
    patterns: ['dominatrix', 'dominatrixes', 'bdsm dungeon', 'sadomasochism', 'sadomasochistic', 'sadomasochist', 'kinky sex|play|scene|couple|mood', 'sex dungeon', 'bondage gear|scene|play|rope|ropes|harness|sex', 'ball gag', 'ball-gag', 'gimp suit', 'st andrews cross', 'saint andrews cross', 'collared and leashed', 'on a leash and collar', 'dungeon lined with restraints'],
    category: 'sexual', tier: 'warn', channel: 'both',
    why: 'BDSM and fetish wording raises the sexual-content score.',
    suggestions: [],
  },
  {
    // Hate slogans and codes [OAI hate; GPUP hate speech; VEO Hate].
    patterns: ['the goyim know', 'goyim know', 'shut it down the goyim', 'oy vey shut it down', 'day of the rope', 'gas the kikes', 'right wing death squad', 'rwds', '6mwe', 'six million wasnt enough', 'its a man mental illness', 'mental illness its a man', 'ain~ a woman', 'aint a real woman', 'not a real woman', 'not a real man', 'that thing aint|isnt|is_not a woman|a_man|human'],
    category: 'hate', tier: 'block', channel: 'both',
    why: 'hate slogans and codes, and denying a group its identity, are blocked as hate speech.',
    suggestions: [],
  },
  {
    // Killing and maiming told by the wound or the means [OAI violence, violence/graphic].
    patterns: [
      // "shot" is a camera word first: only "shoot(s)/shooting" take a noun object here.
      'shoot|shoots|shooting|execute~|executed @pron|@themp one_by_one? in the back_of_the_head|back_of_their_heads|back_of_his_head|back_of_her_head|head|face|chest|stomach|gut|temple', 'shoot|shoots|shooting|execute~ @det @mod? @mod? @person one_by_one? in the back_of_the_head|back_of_their_heads|back_of_his_head|back_of_her_head|head|face|chest|temple', 'in the back of the head|neck execution-style|point-blank',
      'one by one in the head|back', 'line~ up @det? @word? @word? @person|@themp on @poss knees', 'on @poss knees by @det? ditch|grave|pit|wall',
      'insides|innards|guts|intestines|entrails|bowels spill~|spilling|hanging|hang~|pour~|pouring|slide~|sliding|tumble~|out', 'open~|slice~|split~|rip~|tear~ open? @poss|@det @gen? belly|stomach|gut|throat|chest|abdomen',
      'pour~|throw~|splash~|fling~|toss~ boiling|scalding water|oil|acid|bleach|lye over|on|onto|into|in @poss|@det @mod? @gen? face|head|eyes|body|back|chest', 'pour~|throw~|splash~ boiling|scalding water|oil|acid over|on|onto @pron|@themp|@det @mod? @person',
      'pull~|drag~|yank~|snatch~|grab~|bundle~ @pron|@themp inside|into_the_van|into_the_car|into_the_truck', 'offer~ candy|sweets|a_ride to @det @mod? little? girl|boy|child|kid and pull~|drag~|grab~',
    ],
    category: 'violence', tier: 'block', channel: 'both', pos: 'clause',
    why: 'an execution, a disembowelling, scalding or an abduction told by the act is blocked as graphic violence.',
    suggestions: [],
  },
  {
    // A threat to someone close to the listener [OAI harassment/threatening].
    patterns: ['i|ill|then_i|after_that_i start~ with your wife|husband|kids|children|daughter|son|mother|mom|family|sister|brother|little_girl|little_boy', 'your wife|husband|kids|daughter|son|family is|are next', 'you have until @word or|before|then|after'],
    category: 'violence', tier: 'warn', channel: 'audio', pos: 'clause',
    why: 'threats in dialogue trip audio safety filters (harassment/threatening).',
    suggestions: [],
  },
  {
    // Nazi salutes and symbols described rather than named [OAI hate; VEO Hate; RUN hateful symbols].
    patterns: ['hooked cross', 'black hooked cross', 'stiff-arm|straight-arm|stiff_arm|straight_arm|raised-arm|raised_arm|right-arm|right_arm salute|salutes', 'raise~ @poss right arms|arm|hands|hand in @det? stiff? salute', 'arms raised in @det? stiff|nazi|fascist salute', 'brownshirt~', 'sig rune~', 'death~ head insignia', 'iron cross flag', 'confederate flag and @det? noose'],
    category: 'hate', tier: 'block', channel: 'both',
    why: 'a Nazi salute or symbol, described or named, is a hate symbol.',
    suggestions: [],
  },
  {
    // Dehumanising a "they" in speech [OAI hate; GPUP hate speech].
    patterns: ['they|those_people|these_people|them are|were not human|subhuman|vermin|a_disease|a_plague|a_cancer|an_infestation|parasites|cockroaches|rats|animals_not_people', 'we are the cure', 'they are a disease|plague|cancer|infestation', 'exterminate~|eradicate~ them all|every_last_one', 'cleanse~ @det? @word? of them', 'purify~ @det? nation|race|country|land'],
    category: 'hate', tier: 'block', channel: 'both', pos: 'clause',
    why: 'calling a people a disease or not human, and calling for its cleansing, is hate speech.',
    suggestions: [],
  },
  {
    // Starving and purging coached [OAI self-harm/instructions; GPUP self-harm].
    patterns: ['cals|calories max|a_day_max|or_less', 'under @num cals|calories', 'or you are|youre a failure|fat|disgusting', 'if you eat you|youre|you_are', 'pinch~ @poss stomach|belly|thighs|waist|arms|hips|love_handles', 'what i eat in a day @word? @word? one apple|black_coffee|water_only|nothing', 'one apple and black coffee', 'water fast~ for @num days|weeks'],
    category: 'self-harm', tier: 'block', channel: 'both', pos: 'clause',
    why: 'starving, calorie limits and shaming coached as a goal are eating-disorder promotion (self-harm).',
    suggestions: [],
  },
  {
    // Making bombs from household things, injecting drugs, drug prices, deadly stunts and driving [OAI illicit, illicit/violent; VEO Dangerous].
    patterns: [
      'turn~|convert~|make~|build~|rig~ @det? @word? @word? into @det? bomb|bombs|explosive|explosives|ied|ieds', 'pressure cooker bomb|bombs|device', 'pressure-cooker bomb|bombs',
      'inject~|shoot|shoots|shooting @refl|@poss arm|arms|vein|veins|neck|foot|feet|thigh|groin', 'inject~ it into @poss arm|vein|veins|neck|foot|thigh', 'heat~|cook~ @det? spoon of|with', 'spoon of @word? powder|heroin|tar|dope', 'draw~ it|@det? liquid into @det? syringe|needle', 'tie~ off|tourniquet @poss arm|bicep',
      'for a gram|an_eighth|a_g|a_zip|a_baggie|a_point', 'a gram|an_eighth|a_zip|an_ounce|a_quarter of coke|molly|meth|ket|heroin|dope|weed|crystal', 'get~|getting fucked up|wasted|high on|lit_on', 'i got|got_the pills|percs|xans|molly|coke|blow|ket too|also',
      'jump~|leap~ from @det? @word? rooftop|roof to @det? another|next|rooftop|roof', 'rooftop to rooftop', 'between rooftops|roofs|buildings', 'no harness|rope|safety_line|net @word? @num? stories|floors|storeys|metres|meters|feet up|high|above', 'stories|storeys|floors up no|without harness|rope',
      'mph swerv~|swerving|weaving|weave~', 'swerving|weaving between|through @det? @word? cars|traffic|lanes', 'at @num mph on|down|through @det? @word? highway|freeway|street|road|school_zone', 'while filming @refl @word? at|going @num mph', 'drunk @word? @word? speed~|drive~|driving|behind_the_wheel',
    ],
    category: 'dangerous', tier: 'warn', channel: 'both', pos: 'clause',
    why: 'making a bomb, injecting drugs, dealing, deadly stunts and reckless driving are held as dangerous content.',
    suggestions: [],
  },
  {
    // Hurting or disposing of a victim, and threats by the finger [OAI violence/graphic, harassment/threatening].
    patterns: ['wrap~ @det? @word? victim|body|corpse|bodies in @det? plastic|tarp|sheeting|carpet|rug|bag', 'load~|stuff~|dump~|drag~|bundle~ @det? victim|body|corpse|bodies into|in @det? trunk|boot|van|dumpster|river|lake|trunk_of', 'serial killer~', 'the killer|murderer @word? wrap~|load~|drag~|stab~|strangl~|drown~|bury~|dump~|chase~|stalk~', 'i take|cut|break|cut_off|snap|pull a|one|another finger|toe|tooth|ear|eye|nail', 'every minute|hour you @word? @word? i take|cut|break'],
    category: 'violence', tier: 'block', channel: 'both', pos: 'clause',
    why: 'disposing of a victim, or a threat to maim one piece at a time, is violence.',
    suggestions: [],
  },
  {
    // Electrocution, poison drunk on a dare, lying on tracks, a child alone in traffic [OAI self-harm, illicit; VEO Dangerous].
    patterns: ['hair dryer|hairdryer|toaster|radio|heater plugged_in|in|into|near|on_the_ledge @word? @word? bath|bathtub|tub|bathwater', 'drop~|toss~|throw~|pull~ @det? hair_dryer|hairdryer|toaster|radio|heater into @det? bath|bathtub|tub|water'],
    category: 'self-harm', tier: 'block', channel: 'both', pos: 'clause',
    why: 'an electrical appliance with a full bath is a suicide method (self-harm).',
    suggestions: [],
  },
  {
    patterns: [
      'drink~|chug~|gulp~|swallow~ @det? @word? @word? bottle|bottles|cup|glass|can of? hand_sanitizer|sanitizer|bleach|antifreeze|lighter_fluid|gasoline|paint_thinner|drain_cleaner|cough_syrup|mouthwash|rubbing_alcohol|nail_polish_remover', 'on a dare', 'for a dare', 'viral stunt|challenge|dare',
      'lie~|lay~|lying|laying|stand~|standing|sit~|sitting on|between @det? @word? train_tracks|railway_tracks|railroad_tracks|tracks|rails as|while|when @det? @word? train|freight_train|subway|tram approach~|approaching|comes|arrives|speeds', 'on the tracks as @det? @word? train',
      'wander~|crawl~|toddle~ @word? onto|into|across @det? busy|crowded|four-lane? highway|freeway|motorway|road|traffic|intersection', 'run~|walk~ onto|into @det? busy|crowded highway|freeway|motorway|road|traffic|intersection', 'alone onto @det? busy? highway|freeway|road', 'as trucks|cars|traffic roar~|speed~|whip~|race~ past', 'left alone|locked in @det? hot car', 'unattended @word? pool|by_the_pool|near_the_pool|in_the_bath|in_the_bathtub',
      'pure uncut', 'its pure', 'uncut and', 'sell~ it by the gram|ounce|bag', 'dont get caught', 'by the gram',
    ],
    category: 'dangerous', tier: 'warn', channel: 'both', pos: 'clause',
    why: 'drinking poison on a dare, lying on train tracks, a child alone in traffic or selling drugs is held as dangerous content.',
    suggestions: [],
  },
  {
    // Hate by arson or slogan against a faith [OAI hate, hate/threatening; GPUP hate speech].
    patterns: ['burn~|torch~|firebomb~|vandaliz~|vandalis~|deface~|desecrat~|smash~ @det? @word? mosque|mosques|synagogue|synagogues|temple|temples|gurdwara|church|churches|cemetery', 'islam|judaism|christianity|hinduism|sikhism|buddhism|muslims|jews|christians|hindus|sikhs is|are cancer|a_cancer|a_disease|poison|evil|a_virus|vermin|filth', 'gas the jews|muslims', 'kill all jews|muslims|christians|gays', 'bat-eating|bat_eating virus|chinese', 'go back to china|africa|mexico|pakistan|india|your_country|the_jungle', 'china virus|kung flu|wuhan virus'],
    category: 'hate', tier: 'block', channel: 'both', pos: 'clause',
    why: 'attacking a faith\'s place of worship, calling a faith a disease or telling a people to go back is hate.',
    suggestions: [],
  },
  {
    // Crude acts [VEO Vulgar].
    patterns: ['flash~ @poss|@det? @mod? @word? butt|ass|arse|bum|buttocks|breasts|boobs|tits|chest|genitals|crotch', 'pick~ @poss nose and', 'booger~', 'wipe~ @det? booger|snot on'],
    category: 'vulgar', tier: 'warn', channel: 'visual',
    why: 'flashing and gross-out acts are caught by vulgarity filters.',
    suggestions: [],
  },
  {
    // Round four: shoving onto tracks, acid vats, heads split open, stalking threats [OAI violence, harassment/threatening].
    patterns: [
      'push~|shove~|throw~|kick~ @det @mod? @mod? @human|@pron|@themp onto|into|down_onto @det? @word? tracks|rails|track', 'onto the tracks as @det? @word? train', 'lower~|dip~|dunk~|push~|drop~|throw~ @det @mod? @mod? @human|@pron|@themp into @det? vat|tank|pit|barrel|tub of? acid|lye|boiling|molten', 'vat|tank|barrel of acid|lye',
      '@poss|@det @gen? head|skull|face split|cracked|bashed|smashed|caved open|in', 'head|skull split|cracked open on',
      'i know your route|schedule|address|routine', 'you wont make it home', 'one night you wont', 'youll never see it coming', 'watch your kids|wife|family',
    ],
    category: 'violence', tier: 'block', channel: 'both', pos: 'clause',
    why: 'pushing someone onto tracks, into acid, a split-open head or a stalker\'s threat is violence.',
    suggestions: [],
  },
  {
    // Hanging prepared, cuts in rows, a bridge in speech, meals thrown away [OAI self-harm, self-harm/intent].
    patterns: [
      'tie~|loop~|knot~|fasten~ @det? belt|cord|bedsheet|sheet|necktie|scarf|cable|extension_cord to|around|from|over @det? @word? closet_rail|rail|doorknob|door_handle|ceiling_fan|banister|beam|rafter|pipe|hook|clothes_rail', 'test~ it with @poss weight', 'tests the knot',
      'rows|row|lines|line of @word? cuts|scars|scratches|slashes', 'healing cuts|scars', 'fresh cut|cuts', 'forearm|forearms|wrist|wrists|thigh|thighs|arm|arms covered|lined|marked|striped with|in @word? @word? @word? cuts|scars|scratches|slashes',
      'nobody|no_one would even? notice|care if i|when_im_gone|if_i_was_gone', 'if i drove|drive|jumped|jump|walked|stepped off|into|in_front_of',
      'throw~|toss~|dump~|scrape~ @poss lunch|dinner|breakfast|meal|food into|in|away @det? trash|bin|garbage|toilet', 'caption goal', 'goal weight',
    ],
    category: 'self-harm', tier: 'block', channel: 'both', pos: 'clause',
    why: 'a hanging prepared, rows of cuts, wishing to drive off a bridge or throwing meals away is self-harm.',
    suggestions: [],
  },
  {
    // Bomb by fertilizer, balcony jumps, dealing and snorting pills [OAI illicit, illicit/violent; VEO Dangerous].
    patterns: [
      'fertilizer|fertiliser and diesel|fuel_oil|fuel', 'timer to @det? phone|detonator|bomb|barrel|device', 'wire~|wiring|rig~ @det? timer|detonator|phone to',
      'off @det? @word? @word? floor|storey|story balcony|roof|rooftop into @det? @word? pool', 'balcony into @det? @word? pool', 'jump~|dive~|flip~|backflip~ off|from @det? @word? @word? balcony|balconies into', 'balconing',
      'weigh~ out @det? @word? @word? bags|baggies|grams|powder', 'bags|baggies|baggy of @word? powder|pills|weed|coke|crystal|dope', 'stacks of cash and @det? @word? powder|drugs|scale', 'digital scale and|with @det? @word? powder|bags|baggies',
      'snort~ @det @word? pill|pills|powder|line|lines|tablet|tablets|adderall|oxy|xanax|ritalin|it', 'snorting @word? pills|powder|adderall|oxy|xanax', 'crushed pill|pills off|with|through',
    ],
    category: 'dangerous', tier: 'warn', channel: 'both', pos: 'clause',
    why: 'a fertilizer bomb, a balcony jump, weighing out drugs or snorting pills is held as dangerous content.',
    suggestions: [],
  },
  {
    patterns: ['ss tattoo|tattoos|bolts|runes', 'nazi skinhead~', 'neo-nazi skinhead~', 'white power tattoo~', 'monkey noises at', 'throw~ bananas at', 'blood libel'],
    category: 'hate', tier: 'block', channel: 'both',
    why: 'Nazi tattoos, monkey chants at a Black player and blood libel are hate.',
    suggestions: [],
  },
  {
    // Round five: domestic violence, air strikes on people [OAI violence, violence/graphic].
    patterns: [
      'grab~|seize~|grip~|pin~ @det|@poss @mod? @person|@pron by the throat|neck', 'by the throat and', 'slam~|smash~|bang~|bash~|ram~ @poss|@det @gen? head|face against|into|on|onto @det? @word? fridge|wall|table|counter|floor|door|sink|mirror|window|car|pavement|ground|desk|locker|steering_wheel',
      'drone|air|missile|rocket|bomb strike|strikes hit~|hits|on|kill~|destroy~ @det? @word? wedding|crowd|school|hospital|market|village|party|convoy|funeral|bus|family|civilians|refugee_camp', 'bodies thrown|flung|blown|tossed into the air|through_the_air', 'bodies blown apart',
    ],
    category: 'violence', tier: 'block', channel: 'both', pos: 'clause',
    why: 'choking or slamming a person, or a strike on civilians with bodies thrown, is violence.',
    suggestions: [],
  },
  {
    // Sexual acts told by the hand, and slang in lyrics [OAI sexual; VEO Sexual].
    patterns: ['hand|hands|fingers slid~|sliding|slip~|slipping|move~|moving inside|into|down|under @poss panties|underwear|knickers|pants|jeans|bra|skirt', 'inside @poss panties|underwear|knickers', 'hit it from the back', 'bend it over', 'make you scream all night', 'ride it all night', 'put it in'],
    category: 'sexual', tier: 'block', channel: 'both',
    why: 'sexual touching and sex slang in lyrics are blocked as sexual content.',
    suggestions: [],
  },
  {
    // An overdose or a hanging seen, and a plan said [OAI self-harm, self-harm/intent].
    patterns: [
      'empty pill bottles|bottles', 'surrounded by @det? @word? pill bottles|bottles_of_pills|pills', 'foam~|foaming at|from @poss|@det mouth', 'rope|noose|cord|belt|cable @word? @word? @word? @word? looped|tied|knotted|tightened around @poss neck', 'looped|tied|knotted|tightened around @poss own? neck',
      'stand~|standing on @det? chair|stool|bucket|crate with @det? rope|noose|belt|cord', 'kick~ @det? chair|stool away|out',
      'written|wrote|write|left|leave my|a suicide? note', 'finally going to do it', 'going to do it tonight', 'gonna do it tonight', 'not scared anymore', 'tonight is the night', 'tonight im finally',
    ],
    category: 'self-harm', tier: 'block', channel: 'both', pos: 'clause',
    why: 'an overdose or a hanging seen, or a plan and a note said, is self-harm.',
    suggestions: [],
  },
  {
    // Drug shipments [OAI illicit].
    patterns: ['fifty|forty|twenty|ten|hundred|thousand|five|two|three keys|kilos|bricks|birds of? coke|cocaine|heroin|dope', 'keys|kilos|bricks of coke|cocaine|heroin|fentanyl', 'have the cash ready', 'the package lands|drops|arrives'],
    category: 'dangerous', tier: 'warn', channel: 'both', pos: 'clause',
    why: 'drug shipments are held as dangerous content.',
    suggestions: [],
  },
];
SAFETY_ENTRIES.push(...SAFETY_ENTRIES_FAMILIES);

// ─── Generated from WordNet by meaning (scripts/lexicon/safety.mjs → safety.generated.ts) ───
// The hand entries above come first, so where both name a word the hand entry (with its
// rewordings) wins a tie.

/** A noun phrase as a pattern matching it and its plurals: "hand grenade" → "hand grenade|grenades". */
function nounPattern(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop()!;
  const forms = [...new Set([last, ...plurals(last)])];
  return [...words, forms.join('|')].join(' ');
}
/** A verb phrase as a pattern: "bump off" → "bump~ off". */
const verbPattern = (phrase: string): string => phrase.replace(/^(\S+)/, '$1~');

/** Verb lemmas the hand lists already name, so the generated ones add only new verbs. */
const HAND_VERBS = new Set([...KILL_VERBS, ...SHOOT_VERBS, ...GUN_DOWN, ...TORTURE_VERBS, ...BEAT_VERBS, ...OTHER_HARM].map((v) => v.replace(/~/g, '')));
const wnVerbs = (list: string): string[] => wn(list).filter((v) => !HAND_VERBS.has(v)).map(verbPattern);
const WN_KILL = wnVerbs(WN.WN_KILL_VERB);
const WN_HURT = wnVerbs(WN.WN_HURT_VERB);

export const SAFETY_ENTRIES_WN: SafetyEntry[] = [
  {
    patterns: [...aimed(WN_KILL, OBJ_STRONG), ...passive(WN_KILL)],
    category: 'violence', tier: 'block', channel: 'both', pos: 'verb',
    why: 'killing, maiming or kidnapping a person is blocked as graphic violence.',
    suggestions: SUGGEST_KILL,
  },
  {
    patterns: aimed(WN_HURT, OBJ_BEAT),
    category: 'violence', tier: 'warn', channel: 'visual', pos: 'verb', sport: true,
    why: 'physical harm to a person is often held by violence filters.',
    suggestions: SUGGEST_BEAT,
  },
  {
    patterns: passive(WN_HURT),
    category: 'violence', tier: 'warn', channel: 'both', pos: 'clause', sport: true,
    why: 'a person beaten or attacked (said passively) is held by violence filters.',
    suggestions: [],
  },
  {
    patterns: aimed(wnVerbs(WN.WN_RAPE_VERB), OBJ_STRONG),
    category: 'sexual', tier: 'block', channel: 'both',
    why: 'sexual violence is blocked by every provider.',
    suggestions: [],
  },
  {
    patterns: wn(WN.WN_KILLING).map(nounPattern),
    category: 'violence', tier: 'block', channel: 'visual', pos: 'noun',
    why: 'killing or torturing a person is blocked as graphic violence.',
    suggestions: ['a tense stand-off, the struggle kept off-screen'],
  },
  {
    patterns: [...wn(WN.WN_SEXUAL_ASSAULT), ...wn(WN.WN_SEX_ACT), ...wn(WN.WN_GENITAL)].map(nounPattern),
    category: 'sexual', tier: 'block', channel: 'both', pos: 'noun',
    why: 'sexual acts, sexual violence and genitals are blocked as sexual content.',
    suggestions: [],
  },
  {
    patterns: wn(WN.WN_SUICIDE).map(nounPattern),
    category: 'self-harm', tier: 'block', channel: 'both', pos: 'noun',
    why: 'suicide is blocked as self-harm by every provider.',
    suggestions: [],
  },
  {
    patterns: wn(WN.WN_TERRORISM).map(nounPattern),
    category: 'dangerous', tier: 'block', channel: 'both', pos: 'noun',
    why: 'terrorism is blocked as violent extremism (illicit/violent, Dangerous).',
    suggestions: [],
  },
  {
    patterns: wn(WN.WN_DRUG).map(nounPattern),
    category: 'dangerous', tier: 'warn', channel: 'both', pos: 'noun',
    why: 'illegal drugs are often held for review (illicit).',
    suggestions: [],
  },
  {
    patterns: wn(WN.WN_SLUR).map(nounPattern),
    category: 'hate', tier: 'block', channel: 'both', pos: 'noun',
    why: 'slurs are blocked as hate speech in text and in dialogue.',
    suggestions: [],
  },
];
SAFETY_ENTRIES.push(...SAFETY_ENTRIES_WN);

// Names are also written possessive ("Ed Sheeran's", "Darth Vader's voice"): tokens drop the
// apostrophe, so "sheeran's" is the token "sheerans"; add that form of every plain name.
for (const e of SAFETY_ENTRIES) {
  if (e.combo === undefined || e.speech) continue;
  const more: string[] = [];
  for (const p of e.patterns) if (!/[@|~?]/.test(p)) more.push(`${p}'s`);
  e.patterns.push(...more);
}

/** Adjectives that name a protected group ("a Jewish man", "Black people"). */
const GROUP_ADJ = 'jewish|muslim|black|asian|arab|mexican|latino|latina|hispanic|gay|lesbian|trans|transgender|queer|nonbinary|non-binary|disabled|autistic|african|indian|chinese|japanese|korean|romani|gypsy|sikh|hindu|immigrant|migrant|refugee|palestinian|israeli|somali|nigerian|haitian|pakistani|orthodox|hasidic|catholic|mormon|indigenous|aboriginal|native';
/** Animals a group is pictured as to dehumanise it. */
const VERMIN = 'cockroach|cockroaches|roach|roaches|rat|rats|vermin|ape|apes|monkey|monkeys|gorilla|gorillas|chimp|chimps|chimpanzee|pig|pigs|swine|insect|insects|parasite|parasites|snake|snakes|rodent|rodents|lice|louse|maggot|maggots|worm|worms|leech|leeches|spider|spiders|locust|locusts|termite|termites|bug|bugs';

/**
 * Cues: not findings on their own, they make a combination in the same shot [OAI sexual/minors;
 * VEO Child, Celebrity; GPUP child sexual abuse, impersonation; RUN child safety].
 */
export const SAFETY_CUES: SafetyCue[] = [
  {
    cue: 'minor',
    patterns: [
      'child', 'children', 'kid', 'kids', 'kiddo', 'kiddos', 'toddler~', 'baby', 'babies', 'infant~', 'newborn~', 'minors', 'underage', 'under-age', 'preteen~', 'pre-teen~', 'tween~', 'teen~', 'teenager~', 'teenage',
      'schoolgirl~', 'schoolboy~', 'schoolchild', 'schoolchildren', 'schoolkid~', 'kindergartner~', 'kindergartener~', 'kindergarten', 'preschooler~', 'preschool', 'pre-school', 'grade schooler~',
      '@grade grader|graders', '@grade grade student|students', 'middle school|schooler|schoolers', 'high school', 'elementary school|schooler|schoolers', 'primary school', 'junior high', 'high school freshman|freshmen|sophomore|sophomores|student|students|girl|girls|boy|boys|cheerleader|cheerleaders|kid|kids',
      'high schooler~', 'little girl~', 'little boy~', 'young girl~', 'young boy~', 'daughter aged', 'schoolgirl uniform', 'school uniform', 'playground', 'boy scout~', 'girl scout~', 'cub scout~',
      '@age year old|olds|yr|yrs|yo', '@age years old', '@age yo|yr|yrs|y/o|yrs_old|yr_old|year-old|year-olds', 'highschool', 'highschooler~', 'middleschool', 'middleschooler~', 'gradeschool', 'gradeschooler~', 'maybe|barely|probably @teenage', 'boy|girl|kid|child|son|daughter|boys|girls|kids|children around|about|maybe|barely|aged|age|roughly @age', 'no older than @age', 'aged @age', 'age @age', 'in @poss early teens', 'barely legal', 'jailbait', 'loli', 'lolita', 'shota',
    ],
  },
  { cue: 'minor', patterns: wn(WN.WN_CHILD).map(nounPattern) },
  { cue: 'weapon', patterns: wn(WN.WN_WEAPON).map(nounPattern) },
  { cue: 'weapon', patterns: ['gun~', 'pistol~', 'rifle~', 'shotgun~', 'revolver~', 'handgun~', 'firearm~', 'assault rifle~', 'ak 47', 'ak47', 'ar 15', 'ar15', 'uzi', 'glock', 'loaded gun', 'knife', 'knives', 'machete~', 'switchblade~', 'dagger~', 'grenade~', 'crossbow~', 'bomb', 'bombs', 'explosive~', 'ammunition', 'bullets'] },
  { cue: 'photoreal', patterns: ['photorealistic', 'photoreal', 'photo-realistic', 'realistic', 'hyperrealistic', 'hyper-realistic', 'footage', 'documentary', 'news', 'interview', 'voice', 'says', 'speaks', 'sings', 'singing', 'speech', 'lifelike', 'real life', 'cctv', 'bodycam', 'leaked'] },
  { cue: 'clothing', patterns: ['bikini~', 'swimsuit~', 'swimwear', 'bathing suit~', 'bra', 'bras', 'crop top~', 'miniskirt~', 'mini skirt~', 'short shorts', 'tight dress', 'tight dresses', 'leotard~', 'nightie', 'nightgown', 'negligee', 'towel', 'tank top'] },
  { cue: 'clothing-strong', patterns: ['underwear', 'panties', 'thong', 'thongs', 'fishnet~', 'fishnets', 'garter~', 'stockings and heels', 'corset~', 'latex outfit', 'bodystocking'] },
  { cue: 'bare', patterns: ['shirtless', 'bare-chested', 'bare chested', 'bare chest', 'half-dressed', 'half dressed', 'barely dressed', 'barely clothed', 'skimpy', 'revealing outfit', 'revealing clothes', 'low-cut'] },
  { cue: 'pose', patterns: ['pose~', 'posing', 'lying on @det? bed', 'lies on @det? bed', 'arch~ @poss back', 'on all fours', 'spread~ @poss legs', 'look~ over @poss shoulder', 'lick~ @poss lips', 'close-up of @poss body|legs|thighs|chest', 'camera lingers on @poss body', 'body shot', 'wet hair clinging'] },
  { cue: 'pose-strong', patterns: ['zoom~|zooming|linger~|lingering|focus~|focusing|pan~|panning|push~_in|pushing_in on|over|up|across @poss|@det hips|body|legs|thighs|chest|butt|bum|curves|waist|cleavage|breasts|crotch', 'try-on haul', 'sultry', 'alluring', 'flirtatious', 'flirty', 'suggestive', 'suggestively', 'come-hither', 'come hither', 'bedroom eyes', 'bite~ @poss lip', 'pout~', 'pouty', 'pouting', 'coquettish', 'sexualised', 'sexualized', 'titillating', 'kiss~ passionately', 'passionately kiss~', 'passionate kiss~', 'making out', 'make~ out with', 'french kiss~', 'fondle~', 'caress~ @poss thigh|thighs|body|chest|breasts|legs', 'grind~ against', 'undress~ each other', 'stroke~|rub~ @poss thigh|thighs|inner_thigh', 'seductively', 'seductive', 'bend~ over seductively'] },
  { cue: 'setting', patterns: ['bedroom~', 'bed', 'beds', 'motel~', 'hotel room~', 'shower~', 'bathtub~', 'bath', 'hot tub~', 'jacuzzi', 'locker room~', 'changing room~', 'sauna~', 'sleepover', 'slumber party', 'backseat', 'wedding night', 'honeymoon suite'] },
  { cue: 'crime', patterns: ['arrested', 'handcuffed', 'in handcuffs', 'mugshot', 'in prison', 'behind bars', 'prison cell', 'jail cell', 'orange jumpsuit', 'perp walk', 'rob~ @det? bank|store|shop', 'steal~', 'shoplift~', 'drunk', 'wasted', 'high on', 'bribe~', 'smuggl~', 'loot~', 'on trial', 'confesses to', 'caught cheating', 'in bed with', 'kissing', 'making out'] },
  { cue: 'goodbye', patterns: ['goodbye text|message|note|letter|video|post', 'final text|message|post', 'im sorry note|letter', 'write~|leave~|stick~|tape~|pin~ @det? @word? note|letter on|to|for', 'writes im sorry', 'writes sorry', 'goodbye', 'farewell', 'goodbye note', 'goodbye letter', 'farewell note', 'farewell letter', 'final goodbye', 'last goodbye', 'says goodbye', 'saying goodbye', 'goodbye forever', 'one last time', 'final message', 'last message', 'giving away @poss things|belongings|possessions'] },
  { cue: 'pills', patterns: ['pills', 'handful of pills', 'bottle of pills', 'pill bottle', 'pill bottles', 'sleeping pills', 'painkillers', 'razor blade~', 'rope tied'] },
  { cue: 'shootup', patterns: ['shoot~ up', 'shooting up'] },
  { cue: 'drug-context', patterns: ['needle', 'needles', 'syringe', 'syringes', 'spoon', 'tourniquet', 'vein', 'veins', 'junkie', 'junkies', 'addict', 'addicts', 'bathroom stall', 'heroin', 'track marks'] },
  { cue: 'hood', patterns: ['white hood~', 'white robe~', 'white robes and hoods', 'white robes and pointed hoods', 'pointed hood~', 'pointed white hood~', 'hooded white robe~', 'white hooded robe~', 'white-hooded', 'hooded figures in white'] },
  { cue: 'hood-with', patterns: ['cross', 'crosses', 'torch~', 'torchlit', 'torch-lit', 'rally', 'march~', 'noose', 'flaming', 'burning', 'burn~', 'lynch~'] },
  // "in his own unmistakable voice": with a real person or a character in the shot, a voice imitation.
  { cue: 'voice', patterns: ['in his|her|their own? exact|unmistakable|real|actual|famous|signature|trademark|iconic voice', 'in his|her|their own voice', '@poss exact|unmistakable|iconic|signature|trademark voice', 'exact|unmistakable voice', 'voice-over|voiceover|narration|narrator in|sounding|that_sounds', 'booms|speaks|talks|narrates|says in', 'in the voice of', 'voice', 'voices', 'voiced', 'cloned', 'vocal clone'] },
  // The original recording of a named artist's song: with a real person's name, a copyrighted track.
  { cue: 'music', patterns: ['original studio recording', 'studio recording', 'original recording', 'original track', 'full original track', 'the original song', 'original chorus', 'sung live', 'the original version', 'lip-sync~ to', 'lip sync~ to', 'the hit single', 'hit song', 'new single', 'latest single', 'new song', 'latest song', 'latest hit', 'biggest hit', 'the full track', 'the song', 'full song', 'chorus and all', 'original lyrics'] },
  // Last words to family ("tell mom I'm sorry"): with a height or pills, suicidal intent.
  { cue: 'lastwords', patterns: ['tell mom|mum|dad|my_mom|my_mum|my_dad|my_mother|my_father|my_family|my_sister|my_brother|everyone|them|her|him im_sorry|i_love_them|i_love_her|i_love_him|i_loved_them|i_tried', 'forgive me for this', 'this is it im done', 'im done with everything|it_all|life|living', 'i cant do this anymore', 'i cant take it anymore'] },
  { cue: 'height', patterns: ['bridge', 'bridges', 'ledge', 'rooftop', 'roof edge', 'edge of @det? @word? @word? roof|rooftop|building|bridge|cliff|tower|balcony', 'high-rise|highrise|tower|skyscraper roof', 'railing', 'overpass', 'parapet', 'train tracks', 'subway platform edge'] },
  // An appliance at a full bath: with the bath, electrocution.
  { cue: 'appliance', patterns: ['hair_dryer|hairdryer|toaster|radio|heater|space_heater plugged_in|plugged|on_the_ledge|on_the_edge|on_the_rim|balanced_on|teetering|perched', 'plugged-in|plugged_in radio|heater|toaster|hair_dryer|hairdryer', 'reach~|grab~|pull~ @det? hair_dryer|hairdryer|toaster|radio|heater toward|into|for|in'] },
  { cue: 'bath', patterns: ['bathtub~', 'bath', 'tub', 'bathwater', 'full bath'] },
  // Drinking then driving: with both in the shot, drunk driving.
  { cue: 'booze', patterns: ['drink~|chug~|down~|swig~ @det? @word? bottle|bottles|fifth|pint|pints|six-pack|shots|shot of @word? whiskey|vodka|beer|tequila|rum|wine|booze|gin|bourbon', 'drink~|chug~|down~|swig~ @det? whiskey|vodka|beers|tequila|rum|booze|gin|bourbon|shots', 'drunk', 'wasted', 'hammered', 'blackout drunk'] },
  { cue: 'drive', patterns: ['drive~ off|away|home', 'behind the wheel', 'gets behind the wheel', 'speed~ off|away', 'start~ the car', 'pull~ onto the highway', 'drive~ the car|his_car|her_car', 'speed~|race~|drive~|swerv~ down|through|along|on|onto @det? highway|freeway|road|street|motorway|interstate', 'swerv~', 'steering wheel'] },
  // A protected group named as people ("a Jewish man", "Black people", "a trans woman") and a
  // hateful trope about a person in the same shot: a person of the group drawn as vermin or an
  // ape, turning into a cockroach, with a caricatured nose or pulling the world's strings,
  // called a freak or "a man": hate [OAI hate; GPUP hate speech; VEO Hate; KLING discrimination].
  { cue: 'group', patterns: ['@group', `${GROUP_ADJ} @person|@human`, `${GROUP_ADJ} @mod @person|@human`, 'rabbi|rabbis|imam|imams|mullah|mullahs|hasid|hasidim|sikh|sikhs|turbaned|hijabi|hijabis'] },
  {
    cue: 'trope',
    patterns: [
      `transform~|turn~|morph~|mutate~|change~ into @det? @mod? @word? ${VERMIN}`, `drawn|depicted|portrayed|shown|rendered|caricatured|painted|animated as @det? @mod? @word? ${VERMIN}`, `head|heads|face|faces|body|bodies of @det? @mod? ${VERMIN}`,
      'hooked|hook|huge|big|giant|exaggerated|crooked hook-nose|hooked_nose|nose', 'exaggerated hooked nose', 'puppet string|strings|master|masters', 'pulling the strings', 'strings run from', 'control~|rule~|own~ the world|globe|banks|media|money',
      'freak', 'freaks', 'abomination~', 'its|it~ a man|a_dude|a_guy', 'mental illness', 'that thing', 'not a real woman|man', 'aint a woman|man',
      'drink~|drinking|suck~|sucking @det? blood of|from @det? @word? baby|babies|child|children|infant|infants', 'burn~|burning|rot~|rotting|roast~|roasting in hell', 'gods punishment', 'deserve~ to die|burn|suffer|hang', 'fangs', 'monkey noises|chants|sounds|grunts', 'banana~ thrown|tossed at',
      'minstrel cartoon|style|caricature|caricatures', 'golliwog~', 'sambo', 'exaggerated|grotesque|caricatured|oversized big_lips|lips|features|teeth|nose', 'racist cartoon|caricature|caricatures|drawing', 'savage~ in @det? jungle', 'swinging from vines', 'fighting over bananas',
    ],
  },
  // Where a child and a blade or a gun are everyday: a kitchen or a cooking class, fencing,
  // whittling at camp, a costume or a stage, a reenactment watched, a museum case, a clay
  // range with a parent. There the child-with-a-weapon combination does not fire.
  { cue: 'tame-blade', patterns: ['cutting board~', 'chopping board~', 'whetstone~', 'chop~|dice~|peel~|julienne~ @det? @word? carrot|carrots|onion|onions|vegetables|veggies|potatoes|potato|herbs|apples|apple|tomatoes|tomato|cucumber|celery|peppers', 'carve~ @det? pumpkin|pumpkins|turkey|roast', 'whittl~', 'fencing', 'fencer~', 'kendo', 'reenactment~', 're-enactment~', 'reenactor~', 'renaissance fair|faire', 'medieval fair|faire|festival', 'costume~', 'dressed as', 'dressed up as', 'halloween', 'school play', 'museum', 'display case~'] },
  { cue: 'tame-gun', patterns: ['clay pigeon~', 'clay target~', 'clay shooting', 'skeet', 'trap shooting', 'biathlon', 'biathlete~', 'reenactment~', 're-enactment~', 'reenactor~', 'museum', 'display case~'] },
  // Sitting or standing at the very edge, legs over: with a goodbye and a height, self-harm.
  { cue: 'edge', patterns: ['edge of @det? @word? @word? roof|rooftop|building|bridge|cliff|platform|balcony|ledge|tower|overpass', 'legs dangling|dangling_over', 'dangling @poss legs|feet', 'on the ledge', 'on the railing', 'outside the railing', 'looking down at the @word? street|river|drop|water|tracks'] },
  // What a child must not be shown doing: with a child in the shot, child endangerment.
  { cue: 'vice', patterns: ['vape~', 'vaping', 'vape pen~', 'smoke~|smoking|light~|lighting @det? cigarette|cigarettes|joint|joints|blunt|blunts|weed|cigar|vape|bong', 'take~ a drag', 'blackout drunk', 'get~ drunk', 'gets drunk', 'getting drunk', 'got drunk', 'wasted', 'keg stand~', 'beer pong', 'shotgun~ @det? beer|beers', 'chug~ @det? @word? beer|beers|vodka|alcohol|booze|liquor|wine|whiskey|bottle', 'sneak~|steal~|swipe~|nick~ @det? @word? @word? vodka|beer|beers|alcohol|booze|liquor|wine|whiskey|cigarettes|vape|pills', 'take~ shots', 'doing shots', 'do~ shots', 'a can of beer', 'handed a cigarette|beer|joint|drink'] },
  // Secrecy asked of a child ("keep our chats a secret from your parents"): with a child, grooming.
  { cue: 'secret', patterns: ['keep~|keeping @det? @word? chats|messages|texts|relationship|meetings|friendship|photos|pictures|gifts a secret', 'keep~|keeping it|this a secret from @poss parents|mom|dad|mother|father|teacher', 'our little secret', 'dont tell your mom|dad|parents|mother|father|teacher', 'our secret from your', 'delete~ @det? @word? messages|chats|texts so @poss parents|mom|dad'] },
  // A brand's mark: with a capitalised name just before it ("the Adidas logo"), third-party IP (the rule checks the name).
  { cue: 'mark', patterns: ['logo', 'logos', 'swoosh', 'trademark', 'branding', 'branded', 'billboard', 'billboards'] },
  // A game or a match in the shot: "we slaughtered them", "you're dead, Harold" is the score.
  { cue: 'game', patterns: [...wn(WN.WN_GAME).map(nounPattern), 'checkmate', 'check mate', 'chessboard', 'chess board', 'chess piece|pieces', 'final whistle', 'halftime', 'half-time', 'scoreboard', 'match point', 'game point', 'video game~', 'board game~', 'teammate~', 'league match|game|final', 'playoff~', 'championship game|match|final', 'nil', 'touchdown~', 'home run~', 'rematch'] },
  { cue: 'sport', patterns: ['boxing', 'boxer~', 'kickboxing', 'kickboxer~', 'mma', 'ufc', 'sparring', 'spar~', 'boxing ring', 'martial arts', 'karate', 'judo', 'taekwondo', 'muay thai', 'jiu-jitsu', 'jiu jitsu', 'wrestling', 'wrestler~', 'fencing', 'referee', 'kung fu', 'dojo', 'stage combat', 'fight choreography', 'stunt'] },
];

/**
 * Context cues: words that are no finding alone but, in a shot already judged in their category
 * in the other channel, carry it into theirs. A violent scene's sound effects ("the dog
 * shrieking, the wet crack of bone") are violence to the audio filter; the last words a voice
 * says over a suicide ("I'm sorry, I can't anymore") are self-harm; moaning over a sex scene
 * is sexual; a chant over a hate rally is hate [OAI violence/graphic, self-harm/intent, sexual,
 * hate; VEO Violence, Sexual, Hate, Dangerous]. Camera words (shot, shoot, cut, fire, kill the
 * lights, boom) are never context cues. They are matched in audio text only, by a matcher of
 * their own (most of them are everyday words, and the picture never takes the audio's context).
 */
export const CONTEXT_CUES: SafetyCue[] = [
  {
    cue: 'ctx-violence',
    patterns: [
      'run', 'get down', 'nobody move', 'dont move', 'on your knees', 'shut up', 'say goodbye', 'last words', 'youre next', 'please', 'no no no', 'oh god', 'stop', 'sirens', 'thump~', 'crack', 'snap', 'splatter~', 'squelch~', 'rip~', 'tear~', 'choke~', 'drown~', 'burn~', 'hack~', 'chop~', 'slice~', 'saw~', 'chainsaw~', 'drill~', 'kill~', 'die', 'dies', 'dead', 'bury', 'grave',
      
      'scream~', 'screaming', 'shriek~', 'wail~', 'howl~', 'whimper~', 'groan~', 'yelp~', 'cries of', 'cry~ out in pain', 'in pain', 'agony', 'agonised', 'agonized',
      'crack|snap|crunch|crunching|snapping of bone|bones', 'bone~ crack~|snap~|crunch~|break~|breaking', 'wet crack|thud|crunch|slap|smack', 'thud~', 'sickening', 'gurgl~', 'chok~', 'gasp~ for air|breath',
      'beg~', 'plead~', 'mercy', 'please dont', 'please no', 'help me', 'let me go', 'stop moving', 'stops moving', 'go~ limp', 'goes still', 'lifeless', 'bleed~', 'blood', 'bloody', 'wound~', 'bruise~', 'dead', 'dying', 'die~', 'death', 'corpse~', 'body drops|falls|hits|slumps',
      'gunshot~', 'gunfire', 'bang~', 'blast~', 'explosion~', 'bullet~', 'reload~', 'cock~ @det? gun|pistol|hammer|shotgun|rifle', 'click of @det? gun|pistol|hammer|trigger', 'trigger', 'ricochet~', 'shell casings',
      'gun~', 'pistol~', 'rifle~', 'shotgun~', 'revolver~', 'knife', 'knives', 'machete~', 'blade~', 'axe', 'hatchet', 'crowbar~', 'baseball bat', 'lead pipe', 'brass knuckles',
      'stab~', 'slash~', 'punch~', 'pummel~', 'strangl~', 'murder~', 'hurt~', 'pain', 'suffer~', 'torture~', 'violent~', 'brutal', 'brutally', 'struggle~', 'fight~ back', 'kill~ @pron|@themp', 'youre dead', 'kill you', 'hurt you',
    ],
  },
  {
    cue: 'ctx-self-harm',
    patterns: [
      'tonight', 'last time', 'one last', 'final', 'forever', 'end', 'over', 'enough', 'cant take', 'done', 'empty', 'nothing left', 'no point', 'better off', 'love you', 'im sorry', 'tell mom', 'tell them', 'letters', 'pills', 'sleep', 'quiet', 'peace', 'finally', 'fall', 'edge', 'cold water', 'let go',
      
      'pill~', 'tablet~', 'razor~', 'blade~', 'rope~', 'noose~', 'ledge', 'jump~', 'let~ go', 'goodbye', 'sorry', 'forgive me', 'letter~', 'note', 'gone', 'end it', 'end this', 'cant do this', 'cant anymore', 'anymore', 'tired', 'wake up', 'sleep forever',
      'miss me', 'without me', 'burden', 'alone', 'disappear~', 'scar~', 'cuts', 'bleed~', 'blood', 'wrist~', 'hurt~', 'pain', 'die', 'dying', 'dead', 'no one', 'nobody', 'starve~', 'hunger', 'hungry', 'skinny', 'thin', 'calories', 'purge~', 'throw~ up', 'vomit~', 'numb',
    ],
  },
  {
    cue: 'ctx-sexual',
    patterns: [
      'baby', 'come here', 'come for me', 'want you', 'need you', 'inside', 'deeper', 'faster', 'slower', 'feels so good', 'so good', 'right there', 'mmm', 'ahh', 'uhh', 'fuck~', 'cum', 'spank~', 'ride', 'on top', 'open your', 'take it off', 'clothes off', 'bedsprings', 'headboard', 'skin', 'sweat~',
      'moan~', 'pant~', 'panting', 'gasp~', 'breathy', 'breathless', 'harder', 'dont stop', 'oh god', 'oh yes', 'yes yes', 'kiss~', 'lick~', 'naked', 'touch~ me', 'touch~ @refl', 'undress~', 'strip~', 'panties', 'lingerie', 'thrust~', 'grind~', 'ride~ me', 'wet', 'daddy', 'bed', 'sheets', 'whimper~', 'climax~', 'pleasure'],
  },
  {
    cue: 'ctx-dangerous',
    patterns: [
      'gram', 'grams', 'ounce', 'eighth', 'pound of', 'kilo~', 'brick~', 're-up', 'reup', 'score', 'plug', 'cops', 'police', 'signal', 'detonat~', 'wire~', 'trigger', 'go off', 'blow', 'boom', 'fire', 'light it', 'gas', 'fuel', 'dose', 'overdose', 'needle', 'cook~', 'batch', 'lab', 'product', 'shipment', 'package',
      'drug~', 'weed', 'snow', 'powder', 'pill~', 'line~', 'baggie~', 'stash', 'plug', 'high', 'needle~', 'syringe~', 'bomb~', 'device', 'detonat~', 'timer', 'fuse', 'explosive~', 'blast', 'gasoline', 'petrol', 'lighter fluid', 'fumes', 'toxic', 'bleach', 'ammonia', 'chemical~', 'dare', 'challenge', 'gun~', 'rifle~', 'ammo', 'ammunition'],
  },
  {
    cue: 'ctx-hate',
    patterns: [
      'scum', 'trash', 'garbage', 'filthy', 'pigs', 'dogs', 'rats', 'cockroaches', 'savages', 'terrorist~', 'illegal~', 'aliens', 'invasion', 'replace~', 'take back', 'our people', 'white', 'master', 'pride', 'hail', 'sieg', 'blood', 'soil', 'nation', 'homeland', 'deport~', 'wall', 'ban', 'kill~ them', 'burn~', 'lynch~', 'rope', 'noose',
      '@group', 'freak~', 'that thing', 'it~ a man', 'animal~', 'ape~', 'monkey~', 'vermin', 'go back', 'our country', 'our land', 'invader~', 'pure', 'purity', 'race', 'heil', 'chant~', 'salute~', 'rally', 'hood~', 'torch~', 'mock~', 'point~ and laugh', 'laugh~ at', 'disgusting', 'filth~', 'dirty', 'not welcome', 'get out', 'parasite~', 'replace~', 'traitor~', 'degenerate~', 'subhuman', 'kind', 'your kind', 'their kind', 'those people'],
  },
  {
    cue: 'ctx-vulgar',
    patterns: [
      'fuck~', 'shit', 'bitch', 'cock', 'pussy', 'cunt', 'twat', 'bastard', 'arsehole', 'asshole', 'wank~', 'bollocks', 'bugger', 'sod', 'bloody', 'frick~', 'freak~ing', 'eat shit', 'kiss my', 'up yours', 'blow me', 'bite me', 'moon~', 'fart~', 'burp~', 'puke~', 'pee', 'poop',
      'suck~ it', 'screw~ you|this|that|off', 'piss~', 'crap', 'damn', 'hell', 'ass', 'arse', 'pigs', 'bleep~', 'bleeped', 'f off', 'eff off', 'wanker~', 'prick~', 'dick~', 'balls', 'tits', 'boob~'],
  },
];

/**
 * Phrases that contain risky-looking words but are harmless; matched in the same pass and,
 * being longer or earlier, they shadow the risky words and cues inside them. Camera phrases from
 * the cinematography lexicon are added to these at build time.
 */
export const BENIGN_PHRASES: string[] = [
  // Tools, toys and plants named after weapons, from WordNet: "carving knife", "glue gun", "water pistol".
  ...wn(WN.WN_TOOL).map(nounPattern),
  // Harmless compounds holding a word flagged alone, from WordNet: "killer bee", "strangler fig", "blood sugar".
  ...wn(WN.WN_HARMLESS_COMPOUND).map(nounPattern),
  'corpse flower|flowers|lily|lilies',
  // Animals hurt and tended, and animals' and babies' bodily functions: a vet's or a sitcom's scene.
  'injured|wounded|hurt|sick|limping @mod? @animal', 'injured|wounded wing|paw|leg|flipper|fin|hoof', 'injured|wounded player|players|athlete|athletes|striker|goalkeeper|quarterback|runner|skier|rider|jockey|gymnast|dancer|knee|ankle|hamstring|shoulder|wrist|back|list|reserve',
  'dog|dogs|puppy|puppies|cat|cats|kitten|kittens|baby|babies|toddler|toddlers|infant|infants|newborn|bird|birds|parrot|pigeon|pigeons|horse|horses|cow|cows|goat|goats|pig|pigs|elephant|elephants|monkey|monkeys|hamster|rabbit|bunny|duck|ducks|chicken|chickens|seagull|seagulls|llama|camel|pony|foal poop~|pooping|fart~|pee~|peeing|vomit~|puke~|throw~_up|spit~_up', 'poop~|pooping|pee~|peeing on @det? @word? carpet|rug|floor|lawn|grass|sofa|couch|bed|newspaper|training_pad|puppy_pad|hydrant|tree',

  'gory|bloody|blood-soaked|bloodied|gruesome makeup|costume|costumes|prosthetics|prosthetic|effects|fx|halloween_costume|face_paint|zombie_makeup', 'zombie makeup', 'halloween makeup', 'draw~ blood', 'blood sample|samples|draw|vial|vials|bag|bags|donation|donations|donor|transfusion|work|sugar|glucose|test|tests', 'give~|donat~ blood', 'blood orange', 'blood oranges', 'blood moon', 'blood red', 'blood-red', 'blood type', 'blood pressure', 'blood bank', 'blood drive', 'blood donor', 'blood test', 'blood cells',
  'naked eye', 'naked flame', 'naked bulb', 'naked light bulb', 'naked branches', 'naked trees', 'naked walls', 'naked truth',
  'nude lipstick', 'nude lip', 'nude lips', 'nude tones', 'nude tone', 'nude-tone', 'nude-toned', 'nude colour', 'nude color', 'nude heels', 'nude palette', 'nude beige', 'nude shades', 'nude shade', 'nude nail|nails|polish|manicure|makeup|make-up|pumps|sandals|shoes|heel|leather|knit|sweater|cardigan|slip|dress|blouse|fabric|linen|silk|satin|pink|blush|gloss|eyeshadow|eye_shadow|foundation|concealer|tights|bodysuit|leotard|hue|hues|colourway|colorway|trench|coat|suede|mesh|lace|ballet_flats|mule|mules|tote|handbag|swatch|swatches',
  'nude-tone palette', 'nude and cream', 'nudes and neutrals', 'in nude and', 'soft nudes',
  'killer whale', 'killer whales', 'killer bee', 'killer bees', 'killer app', 'killer heels', 'lady killer', 'killer view', 'killer smile', 'killer outfit', 'killer moves',
  'explosion of colour', 'explosion of color', 'explosion of colours', 'explosion of colors', 'explosion of flavour', 'explosion of flavor', 'explosion of confetti',
  'no|without|zero|never blood|gore|violence|weapons|weapon|nudity|guns|killing|injuries|injury|deaths', 'no one gets hurt', 'nobody gets hurt', 'bloodless', 'fireworks|firework explosion|explosions', 'explosion of fireworks', 'explode~ with|into colour|color|colours|colors|confetti|petals|bloom|blossom|light|sparkles|glitter|flavour|flavor|life|laughter|applause', 'burst~ with colour|color', 'explosion of light|sound|joy|laughter|petals|bubbles|glitter|sparks',
  'smoke machine', 'photo shoot', 'photoshoot', 'fashion shoot', 'film shoot', 'video shoot', 'product shoot', 'shoot the scene', 'shoots the scene', 'shoot on film', 'shot on film',
  'bamboo shoot', 'bamboo shoots', 'shooting star', 'shooting stars', 'shoots up into the sky', 'shot glass', 'shot glasses', 'shot of espresso', 'espresso shot', 'shot of whiskey', 'shot of tequila', 'shot of vodka',
  'big shot', 'mug shot', 'screenshot', 'slingshot', 'snapshot', 'moonshot', 'long shot', 'shot put', 'flu shot', 'booster shot', 'trick shot', 'three-point shot', 'jump shot', 'free throw',
  'photographer|photographers|videographer|videographers|filmmaker|filmmakers|crew|we|cinematographer|director shoot~ @det? @mod? @mod? @person', 'shoot~ @det? @mod? @person from @det? low|high|wide|overhead|dutch|eye-level|birds-eye|side|above|below|angle|distance', 'shoot~ @det? @mod? @person with @det? @mm|telephoto|wide|long|macro|drone|camera|lens|phone|iphone',
  'shoot~ @det? @mod? @person on @mm|film|35mm|16mm|location', 'shoot~ @det? @mod? @person in close-up|slow_motion|silhouette|profile|black_and_white|the_studio|studio|natural_light|golden_hour', 'shoot~ @det? @mod? @person for @det? magazine|campaign|catalog|catalogue|portrait|editorial|cover',
  'shoot~ @det? @mod? @person handheld|wide|tight|close|against',
  'knockout look', 'knockout dress', 'fire-red', 'fire red', 'fire engine', 'fire truck', 'fire station', 'fire escape', 'fire pit', 'campfire', 'fire in the hearth', 'fire in the fireplace', 'fire crackles',
  'dead leaves', 'dead end', 'dead of night', 'dead calm', 'deadline', 'drop dead gorgeous', 'dead ahead', 'dead centre', 'dead center', 'dead tired', 'deadpan',
  'slay~|kill~|own~|rock~ @det? crowd|audience|room|runway|stage|look|game|competition|set|show|performance|outfit|song|solo', 'slay~|kill~|own~|rock~ @det? crowd|audience|room|runway|stage at|in|with|tonight|again|every|all|on', 'jump~|leap~|dive~ off|from @det? cliff|bridge|rock|rocks|ledge|pier|dock|boat into @det? @word? @word? water|lagoon|lake|river|sea|ocean|pool|quarry|waves|surf|cenote', 'cliff jump~', 'cliff jumping', 'cliff dive~', 'cliff diving', 'cliff diver~', 'break a leg', 'trump card', 'light|lights|colour|colours|color|colors|ink|paint|dye|neon|sunset bleed~', 'bleed~ into @det? lens|frame|edges|sky|shadows|highlights', 'stage blood', 'fake blood', 'light gun|guns', 'laser gun|guns', 'laser tag', 'paintball gun|guns', 'airsoft gun|guns|rifle|rifles', 'is|was|are|shes|hes|its|thats|youre|theyre killing me', 'going to|gonna|will|would|is_going_to|gon kill me', 'murder trial|trials|mystery|mysteries|case|cases|investigation|podcast|podcasts|board|weapon_prop', 'beaten by the clock|odds|heat|sun|weather|deadline|buzzer|rain|traffic', 'beaten to the punch', 'is|was|were|are|gets|got beaten|crushed|destroyed|thrashed by the clock|odds|heat|deadline|buzzer', 'is|was|were|are|gets|got beaten|crushed|destroyed|thrashed at|in chess|cards|poker|mario_kart|fifa|the_game|ping_pong|tennis|pool|darts|scrabble|monopoly|trivia|karaoke|bowling|golf|checkers|video_games', 'ill|i_will|im_gonna|gonna|imma|will end|crush|destroy|kill|murder|beat|bury|smoke|wreck you|ya at chess|cards|poker|mario_kart|fifa|the_game|ping_pong|tennis|pool|darts|scrabble|monopoly|trivia|karaoke|bowling|golf|checkers|video_games', 'lean~ over @det? railing of @det? bridge|ferry|boat|ship|deck to_photograph|watching|to_watch|to_look|to_see|to_film|to_wave|taking_photos|snapping_photos', 'end~|crush~|destroy~|kill~|murder~|beat~|bury~|smoke~|wreck~|own~ you|ya|him|her|them at|in chess|cards|poker|mario_kart|fifa|the_game|ping_pong|tennis|pool|darts|scrabble|monopoly|trivia|karaoke|bowling|golf|checkers|video_games', 'that|this|it|joke|jokes|line|pun|video|face|outfit|laughter|laughing|honestly|literally|lol|lmao killed|kills|killing me', 'stand~ on @det? ledge of @det? cliff|mountain|canyon|summit|rock|crag|glacier', 'trump cards', 'kill~ it', 'youre|you_are|its|this_is killing me', 'killing me softly', 'kill me now', 'kill~ @det? audience|room|show|set|performance|look|vibe', 'kill~ @det? crowd with', 'bloody mary', 'killing time', 'kill switch', 'kill the lights', 'kills the lights', 'kill the engine', 'kills the engine', 'kills the music', 'cut to black', 'jump cut', 'smash cut',
  'heart attack', 'panic attack', 'sex pistols', 'breast pocket', 'chicken breast', 'breaststroke', 'sex education', 'same-sex', 'opposite sex', 'unisex',
  'cocktail', 'cocktails', 'molotov ribbentrop', 'execution of the plan', 'flawless execution', 'execute~ @det? kickflip|ollie|trick|spin|jump|turn|move|manoeuvre|maneuver|plan|routine|pirouette|dive|flip|backflip|heelflip|grind',
  'bomb pop', 'photobomb', 'photobombs', 'photobombing', 'bath bomb', 'bath bombs', 'da bomb', 'bombshell', 'bomber jacket', 'bomber jackets', 'glitter bomb', 'seed bomb', 'seed bombs', 'flavor bomb', 'flavour bomb',
  'gunmetal grey', 'gunmetal gray', 'glue gun', 'spray gun', 'heat gun', 'nail gun', 'water gun', 'water guns', 'water pistol', 'water pistols', 'starting pistol', 'toy gun', 'toy guns', 'nerf gun', 'nerf guns', 'cap gun', 'bubble gun', 'squirt gun', 'squirt guns', 'staple gun', 'radar gun', 'massage gun', 'top gun',
  // Pretend weapons, singular or plural: "cardboard swords", "foam daggers", "prop guns".
  'toy|foam|plastic|cardboard|wooden|rubber|inflatable|pretend|paper|lego|bamboo|prop|replica|pool_noodle|balloon|chocolate|candy sword|swords|gun|guns|pistol|pistols|rifle|rifles|knife|knives|dagger|daggers|axe|axes|blaster|blasters|grenade|grenades|bomb|bombs|spear|spears|shield|shields|bow|bows|crossbow|crossbows|cutlass|cutlasses|sabre|sabres|saber|sabers|lightsaber|lightsabers|musket|muskets',
  'kitchen|chefs|chef|paring|cooking|steak|utility|vegetable|santoku|fillet|filleting|boning knife|knives',
  // A rooster, a dog breeder's female, a cocktail.
  'cock crow~', 'the cock crows', 'cock-a-doodle-doo', 'cocks crow', 'cock crowing', 'champion|breeding|brood bitch', 'bitch and @det? @word? litter|puppies', 'sex on the beach cocktail|cocktails|shot|shots|drink|drinks', 'a sex on the beach',
  'toy sword', 'wooden sword', 'foam sword', 'plastic sword', 'cardboard sword', 'butter knife', 'palette knife', 'bread knife', 'knife and fork', 'knives and forks', 'cheese knife', 'putty knife',
  'shoulder blade', 'shoulder blades', 'blade of grass', 'blades of grass', 'rotor blades', 'fan blades', 'turbine blades', 'propeller blades', 'skate blades', 'swordfish', 'pistol shrimp',
  'shoots the breeze', 'shoot the breeze', 'strike a pose', 'strikes a pose', 'striking a pose', 'a riot of colour', 'a riot of color', 'burning man', 'slap bass', 'slaps the bass',
  'baby blue', 'baby pink', 'baby shower', 'baby grand', 'baby grand piano', 'baby carrots', 'baby spinach', 'baby steps', 'baby face', 'baby goat', 'baby goats', 'baby elephant', 'baby animals', 'baby bird', 'baby birds', 'baby turtle', 'baby turtles', 'baby seal', 'baby owl', 'baby fox', 'baby deer', 'baby otter',
  'kid gloves', 'river bed', 'riverbed', 'flower bed', 'flower beds', 'flowerbed', 'seabed', 'sea bed', 'bed of lettuce', 'bed of rice', 'bed of moss', 'truck bed', 'oyster bed', 'oyster beds', 'hotbed', 'bedrock',
  'meteor shower', 'meteor showers', 'bridal shower', 'shower of sparks', 'shower of petals', 'rain shower', 'rain showers', 'bird bath', 'birdbath', 'bath toys', 'bath time', 'bubble bath',
  'goat kid', 'killer sudoku', 'hit the road', 'hits the road', 'hit the brakes', 'hits the brakes', 'hit the lights', 'hits the lights', 'hits the ground running', 'hit song', 'hit single',
  'beat the heat', 'beats the heat', 'beat the clock', 'drum beat', 'drum beats', 'heart beats', 'beat drops', 'whipped cream', 'whip cream', 'whips cream', 'whips up', 'whipping up', 'cream whipped',
  'hang out', 'hangs out', 'hanging out', 'hung out', 'hang gliding', 'hang glider', 'hangs up', 'hang up', 'hangs a painting', 'hang a painting', 'cliffhanger', 'coat hanger',
  'stabbing pain', 'stabbing pains', 'stab~ at @det? @poss? food|plate|salad|keyboard|buttons|air|steak|noodles', 'thong sandals', 'thong sandal', 'takes a stab', 'take a stab', 'crossing guard', 'shin guard', 'shin guards', 'guard dog', 'drown out', 'drowns out', 'drowned out', 'drowning out',
  'burn rubber', 'burns rubber', 'sunburn', 'heartburn', 'slow burn', 'slow-burn', 'burning sunset', 'burning sky',
  'kicked out', 'gets kicked out', 'get kicked out', 'kicked out of', 'choked up', 'chokes up', 'a shot in the arm', 'shot in the arm of', 'beaten path', 'off the beaten track', 'beaten eggs', 'eggs are beaten', 'beaten egg whites', 'pushed off @det? dock|pier|shore|bank|wall', 'kick off', 'kicks off', 'kicked off', 'kick-off', 'kickoff', 'kicks the ball', 'kick the ball', 'kickflip', 'kickflips', 'kick scooter', 'kick drum', 'kicks up dust', 'kicks up sand', 'kicks up snow',
  'punch line', 'punchline', 'fruit punch', 'hole punch', 'punch card', 'punches the clock', 'punches in',
  'chink in the armour', 'chink in the armor', 'chink of light', 'spic and span', 'fag end', 'snapping turtle', 'sniper scope', 'dope beat',
  'suicide squad', 'suicide squeeze|sprint|sprints|drill|drills|run|runs|shuttle|shuttles', 'overdose of cuteness|cute|sugar|joy|fun|nostalgia|charm|love|sweetness|serotonin|vibes|style|colour|color|awesomeness|adorableness|happiness|glitter|cheese|caffeine', 'pocket knife|knives', 'pocketknife', 'swiss army knife', 'whittling knife', 'utility knife', 'suicide lane', 'suicide doors', 'execution time', 'knock on wood', 'knocks on the door', 'knocks on @det? door|window',
  'pose for a photo', 'poses for a photo', 'posing for a photo', 'poses for a family photo', 'lethal weapon',
  'torch song', 'cross-legged', 'crossing the street', 'cross the street', 'crosses the street', 'pedestrian crossing', 'march of the penguins',
  'high on a hill', 'high on the', 'beat~ @det? @mod? @person at|in @det? chess|cards|poker|tennis|game|race|match|final|finals|election|contest|arm-wrestling|arm_wrestling|checkers|video_game|darts|a_race|a_game|the_race|the_game|the_final', 'shoot~ hoops', 'shoot~ @det? hoop|hoops|basket|baskets|arrow|arrows|photo|photos|video|videos|film|scene|commercial|ad|wedding|portrait|portraits|episode|pool|pool_balls|glance|look|smile|grin|sparks|flames|fireworks|confetti|water|lasers|beam|beams|web|webs|spray',
  'fire~ up @det? grill|engine|stove|oven|kiln|boiler|barbecue|bbq', 'fire~ off @det? email|emails|text|message|question|questions',
];
