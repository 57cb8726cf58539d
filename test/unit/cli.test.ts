// `vprompt lint` through its real entry point (main with captured output), on real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, workspace as makeWorkspace } from '../support/cli.js';

const workspace = (files: Record<string, string>) => makeWorkspace(files, 'vprompt-cli-');

const CLEAN = '---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 5\nresolution: 720p\n---\n# Arrival\nA woman in a red coat walking briskly through a rain-slicked Tokyo street at night, neon reflections on wet pavement, medium tracking shot, cinematic and tense.\n';
const BROKEN = '---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\nduration: 7\n---\n# Thin\na person walking\n';

test('exit 0 with no errors, 1 with errors; text output names rule ids', async () => {
  const dir = workspace({ 'shots/clean.vprompt': CLEAN, 'shots/broken.vprompt': BROKEN });
  const ok = await run(['lint', 'shots/clean.vprompt'], dir);
  assert.equal(ok.code, 0);
  assert.match(ok.out, /1 file checked, no problems/);
  const bad = await run(['lint', 'shots/'], dir);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /shots\/broken\.vprompt/);
  assert.match(bad.out, /3:11 +error +Kling 3\.0 std does not accept 7 s.*params\/unsupported-duration/);
});

test('--format json matches the documented shape, 1-based, with shots and cost', async () => {
  const dir = workspace({ 'a.vprompt': CLEAN + '\n# Thin\na person walking\n' });
  const r = await run(['lint', '--format', 'json', 'a.vprompt'], dir);
  assert.equal(r.code, 0, 'warnings only');
  const j = JSON.parse(r.out);
  assert.equal(j.version, 1);
  const f = j.files[0];
  assert.equal(f.path, 'a.vprompt');
  assert.deepEqual(f.shots[0], {
    name: 'Arrival',
    line: 6,
    components: { subject: true, action: true, environment: true, camera: true, audio: false },
    estimatedCostUsd: 0.405,
  });
  const vague = f.diagnostics.find((d: { rule: string; severity: string }) => d.rule === 'structure/vague' && d.severity === 'info');
  assert.deepEqual(
    { shot: vague.shot, line: vague.line, column: vague.column, endLine: vague.endLine, endColumn: vague.endColumn },
    { shot: 'Thin', line: 10, column: 1, endLine: 10, endColumn: 9 },
  );
  assert.ok(Array.isArray(vague.suggestions) && vague.suggestions.length > 0);
});

test('globs expand; unmatched patterns and unreadable files exit 2 with a message, after linting the rest', async () => {
  const dir = workspace({ 'x/one.vprompt': CLEAN, 'x/two.vprompt': CLEAN, 'locked.vprompt': CLEAN });
  const r = await run(['lint', '--format', 'json', 'x/*.vprompt', 'missing/*.vprompt'], dir);
  assert.equal(r.code, 2);
  assert.equal(JSON.parse(r.out).files.length, 2);
  assert.match(r.err, /missing\/\*\.vprompt: no \.vprompt files match/);
  if (process.getuid?.() !== 0) {
    chmodSync(join(dir, 'locked.vprompt'), 0o000);
    const locked = await run(['lint', 'locked.vprompt'], dir);
    assert.equal(locked.code, 2);
    assert.match(locked.err, /cannot read/);
  }
});

test('bad usage exits 2 and says what to type', async () => {
  const dir = workspace({});
  assert.equal((await run([], dir)).code, 2);
  const fmt = await run(['lint', '--format', 'xml', 'a.vprompt'], dir);
  assert.equal(fmt.code, 2);
  assert.match(fmt.err, /--format must be text, json or sarif/);
  const none = await run(['lint'], dir);
  assert.equal(none.code, 2);
  assert.match(none.err, /vprompt lint examples\//);
  const unknown = await run(['lnt'], dir);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "lnt"/);
});

test('.vpromptrc.json is found up the tree and applies rule levels; --config overrides; a broken rc is reported', async () => {
  const dir = workspace({
    '.vpromptrc.json': JSON.stringify({ rules: { 'structure/vague': 'off', 'structure/missing-camera': 'error' } }),
    'deep/er/a.vprompt': BROKEN.replace('duration: 7', 'duration: 5'),
    'strict.json': JSON.stringify({ rules: {} }),
    'bad.json': '{"rules": {"structure/vauge": "off"}}',
  });
  const r = await run(['lint', '--format', 'json', 'deep/er/a.vprompt'], dir);
  const rules = JSON.parse(r.out).files[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`);
  assert.ok(!rules.some((x: string) => x.startsWith('structure/vague')));
  assert.ok(rules.includes('structure/missing-camera:error'));
  assert.equal(r.code, 1);
  const overridden = await run(['lint', '--format', 'json', '--config', 'strict.json', 'deep/er/a.vprompt'], dir);
  assert.ok(JSON.parse(overridden.out).files[0].diagnostics.some((d: { rule: string }) => d.rule === 'structure/vague'));
  const bad = await run(['lint', '--config', 'bad.json', 'deep/er/a.vprompt'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /"structure\/vauge" is not a rule id \(did you mean "structure\/vague"\?\)/);
});

test('the rc schema lists exactly the rule ids the linter has', async () => {
  const { RULE_IDS } = await import('../../src/core/lint/types.js');
  const schema = (await import('../../schemas/vpromptrc.schema.json')).default as { properties: { rules: { propertyNames: { enum: string[] } } } };
  assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), [...RULE_IDS].sort());
});

test('vprompt lint judges model lifecycles by the day it is given: a retired model is an error (exit 1), deprecated a warning', async () => {
  const dir = workspace({ 'sora.vprompt': CLEAN.replace('bytedance/seedance-2.0-fast/text-to-video', 'openai/sora-2/text-to-video').replace('duration: 5', 'duration: 8') });
  const retired = await run(['lint', 'sora.vprompt'], dir, { today: '2026-10-01' });
  assert.equal(retired.code, 1);
  assert.match(retired.out, /2:8 +error +Sora 2 \(openai\/sora-2\/text-to-video\) was retired on 2026-09-24 .*params\/retired-model/);
  const deprecated = await run(['lint', 'sora.vprompt'], dir, { today: '2026-06-01' });
  assert.equal(deprecated.code, 0, 'warnings only');
  assert.match(deprecated.out, /warning +Sora 2 .* has been deprecated since 2026-03-24/);
  assert.equal((await run(['lint', 'sora.vprompt'], dir, { today: '2026-01-01' })).code, 0);
});
