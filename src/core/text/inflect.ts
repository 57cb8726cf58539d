// English inflection for lexicon lemmas, used at build time: a pattern word `stab~` becomes
// stab|stabs|stabbed|stabbing, `man~` also gains men. Rules plus an irregular table rather than
// a package: the candidates tried (en-inflectors, compromise's conjugator, pluralize) each got
// harm verbs wrong that this lexicon needs — "shove" → shaves/shaven and "burn" → burnt only
// (en-inflectors), "whip"/"gun" past "whip"/"gun" and "pummel"/"flog" gerunds unchanged
// (compromise) — and only pluralize covered nouns. Over-generation is harmless here (a surface
// form that is not a word never occurs in text); a missing form is a miss, so both spellings are
// produced where English has two (hanged/hung, pummeled/pummelled, burned/burnt).

export type VerbForm = 'base' | 's' | 'past' | 'pp' | 'ing';

/** Irregular verbs: past and past participle, `|` where English has several. */
const IRREGULAR: Record<string, [string, string]> = {
  arise: ['arose', 'arisen'], be: ['was|were', 'been'], bear: ['bore', 'borne|born'], beat: ['beat', 'beaten|beat'], become: ['became', 'become'],
  begin: ['began', 'begun'], bend: ['bent', 'bent'], bind: ['bound', 'bound'], bite: ['bit', 'bitten'], bleed: ['bled', 'bled'], blow: ['blew', 'blown'],
  break: ['broke', 'broken'], breed: ['bred', 'bred'], bring: ['brought', 'brought'], build: ['built', 'built'], burn: ['burned|burnt', 'burned|burnt'],
  burst: ['burst', 'burst'], buy: ['bought', 'bought'], cast: ['cast', 'cast'], catch: ['caught', 'caught'], choose: ['chose', 'chosen'], cling: ['clung', 'clung'],
  come: ['came', 'come'], cost: ['cost', 'cost'], creep: ['crept', 'crept'], cut: ['cut', 'cut'], deal: ['dealt', 'dealt'], dig: ['dug', 'dug'], dive: ['dived|dove', 'dived'],
  do: ['did', 'done'], draw: ['drew', 'drawn'], dream: ['dreamed|dreamt', 'dreamed|dreamt'], drink: ['drank', 'drunk'], drive: ['drove', 'driven'], eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'], feed: ['fed', 'fed'], feel: ['felt', 'felt'], fight: ['fought', 'fought'], find: ['found', 'found'], flee: ['fled', 'fled'], fling: ['flung', 'flung'],
  fly: ['flew', 'flown'], forget: ['forgot', 'forgotten'], freeze: ['froze', 'frozen'], get: ['got', 'got|gotten'], give: ['gave', 'given'], go: ['went', 'gone'],
  grind: ['ground', 'ground'], grow: ['grew', 'grown'], hang: ['hanged|hung', 'hanged|hung'], have: ['had', 'had'], hear: ['heard', 'heard'], hide: ['hid', 'hidden'],
  hit: ['hit', 'hit'], hold: ['held', 'held'], hurt: ['hurt', 'hurt'], keep: ['kept', 'kept'], kneel: ['knelt|kneeled', 'knelt|kneeled'], know: ['knew', 'known'],
  lay: ['laid', 'laid'], lead: ['led', 'led'], leap: ['leapt|leaped', 'leapt|leaped'], leave: ['left', 'left'], let: ['let', 'let'], lie: ['lay|lied', 'lain|lied'],
  light: ['lit|lighted', 'lit|lighted'], lose: ['lost', 'lost'], make: ['made', 'made'], mean: ['meant', 'meant'], meet: ['met', 'met'], pay: ['paid', 'paid'],
  put: ['put', 'put'], quit: ['quit', 'quit'], read: ['read', 'read'], ride: ['rode', 'ridden'], ring: ['rang', 'rung'], rise: ['rose', 'risen'], run: ['ran', 'run'],
  say: ['said', 'said'], see: ['saw', 'seen'], seek: ['sought', 'sought'], sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'], shake: ['shook', 'shaken'],
  shed: ['shed', 'shed'], shine: ['shone|shined', 'shone|shined'], shoot: ['shot', 'shot'], show: ['showed', 'shown|showed'], shut: ['shut', 'shut'], sing: ['sang', 'sung'],
  sink: ['sank', 'sunk'], sit: ['sat', 'sat'], slay: ['slew|slayed', 'slain|slayed'], sleep: ['slept', 'slept'], slide: ['slid', 'slid'], sling: ['slung', 'slung'],
  slit: ['slit', 'slit'], smell: ['smelled|smelt', 'smelled|smelt'], speak: ['spoke', 'spoken'], spend: ['spent', 'spent'], spill: ['spilled|spilt', 'spilled|spilt'],
  spin: ['spun', 'spun'], spit: ['spat|spit', 'spat|spit'], split: ['split', 'split'], spread: ['spread', 'spread'], stand: ['stood', 'stood'], steal: ['stole', 'stolen'],
  stick: ['stuck', 'stuck'], sting: ['stung', 'stung'], strike: ['struck', 'struck|stricken'], string: ['strung', 'strung'], swear: ['swore', 'sworn'], sweep: ['swept', 'swept'],
  swim: ['swam', 'swum'], swing: ['swung', 'swung'], take: ['took', 'taken'], teach: ['taught', 'taught'], tear: ['tore', 'torn'], tell: ['told', 'told'],
  think: ['thought', 'thought'], throw: ['threw', 'thrown'], thrust: ['thrust', 'thrust'], understand: ['understood', 'understood'], wake: ['woke', 'woken'],
  wear: ['wore', 'worn'], weep: ['wept', 'wept'], win: ['won', 'won'], wind: ['wound', 'wound'], wring: ['wrung', 'wrung'], write: ['wrote', 'written'],
};

/** Plurals that no rule gives; `|` where several are in use. */
const IRREGULAR_PLURAL: Record<string, string> = {
  man: 'men', woman: 'women', child: 'children', person: 'people|persons', foot: 'feet', tooth: 'teeth', mouse: 'mice', goose: 'geese', ox: 'oxen',
  wife: 'wives', knife: 'knives', life: 'lives', wolf: 'wolves', thief: 'thieves', half: 'halves', leaf: 'leaves', loaf: 'loaves', self: 'selves', shelf: 'shelves',
  calf: 'calves', elf: 'elves', scarf: 'scarves|scarfs', hoof: 'hooves|hoofs', sheep: 'sheep', deer: 'deer', fish: 'fish|fishes', police: 'police', moose: 'moose',
  aircraft: 'aircraft', passerby: 'passersby', cactus: 'cacti|cactuses', criterion: 'criteria', phenomenon: 'phenomena',
  swine: 'swine', offspring: 'offspring',
};

/** Several-syllable verbs that double their last consonant (kidnapped), or may (pummelled). */
const DOUBLING = new Set(['kidnap', 'handicap', 'worship', 'control', 'patrol', 'compel', 'propel', 'expel', 'repel', 'rebel', 'abet', 'regret', 'admit', 'commit', 'omit', 'permit', 'submit', 'transmit', 'occur', 'prefer', 'refer', 'confer', 'deter', 'incur', 'unzip', 'equip', 'outrun', 'upset', 'forget', 'begin', 'befit']);
const MAY_DOUBLE = /(?:[^aeiou][aeiou]l)$/; // pummel, travel, cancel, label, shovel: US -led, UK -lled

const VOWEL = /[aeiou]/;

function syllables(w: string): number {
  const groups = w.replace(/e$/, '').match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

/** Consonant-vowel-consonant ending whose consonant doubles before -ed/-ing (stab → stabbed). */
function doubles(w: string): boolean {
  if (DOUBLING.has(w)) return true;
  if (/^qu[aeiou][bcdfgklmnprstvz]$/.test(w)) return true; // quit, quiz
  if (!/[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(w)) return false;
  return syllables(w) === 1;
}

function third(w: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]o$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function regularStem(w: string, suffix: 'ed' | 'ing'): string[] {
  if (suffix === 'ing') {
    if (w.endsWith('ie')) return [`${w.slice(0, -2)}ying`];
    if (/[^aeiouy]e$/.test(w) && w !== 'be') return [`${w.slice(0, -1)}ing`, ...(/(?:ng|dy)e$/.test(w) ? [`${w}ing`] : [])];
  } else {
    if (w.endsWith('e')) return [`${w}d`];
    if (/[^aeiou]y$/.test(w)) return [`${w.slice(0, -1)}ied`];
  }
  if (/[^aeiou]ic$/.test(w) && syllables(w) > 1) return [`${w}k${suffix}`]; // panic → panicked
  if (doubles(w)) return [`${w}${w.at(-1)}${suffix}`];
  if (MAY_DOUBLE.test(w) && syllables(w) > 1) return [`${w}${suffix}`, `${w}${w.at(-1)}${suffix}`];
  return [`${w}${suffix}`];
}

/** Every form of a verb, by form. Only the last word of a phrasal lemma inflects. */
export function verbForms(lemma: string): Record<VerbForm, string[]> {
  const w = lemma.toLowerCase();
  // Own keys only: "constructor" or "toString" must not find Object's prototype.
  const irr = Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
  return {
    base: [w],
    s: [w === 'be' ? 'is' : w === 'have' ? 'has' : third(w)],
    past: irr ? irr[0].split('|') : regularStem(w, 'ed'),
    pp: irr ? irr[1].split('|') : regularStem(w, 'ed'),
    ing: regularStem(w, 'ing'),
  };
}

/** Plural forms of a noun (the rules or the irregular table). */
export function plurals(noun: string): string[] {
  const w = noun.toLowerCase();
  const irr = Object.hasOwn(IRREGULAR_PLURAL, w) ? IRREGULAR_PLURAL[w] : undefined;
  if (irr) return irr.split('|');
  if (/(?:wo)?man$/.test(w) && w.length > 3 && !/(?:human|german|roman|shaman|talisman|caiman|ottoman)$/.test(w)) return [`${w.slice(0, -2)}en`];
  if (/(?:s|x|z|ch|sh)$/.test(w)) return [`${w}es`];
  if (/[^aeiou]y$/.test(w)) return [`${w.slice(0, -1)}ies`];
  if (/[^aeiou]o$/.test(w)) return [`${w}es`, `${w}s`];
  if (/(?:[^f]fe|[lr]f)$/.test(w)) return [`${w}s`, w.replace(/fe?$/, 'ves')];
  return [`${w}s`];
}

/** Every surface form of a lemma read as a verb or as a noun, base first, without repeats. */
export function inflections(lemma: string): string[] {
  const f = verbForms(lemma);
  return [...new Set([...f.base, ...f.s, ...f.past, ...f.pp, ...f.ing, ...plurals(lemma)])];
}

/** The forms `surface` takes of `lemma`'s verb paradigm, or [] if it is none of them. */
export function verbFormOf(surface: string, lemma: string): VerbForm[] {
  const s = surface.toLowerCase();
  const f = verbForms(lemma);
  return (Object.keys(f) as VerbForm[]).filter((k) => f[k].includes(s));
}

/** `lemma` inflected as `form` (the first spelling where there are several). */
export function inflectAs(lemma: string, form: VerbForm): string {
  return verbForms(lemma)[form][0];
}

/** Whether a word is said with a vowel sound first (so takes "an"): hour, honest; not one, unicorn. */
export function startsWithVowelSound(word: string): boolean {
  const w = word.toLowerCase();
  if (!w) return false;
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return true;
  if (/^\d/.test(w)) return /^(?:8|11|18|80)/.test(w);
  if (/^(?:one|once|uni|use|usu|uti|ure|uro|eu|ewe|ubiq|uku)/.test(w)) return false;
  if (/^u[^aeiou][aeiou]/.test(w) && !/^un|^up|^ut|^us[^e]|^ul|^um/.test(w)) return false;
  return VOWEL.test(w[0]);
}
