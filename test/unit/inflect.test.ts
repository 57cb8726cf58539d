// Lemma matching: `stab~` in a lexicon pattern matches every inflection, expanded when the
// pattern is added, so matching stays one pass over the tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflections, plurals, verbFormOf, inflectAs, startsWithVowelSound } from '../../src/core/text/inflect.js';
import { PhraseMatcher } from '../../src/core/text/phraseMatcher.js';

test('verb inflections: regular, doubling, -e, -y, -ic and irregular verbs', () => {
  const cases: Record<string, string[]> = {
    stab: ['stabs', 'stabbed', 'stabbing'],
    beat: ['beats', 'beat', 'beaten', 'beating'],
    kill: ['kills', 'killed', 'killing'],
    strangle: ['strangles', 'strangled', 'strangling'],
    whip: ['whips', 'whipped', 'whipping'],
    shoot: ['shoots', 'shot', 'shooting'],
    punch: ['punches', 'punched', 'punching'],
    hang: ['hangs', 'hanged', 'hung', 'hanging'],
    burn: ['burns', 'burned', 'burnt', 'burning'],
    kidnap: ['kidnaps', 'kidnapped', 'kidnapping'],
    gun: ['guns', 'gunned', 'gunning'],
    bully: ['bullies', 'bullied', 'bullying'],
    panic: ['panics', 'panicked', 'panicking'],
    tie: ['ties', 'tied', 'tying'],
    quit: ['quits', 'quit', 'quitting'],
    pummel: ['pummels', 'pummeled', 'pummelled', 'pummeling', 'pummelling'],
    slay: ['slays', 'slew', 'slain', 'slaying'],
    murder: ['murders', 'murdered', 'murdering'],
  };
  for (const [lemma, forms] of Object.entries(cases)) {
    const got = inflections(lemma);
    for (const f of forms) assert.ok(got.includes(f), `${lemma} → ${f} (got ${got.join(' ')})`);
  }
  assert.ok(!inflections('murder').includes('murderred'));
  assert.ok(!inflections('visit').includes('visitted'));
});

test('noun plurals: rules and the irregular table', () => {
  assert.deepEqual(plurals('man'), ['men']);
  assert.deepEqual(plurals('policeman'), ['policemen']);
  assert.deepEqual(plurals('child'), ['children']);
  assert.deepEqual(plurals('passerby'), ['passersby']);
  assert.deepEqual(plurals('cashier'), ['cashiers']);
  assert.deepEqual(plurals('witch'), ['witches']);
  assert.deepEqual(plurals('baby'), ['babies']);
  assert.ok(plurals('knife').includes('knives'));
  assert.deepEqual(plurals('human'), ['humans']);
});

test('verb form of a surface word, and a lemma inflected to match it', () => {
  assert.deepEqual(verbFormOf('stabbed', 'stab'), ['past', 'pp']);
  assert.deepEqual(verbFormOf('stabs', 'stab'), ['s']);
  assert.deepEqual(verbFormOf('hit', 'hit'), ['base', 'past', 'pp']);
  assert.equal(inflectAs('overpower', 's'), 'overpowers');
  assert.equal(inflectAs('lead', 'past'), 'led');
  assert.equal(inflectAs('aim', 'ing'), 'aiming');
});

test('a/an: vowel sounds, not letters', () => {
  for (const w of ['apple', 'hour', 'honest', 'injured', 'unarmed', 'elderly']) assert.ok(startsWithVowelSound(w), w);
  for (const w of ['unicorn', 'one', 'european', 'user', 'bandaged', 'limping', 'uniform']) assert.ok(!startsWithVowelSound(w), w);
});

test('PhraseMatcher: lemma~ matches every inflection; in a hyphenated word the last part inflects', () => {
  const m = new PhraseMatcher<string>({ person: new Set(['cashier', 'guard']), det: new Set(['a', 'the']) });
  m.add('stab~ @det? @person', 'stab');
  m.add('pistol-whip~ @det? @person', 'whip');
  m.add('gun~ down @det? @person', 'gun');
  const hits = (t: string) => m.match(t).map((x) => `${x.value}:${t.slice(x.start, x.end)}`);
  assert.deepEqual(hits('he stabbed the guard'), ['stab:stabbed the guard']);
  assert.deepEqual(hits('stabbing a cashier'), ['stab:stabbing a cashier']);
  assert.deepEqual(hits('She pistol-whips a cashier'), ['whip:pistol-whips a cashier']);
  assert.deepEqual(hits('pistol whipped the guard'), ['whip:pistol whipped the guard']);
  assert.deepEqual(hits('they gunned down the guard'), ['gun:gunned down the guard']);
  assert.deepEqual(hits('the stab wound'), []);
});

test('PhraseMatcher: a TokenTest class sees the token in its text and cannot begin a pattern', () => {
  const cap = { test: (t: { start: number }, text: string) => /[A-Z]/.test(text[t.start]) };
  const m = new PhraseMatcher<string>({ Name: cap });
  m.add('stab~ @Name', 'x');
  assert.equal(m.match('he stabs Marco').length, 1);
  assert.equal(m.match('he stabs marco').length, 0);
  assert.equal(m.matchTokens([{ norm: 'stabs', start: 0, end: 5 }, { norm: 'marco', start: 6, end: 11 }]).length, 0, 'no text: tests never match');
  assert.throws(() => m.add('@Name stabs', 'y'), /cannot begin/);
});

test('words that name Object prototype members inflect like any other word', () => {
  assert.deepEqual(plurals('constructor'), ['constructors']);
  assert.ok(inflections('valueOf'.toLowerCase()).includes('valueofs'));
});
