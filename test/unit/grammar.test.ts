// Structure by grammar: the part-of-speech analysis finds verbs, place phrases and noun phrases
// the lexicons do not list, runs only when the lexicons leave a component missing, and never
// turns camera language into an action.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/engine.js';
import { analyzeShot } from '../../src/core/lint/components.js';
import { parseDocument } from '../../src/core/format/parse.js';
import { defaultTagger, setTagger } from '../../src/core/lint/grammar/tagger.js';
import type { Tagger } from '../../src/core/lint/grammar/types.js';

afterEach(() => setTagger(undefined));

function missing(body: string): string[] {
  return lintText(`# A\n${body}\n`)
    .diagnostics.filter((d) => d.rule.startsWith('structure/missing-'))
    .map((d) => d.rule.slice('structure/missing-'.length))
    .sort();
}

test('verbs outside the word lists are actions, read by agreement where the tagger says noun', () => {
  assert.deepEqual(missing('An old gardener trims roses beside a stone wall, soft morning light, close-up.'), []);
  assert.deepEqual(missing('A chef plates a dessert with tweezers on a marble counter, macro shot.'), []);
  assert.deepEqual(missing('Fireflies blink over a pond at midnight, wide shot.'), []);
  assert.deepEqual(missing('The cat swats a moth against the window, close-up.'), []);
});

test('a preposition with a place the lexicons never saw is an environment', () => {
  assert.deepEqual(missing('A skater grinds a handrail in a bustling souk, fisheye, handheld.'), []);
  assert.deepEqual(missing('A courier weaves past rickshaws in Marrakech, tracking shot.'), []);
});

test('clothing, the body and people after a preposition are not places', () => {
  assert.deepEqual(missing('A woman in a red coat sprints toward camera, tracking shot, tense.'), ['environment']);
  assert.deepEqual(missing('A dog runs toward its owner, low angle.'), ['environment']);
  assert.deepEqual(missing('A boxer with tape on his hands throws a jab, close-up.'), ['environment']);
});

test('camera moves, attributive participles and static description are not actions', () => {
  assert.deepEqual(missing('A parked car under a streetlamp at night, wide shot.'), ['action']);
  assert.deepEqual(missing('A quiet attic with a wooden chair and a vase, dim light, wide shot.'), ['action']);
  assert.deepEqual(missing('A marble bust in a museum hall, slow push in, tracking shot.'), ['action']);
});

test('a shot without a named subject is still missing one; a place where nothing acts is its own subject', () => {
  assert.deepEqual(missing('Walking through the rain at night, tracking shot.'), ['subject']);
  assert.deepEqual(missing('Golden hour over the harbor, drone shot, serene.'), ['action']);
  assert.deepEqual(missing('Slow push in, shallow depth of field, moody.'), ['action', 'environment', 'subject']);
});

test('the tagger runs only for shots whose components the lexicons did not find', () => {
  let calls = 0;
  const real = defaultTagger()!;
  const counting: Tagger = { tag: (t) => (calls++, real.tag(t)) };
  setTagger(counting);
  missing('A woman in a long red coat walks briskly through a rain-slicked street at night, tracking shot.');
  assert.equal(calls, 0);
  missing('An old gardener trims roses beside a stone wall, close-up.');
  assert.ok(calls > 0);
});

test('without the tagger the lexicons still answer; a tagger fault loses nothing', () => {
  setTagger(null);
  assert.deepEqual(missing('An old gardener trims roses beside a stone wall, close-up.'), ['action']);
  setTagger({ tag: () => { throw new Error('boom'); } });
  const r = lintText('# A\nAn old gardener trims roses beside a stone wall, close-up.\n');
  assert.deepEqual(r.diagnostics.filter((d) => d.rule === 'config/invalid'), []);
  assert.ok(r.diagnostics.some((d) => d.rule === 'structure/missing-action'));
});

test('the hover evidence says what grammar found', () => {
  const shot = parseDocument('# A\nAn old gardener trims roses beside a stone wall, close-up.\n').shots[0];
  const a = analyzeShot(shot);
  assert.ok(a.byGrammar.includes('action'));
  assert.ok(a.evidence.action.includes('trims'), a.evidence.action.join(','));
});

test('the camera terms people use are camera language, and none is a safety finding', () => {
  for (const cam of ['whip pan', 'crash zoom', 'snorricam', 'FPV dive', 'split diopter', 'anamorphic', 'dolly zoom', 'bullet time', 'Dutch angle', 'rack focus', 'GoPro footage', 'shot on ARRI Alexa', 'gods eye view', 'crab left']) {
    const r = lintText(`# A\nA cyclist races down a mountain road at dawn, ${cam}.\n`);
    const rules = r.diagnostics.map((d) => d.rule).filter((x) => x.startsWith('structure/missing-') || x.startsWith('safety/'));
    assert.deepEqual(rules, [], cam);
  }
});

test('insert-component fixes fit the shot: fitted choices at a tab stop, or a neutral placeholder', () => {
  const fixFor = (body: string, rule: string) => lintText(`# A\n${body}\n`).diagnostics.find((d) => d.rule === rule)!.fixes![0].edits[0];
  const battle = fixFor('Two knights clash swords, shields splintering, low angle, grim.', 'structure/missing-environment');
  assert.match(battle.newText, /^\nenvironment: a muddy battlefield below castle walls at dawn$/);
  assert.match(battle.snippet!, /^\nenvironment: \$\{1\|a muddy battlefield below castle walls at dawn,a torch-lit great hall\\, flickering firelight,where it happens\\, and its light\|\}$/);
  assert.doesNotMatch(battle.newText, /rain-slicked|neon/);
  const plain = fixFor('A brass key spins slowly, close-up.', 'structure/missing-environment');
  assert.equal(plain.newText, '\nenvironment: <where it happens, and its light>');
  // A placeholder line left as it is does not count as the component.
  const applied = lintText('# A\nA brass key spins slowly, close-up.\nenvironment: <where it happens, and its light>\n');
  assert.ok(applied.diagnostics.some((d) => d.rule === 'structure/missing-environment'));
  // The fitted line, once inserted, satisfies the component and brings no safety finding.
  const fixed = lintText('# A\nTwo knights clash swords, shields splintering, low angle, grim.\nenvironment: a muddy battlefield below castle walls at dawn\n');
  assert.deepEqual(fixed.diagnostics.filter((d) => d.rule === 'structure/missing-environment' || d.rule.startsWith('safety/')).map((d) => d.rule), []);
});

test('a line that opens on its verb names no subject: its nouns are scenery', () => {
  assert.deepEqual(missing('Racing past rows of parked cars under sodium lights, handheld tracking shot.'), ['subject']);
  assert.deepEqual(missing('Slowly turns toward the window as rain streaks the glass, close-up.'), ['subject']);
  // A pronoun or a named subject later in the line is still a subject.
  assert.deepEqual(missing('Turning from the stove, she laughs in a cramped kitchen, close-up.'), []);
  // Directions to the model are not the scene's verb.
  assert.deepEqual(missing('Show a red fox trotting through a snowy birch forest, wide shot.'), []);
});

test('agreement reads a noun-tagged word as a verb only if English has it as one; names and narrators are not subjects', () => {
  // "dunes" after a name is a plural noun, not a verb: nothing happens in this shot.
  assert.deepEqual(missing('The Mesquite dunes at first light, ripples of sand in long shadow, aerial top-down, stark.'), ['action']);
  // A capitalised word inside a sentence is a name, whatever the tagger makes of it.
  assert.deepEqual(missing('A lone man on a rooftop above Times Square at night, wide shot, still.'), ['action']);
  // An opening -ing word is the verb; "I" is the camera, not someone on screen.
  assert.deepEqual(missing('Belting out every word in a karaoke booth at 1 a.m., slow push-in, joyous.'), ['subject']);
  assert.deepEqual(missing('pov: i sprint down a station corridor at night, handheld tracking shot.'), ['subject']);
});
