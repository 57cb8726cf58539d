// Which quick fixes and fix-all actions are offered (src/language/text/actions.ts), and that
// applying them fixes what they say they fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../support/edits.js';
import { readFileSync } from 'node:fs';
import { lintText } from '../../src/core/lint/engine.js';
import { parseConfig } from '../../src/core/config/rc.js';
import type { LintConfig, LintDiagnostic } from '../../src/core/lint/types.js';
import { canDisableLine, fixAll, matchShown, quickFixes } from '../../src/language/text/actions.js';

const apply = applyEdits;

const PROBLEMS = readFileSync('examples/problems.vprompt', 'utf8');
const RC = parseConfig(readFileSync('examples/.vpromptrc.json', 'utf8'), '.vpromptrc.json');

function lint(text: string, config: LintConfig = RC.config) {
  return lintText(text, { config });
}
const find = (ds: LintDiagnostic[], rule: string, message?: RegExp) => {
  const d = ds.find((x) => x.rule === rule && (!message || message.test(x.message)));
  assert.ok(d, `a ${rule} finding${message ? ` matching ${message}` : ''}`);
  return d;
};

test('the example rc file is valid', () => {
  assert.deepEqual(RC.problems, []);
});

test('missing camera: "Add camera: line" adds it inside that shot and the finding goes', () => {
  const { doc, diagnostics } = lint(PROBLEMS);
  const alley = find(diagnostics, 'structure/missing-camera', /"Alley"/);
  const actions = quickFixes(doc, diagnostics, [alley]);
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Add camera: line'), titles.join(' | '));
  assert.ok(titles.includes('Disable structure/missing-camera for this line'));
  const fixed = apply(PROBLEMS, actions.find((a) => a.title === 'Add camera: line')!.edits);
  const after = lint(fixed).diagnostics;
  assert.ok(!after.some((d) => d.rule === 'structure/missing-camera' && /"Alley"/.test(d.message)), 'Alley has camera language now');
  assert.ok(after.some((d) => d.rule === 'structure/missing-camera' && /"Thin"/.test(d.message)), 'Thin still lacks it');
});

test('risky term: the project rewording is offered as Replace "…" with "…", preferred', () => {
  const { doc, diagnostics } = lint(PROBLEMS);
  const blood = find(diagnostics, 'safety/visual', /"blood"/);
  const actions = quickFixes(doc, diagnostics, [blood]);
  const replace = actions.find((a) => a.title === 'Replace "blood" with "theatrical red paint"');
  assert.ok(replace, actions.map((a) => a.title).join(' | '));
  assert.equal(replace.isPreferred, true);
  const after = lint(apply(PROBLEMS, replace.edits)).diagnostics;
  assert.ok(!after.some((d) => d.rule === 'safety/visual' && /"blood"/.test(d.message)));
  assert.ok(after.some((d) => d.rule === 'safety/visual' && /"shoots the guard"/.test(d.message)));
});

test('bad duration: "Snap duration to 5"; unpinned model: "Pin model to …"', () => {
  const { doc, diagnostics } = lint(PROBLEMS);
  const duration = quickFixes(doc, diagnostics, [find(diagnostics, 'params/unsupported-duration')]);
  const snap = duration.find((a) => a.title === 'Snap duration to 5');
  assert.ok(snap, duration.map((a) => a.title).join(' | '));
  const pin = quickFixes(doc, diagnostics, [find(diagnostics, 'params/unpinned-model')]);
  const pinAction = pin.find((a) => a.title === 'Pin model to kwaivgi/kling-v3.0-std/text-to-video');
  assert.ok(pinAction, pin.map((a) => a.title).join(' | '));
  const after = lint(apply(PROBLEMS, [...snap.edits, ...pinAction.edits])).diagnostics.map((d) => d.rule);
  assert.ok(!after.includes('params/unsupported-duration'));
  assert.ok(!after.includes('params/unpinned-model'));
});

test('findings in the front matter get no "disable for this line" (a // comment would break the YAML)', () => {
  const { doc, diagnostics } = lint(PROBLEMS);
  const pin = find(diagnostics, 'params/unpinned-model');
  assert.equal(canDisableLine(doc, pin), false);
  assert.ok(!quickFixes(doc, diagnostics, [pin]).some((a) => a.title.startsWith('Disable')));
});

test('"Disable … for this line" inserts a directive that silences exactly that finding', () => {
  const { doc, diagnostics } = lint(PROBLEMS);
  const shooting = find(diagnostics, 'safety/visual', /"shoots the guard"/);
  const disable = quickFixes(doc, diagnostics, [shooting]).find((a) => a.title === 'Disable safety/visual for this line')!;
  const after = lint(apply(PROBLEMS, disable.edits)).diagnostics;
  assert.ok(!after.some((d) => d.rule === 'safety/visual'), 'both findings on that line are safety/visual and both go');
  assert.ok(after.some((d) => d.rule === 'structure/missing-camera'));
});

test('"Fix all <rule> problems" appears when the rule has several fixable findings', () => {
  const text = '# A\nA detective with blood on his coat walks in the rain at night, wide shot.\n# B\nA boxer with blood on his lip walks in a gym at night, close-up.\n';
  const { doc, diagnostics } = lint(text);
  const bloods = diagnostics.filter((d) => d.rule === 'safety/visual');
  assert.equal(bloods.length, 2);
  const actions = quickFixes(doc, diagnostics, [bloods[0]]);
  const all = actions.find((a) => a.title === 'Fix all safety/visual problems');
  assert.ok(all, actions.map((a) => a.title).join(' | '));
  assert.equal(all.diagnostics.length, 2);
  const after = lint(apply(text, all.edits)).diagnostics;
  assert.ok(!after.some((d) => d.rule === 'safety/visual'), after.map((d) => d.message).join('\n'));
});

test('source.fixAll applies only preferred fixes: rewordings and snaps, never inserted placeholder lines', () => {
  const { diagnostics } = lint(PROBLEMS);
  const action = fixAll(diagnostics);
  assert.ok(action);
  for (const d of action.diagnostics) assert.ok(d.fixes?.some((f) => f.isPreferred), d.rule);
  const fixed = apply(PROBLEMS, action.edits);
  const before = diagnostics.map((d) => d.rule);
  const after = lint(fixed).diagnostics.map((d) => d.rule);
  assert.ok(after.length < before.length, `fewer findings after fix all:\n${after.join('\n')}`);
  assert.equal(after.filter((r) => r === 'structure/missing-camera').length, before.filter((r) => r === 'structure/missing-camera').length);
  assert.doesNotMatch(fixed, /^camera:/m);
});

test('the editor\'s copies of diagnostics are matched back to our findings', () => {
  const { diagnostics } = lint(PROBLEMS);
  const blood = find(diagnostics, 'safety/visual', /"blood"/);
  assert.deepEqual(matchShown(diagnostics, [{ rule: 'safety/visual', range: blood.range, message: 'whatever' }]), [blood]);
  assert.deepEqual(matchShown(diagnostics, [{ rule: 'format/tab', range: blood.range, message: blood.message }]), []);
});
