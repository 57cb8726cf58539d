import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/engine.js';
import { analyzeShot } from '../../src/core/lint/components.js';
import { parseDocument } from '../../src/core/format/parse.js';

const structure = (text: string) =>
  lintText(text).diagnostics.filter((d) => d.rule.startsWith('structure/')).map((d) => d.rule);

test('the seed article example has all four components', () => {
  const text =
    '# Walk\nA woman in a red coat walking briskly through a rain-slicked Tokyo street at night, neon reflections on wet pavement, medium tracking shot, cinematic and tense\n';
  assert.deepEqual(structure(text), []);
  const a = analyzeShot(parseDocument(text).shots[0]);
  assert.deepEqual(a.components, { subject: true, action: true, environment: true, camera: true, audio: false });
  assert.ok(a.evidence.camera.includes('tracking shot'));
});

test('"a person walking" is vague and misses environment and camera', () => {
  const rules = structure('# Thin\na person walking\n');
  assert.deepEqual(rules.sort(), [
    'structure/missing-camera',
    'structure/missing-environment',
    'structure/vague',
    'structure/vague',
  ]);
});

test('camera words with everyday senses count only inside camera phrases', () => {
  // "shot", "pan", "crane" used in their everyday senses: no camera language here.
  const everyday = '# Kitchen\nA cook takes a shot of espresso, stirs a pan of sauce and watches a crane fly over the harbour at dawn.\n';
  assert.ok(structure(everyday).includes('structure/missing-camera'));
  const camera = '# Kitchen\nA cook stirs a pan of sauce in a busy kitchen at dawn, slow pan across the counter, shallow depth of field.\n';
  assert.ok(!structure(camera).includes('structure/missing-camera'));
});

test('mood alone does not satisfy camera, and the message says what is missing', () => {
  const { diagnostics } = lintText('# Mood\nAn old fisherman mends nets on a foggy pier at dawn, melancholic and cinematic.\n');
  const d = diagnostics.find((x) => x.rule === 'structure/missing-camera');
  assert.ok(d);
  assert.match(d.message, /mood words, but no shot size, angle or movement/);
  assert.deepEqual(d.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } });
});

test('labeled lines satisfy their component; the insert fix adds a labeled line after the body', () => {
  const text = '# L\nsubject: a red fox with a white-tipped tail\naction: trots and pauses to sniff the air\nenvironment: snowy birch forest, overcast light\n';
  const diagnostics = lintText(text).diagnostics.filter((d) => d.rule.startsWith('structure/'));
  assert.deepEqual(diagnostics.map((d) => d.rule), ['structure/missing-camera']);
  const fix = diagnostics[0].fixes![0];
  assert.equal(fix.title, 'Add camera: line');
  assert.deepEqual(fix.edits[0].range.start, { line: 3, character: 47 });
  assert.match(fix.edits[0].newText, /^\ncamera: /);
});

test('vague terms are flagged on their exact words with concrete suggestions', () => {
  const text = '# V\nA figure with chaotic energy dances on a rooftop at night, wide shot, moody.\n';
  const d = lintText(text).diagnostics.find((x) => x.rule === 'structure/vague')!;
  assert.equal(text.split('\n')[1].slice(d.range.start.character, d.range.end.character), 'chaotic energy');
  assert.equal(d.suggestions?.[0], 'high-speed camera movement');
});

test('disable-next-line suppresses one rule on one line', () => {
  const text = '# V\n// vprompt-disable-next-line structure/vague\nsomething moves in a dark alley at night, handheld close-up of a cat.\n';
  assert.ok(!lintText(text).diagnostics.some((d) => d.rule === 'structure/vague' && d.range.start.line === 2));
  const without = text.replace('// vprompt-disable-next-line structure/vague\n', '');
  assert.ok(lintText(without).diagnostics.some((d) => d.rule === 'structure/vague' && d.range.start.line === 1));
});

test('rule levels from config change severity or turn a rule off', () => {
  const text = '# Thin\na person walking\n';
  const off = lintText(text, { config: { rules: { 'structure/vague': 'off' }, safety: { flag: [], accept: [], rewordings: {} } } });
  assert.ok(!off.diagnostics.some((d) => d.rule === 'structure/vague'));
  const err = lintText(text, { config: { rules: { 'structure/missing-camera': 'error' }, safety: { flag: [], accept: [], rewordings: {} } } });
  assert.equal(err.diagnostics.find((d) => d.rule === 'structure/missing-camera')?.severity, 'error');
});

test('audio-only text counts as audio but not as a visual component', () => {
  const a = analyzeShot(parseDocument('# S\naudio: waves and gulls\n').shots[0]);
  assert.equal(a.components.audio, true);
  assert.equal(a.components.environment, false);
});
