import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/engine.js';
import type { LintEnvironment } from '../../src/core/lint/types.js';

const SHOT = 'A red fox trots across a snowy field at dawn, wide shot, serene.';
const lint = (text: string, env?: LintEnvironment) => lintText(text, { env }).diagnostics.filter((d) => /^(params|references)\//.test(d.rule));
const slice = (text: string, r: { start: { line: number; character: number }; end: { character: number } }) =>
  text.split('\n')[r.start.line].slice(r.start.character, r.end.character);

test('a clean file for a known model has no params findings', () => {
  assert.deepEqual(lint(`---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 5\nresolution: 720p\naspect_ratio: "16:9"\naudio: true\n---\n# A\n${SHOT}\n`), []);
});

test('unsupported duration: exact range on the value, allowed values listed, snap fix', () => {
  const text = `---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\nduration: 7\n---\n# A\n${SHOT}\n# B\n${SHOT}\n`;
  const d = lint(text);
  assert.equal(d.length, 1, 'a front-matter value is reported once, not per shot');
  assert.equal(d[0].rule, 'params/unsupported-duration');
  assert.equal(slice(text, d[0].range), '7');
  assert.match(d[0].message, /allowed: 5, 10 s/);
  assert.deepEqual(d[0].fixes?.[0].edits[0].newText, '5');
  assert.equal(d[0].fixes?.[0].title, 'Snap duration to 5');
});

test('a shot override is reported on the override, for that shot', () => {
  const text = `---\nmodel: google/veo3.1-fast/text-to-video\n---\n# A\n@resolution: 1080p\n@duration: 6\n${SHOT}\n`;
  const d = lint(text);
  assert.deepEqual(d.map((x) => [x.rule, x.shot, slice(text, x.range)]), [['params/unsupported-duration', 'A', '6']]);
  assert.match(d[0].message, /needs 8 s for 1080p/);
});

test('unknown model with did-you-mean; -latest alias pinned', () => {
  const t1 = `---\nmodel: bytedance/seedance-2.0-fats/text-to-video\n---\n# A\n${SHOT}\n`;
  const d1 = lint(t1);
  assert.equal(d1[0].rule, 'params/unknown-model');
  assert.equal(d1[0].fixes?.[0].edits[0].newText, 'bytedance/seedance-2.0-fast/text-to-video');
  const t2 = `---\nmodel: kwaivgi/kling-latest/text-to-video\n---\n# A\n${SHOT}\n`;
  const d2 = lint(t2);
  assert.equal(d2[0].rule, 'params/unpinned-model');
  assert.equal(d2[0].fixes?.[0].kind, 'pin-model');
});

test('resolution, aspect ratio, audio and reference counts against the model', () => {
  const text = `---\nmodel: alibaba/wan-2.6/text-to-video\nresolution: 4k\naspect_ratio: "21:9"\naudio: true\nreferences: [a.png]\n---\n# A\n${SHOT}\naudio: crickets\n`;
  const rules = lint(text).map((d) => d.rule).sort();
  assert.deepEqual(rules, ['params/too-many-references', 'params/unsupported-aspect-ratio', 'params/unsupported-audio', 'params/unsupported-audio', 'params/unsupported-resolution']);
  const ar = lint(text).find((d) => d.rule === 'params/unsupported-aspect-ratio')!;
  assert.equal(ar.fixes?.[0].edits[0].newText, '"16:9"');
});

test('prompt too long after var expansion', () => {
  const long = 'very detailed '.repeat(80);
  const text = `---\nmodel: alibaba/wan-2.7/text-to-video\nvars:\n  x: ${long}\n---\n# A\n{{x}} ${SHOT}\n`;
  assert.ok(lint(text).some((d) => d.rule === 'params/prompt-too-long'));
});

test('no model anywhere: one info with a fix that adds it', () => {
  const d = lintText(`# A\n${SHOT}\n`).diagnostics.filter((x) => x.rule === 'params/unknown-model');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'info');
  assert.match(d[0].fixes![0].edits[0].newText, /^---\nmodel: /);
});

test('references: missing, too large, unsupported format; asset ids and URLs pass', () => {
  const text = `---\nmodel: bytedance/seedance-2.0-fast/reference-to-video\nreferences: [refs/hero.png, refs/big.mp4, refs/clip.avi, asset://abc, refs/nope.jpg]\n---\n# A\n${SHOT}\n`;
  const env: LintEnvironment = {
    statFile: (p) => (p === 'refs/hero.png' ? { exists: true, size: 1000, isFile: true } : p === 'refs/big.mp4' ? { exists: true, size: 17 * 1048576, isFile: true } : { exists: false }),
  };
  const d = lint(text, env);
  assert.deepEqual(d.map((x) => [x.rule, slice(text, x.range)]), [
    ['references/too-large', 'refs/big.mp4'],
    ['references/unsupported-format', 'refs/clip.avi'],
    ['references/not-found', 'refs/nope.jpg'],
  ]);
});

// params/retired-model: the day comes in through the lint environment (`today`), never the clock.
const SORA = (extra = '') => `---\nmodel: openai/sora-2/text-to-video\nduration: 8\n${extra}---\n# A\n${SHOT}\n# B\n${SHOT}\n`;

test('retired model: one error on the model value, naming the date and source, with a did-you-mean fix to its replacement', () => {
  const text = SORA();
  const d = lint(text, { today: '2026-10-01' });
  assert.deepEqual(d.map((x) => [x.rule, x.severity, slice(text, x.range)]), [['params/retired-model', 'error', 'openai/sora-2/text-to-video']], 'once for the file, and no limit checks on a dead model');
  assert.match(d[0].message, /^Sora 2 \(openai\/sora-2\/text-to-video\) was retired on 2026-09-24 \(source: OpenAI API docs, Sora 2 model page, as of [\d-]+\): requests to it fail/);
  assert.match(d[0].message, /Did you mean "google\/veo3\.1-fast\/text-to-video" \(Veo 3\.1 Fast\)\? vprompt's suggestion, not the provider's/);
  assert.deepEqual(d[0].suggestions, ['google/veo3.1-fast/text-to-video']);
  const fix = d[0].fixes?.[0];
  assert.equal(fix?.title, 'Change model to google/veo3.1-fast/text-to-video');
  assert.equal(fix?.kind, 'replace-model');
  assert.equal(fix?.isPreferred, false, 'a different model is the user\'s choice, not "fix all"');
  // Applying the fix leaves a file that lints clean on the same day.
  const fixed = text.replace('openai/sora-2/text-to-video', fix!.edits[0].newText);
  assert.deepEqual(lint(fixed, { today: '2026-10-01' }), []);
});

test('retired model as a shot override: reported on the override, for that shot; Sora 2 Pro suggests Veo 3.1 (no dearer)', () => {
  const text = `---\nmodel: google/veo3.1-fast/text-to-video\n---\n# A\n${SHOT}\n# B\n@model: openai/sora-2-pro/image-to-video\n${SHOT}\n`;
  const d = lint(text, { today: '2026-12-01' });
  assert.deepEqual(d.map((x) => [x.rule, x.severity, x.shot, slice(text, x.range)]), [['params/retired-model', 'error', 'B', 'openai/sora-2-pro/image-to-video']]);
  assert.equal(d[0].fixes?.[0].edits[0].newText, 'google/veo3.1/image-to-video');
  assert.doesNotMatch(d[0].message, /costs more/);
});

test('deprecated, not yet retired: a warning with the shutdown date, and the usual limit checks still run', () => {
  const text = SORA('resolution: 1080p\n');
  const d = lint(text, { today: '2026-05-01' });
  assert.deepEqual(d.map((x) => [x.rule, x.severity]), [['params/retired-model', 'warning'], ['params/unsupported-resolution', 'error']]);
  assert.match(d[0].message, /has been deprecated since 2026-03-24 \(source: OpenAI deprecations page, as quoted by theaimap\.app and flatkey\.ai, as of 2026-06\) and retires on 2026-09-24 \(source: OpenAI API docs/);
  assert.equal(d[0].fixes?.[0].edits[0].newText, 'google/veo3.1-fast/text-to-video');
});

test('before the deprecation, or with no day given, nothing is said about the lifecycle', () => {
  assert.deepEqual(lint(SORA(), { today: '2026-03-23' }), []);
  assert.deepEqual(lint(SORA()), [], 'no clock is read: without a day nothing is judged');
  assert.deepEqual(lint(`---\nmodel: google/veo3.1-fast/text-to-video\n---\n# A\n${SHOT}\n`, { today: '2099-01-01' }), [], 'a current model stays current');
});

test('an alias pointing at a retired model is not pinned to it: the retired error offers the replacement instead', () => {
  const text = `---\nmodel: openai/sora-latest/text-to-video\n---\n# A\n${SHOT}\n`;
  const d = lint(text, { today: '2026-10-01' });
  assert.deepEqual(d.map((x) => x.rule), ['params/retired-model']);
  assert.match(d[0].message, /^"openai\/sora-latest\/text-to-video" points at Sora 2 \(openai\/sora-2\/text-to-video\), which was retired on 2026-09-24/);
  assert.deepEqual(d[0].fixes?.map((f) => f.edits[0].newText), ['google/veo3.1-fast/text-to-video']);
  // While only deprecated, the alias is pinned as usual and the deprecation is said too.
  assert.deepEqual(lint(text, { today: '2026-05-01' }).map((x) => [x.rule, x.severity]), [['params/unpinned-model', 'warning'], ['params/retired-model', 'warning']]);
});

test('params/retired-model can be turned off or down in .vpromptrc.json like any rule', () => {
  const run = (level: 'off' | 'warning') =>
    lintText(SORA(), { env: { today: '2026-10-01' }, config: { rules: { 'params/retired-model': level }, safety: { flag: [], accept: [], rewordings: {} } } }).diagnostics.filter((d) => d.rule === 'params/retired-model');
  assert.deepEqual(run('off'), []);
  assert.deepEqual(run('warning').map((d) => d.severity), ['warning']);
});
