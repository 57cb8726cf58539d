// .vpromptrc.json loading (src/core/config/rc.ts, shared with the CLI) and the vprompt.rules
// setting (src/language/text/settings.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/config/rc.js';
import { jsonPositions } from '../../src/core/config/jsonPositions.js';
import { DEFAULT_CONFIG } from '../../src/core/lint/types.js';
import { lintText } from '../../src/core/lint/engine.js';
import { rulesFromSettings } from '../../src/language/text/settings.js';

/** The text a problem's range covers. */
function covered(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  return r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character) : `${lines[r.start.line].slice(r.start.character)}…`;
}

test('a valid rc file gives its rules and safety lists', () => {
  const { config, problems } = parseConfig(
    JSON.stringify({ rules: { 'structure/vague': 'off' }, safety: { accept: ['stage blood'], flag: [{ term: 'glock', category: 'violence' }] } }),
    '.vpromptrc.json',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(config.rules, { 'structure/vague': 'off' });
  assert.deepEqual(config.safety.accept, ['stage blood']);
  assert.equal(config.safety.flag[0].term, 'glock');
  assert.deepEqual(config.safety.rewordings, {});
});

test('a misspelt rule id is reported on that key, with a did-you-mean, and linting uses the defaults', () => {
  const text = '{\n  "rules": {\n    "structure/vauge": "off"\n  }\n}\n';
  const { config, problems } = parseConfig(text, 'proj/.vpromptrc.json');
  assert.equal(config, DEFAULT_CONFIG);
  assert.equal(problems.length, 1);
  const [p] = problems;
  assert.equal(p.rule, 'config/invalid');
  assert.equal(p.severity, 'error');
  assert.equal(covered(text, p.range), '"structure/vauge"');
  assert.match(p.message, /^proj\/\.vpromptrc\.json:3:5: "structure\/vauge" is not a rule id \(did you mean "structure\/vague"\?\)/);
  assert.match(p.message, /default settings/);
});

test('a bad level is reported on the value and lists the allowed ones', () => {
  const text = '{"rules": {"safety/visual": "loud"}}';
  const [p] = parseConfig(text, 'rc').problems;
  assert.equal(covered(text, p.range), '"loud"');
  assert.match(p.message, /rules\["safety\/visual"\] must be one of "off", "error", "warning", "info", "hint"/);
});

test('unknown keys, missing and wrongly typed fields each get their own located problem', () => {
  const text = '{\n  "rule": {},\n  "safety": {\n    "flag": [{"term": "x"}],\n    "accept": "stage blood"\n  }\n}';
  const problems = parseConfig(text, 'rc').problems;
  const by = (re: RegExp) => problems.find((p) => re.test(p.message));
  assert.equal(covered(text, by(/unknown key "rule" \(did you mean "rules"\?\)/)!.range), '"rule"');
  assert.equal(covered(text, by(/safety\.flag\[0\] needs "category"/)!.range), '{"term": "x"}');
  assert.equal(covered(text, by(/safety\.accept must be an array/)!.range), '"stage blood"');
});

test('broken JSON points at the error; an empty file says what to write; neither throws', () => {
  const text = '{\n  "rules": {\n    "structure/vague": "off",\n  }\n}\n';
  const [p] = parseConfig(text, 'rc').problems;
  assert.match(p.message, /not valid JSON/);
  assert.equal(p.range.start.line, 3, 'the "}" after the trailing comma');
  assert.match(parseConfig('  \n', 'rc').problems[0].message, /empty; write \{\}/);
  for (const bad of ['[]', 'null', '"x"', '{"rules": []}', '{"safety": {"flag": [1, null]}}', '\uFEFF{"rules": {"format/tab": "hint"}}']) {
    assert.doesNotThrow(() => parseConfig(bad, 'rc'), bad);
  }
  assert.deepEqual(parseConfig('\uFEFF{"rules": {"format/tab": "hint"}}', 'rc').config.rules, { 'format/tab': 'hint' });
});

test('rc rule levels change what lint reports', () => {
  const { config } = parseConfig('{"rules": {"structure/missing-camera": "off", "structure/missing-environment": "error"}}', 'rc');
  const rules = lintText('# A\nA woman in a red coat walks briskly.\n', { config }).diagnostics.map((d) => `${d.rule} ${d.severity}`);
  assert.ok(!rules.some((r) => r.startsWith('structure/missing-camera')));
  assert.ok(rules.includes('structure/missing-environment error'));
});

test('JSON positions by pointer, rule ids with "/" escaped as in ajv', () => {
  const text = '{"rules": {"a/b": "off"}, "list": [1, {"x": true}]}';
  const spans = jsonPositions(text);
  const slice = (s?: [number, number]) => (s ? text.slice(s[0], s[1]) : undefined);
  assert.equal(slice(spans.get('/rules/a~1b')?.key), '"a/b"');
  assert.equal(slice(spans.get('/rules/a~1b')?.value), '"off"');
  assert.equal(slice(spans.get('/list/1')?.value), '{"x": true}');
  assert.equal(slice(spans.get('/list/1/x')?.value), 'true');
  assert.doesNotThrow(() => jsonPositions('{"a": [}'));
});

test('the vprompt.rules setting keeps only known rules with known levels', () => {
  assert.deepEqual(rulesFromSettings({ 'structure/vague': 'off', 'safety/visual': 'loud', 'no/such': 'error', 'format/tab': 3 }), { 'structure/vague': 'off' });
  assert.deepEqual(rulesFromSettings(undefined), {});
  assert.deepEqual(rulesFromSettings(['structure/vague']), {});
});
