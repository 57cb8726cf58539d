// safety/visual and safety/audio: wording likely to trip a provider's safety filter, judged
// per channel (dialogue and sound effects meet separate filter stacks), with safer technical
// rewordings as fixes. Benign phrases and camera language are matched in the same linear pass
// and shadow the risky words inside them ("wide shot", "blood orange", "naked eye").
// Negative-prompt text is not checked: it names what to keep out of the clip.
//
// One trie holds three kinds of value: benign phrases, risky entries and cues. Cues are words
// that are not findings alone (a child, a bikini, a bedroom, a gun, a real person's crime) and
// make combinations judged per shot: a minor with sexualised clothing, a pose or an intimate
// setting, or with a weapon or violence, is `minors`, block; a real person with crime, sex or
// violence is `real-person`, block; a franchise character with violence or sex is
// `third-party-ip`, block. Every rewording offered is checked by re-linting the words around it
// with it applied: no new finding or combination, no new doubled word, no broken article.
import { segmentRange, isFromVar } from '../../format/segments.js';
import type { Segment, Shot } from '../../format/types.js';
import { inflectAs, inflections, startsWithVowelSound, verbFormOf, type VerbForm } from '../../text/inflect.js';
import { PhraseMatcher, longestNonOverlapping, type PhraseMatch } from '../../text/phraseMatcher.js';
import { normalizePhrase, tokenize, tokensOf, type Token } from '../../text/tokenize.js';
import { CAMERA_CLASSES, CAMERA_PHRASES, MM_CLASS } from '../lexicon/cinematography.js';
import { AFTER_OBJECT, BENIGN_PHRASES, CONTEXT_CUES, SAFETY_CLASSES, SAFETY_CUES, SAFETY_ENTRIES, SPEAKER_NOUNS, SUNG_TITLES, type ContextCue, type CueKind, type SafetyEntry } from '../lexicon/safety.js';
import type { Fix, LintConfig, LintDiagnostic, Rule, SafetyCategory, SafetyTier, Severity } from '../types.js';

/** The verb a pattern starts with: its lemmas and how many tokens it spans before the object. */
interface VerbInfo {
  lemmas: string[];
  /** Tokens before the object, and which of them is the inflected word ("pistol whips": 1). */
  len: number;
  at: number;
}

type Hit =
  | { kind: 'benign' }
  | { kind: 'risky'; entry: SafetyEntry; verb?: VerbInfo; last?: 'her' | 'refl' | 'person' }
  | { kind: 'cue'; cue: CueKind };

const SEVERITY: Record<SafetyTier, Severity> = { block: 'error', warn: 'warning', info: 'info' };

const CATEGORY_TEXT: Record<SafetyCategory, string> = {
  violence: 'violence',
  sexual: 'sexual-content',
  minors: 'child-safety',
  'real-person': 'real-person',
  'third-party-ip': 'third-party IP',
  hate: 'hate',
  'self-harm': 'self-harm',
  dangerous: 'dangerous-content',
  vulgar: 'vulgarity',
};

const TIER_RANK: Record<SafetyTier, number> = { info: 0, warn: 1, block: 2 };

// Findings made by a combination rather than by one entry.
const COMBO_ENTRIES = {
  adultSexual: {
    patterns: [], category: 'sexual', tier: 'warn', channel: 'visual',
    why: 'sexualised clothing, a suggestive pose and an intimate setting together read as sexual content (sexual; Veo "Sexual").',
    suggestions: [],
  },
  minorSexual: {
    patterns: [], category: 'minors', tier: 'block', channel: 'both',
    why: 'a child or teenager with sexualised clothing, a pose or an intimate setting in the same shot is blocked outright (sexual/minors; Veo "Child").',
    suggestions: [],
  },
  minorWeapon: {
    patterns: [], category: 'minors', tier: 'block', channel: 'both',
    why: 'a child or teenager with a weapon in the same shot is refused (child safety; Veo "Child", "Violence").',
    suggestions: [],
  },
  selfHarm: {
    patterns: [], category: 'self-harm', tier: 'block', channel: 'both',
    why: 'pills or a blade with a goodbye, last words to family or a goodbye at the edge of a height, or an appliance at a full bath, in the same shot reads as suicidal intent (self-harm/intent).',
    suggestions: [],
  },
  drugs: {
    patterns: [], category: 'dangerous', tier: 'warn', channel: 'both',
    why: '"shooting up" beside a needle, a vein or a junkie is drug injection (illicit).',
    suggestions: [],
  },
  hateCrime: {
    patterns: [], category: 'hate', tier: 'block', channel: 'both',
    why: 'violence against a person for their group (a Sikh man, a gay couple, a Black teenager) is a hate crime (hate/threatening).',
    suggestions: [],
  },
  hateTrope: {
    patterns: [], category: 'hate', tier: 'block', channel: 'both',
    why: 'a person of a protected group pictured as vermin or an ape, as an antisemitic caricature, or mocked as "a man" or "a freak" is hate (dehumanisation).',
    suggestions: [],
  },
  hate: {
    patterns: [], category: 'hate', tier: 'block', channel: 'both',
    why: 'white hoods and robes with a cross, torches or a rally are Ku Klux Klan imagery, a hate symbol.',
    suggestions: [],
  },
  drunkDriving: {
    patterns: [], category: 'dangerous', tier: 'warn', channel: 'both',
    why: 'drinking and then driving in the same shot is drunk driving, a dangerous act (Veo "Dangerous").',
    suggestions: [],
  },
  minorGrooming: {
    patterns: [], category: 'minors', tier: 'block', channel: 'both',
    why: 'an adult asking a child or teenager to keep chats, gifts or meetings secret from their parents is grooming (sexual/minors; Veo "Child").',
    suggestions: [],
  },
  minorVice: {
    patterns: [], category: 'minors', tier: 'block', channel: 'both',
    why: 'a child or teenager vaping, smoking, getting drunk or sneaking alcohol is refused as child endangerment (child safety; Veo "Child").',
    suggestions: [],
  },
  minorDanger: {
    patterns: [], category: 'minors', tier: 'block', channel: 'both',
    why: 'a child or teenager in a dangerous act or at risk of self-harm is refused as child endangerment (child safety; Veo "Child").',
    suggestions: [],
  },
  voiceReal: {
    patterns: [], category: 'real-person', tier: 'block', channel: 'both', speech: true,
    why: 'a real person\'s own voice, imitated, is refused even without a picture of them (impersonation; Veo "Celebrity").',
    suggestions: [],
  },
  voiceCharacter: {
    patterns: [], category: 'third-party-ip', tier: 'warn', channel: 'both', speech: true,
    why: 'a franchise character\'s voice and lines are third-party content, refused by audio filters.',
    suggestions: [],
  },
  song: {
    patterns: [], category: 'third-party-ip', tier: 'warn', channel: 'both',
    why: 'a named artist\'s original recording or song is copyrighted music, rejected by audio filters.',
    suggestions: [],
  },
  maskedSlur: {
    patterns: [], category: 'hate', tier: 'block', channel: 'both',
    why: 'a slur with letters starred out is still read as the slur (hate speech).',
    suggestions: [],
  },
  maskedProfanity: {
    patterns: [], category: 'vulgar', tier: 'warn', channel: 'both',
    why: 'profanity with letters starred out is still read as profanity.',
    suggestions: [],
  },
} satisfies Record<string, SafetyEntry>;

const SEXUALISING: ReadonlySet<CueKind> = new Set(['clothing', 'clothing-strong', 'bare', 'pose', 'pose-strong', 'setting']);

const cache = new WeakMap<LintConfig, PhraseMatcher<Hit>>();

function verbInfo(pattern: string): VerbInfo | undefined {
  const parts = pattern.trim().split(/\s+/);
  const lemmas = parts[0]
    .split('|')
    .filter((a) => a.endsWith('~'))
    .map((a) => tokenize(a.slice(0, -1)).pop()?.norm ?? '')
    .filter(Boolean);
  if (lemmas.length === 0) return undefined;
  const at = tokenize(parts[0].split('|')[0].replace(/~$/, '')).length - 1;
  let len = 0;
  for (const p of parts) {
    if (p.split('|').some((a) => a.startsWith('@'))) break;
    len += tokenize(p.split('|')[0].replace(/[~?]$/, '')).length;
  }
  return { lemmas, len, at };
}

function lastKind(pattern: string): 'her' | 'refl' | 'person' | undefined {
  const last = pattern.trim().split(/\s+/).pop() ?? '';
  if (last === '@pron') return 'her';
  if (last === '@refl') return 'refl';
  if (last === '@person') return 'person';
  return undefined;
}

/** A configuration term as a pattern: words normalised, a trailing `~` kept for lemmas. */
function configPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((w) => {
      const lemma = w.endsWith('~');
      const n = normalizePhrase(lemma ? w.slice(0, -1) : w);
      return n && lemma ? `${n}~` : n;
    })
    .filter(Boolean)
    .join(' ');
}

/** One trie per configuration: built on first use, reused for every shot and document. */
export function safetyMatcher(config: LintConfig): PhraseMatcher<Hit> {
  const hit = cache.get(config);
  if (hit) return hit;
  const m = new PhraseMatcher<Hit>({ ...SAFETY_CLASSES, ...CAMERA_CLASSES, mm: MM_CLASS });
  const benign: Hit = { kind: 'benign' };
  for (const p of BENIGN_PHRASES) m.add(p, benign);
  for (const p of CAMERA_PHRASES) m.add(p, benign);
  for (const p of config.safety.accept) if (configPattern(p)) m.add(configPattern(p), benign);
  const extra = config.safety.rewordings;
  const normExtra = new Map(Object.entries(extra).map(([k, v]) => [normalizePhrase(k), v]));
  for (const entry of SAFETY_ENTRIES) {
    for (const pattern of entry.patterns) {
      // Project rewordings attach to the entry whose pattern is exactly that term.
      const more = normExtra.get(normalizePhrase(pattern)) ?? [];
      const e = more.length ? { ...entry, suggestions: [...more, ...entry.suggestions] } : entry;
      m.add(pattern, { kind: 'risky', entry: e, verb: verbInfo(pattern), last: lastKind(pattern) });
    }
  }
  for (const c of SAFETY_CUES) for (const p of c.patterns) m.add(p, { kind: 'cue', cue: c.cue });
  for (const f of config.safety.flag) {
    const entry: SafetyEntry = {
      patterns: [f.term],
      category: f.category,
      tier: f.tier ?? 'warn',
      channel: f.channel ?? 'both',
      why: 'this term is flagged in the project configuration (.vpromptrc.json).',
      suggestions: f.suggestions ?? [],
    };
    const pattern = configPattern(f.term);
    if (pattern) m.add(pattern, { kind: 'risky', entry, verb: verbInfo(pattern) });
  }
  cache.set(config, m);
  return m;
}

/** Context cues (CONTEXT_CUES) have their own trie, run on audio text only. */
let contextMatcher: PhraseMatcher<Hit> | undefined;
function contextCues(): PhraseMatcher<Hit> {
  if (contextMatcher) return contextMatcher;
  const m = new PhraseMatcher<Hit>(SAFETY_CLASSES);
  for (const c of CONTEXT_CUES) for (const p of c.patterns) m.add(p, { kind: 'cue', cue: c.cue });
  return (contextMatcher = m);
}

interface Finding {
  seg: Segment;
  tokens: readonly Token[];
  start: number;
  end: number;
  startToken: number;
  endToken: number;
  entry: SafetyEntry;
  verb?: VerbInfo;
  category: SafetyCategory;
  tier: SafetyTier;
  note?: string;
}

interface Cue {
  seg: Segment;
  tokens: readonly Token[];
  cue: CueKind;
  start: number;
  end: number;
  startToken: number;
  endToken: number;
}

function appliesTo(entry: SafetyEntry, channel: Segment['channel']): boolean {
  if (channel === 'negative') return false;
  return entry.channel === 'both' || entry.channel === channel;
}

/** Words that say how harm ends or is done, after its object: "beats the prisoner bloody", "shoots the teller execution-style". */
const RESULT_WORDS = new Set(['bloody', 'black', 'raw', 'cold', 'execution', 'point', 'mid', 'half', 'face', 'full', 'right', 'straight', 'multiple', 'several', 'many', 'one', 'two', 'three', 'each', 'every', 'all', 'first', 'last', 'next', 'before', 'after', 'till', 'until', 'here', 'there', 'now', 'tonight', 'today', 'yesterday', 'while', 'whilst', 'who', 'whose', 'which', 'that', 'this', 'these', 'those', 'right', 'hard', 'harder', 'again', 'too', 'so', 'just', 'even', 'still', 'alive', 'dead', 'lifeless', 'limp', 'stiff', 'silly', 'senseless', 'unconscious', 'numb', 'blind', 'flat', 'open', 'apart', 'in', 'out']);
const BREAK = /[.,;:!?"“”()[\]{}]/;
const BREAK_NOT_QUOTES = /[.,;:!?()[\]{}]/;
const REFL_NOT_OBJECT = new Set(['a', 'an', 'some', 'another', 'free', 'loose', 'off', 'short']);

/**
 * Whether a risky match stands: no sentence punctuation between its words ("he stabs. The guard
 * …"), "her" at the end is the object and not a possessive ("whips her hair"), a person word at
 * the end is not a possessive ("hangs the king's portrait"), "cuts herself a slice" is no harm.
 */
function stands(m: PhraseMatch<Hit>, tokens: readonly Token[], text: string): boolean {
  const v = m.value as Extract<Hit, { kind: 'risky' }>;
  const brk = v.kind === 'risky' && v.entry.quotes ? BREAK_NOT_QUOTES : BREAK;
  for (let k = m.startToken + 1; k < m.endToken; k++) if (brk.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
  if (v.kind === 'risky' && v.entry.aboutPerson) {
    // "a sexy nurse", "sensual lips", "looks sexy" stand; "a sexy sports car", "a sensual pour of honey" do not.
    const next = tokens[m.endToken] as Token | undefined;
    if (next && !BREAK.test(text.slice(tokens[m.endToken - 1].end, next.start)) && !NOT_NOUN.has(next.norm) && !aboutAPerson(next.norm)) return false;
  }
  if (!v.last) return true;
  const lastTok = tokens[m.endToken - 1];
  const next = tokens[m.endToken] as Token | undefined;
  const joined = next !== undefined && !BREAK.test(text.slice(lastTok.end, next.start));
  if (v.last === 'her' && lastTok.norm === 'her') return !joined || AFTER_OBJECT.has(next.norm);
  if (v.last === 'refl') return !joined || !REFL_NOT_OBJECT.has(next.norm);
  if (v.last === 'person') {
    if (/['’]/.test(text.slice(lastTok.start, lastTok.end))) return false;
    // A person word used as a modifier is no object: "hits the white ball", "shoots the general
    // scene", "kicks the baby monitor". An adverb, a preposition or another person may follow.
    if (joined && /^[a-z]/.test(text.slice(next.start, next.end)) && !AFTER_OBJECT.has(next.norm) && !NOT_NOUN.has(next.norm) && !RESULT_WORDS.has(next.norm) && !/ly$|ing$|ed$/.test(next.norm) && !(SAFETY_CLASSES.person as ReadonlySet<string>).has(next.norm)) return false;
    return true;
  }
  return true;
}

/** Heads an "about a person" adjective may go before: people, bodies, poses, clothing, looks and voices. */
const PERSONISH = new Set([
  'body', 'bodies', 'figure', 'curves', 'legs', 'leg', 'thighs', 'thigh', 'lips', 'lip', 'mouth', 'eyes', 'eye', 'gaze', 'glance', 'look', 'looks', 'stare', 'smile', 'grin', 'pout', 'wink', 'hips', 'hip', 'waist', 'chest', 'breasts', 'back', 'neck', 'skin', 'shoulders', 'hair', 'face', 'belly', 'butt', 'bum', 'buttocks', 'feet',
  'pose', 'poses', 'posing', 'dance', 'dances', 'dancing', 'dancer', 'dancers', 'move', 'moves', 'movement', 'walk', 'strut', 'sway', 'shimmy', 'twerk', 'striptease', 'photoshoot', 'shoot', 'photo', 'photos', 'pic', 'pics', 'picture', 'pictures', 'selfie', 'selfies', 'video', 'videos', 'clip', 'clips', 'content', 'scene', 'scenes', 'show', 'performance', 'routine',
  'outfit', 'outfits', 'dress', 'dresses', 'lingerie', 'underwear', 'bikini', 'bikinis', 'swimsuit', 'costume', 'costumes', 'clothes', 'clothing', 'top', 'skirt', 'heels', 'stockings', 'nightgown', 'robe', 'uniform',
  'voice', 'whisper', 'whispers', 'moan', 'moans', 'tone', 'manner', 'way', 'kiss', 'kisses', 'touch', 'caress', 'embrace',
]);
function aboutAPerson(word: string): boolean {
  return PERSONISH.has(word) || (SAFETY_CLASSES.person as ReadonlySet<string>).has(word);
}

interface Scan {
  risky: Array<PhraseMatch<Hit> & { value: Extract<Hit, { kind: 'risky' }> }>;
  cues: Array<PhraseMatch<Hit> & { value: Extract<Hit, { kind: 'cue' }> }>;
}

/** Risky matches that stand and cues not shadowed by a benign phrase, in one matcher pass. */
function scan(matcher: PhraseMatcher<Hit>, tokens: readonly Token[], text: string, channel: Segment['channel']): Scan {
  const main: PhraseMatch<Hit>[] = [];
  const cues: Scan['cues'] = [];
  for (const m of matcher.matchTokens(tokens, text)) {
    if (m.value.kind === 'cue') cues.push(m as Scan['cues'][number]);
    else if (m.value.kind === 'benign' || stands(m, tokens, text)) main.push(m);
  }
  const kept = longestNonOverlapping(main);
  const risky: Scan['risky'] = [];
  for (const k of kept) if (k.value.kind === 'risky' && appliesTo(k.value.entry, channel)) risky.push(k as Scan['risky'][number]);
  if (cues.length === 0) return { risky, cues };
  // Drop cues inside a benign phrase ("baby blue", "water gun"); both lists are in token order.
  const benign = kept.filter((k) => k.value.kind === 'benign');
  const out: Scan['cues'] = [];
  let b = 0;
  for (const c of cues) {
    while (b < benign.length && benign[b].endToken <= c.startToken) b++;
    if (b < benign.length && benign[b].startToken <= c.startToken && c.endToken <= benign[b].endToken) continue;
    out.push(c);
  }
  return { risky, cues: out };
}

function escalate(f: Finding, category: SafetyCategory, tier: SafetyTier, note: string): void {
  f.category = category;
  if (TIER_RANK[tier] > TIER_RANK[f.tier]) f.tier = tier;
  f.note = note;
}

function fromCue(c: Cue, entry: SafetyEntry, note?: string): Finding {
  return { seg: c.seg, tokens: c.tokens, start: c.tokens[c.startToken].start, end: c.tokens[c.endToken - 1].end, startToken: c.startToken, endToken: c.endToken, entry, category: entry.category, tier: entry.tier, note };
}

const BLADE = /^(?:knife|knives|blade|blades|sword|swords|sabre|sabres|saber|sabers|cutlass|cutlasses|dagger|daggers|machete|machetes|axe|axes|hatchet|hatchets|rapier|rapiers|scimitar|scimitars|spear|spears|switchblade|switchblades)$/;
/** A weapon where a child with it is everyday: a blade in a kitchen or at fencing, a gun at a clay range (see 'tame-blade', 'tame-gun'). */
function tamed(weapon: Cue, kinds: ReadonlySet<CueKind>): boolean {
  const word = weapon.tokens[weapon.endToken - 1].norm;
  return BLADE.test(word) ? kinds.has('tame-blade') : kinds.has('tame-gun');
}

const IDIOM_OBJECTS = new Set(['them', 'em', 'you', 'ya', 'yall', 'us', 'him', 'her', 'everyone', 'everybody', 'the', 'other', 'team', 'opposition']);

/** Violence that in a game is the score: a threat line, or a verb whose object is only a pronoun ("slaughtered them"). */
function scoreTalk(f: Finding): boolean {
  if (f.entry.combo !== undefined || f.entry.category !== 'violence') return false;
  if (f.verb) {
    const obj = f.tokens.slice(f.startToken + f.verb.len, f.endToken);
    return obj.length > 0 && obj.every((t) => IDIOM_OBJECTS.has(t.norm));
  }
  return f.entry.channel === 'audio' && f.entry.pos === 'clause';
}

/** Whether a group cue lies within a finding's words (its object: "beats a turbaned Sikh man"). */
function groupIn(f: Finding, cues: readonly Cue[]): boolean {
  return cues.some((c) => c.cue === 'group' && c.seg === f.seg && c.start >= f.start && c.end <= f.end + 40 && c.start < f.end + 40);
}

/** The combinations in a shot: escalates findings in place and returns the new ones. */
function combine(findings: Finding[], cues: Cue[]): Finding[] {
  const added: Finding[] = [];
  const first = (k: CueKind) => cues.find((c) => c.cue === k);
  const kinds = new Set(cues.map((c) => c.cue));
  if (kinds.has('sport')) {
    // Boxing, martial arts, stage combat: a punch or a kick is the sport.
    for (let i = findings.length - 1; i >= 0; i--) if (findings[i].entry.combo === undefined && findings[i].category === 'violence' && findings[i].tier === 'warn' && (findings[i].verb || findings[i].entry.sport)) findings.splice(i, 1);
  }
  if (kinds.has('game') && !kinds.has('weapon')) {
    // A game or a match: "we slaughtered them", "you're dead, Harold", "I'll destroy you" is the score.
    for (let i = findings.length - 1; i >= 0; i--) if (scoreTalk(findings[i])) findings.splice(i, 1);
  }
  const minor = first('minor');
  if (minor) {
    const who = `"${minor.seg.text.slice(minor.tokens[minor.startToken].start, minor.tokens[minor.endToken - 1].end)}"`;
    // A school or a playground names a place children are, not a child: violence there stays
    // violence (a shooting at a high school) and is child safety as well.
    const place = /^(?:high|middle|elementary|primary|junior|playground|kindergarten|preschool|pre)\b/.test(who.slice(1).toLowerCase());
    for (const f of [...findings]) {
      if (f.category === 'sexual') escalate(f, 'minors', 'block', `Combined with a child or teenager (${who}) in the same shot, this is blocked outright.`);
      else if (f.category === 'violence' && f.tier !== 'info') {
        const note = `With a child or teenager (${who}) in the same shot, violence is refused as child endangerment.`;
        if (place) added.push({ ...f, category: 'minors', tier: 'block', note });
        else escalate(f, 'minors', 'block', note);
      }
    }
    if (!findings.some((f) => f.category === 'minors') && !added.some((f) => f.category === 'minors')) {
      const sexual = cues.filter((c) => SEXUALISING.has(c.cue));
      const sexualKinds = new Set(sexual.map((c) => (c.cue === 'clothing-strong' ? 'clothing' : c.cue === 'pose-strong' ? 'pose' : c.cue)));
      const strong = sexual.find((c) => c.cue === 'pose-strong' || c.cue === 'clothing-strong');
      const weapon = first('weapon');
      if (strong || sexualKinds.size >= 3) {
        const at = strong ?? sexual.find((c) => c.cue === 'clothing' || c.cue === 'bare') ?? sexual[0];
        added.push(fromCue(at, COMBO_ENTRIES.minorSexual, `The child or teenager is ${who}.`));
      } else if (weapon && !tamed(weapon, kinds)) {
        added.push(fromCue(weapon, COMBO_ENTRIES.minorWeapon, `The child or teenager is ${who}.`));
      } else if (!place && first('vice')) {
        added.push(fromCue(first('vice')!, COMBO_ENTRIES.minorVice, `The child or teenager is ${who}.`));
      } else if (!place && first('secret')) {
        added.push(fromCue(first('secret')!, COMBO_ENTRIES.minorGrooming, `The child or teenager is ${who}.`));
      }
    }
  }
  if (!minor && !findings.some((f) => f.category === 'sexual')) {
    // Adults: a strong cue (lingerie-like clothing, a sultry pose) with another kind (clothing, pose, setting).
    const sexual = cues.filter((c) => SEXUALISING.has(c.cue) && c.seg.channel !== 'audio');
    const kinds2 = new Set(sexual.map((c) => (c.cue === 'clothing-strong' ? 'clothing' : c.cue === 'pose-strong' ? 'pose' : c.cue)));
    const strong = sexual.find((c) => c.cue === 'pose-strong' || c.cue === 'clothing-strong');
    if (strong && kinds2.size >= 2) added.push(fromCue(strong, COMBO_ENTRIES.adultSexual));
  }
  const grave = findings.some((f) => f.category === 'violence' || f.category === 'sexual' || f.category === 'dangerous' || f.category === 'hate' || f.category === 'self-harm' || f.category === 'minors');
  const crime = kinds.has('crime');
  const photoreal = kinds.has('photoreal');
  for (const f of findings) {
    if (f.entry.combo === 'celebrity' && f.category === 'real-person') {
      if (grave || crime) escalate(f, 'real-person', 'block', 'A real person shown in a crime, in sex or in violence is refused outright (likeness, defamation).');
      else if (photoreal) {
        f.tier = 'block';
        f.note = 'With photoreal or voice wording in the same shot, this is almost certain to be refused.';
      }
    } else if (f.entry.combo === 'character' && f.category === 'third-party-ip') {
      const sexualised = kinds.has('pose-strong') || kinds.has('clothing-strong') || new Set(cues.filter((c) => SEXUALISING.has(c.cue)).map((c) => c.cue.replace('-strong', ''))).size >= 2;
      if (findings.some((g) => g.category === 'violence' || g.category === 'sexual' || g.category === 'minors' || g.category === 'dangerous') || sexualised || crime || kinds.has('weapon')) {
        escalate(f, 'third-party-ip', 'block', 'A franchise character in violence, crime or sex is blocked outright.');
      }
    } else if (f.category === 'self-harm' && f.tier === 'warn' && (kinds.has('goodbye') || kinds.has('pills'))) {
      escalate(f, 'self-harm', 'block', 'With a goodbye, pills or a blade in the same shot, this reads as suicidal intent.');
    }
  }
  if (!findings.some((f) => f.category === 'self-harm')) {
    const pills = first('pills');
    const last = first('lastwords');
    const height = first('height');
    if (pills && (kinds.has('goodbye') || last)) added.push(fromCue(pills, COMBO_ENTRIES.selfHarm));
    else if (last && height) added.push(fromCue(last, COMBO_ENTRIES.selfHarm));
    // A goodbye at the edge of a height: "sits on the edge of the roof, a goodbye text on his phone".
    else if (height && kinds.has('goodbye') && kinds.has('edge')) added.push(fromCue(height, COMBO_ENTRIES.selfHarm));
    // An appliance at a full bath: "in the bathtub, a hair dryer plugged in on the ledge".
    else if (kinds.has('bath') && first('appliance')) added.push(fromCue(first('appliance')!, COMBO_ENTRIES.selfHarm));
  }
  // Drinking, then driving, in one shot: drunk driving.
  const booze = first('booze');
  if (booze && kinds.has('drive') && !findings.some((f) => f.category === 'dangerous')) added.push(fromCue(first('drive')!, COMBO_ENTRIES.drunkDriving));
  const shootup = first('shootup');
  if (shootup && kinds.has('drug-context') && !findings.some((f) => f.category === 'dangerous')) added.push(fromCue(shootup, COMBO_ENTRIES.drugs));
  const trope = first('trope');
  if (trope && kinds.has('group') && !findings.some((f) => f.category === 'hate')) added.push(fromCue(trope, COMBO_ENTRIES.hateTrope));
  else if (kinds.has('group') && !findings.some((f) => f.category === 'hate')) {
    // Violence against a person named by a protected group ("beat a turbaned Sikh man") is a hate crime too.
    const hurt = findings.find((f) => f.category === 'violence' && f.tier !== 'info' && groupIn(f, cues));
    if (hurt) added.push({ ...hurt, entry: COMBO_ENTRIES.hateCrime, category: 'hate', tier: 'block', note: undefined });
  }
  const hood = first('hood');
  if (hood && kinds.has('hood-with') && !findings.some((f) => f.category === 'hate')) added.push(fromCue(hood, COMBO_ENTRIES.hate));
  // A child in a dangerous act or at risk of self-harm: child safety too (the label is the most specific).
  if (minor && !findings.some((f) => f.category === 'minors')) {
    const risk = findings.find((f) => (f.category === 'dangerous' || f.category === 'self-harm') && f.tier !== 'info');
    if (risk) added.push({ ...risk, entry: COMBO_ENTRIES.minorDanger, category: 'minors', tier: 'block', note: `The child or teenager is "${minor.seg.text.slice(minor.tokens[minor.startToken].start, minor.tokens[minor.endToken - 1].end)}".` });
  }
  // A real person or a character with a voice imitation ("in his own unmistakable voice") is heard: audio.
  const voice = first('voice');
  const who = findings.find((f) => f.entry.combo !== undefined && !f.entry.speech);
  if (voice && who && !findings.some((f) => f.entry.speech)) added.push(fromCue(voice, who.entry.combo === 'character' ? COMBO_ENTRIES.voiceCharacter : COMBO_ENTRIES.voiceReal));
  // A named artist with "the original recording", "sung live": a copyrighted song.
  const music = first('music');
  const artist = findings.find((f) => f.entry.combo === 'celebrity' && !f.entry.speech);
  // Only a track that is heard: a news item about an artist's single is not the song.
  if (music && music.seg.channel === 'audio' && artist && !findings.some((f) => f.category === 'third-party-ip')) added.push(fromCue(music, COMBO_ENTRIES.song));
  return added;
}

const CONTEXT_CATEGORY: Record<ContextCue, SafetyCategory> = {
  'ctx-violence': 'violence', 'ctx-self-harm': 'self-harm', 'ctx-sexual': 'sexual', 'ctx-dangerous': 'dangerous', 'ctx-hate': 'hate', 'ctx-vulgar': 'vulgar',
};
/** Categories a child in the shot turns into `minors`: their context words count for it too. */
const TO_MINORS: ReadonlySet<SafetyCategory> = new Set(['violence', 'sexual', 'dangerous', 'self-harm']);
const contextEntries = new Map<SafetyCategory, SafetyEntry>();
function contextEntry(category: SafetyCategory): SafetyEntry {
  let e = contextEntries.get(category);
  if (!e) {
    const what = CATEGORY_TEXT[category];
    e = { patterns: [], category, tier: 'warn', channel: 'both', why: `the shot is already judged ${what} in its other channel, and in that context these words carry it here too (a violent scene's screams, the goodbye said over a suicide).`, suggestions: [] };
    contextEntries.set(category, e);
  }
  return e;
}

const channelOf = (f: Finding): 'visual' | 'audio' => (f.seg.channel === 'audio' || f.entry.speech ? 'audio' : 'visual');

/**
 * Context cues in the audio with no finding of their category there, in a shot whose visual
 * text has one (warn or block): one finding per category, on the first such cue.
 */
function inContext(findings: readonly Finding[], cues: readonly Cue[]): Finding[] {
  const found = new Map<SafetyCategory, Set<string>>();
  for (const f of findings) {
    if (f.tier === 'info') continue;
    let set = found.get(f.category);
    if (!set) found.set(f.category, (set = new Set()));
    set.add(channelOf(f));
  }
  if (found.size === 0) return [];
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const c of cues) {
    if (!c.cue.startsWith('ctx-')) continue;
    const own = CONTEXT_CATEGORY[c.cue as ContextCue];
    // Only what is heard takes the context of what is seen: a tired face on screen is no
    // self-harm because the voice-over is, but a scream over a stabbing is violence.
    if (c.seg.channel !== 'audio') continue;
    const ch = 'audio';
    for (const category of TO_MINORS.has(own) ? [own, 'minors' as const] : [own]) {
      const chans = found.get(category);
      if (!chans || chans.has(ch) || done.has(`${category} ${ch}`)) continue;
      done.add(`${category} ${ch}`);
      out.push(fromCue(c, contextEntry(category)));
      break;
    }
  }
  return out;
}

/** Cue kinds combosFiring never reads: left out of memo keys, so shots that differ only in them share verdicts. */
const NOT_IN_COMBOS: ReadonlySet<CueKind> = new Set(['photoreal', 'voice', 'music', 'sport', 'game', 'mark']);

/** The combinations that fire for a set of cue kinds and finding categories, by name. */
function combosFiring(kinds: ReadonlySet<CueKind>, categories: ReadonlySet<SafetyCategory>): Set<string> {
  const out = new Set<string>();
  if (kinds.has('minor')) {
    const sk = new Set([...kinds].filter((k) => SEXUALISING.has(k)).map((k) => (k === 'clothing-strong' ? 'clothing' : k === 'pose-strong' ? 'pose' : k)));
    if (kinds.has('pose-strong') || kinds.has('clothing-strong') || sk.size >= 3 || categories.has('sexual')) out.add('minor-sexual');
    if ((kinds.has('weapon') && !kinds.has('tame-blade') && !kinds.has('tame-gun')) || categories.has('violence')) out.add('minor-weapon');
  }
  if (!kinds.has('minor')) {
    const sk = new Set([...kinds].filter((k) => SEXUALISING.has(k)).map((k) => (k === 'clothing-strong' ? 'clothing' : k === 'pose-strong' ? 'pose' : k)));
    if ((kinds.has('pose-strong') || kinds.has('clothing-strong')) && sk.size >= 2) out.add('adult-sexual');
  }
  if (kinds.has('pills') && (kinds.has('goodbye') || kinds.has('lastwords'))) out.add('self-harm');
  if (kinds.has('lastwords') && kinds.has('height')) out.add('self-harm');
  if (kinds.has('height') && kinds.has('goodbye') && kinds.has('edge')) out.add('self-harm');
  if (kinds.has('bath') && kinds.has('appliance')) out.add('self-harm');
  if (kinds.has('vice') && kinds.has('minor')) out.add('minor-vice');
  if (kinds.has('secret') && kinds.has('minor')) out.add('minor-grooming');
  if (kinds.has('shootup') && kinds.has('drug-context')) out.add('drugs');
  if (kinds.has('booze') && kinds.has('drive')) out.add('drunk-driving');
  if (kinds.has('hood') && kinds.has('hood-with')) out.add('hate');
  if (kinds.has('group') && kinds.has('trope')) out.add('hate-trope');
  if (kinds.has('crime') && categories.has('real-person')) out.add('real-crime');
  for (const [cue, category] of Object.entries(CONTEXT_CATEGORY)) if (kinds.has(cue as CueKind) && categories.has(category)) out.add(cue);
  return out;
}

export const safetyRule: Rule = {
  id: 'safety',
  checkShot(shot: Shot, ctx) {
    const matcher = safetyMatcher(ctx.config);
    const findings: Finding[] = [];
    const cues: Cue[] = [];
    const heard = heardLines(shot.segments);
    const heardParts: Part[] = [];
    for (let i = 0; i < shot.segments.length; i++) {
      const seg0 = shot.segments[i];
      if (seg0.channel === 'negative') continue;
      const seg: Segment = seg0.channel === 'visual' && heard !== undefined && heard.includes(seg0.line) ? { ...seg0, channel: 'audio' } : seenText(seg0, shot.segments[i - 1]) ? { ...seg0, channel: 'visual' } : seg0;
      for (const part of speechParts(seg, tokensOf(seg))) {
        const { seg: pseg, tokens } = part;
        if (pseg.channel === 'audio') heardParts.push(part);
        const s = scan(matcher, tokens, pseg.text, pseg.channel);
        for (const m of s.risky) {
          const e = m.value.entry;
          // "in Darth Vader's voice": a voice entry naming a franchise character is third-party IP.
          const category = e.speech && namesCharacter(matcher, tokens.slice(m.startToken, m.endToken), pseg.text) ? 'third-party-ip' : e.category;
          findings.push({ seg: pseg, tokens, start: m.start, end: m.end, startToken: m.startToken, endToken: m.endToken, entry: e, verb: m.value.verb, category, tier: e.tier });
        }
        for (const c of s.cues) {
          // "baby" sung or said is an endearment, not a child.
          if (c.value.cue === 'minor' && pseg.channel === 'audio' && /^bab(?:y|ies|e)$/.test(tokens[c.startToken].norm)) continue;
          cues.push({ seg: pseg, tokens, cue: c.value.cue, start: c.start, end: c.end, startToken: c.startToken, endToken: c.endToken });
        }
        findings.push(...maskedWords(pseg, tokens), ...titledWorks(pseg, tokens));
        const sung = pseg.channel === 'audio' && seg0.channel === 'audio' && seg0.label === undefined ? sungTitle(pseg, tokens, shot.segments[i - 1]) : undefined;
        if (sung) findings.push(sung);
      }
    }
    // A brand's mark that no entry named already ("the Adidas logo" is in the lexicon).
    for (const c of cues) {
      if (c.cue !== 'mark') continue;
      const b = brandMark(c);
      if (b && !findings.some((f) => f.seg.line === b.seg.line && f.start < b.end && b.start < f.end)) findings.push(b);
    }
    if (findings.length === 0 && cues.length < 2) return;
    findings.push(...combine(findings, cues));
    const voiced = heardParts.length ? voicedBy(findings, heardParts) : undefined;
    if (voiced) findings.push(voiced);
    // Context cues matter only in audio, and only once the picture has a finding: matched then.
    if (heardParts.length && findings.some((f) => f.tier !== 'info' && f.seg.channel === 'visual' && !f.entry.speech)) {
      for (const { seg: pseg, tokens } of heardParts) {
        for (const c of contextCues().matchTokens(tokens, pseg.text) as Scan['cues']) cues.push({ seg: pseg, tokens, cue: c.value.cue, start: c.start, end: c.end, startToken: c.startToken, endToken: c.endToken });
      }
      findings.push(...inContext(findings, cues));
    }
    if (findings.length === 0) return;
    const shotKinds = new Set(cues.map((c) => c.cue));
    const shotCategories = new Set(findings.map((f) => f.category));
    for (const f of findings) ctx.report(toDiagnostic(shot, f, matcher, shotKinds, shotCategories));
  },
};

// Lines the parser reads as visual whose label says they are heard: music and voice labels it
// does not list ("music:", "voice-over:", "narration:", "radio voice:"), a screenplay speaker in
// capitals ("MAYA (on phone, calm):"), or someone and a speech verb ("She sings:", "coach
// shouts:"). What follows is judged as audio, like an `audio:` line.
const AUDIO_LABEL = /^\s*(?:dialogue|dialog|audio|sfx|sound fx|lyric line|music|song|songs|lyrics?|vocals?|voice[- ]?over|voiceover|vo|v\.o\.|narration|narrator|voice|voices|radio(?: voice| host| announcer)?|announcer|pa system|chant|chanting|chorus|verse|hook|rap|soundtrack|score|sound|sounds|sound effects?|sound design|foley|ambience|background (?:music|audio|sound)|speech|monologue|voicemail|phone call|intercom)(?:\s*\([^)]*\))?\s*:/i;
const SPEAKER_LABEL = /^\s*([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?:\s*\([^)]*\))?\s*:/;
const NOT_SPEAKERS = new Set(['INT', 'EXT', 'POV', 'CU', 'ECU', 'MCU', 'WS', 'MS', 'LS', 'EWS', 'OTS', 'CAMERA', 'SHOT', 'SCENE', 'LIGHTING', 'MOOD', 'STYLE', 'SUBJECT', 'ACTION', 'SETTING', 'ENVIRONMENT', 'TEXT', 'CAPTION', 'TITLE', 'NOTE', 'NOTES', 'LOCATION', 'TIME', 'FORMAT', 'LENS', 'CUT', 'CUT TO', 'FADE IN', 'FADE OUT', 'VFX', 'FX', 'SFX', 'ON SCREEN', 'ON-SCREEN', 'CARD', 'TITLE CARD', 'SUPER', 'CHYRON', 'LOWER THIRD', 'INSERT', 'MONTAGE', 'NEGATIVE', 'PROMPT', 'STYLE NOTES', 'SHOT LIST']);
const SPEECH_LABEL = /^\s*(?:[A-Za-z'’]+\s+){0,4}(?:says?|said|sings?|sang|raps?|rapped|whispers?|whispered|shouts?|shouted|yells?|yelled|screams?|screamed|snaps?|snapped|chants?|chanted|mutters?|muttered|murmurs?|murmured|hisses|hissed|growls?|growled|cries|cried|calls?(?: out)?|called(?: out)?|pleads?|pleaded|begs?|begged|announces?|announced|narrates?|narrated|asks?|asked|replies|replied|purrs?|purred|laughs?|laughed|sobs?|sobbed|taunts?|taunted|croons?|crooned|preaches|preached)(?:\s*\([^)]*\))?\s*:/i;

// "Mom:", "Officer (shouting):", "Old man:", "Maya (whispering):": a person noun, or a name with
// a parenthetical, as the label of a line is its speaker.
const NOUN_LABEL = /^\s*((?:[A-Za-z][a-z'’-]*\s+){0,2}[A-Za-z][a-z'’-]*)(\s*\([^)]*\))?\s*:/;
function speakerNoun(text: string): boolean {
  const m = NOUN_LABEL.exec(text);
  if (!m) return false;
  const words = m[1].toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (SPEAKER_NOUNS.has(head) && !NOT_SPEAKER_NOUNS.has(head)) return true;
  // A capitalised name with a parenthetical: "Jake (whispering):", "Maya (V.O.):".
  return m[2] !== undefined && words.length === 1 && /^[A-Z]/.test(m[1]);
}
const NOT_SPEAKER_NOUNS = new Set(['subject', 'character', 'characters', 'talent', 'cast', 'extras', 'model', 'models', 'host', 'crowd', 'audience', 'lead', 'hero shot']);

/** The lines (by number) whose first segment carries a label saying they are heard; undefined when none. */
function heardLines(segments: readonly Segment[]): number[] | undefined {
  let out: number[] | undefined;
  let prevLine = -1;
  for (const seg of segments) {
    if (seg.line === prevLine) continue;
    prevLine = seg.line;
    if (seg.channel !== 'visual' || seg.label !== undefined) continue;
    const t = seg.text;
    // A label is a few words and a colon: most lines have no colon near their start.
    let colon = -1;
    for (let i = 0, n = Math.min(t.length, 61); i < n; i++) if (t.charCodeAt(i) === 58) { colon = i; break; }
    if (colon < 0) continue;
    let heard = AUDIO_LABEL.test(t) || SPEECH_LABEL.test(t);
    if (!heard) {
      const m = SPEAKER_LABEL.exec(t);
      heard = (m !== null && !NOT_SPEAKERS.has(m[1].replace(/[.]$/, ''))) || speakerNoun(t);
    }
    if (heard) (out ??= []).push(seg.line);
  }
  return out;
}

// A quote the parser took for speech that is written on screen: after "caption", "a sign",
// "comments flood across the screen:", "text pops up". On-screen text is part of the picture.
const ON_SCREEN = /\b(?:captions?|captioned|subtitles?|on-?screen|screen|texts?|title card|title|titled|signs?|placard|banner|poster|graffiti|comments?|messages?|tweets?|posts?|dms?|headline|chyron|lower third|card|label|tattoo(?:ed)?|scrawled|spray-?painted|painted|printed|stamped|embroidered|t-shirt|shirt|hoodie|pops? up|flash(?:es)?)\b[^"“”]{0,25}$/i;

/** Whether an audio piece split from a visual line is on-screen text (see ON_SCREEN). */
function seenText(seg: Segment, prev: Segment | undefined): boolean {
  if (seg.channel !== 'audio' || seg.label !== undefined || !prev || prev.line !== seg.line || prev.channel !== 'visual') return false;
  return ON_SCREEN.test(prev.text.slice(-60));
}

const SPEAKING = new Set(['i', 'im', 'ive', 'ill', 'id', 'me', 'my', 'mine', 'you', 'youre', 'youll', 'your', 'yours', 'we', 'were', 'weve', 'well', 'us', 'our', 'ours', 'lets']);

/** Whether audio words are someone speaking (a first or second person), not a sound or a track. */
function isSpeech(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (SPEAKING.has(t.norm)) return true;
  return false;
}

const VOICE_REAL: SafetyEntry = {
  patterns: [], category: 'real-person', tier: 'block', channel: 'audio',
  why: 'words put in a real person\'s mouth are a voice imitation, refused by audio filters even without a picture (impersonation; Veo "Celebrity").',
  suggestions: [],
};
const VOICE_CHARACTER: SafetyEntry = {
  patterns: [], category: 'third-party-ip', tier: 'warn', channel: 'audio',
  why: 'lines spoken by a franchise character are third-party content, refused by audio filters.',
  suggestions: [],
};

/**
 * A real person or a franchise character in the shot, and someone speaking in its audio: the
 * speech is theirs, a voice imitation — reported on the speech unless the audio already has it.
 */
function voicedBy(findings: readonly Finding[], heard: readonly Part[]): Finding | undefined {
  const who = findings.find((f) => (f.entry.combo === 'celebrity' && f.category === 'real-person') || (f.entry.combo === 'character' && f.category === 'third-party-ip'));
  if (!who) return undefined;
  const entry = who.entry.combo === 'celebrity' ? VOICE_REAL : VOICE_CHARACTER;
  if (findings.some((f) => f.category === entry.category && (f.seg.channel === 'audio' || f.entry.speech))) return undefined;
  const speech = heard.find((p) => isSpeech(p.tokens));
  if (!speech) return undefined;
  const { seg, tokens } = speech;
  const last = Math.min(tokens.length, 8);
  return { seg, tokens, start: tokens[0].start, end: tokens[last - 1].end, startToken: 0, endToken: last, entry, category: entry.category, tier: entry.tier, note: `The speaker is ${seg === who.seg ? 'named in it' : `"${who.seg.text.slice(who.start, who.end)}"`}.` };
}

// Quoted speech in visual text that the parser's cue list does not know ("Chanting "…"",
// "bellows, "…"", "declares, "…""): judged as audio, like the speech the parser splits off.
const SPEECH_BEFORE = /(?:\b(?:chant|bellow|purr|declar|confid|growl|hiss|snarl|roar|bark|rap|croon|sob|whimper|plead|beg|taunt|threaten|scream|yell|shriek|howl|mumbl|boom|intone|preach|recit|sing|shout|whisper|say|mutter|murmur|cri|cry|call|tell|warn|grunt|moan|gasp|sneer|jeer|holler|rant|vow|swear|promis|insist|laugh|giggl|spit|sneer)\w*\b[^"“”]{0,30}|[:—–]\s*)$/i;

interface Part {
  seg: Segment;
  tokens: readonly Token[];
}

/** A visual segment split into its words outside speech quotes (visual) and inside them (audio). */
function speechParts(seg: Segment, tokens: readonly Token[]): Part[] {
  if (seg.channel !== 'visual' || (seg.text.indexOf('"') < 0 && seg.text.indexOf('“') < 0)) return [{ seg, tokens }];
  const text = seg.text;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== '“') continue;
    const close = text.indexOf(c === '"' ? '"' : '”', i + 1);
    if (close < 0) break;
    if (SPEECH_BEFORE.test(text.slice(Math.max(0, i - 40), i))) spans.push([i, close]);
    i = close;
  }
  if (spans.length === 0) return [{ seg, tokens }];
  const audio: Segment = { ...seg, channel: 'audio' };
  const outside: Token[] = [];
  const parts: Part[] = [];
  let k = 0;
  for (const [a, b] of spans) {
    while (k < tokens.length && tokens[k].start < a) outside.push(tokens[k++]);
    const inside: Token[] = [];
    while (k < tokens.length && tokens[k].end <= b) inside.push(tokens[k++]);
    if (inside.length) parts.push({ seg: audio, tokens: inside });
  }
  while (k < tokens.length) outside.push(tokens[k++]);
  return [{ seg, tokens: outside }, ...parts];
}

/** Whether a franchise character is named within these tokens. */
function namesCharacter(matcher: PhraseMatcher<Hit>, tokens: readonly Token[], text: string): boolean {
  return matcher.matchTokens(tokens, text).some((m) => m.value.kind === 'risky' && m.value.entry.combo === 'character');
}

/** One-word slurs and profanity from the lexicon, for starred-out spellings ("f*gs", "ch*nks"). */
let maskable: { hate: string[]; vulgar: string[] } | undefined;
function maskableWords(): { hate: string[]; vulgar: string[] } {
  if (maskable) return maskable;
  const hate = new Set<string>();
  const vulgar = new Set<string>();
  for (const e of SAFETY_ENTRIES) {
    if (e.category !== 'hate' && e.category !== 'vulgar') continue;
    for (const p of e.patterns) if (/^[a-z]+$/.test(p) && p.length >= 3) (e.category === 'hate' ? hate : vulgar).add(p);
  }
  return (maskable = { hate: [...hate], vulgar: [...vulgar] });
}

function fitsMask(masked: string, word: string): boolean {
  if (masked.length !== word.length) return false;
  for (let i = 0; i < masked.length; i++) if (masked[i] !== '*' && masked[i] !== word[i]) return false;
  return true;
}

/** Findings for starred-out slurs and profanity: one pass over the segment's characters. */
function maskedWords(seg: Segment, tokens: readonly Token[]): Finding[] {
  const text = seg.text;
  if (text.indexOf('*') < 0 || tokens.length === 0) return [];
  const out: Finding[] = [];
  const from = tokens[0].start;
  const to = tokens[tokens.length - 1].end;
  let k = 0;
  const MASKED = /[A-Za-z]+\*+[A-Za-z*]*/g;
  MASKED.lastIndex = from;
  for (let m = MASKED.exec(text); m && m.index < to; m = MASKED.exec(text)) {
    const w = m[0].toLowerCase();
    if (/^\*+$/.test(w.replace(/[a-z]/g, '')) && w.replace(/\*/g, '').length < 2) continue;
    const words = maskableWords();
    const entry = words.hate.some((x) => fitsMask(w, x) || fitsMask(w, `${x}s`)) ? COMBO_ENTRIES.maskedSlur : words.vulgar.some((x) => fitsMask(w, x)) ? COMBO_ENTRIES.maskedProfanity : undefined;
    if (!entry) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    while (k < tokens.length && tokens[k].end <= start) k++;
    let e = k;
    while (e < tokens.length && tokens[e].start < end) e++;
    if (e === k) continue;
    out.push({ seg, tokens, start, end, startToken: k, endToken: e, entry, category: entry.category, tier: entry.tier });
  }
  return out;
}

/**
 * A named work in the audio channel: a capitalised possessive straight before a quoted title
 * (Daft Punk's "Get Lucky", Adele's "Hello") is an artist's song — third-party IP. One pass over
 * the tokens; only the characters between a possessive and the next token are looked at.
 */
function titledWorks(seg: Segment, tokens: readonly Token[]): Finding[] {
  if (seg.channel !== 'audio') return [];
  const text = seg.text;
  const out: Finding[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const c = text.charCodeAt(t.start);
    if (!(c >= 65 && c <= 90)) continue;
    const w = text.slice(t.start, t.end);
    if (!/['’]s$/.test(w)) continue;
    const gap = text.slice(t.end, tokens[k + 1].start);
    if (!/^\s*["“]$/.test(gap)) continue;
    let e = k + 1;
    while (e < tokens.length && e - k < 10 && !/["”]/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
    const entry = COMBO_ENTRIES.song;
    out.push({ seg, tokens, start: t.start, end: tokens[e - 1].end, startToken: k, endToken: e, entry, category: entry.category, tier: entry.tier });
    k = e - 1;
  }
  return out;
}

const BRAND_MARKS = new Set(['logo', 'logos', 'swoosh', 'trademark', 'branding', 'branded', 'billboard', 'billboards']);
const BRAND: SafetyEntry = {
  patterns: [], category: 'third-party-ip', tier: 'info', channel: 'visual',
  why: 'brands and logos can be blocked or rendered garbled; avoid them in generated footage.',
  suggestions: [],
};

/**
 * A capitalised name straight before a brand mark in the picture ("the Adidas logo", "a
 * Heineken billboard"): a brand's mark, third-party IP (info).
 */
function brandMark(c: Cue): Finding | undefined {
  const { seg, tokens } = c;
  const k = c.startToken;
  if (seg.channel !== 'visual' || k === 0) return undefined;
  const text = seg.text;
  const t = tokens[k - 1];
  const ch = text.charCodeAt(t.start);
  if (!(ch >= 65 && ch <= 90) || !/^\s+$/.test(text.slice(t.end, tokens[k].start))) return undefined;
  // Not a sentence's first word ("Logo on the wall") and not a common capitalised word.
  if (k - 1 === 0 || /[.!?:]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) || ['I', 'The', 'A', 'An', 'Its', 'Their'].includes(text.slice(t.start, t.end))) return undefined;
  return { seg, tokens, start: t.start, end: tokens[k].end, startToken: k - 1, endToken: k + 1, entry: BRAND, category: BRAND.category, tier: BRAND.tier };
}

const SUNG_BEFORE = /\b(?:sings?|sang|singing|hums?|hummed|humming|belts?|belting|croons?|crooning|plays?|playing|performs?|performing|covers?|covering)\b[^"“”]{0,25}$/i;
const SUNG: SafetyEntry = {
  patterns: [], category: 'third-party-ip', tier: 'warn', channel: 'audio',
  why: 'sung lyrics that open with a hit song\'s title are that copyrighted song, rejected by audio filters.',
  suggestions: [],
};
let titleStarts: string[][] | undefined;

/** Lyrics quoted after "sings" that open with a hit song's title ("She sings: "Let it go, let it go…""). */
function sungTitle(seg: Segment, tokens: readonly Token[], prev: Segment | undefined): Finding | undefined {
  if (!prev || prev.line !== seg.line || !SUNG_BEFORE.test(prev.text.slice(-40))) return undefined;
  titleStarts ??= SUNG_TITLES.map((t) => tokenize(t).map((x) => x.norm));
  for (const words of titleStarts) {
    if (words.length > tokens.length || !words.every((w, k) => tokens[k].norm === w)) continue;
    return { seg, tokens, start: tokens[0].start, end: tokens[words.length - 1].end, startToken: 0, endToken: words.length, entry: SUNG, category: SUNG.category, tier: SUNG.tier };
  }
  return undefined;
}

const MODAL = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'shall', 'must', 'might', 'may', 'cannot', 'cant', 'wont', 'dont', 'doesnt', 'didnt', 'lets', 'let', 'please', 'gonna', 'wanna', 'i', 'you', 'we', 'they']);
const PERFECT = new Set(['has', 'have', 'had', 'was', 'were', 'been', 'is', 'are', 'be', 'being', 'get', 'gets', 'got', 'getting']);

/** The form of the matched verb, so a rewording's verb can take the same one. */
function matchedForm(f: Finding): VerbForm | undefined {
  if (!f.verb) return undefined;
  const word = f.tokens[f.startToken + f.verb.at]?.norm;
  if (!word) return undefined;
  let forms: VerbForm[] = [];
  for (const l of f.verb.lemmas) if ((forms = verbFormOf(word, l)).length) break;
  if (forms.length === 0) return undefined;
  if (forms.length === 1) return forms[0];
  if (forms.includes('s')) return 's';
  if (forms.includes('ing')) return 'ing';
  const prev = f.tokens[f.startToken - 1]?.norm;
  if (forms.includes('base') && (prev === undefined || MODAL.has(prev))) return 'base';
  if (forms.includes('pp') && prev !== undefined && PERFECT.has(prev)) return 'pp';
  return forms.includes('past') ? 'past' : forms[0];
}

/** A suggestion filled in for this match: `word~` inflected like the match, `$obj`, `$last`. */
function fill(suggestion: string, f: Finding): string {
  const words = f.seg.text.slice(f.start, f.end);
  const form = matchedForm(f) ?? 's';
  const objStart = f.verb && f.startToken + f.verb.len < f.endToken ? f.tokens[f.startToken + f.verb.len].start : f.end;
  const obj = f.seg.text.slice(objStart, f.end);
  const last = tokenize(words).pop();
  let out = suggestion
    .replace(/\b([a-z]+)~/g, (_, w: string) => inflectAs(w, form))
    .replace(/\$obj/g, obj || 'them')
    .replace(/\$last/g, last ? words.slice(last.start, last.end) : 'subject');
  // A capital at the start of a sentence ("I'll kill you" → "You'll regret it"), none inside one
  // ("stabbed by Luigi" → "stabbed by an original character").
  const initial = /(?:^|[.!?:;"“]\s*)$/.test(f.seg.text.slice(Math.max(0, f.start - 3), f.start).trimEnd()) || f.start === 0;
  if (initial && /^[a-z]/.test(out)) out = out[0].toUpperCase() + out.slice(1);
  else if (!initial && /^[A-Z][a-z]/.test(out) && !/^I\b|^I'/.test(out)) out = out[0].toLowerCase() + out.slice(1);
  return out;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'our', 'its', 'this', 'that']);
/** Tokens of context either side of a rewording that are linted again (patterns span at most ten). */
const WINDOW = 12;

/** Doubled words and broken articles in `text`, counted by kind. */
function blemishes(text: string): { doubled: number; articles: number } {
  const t = tokenize(text);
  let doubled = 0;
  let articles = 0;
  for (let i = 1; i < t.length; i++) {
    const a = t[i - 1].norm;
    const b = t[i].norm;
    if (!/^\s+$/.test(text.slice(t[i - 1].end, t[i].start))) continue;
    if (ARTICLES.has(a) && DETERMINERS.has(b)) articles++;
    else if (a === b && !/^\d+$/.test(a)) doubled++;
    else if (a === 'a' && startsWithVowelSound(b)) articles++;
    else if (a === 'an' && !startsWithVowelSound(b)) articles++;
  }
  return { doubled, articles };
}

/** Risky findings (by category and words) and cue kinds in a piece of text. */
function judge(matcher: PhraseMatcher<Hit>, text: string, channel: Segment['channel']): { keys: Map<string, number>; kinds: Set<CueKind> } {
  const s = scan(matcher, tokenize(text), text, channel);
  const keys = new Map<string, number>();
  for (const r of s.risky) {
    const k = `${r.value.entry.category} ${normalizePhrase(text.slice(r.start, r.end))}`;
    keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  return { keys, kinds: new Set(s.cues.map((c) => c.value.cue)) };
}

/** Memoised verdicts per matcher (repeated phrases are common), each map bounded. */
const verdicts = new WeakMap<PhraseMatcher<Hit>, { fits: Map<string, boolean>; judged: Map<string, ReturnType<typeof judge>> }>();
const MEMO_LIMIT = 20_000;

function memo(matcher: PhraseMatcher<Hit>) {
  let m = verdicts.get(matcher);
  if (!m) verdicts.set(matcher, (m = { fits: new Map(), judged: new Map() }));
  if (m.fits.size > MEMO_LIMIT) m.fits.clear();
  if (m.judged.size > MEMO_LIMIT) m.judged.clear();
  return m;
}

/**
 * Whether replacing [start, end) of the segment with `replacement` fits: re-lints the words
 * around it (WINDOW tokens either side, more than any pattern spans, so this stays linear) and
 * compares with the original: no new finding, no new combination in the shot, no new doubled
 * word, no new broken article.
 */
function fits(f: Finding, start: number, end: number, replacement: string, matcher: PhraseMatcher<Hit>, shotKinds: ReadonlySet<CueKind>, shotCategories: ReadonlySet<SafetyCategory>): boolean {
  const text = f.seg.text;
  const t = f.tokens;
  const w0 = t[Math.max(0, f.startToken - 1 - WINDOW)]?.start ?? 0;
  const w1 = Math.max(end, t[Math.min(t.length - 1, f.endToken - 1 + WINDOW)]?.end ?? text.length);
  const lo = Math.min(w0, start);
  const before = text.slice(lo, w1);
  const replaced = `${f.entry.category} ${normalizePhrase(text.slice(f.start, f.end))}`;
  const combo = `${[...shotKinds].filter((k) => !NOT_IN_COMBOS.has(k)).sort().join(',')};${[...shotCategories].sort().join(',')}`;
  const key = `${f.seg.channel}\u0000${combo}\u0000${replaced}\u0000${start - lo}\u0000${end - lo}\u0000${replacement}\u0000${before}`;
  const m = memo(matcher);
  const known = m.fits.get(key);
  if (known !== undefined) return known;
  const verdict = check();
  m.fits.set(key, verdict);
  return verdict;

  function check(): boolean {
    const after = text.slice(lo, start) + replacement + text.slice(end, w1);
    const b = blemishes(before);
    const a = blemishes(after);
    if (a.doubled > b.doubled || a.articles > b.articles) return false;
    const bk = `${f.seg.channel}\u0000${before}`;
    let jb = m.judged.get(bk);
    if (!jb) m.judged.set(bk, (jb = judge(matcher, before, f.seg.channel)));
    const ja = judge(matcher, after, f.seg.channel);
    const had = new Map(jb.keys);
    had.set(replaced, (had.get(replaced) ?? 0) + 1); // the replaced finding may leave; that is the point
    for (const [k, n] of ja.keys) if (n > (had.get(k) ?? 0)) return false;
    const newKinds = [...ja.kinds].filter((k) => !jb.kinds.has(k));
    if (newKinds.length) {
      const was = combosFiring(shotKinds, shotCategories);
      const now = combosFiring(new Set([...shotKinds, ...newKinds]), shotCategories);
      for (const c of now) if (!was.has(c)) return false;
    }
    return true;
  }
}

/**
 * The edit for one suggestion, or undefined if it does not fit. A suggestion that brings its own
 * article replaces the one before the term ("a gunshot" → "a sharp percussive crack", not
 * "a a …"); one that does not, after "a"/"an", gets the article its first word needs.
 */
function editFor(f: Finding, s: string, matcher: PhraseMatcher<Hit>, shotKinds: ReadonlySet<CueKind>, shotCategories: ReadonlySet<SafetyCategory>): { start: number; end: number; text: string } | undefined {
  const text = f.seg.text;
  let start = f.start;
  let replacement = s;
  const article = articleBefore(text, f.start);
  // A noun phrase with its own article cannot follow a modifier ("a masked a tense stand-off"),
  // and a phrase cannot stand before a noun where an adjective did ("a wrapped in a towel woman").
  if (!article && /^(a|an|the)\s/i.test(s) && modifierBefore(f)) return undefined;
  if (f.entry.pos === 'adj' && /\s/.test(s.trim()) && nounAfter(f)) return undefined;
  if (article && /^(a|an|the)\s/i.test(s)) {
    start = f.start - article[0].length;
    if (/^[A-Z]/.test(article[0]) && /^[a-z]/.test(s)) replacement = s[0].toUpperCase() + s.slice(1);
  } else if (article && /^an?\s/i.test(article[0])) {
    const firstWord = tokenize(s)[0]?.norm ?? '';
    const want = startsWithVowelSound(firstWord) ? 'an' : 'a';
    const had = article[0].trim();
    if (had.toLowerCase() !== want) {
      start = f.start - article[0].length;
      const fixed = /^A/.test(had) ? want[0].toUpperCase() + want.slice(1) : want;
      replacement = `${fixed}${article[0].slice(had.length)}${s}`;
    }
  }
  return fits(f, start, f.end, replacement, matcher, shotKinds, shotCategories) ? { start, end: f.end, text: replacement } : undefined;
}

function toDiagnostic(shot: Shot, f: Finding, matcher: PhraseMatcher<Hit>, shotKinds: ReadonlySet<CueKind>, shotCategories: ReadonlySet<SafetyCategory>): LintDiagnostic {
  const { seg } = f;
  const words = seg.text.slice(f.start, f.end);
  const range = segmentRange(seg, f.start, f.end);
  const fromVar = isFromVar(seg, f.start, f.end);
  const varName = fromVar ? seg.expansions.find((x) => f.start < x.expEnd && f.end > x.expStart)?.name : undefined;
  // Only rewordings that fit where they land are offered (see fits()).
  const edits: Array<{ s: string; e: { start: number; end: number; text: string } }> = [];
  for (const raw of f.entry.suggestions) {
    const s = fill(raw, f);
    const e = editFor(f, s, matcher, shotKinds, shotCategories);
    if (e) edits.push({ s, e });
  }
  const suggestions = edits.map((x) => x.s);
  const channel = seg.channel === 'audio' || f.entry.speech ? 'audio' : 'visual';
  const where = channel === 'audio' ? ' in the audio/dialogue' : '';
  const message =
    `"${words}"${where} is likely to trip the ${CATEGORY_TEXT[f.category]} filter (${f.tier}): ${f.entry.why}` +
    (f.note ? ` ${f.note}` : '') +
    (varName ? ` It comes from the variable {{${varName}}}: reword it under "vars:".` : '') +
    (suggestions.length ? ` Safer: "${suggestions[0]}".` : ' Reword it.');
  // Rewording a {{var}} usage in place would delete the variable: offer no edit there.
  const fixes: Fix[] | undefined = fromVar
    ? undefined
    : edits.map(({ e }, i) => {
        const old = seg.text.slice(e.start, e.end);
        return { title: `Replace "${old}" with "${e.text}"`, kind: 'rewording' as const, isPreferred: i === 0, edits: [{ range: segmentRange(seg, e.start, e.end), newText: e.text }] };
      });
  return {
    rule: channel === 'audio' ? 'safety/audio' : 'safety/visual',
    severity: SEVERITY[f.tier],
    message,
    range,
    shot: shot.name,
    category: f.category,
    tier: f.tier,
    suggestions,
    fixes,
  };
}

const QUANTIFIERS = new Set(['his', 'her', 'their', 'my', 'your', 'our', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'more', 'most', 'many', 'few', 'several', 'two', 'three', 'four', 'five', 'loud', 'distant', 'sudden', 'single', 'faint', 'muffled', 'rapid', 'repeated', 'constant', 'random', 'sporadic', 'heavy', 'nearby', 'far', 'big', 'huge', 'small', 'little', 'real', 'fake', 'sharp', 'deafening', 'echoing']);
const MOD = SAFETY_CLASSES.mod as ReadonlySet<string>;

const NOT_NOUN = new Set(['in', 'on', 'at', 'with', 'and', 'or', 'but', 'as', 'while', 'to', 'from', 'by', 'near', 'under', 'behind', 'beside', 'of', 'for', 'into', 'onto', 'over', 'through', 'across', 'the', 'a', 'an', 'his', 'her', 'their', 'is', 'are', 'was', 'were', 'then', 'again', 'now', 'here', 'there', 'after', 'before', 'until', 'against', 'among', 'around', 'above', 'below', 'like', 'so', 'too', 'very']);

/** Whether a noun follows the match directly, so the match is an adjective before it. */
function nounAfter(f: Finding): boolean {
  const next = f.tokens[f.endToken];
  if (!next || !/^\s+$/.test(f.seg.text.slice(f.end, next.start))) return false;
  return !NOT_NOUN.has(next.norm);
}

/** Whether the word right before the match modifies it (a determiner, an adjective, a number). */
function modifierBefore(f: Finding): boolean {
  const prev = f.tokens[f.startToken - 1];
  if (!prev || !/^\s+$/.test(f.seg.text.slice(prev.end, f.start))) return false;
  const w = prev.norm;
  return QUANTIFIERS.has(w) || MOD.has(w) || /^\d+$/.test(w) || /(?:ed|ful|ous|ive|ic|ish|less)$/.test(w);
}

/**
 * "a ", "an " or "the " (any case, any whitespace) right before `at`, as /\b(a|an|the)\s+$/i on
 * text.slice(0, at) would find it, but reading only the whitespace run and four characters
 * before it: running that pattern over the whole prefix for every finding is quadratic.
 */
function articleBefore(text: string, at: number): [string] | null {
  let k = at;
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  if (k === at) return null;
  const m = /(?:^|\W)(a|an|the)$/i.exec(text.slice(Math.max(0, k - 4), k));
  return m ? [text.slice(k - m[1].length, at)] : null;
}

/** Every literal risky term (no word classes; lemmas inflected), for benchmarks and for cspell's flagWords. */
export function riskyTermList(): string[] {
  const out = new Set<string>();
  const alternatives = (a: string): string[] => {
    if (!a.endsWith('~')) return [a.replace(/_/g, ' ')];
    const parts = a.slice(0, -1).split('-');
    const head = parts.slice(0, -1).join('-');
    return inflections(parts[parts.length - 1]).map((w) => (head ? `${head}-${w}` : w));
  };
  for (const e of SAFETY_ENTRIES) {
    for (const p of e.patterns) {
      if (p.includes('@') || p.includes('?')) continue;
      const parts = p.split(/\s+/).map((w) => w.split('|').flatMap(alternatives));
      let variants = [''];
      for (const alts of parts) variants = variants.flatMap((v) => alts.map((a) => (v ? `${v} ${a}` : a)));
      for (const v of variants) out.add(v);
    }
  }
  return [...out];
}
