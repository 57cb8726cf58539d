// What completion offers where in a .vprompt file (src/language/text/completions.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core/format/parse.js';
import { analyzeShot } from '../../src/core/lint/components.js';
import { allModels, allowedDurations, getModel } from '../../src/core/catalog/catalog.js';
import { RULE_IDS } from '../../src/core/lint/types.js';
import { completionsAt, phrasesOf, vocabulary } from '../../src/language/text/completions.js';

/** Completions at the `|` in `text` (the marker is removed first). */
function at(text: string, trigger?: string) {
  const offset = text.indexOf('|');
  assert.ok(offset >= 0, 'test text has a | cursor');
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  const before = clean.slice(0, offset).split('\n');
  return completionsAt(parseDocument(clean), before.length - 1, before[before.length - 1].length, trigger);
}
const labels = (s: ReturnType<typeof at>) => s.map((x) => x.label);

test('front matter: keys not yet written, each inserting "key: " and reopening for its value', () => {
  const s = at('---\nmodel: google/veo3.1-fast/text-to-video\ndu|\n---\n# A\ntext\n');
  assert.ok(labels(s).includes('duration'));
  assert.ok(!labels(s).includes('model'), 'model is already set');
  const duration = s.find((x) => x.label === 'duration')!;
  assert.equal(duration.insertText, 'duration: ');
  assert.deepEqual(duration.replace, [0, 2]);
  assert.equal(duration.retrigger, true);
  assert.equal(s.find((x) => x.label === 'seed')?.retrigger, false, 'seed has no list of values');
});

test('front matter: model ids from the catalog, replacing the whole value', () => {
  const s = at('---\nmodel: byte|dance/old\n---\n');
  assert.deepEqual(labels(s), allModels().map((m) => m.id));
  assert.ok(s.every((x) => x.kind === 'model' && x.detail));
  // The whole id is replaced, not just the word before the cursor ("/" and "." split words).
  assert.deepEqual(s[0].replace, [7, 20]);
  assert.equal(s[0].insertText, s[0].label);
});

test('a bare colon gets a space before the value', () => {
  const s = at('---\nmodel:|\n---\n', ':');
  assert.equal(s[0].insertText, ` ${s[0].label}`);
});

test('durations are the ones the chosen model accepts, with its resolution constraint', () => {
  const kling = at('---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\nduration: |\n---\n');
  assert.deepEqual(labels(kling), ['5', '10']);
  // Veo accepts 4, 6, 8 s, but only 8 s at 1080p.
  const veo = getModel('google/veo3.1-fast/text-to-video')!;
  assert.deepEqual(labels(at('---\nmodel: google/veo3.1-fast/text-to-video\nduration: |\n---\n')), allowedDurations(veo).map(String));
  const veo1080 = at('---\nmodel: google/veo3.1-fast/text-to-video\nresolution: 1080p\nduration: |\n---\n');
  assert.deepEqual(labels(veo1080), ['8']);
  assert.match(veo1080[0].detail!, /1080p/);
});

test('an @duration override uses the shot\'s own model', () => {
  const s = at('---\nmodel: google/veo3.1-fast/text-to-video\n---\n# A\n@model: kwaivgi/kling-v3.0-std/text-to-video\n@duration: |\ntext\n# B\n@duration: 8\ntext\n');
  assert.deepEqual(labels(s), ['5', '10']);
});

test('the front matter is completed while its closing --- is not typed yet, even when the YAML is broken', () => {
  const s = at('---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\nfoo\nduration: |\n');
  assert.deepEqual(labels(s), ['5', '10']);
});

test('aspect ratios are quoted (YAML reads a bare 16:9 as a number) and resolutions come from the model', () => {
  const ar = at('---\nmodel: google/veo3.1-fast/text-to-video\naspect_ratio: |\n---\n');
  assert.ok(ar.length > 0 && ar.every((x) => /^"\d+:\d+"$/.test(x.label)));
  assert.deepEqual(labels(at('---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\nresolution: |\n---\n')), ['720p']);
});

test('@ at the start of a body line offers override keys, not vars', () => {
  const s = at('# A\n@|\ntext\n', '@');
  assert.ok(labels(s).includes('@duration'));
  assert.ok(!labels(s).includes('@vars'));
  assert.equal(s.find((x) => x.label === '@duration')!.insertText, '@duration: ');
});

test('line starts in a shot offer component labels; inside a line, camera vocabulary first on camera:', () => {
  const start = at('# A\n|\n');
  assert.deepEqual(labels(start).slice(0, 4), ['subject:', 'action:', 'environment:', 'lighting:']);
  assert.ok(start.every((x) => x.kind === 'label'), 'an empty line offers only labels');
  const cam = at('# A\ncamera: slow |\n');
  assert.equal(cam[0].detail, 'camera');
  const light = at('# A\nlighting: |\n');
  assert.equal(light[0].detail, 'lighting');
});

test('a multi-word phrase replaces the words of it already typed', () => {
  const s = at('# A\ncamera: medium sh|\n');
  const medium = s.find((x) => x.label === 'medium shot')!;
  assert.deepEqual(medium.replace, [8, 17]);
  const shallow = s.find((x) => x.label === 'shallow depth of field')!;
  assert.deepEqual(shallow.replace, [15, 17], 'an unrelated phrase replaces only the word at the cursor');
});

test('typing prose does not pop completions on every space or colon', () => {
  assert.deepEqual(at('# A\nA woman walks |\n', ' '), []);
  assert.deepEqual(at('# A\ncamera:|\n', ':'), []);
  assert.deepEqual(at('# A Heading |\n'), [], 'headings are names');
});

test('{{ offers the front matter vars and closes the braces unless they are already there', () => {
  const text = '---\nvars:\n  hero: a woman in a red coat\n  city: Tokyo\n---\n# A\nA {{|\n';
  const s = at(text, '{');
  assert.deepEqual(labels(s), ['hero', 'city']);
  assert.equal(s[0].insertText, 'hero}}');
  assert.equal(s[0].detail, 'a woman in a red coat');
  assert.equal(at('---\nvars:\n  hero: x\n---\n# A\nA {{h|}}\n')[0].insertText, 'hero');
});

test('rule ids after a disable directive, leaving out the ones already listed', () => {
  const s = at('# A\n// vprompt-disable-next-line safety/visual |\ntext\n', ' ');
  assert.equal(s.length, RULE_IDS.length - 1);
  assert.ok(!labels(s).includes('safety/visual'));
  assert.ok(s.every((x) => x.kind === 'rule' && x.detail));
  assert.deepEqual(at('# A\n// a plain comment |\n'), []);
});

test('lexicon patterns become readable phrases', () => {
  assert.deepEqual(phrasesOf(['low|high angle|shot', 'extreme? close-up|closeup', 'pan|pans|panning @dir', 'tilt|tilts|tilting up|down']), [
    'low angle',
    'high angle',
    'extreme close-up',
    'close-up',
    'tilt up',
  ]);
});

test('every camera and lighting completion is recognised by the structure rules', () => {
  // Completion must not teach words the linter then says are missing.
  const prose = (phrase: string) => parseDocument(`# A\nA courier in a yellow jacket cycles, ${phrase}\n`).shots[0];
  const vocab = vocabulary();
  const phrases = new Set(vocab.map((v) => v.phrase.toLowerCase()));
  assert.equal(phrases.size, vocab.length, 'no duplicates');
  for (const { phrase, family } of vocab) {
    const a = analyzeShot(prose(phrase));
    if (family === 'camera') assert.ok(a.components.camera, `camera: "${phrase}"`);
    if (family === 'lighting') assert.ok(a.lighting, `lighting: "${phrase}"`);
    if (family === 'mood') assert.ok(a.mood, `mood: "${phrase}"`);
  }
});

test('model ids on a given day: retired models are not offered, deprecated ones come last, marked, with the replacement', () => {
  const on = (today: string) => {
    const text = '---\nmodel: |\n---\n';
    const before = text.slice(0, text.indexOf('|')).split('\n');
    return completionsAt(parseDocument(text.replace('|', '')), before.length - 1, before[before.length - 1].length, undefined, today);
  };
  const after = labels(on('2026-10-01'));
  assert.ok(!after.some((id) => id.startsWith('openai/sora-2')), 'Sora 2 is retired: not offered');
  assert.deepEqual(after, allModels().filter((m) => m.family !== 'sora-2').map((m) => m.id));
  assert.ok(after.includes('bytedance/seedance-2.5/text-to-video'));
  const during = on('2026-05-01');
  const sora = during.filter((s) => s.label.startsWith('openai/sora-2'));
  assert.equal(sora.length, 4);
  assert.deepEqual(during.slice(-4), sora, 'deprecated models come after the current ones');
  assert.match(sora[0].detail ?? '', /· deprecated, retires 2026-09-24$/);
  assert.match(sora[0].documentation ?? '', /has been deprecated since 2026-03-24 .* Did you mean "google\/veo3\.1-fast\/text-to-video"/);
  assert.deepEqual(labels(on('2026-01-01')), allModels().map((m) => m.id), 'before the deprecation: all, in catalog order');
});
