// What hovers say (src/language/text/hovers.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/engine.js';
import { getModel } from '../../src/core/catalog/catalog.js';
import { hoverAt } from '../../src/language/text/hovers.js';

function hover(text: string, line: number, character: number) {
  const { doc, diagnostics } = lintText(text);
  return hoverAt(doc, diagnostics, line, character, (rule) => `file:///docs/rules.md#${rule.replace('/', '')}`);
}

const HEADER = '---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\nduration: 5\n---\n';

test('the model line shows capabilities and price, on the key or the value', () => {
  const m = getModel('kwaivgi/kling-v3.0-std/text-to-video')!;
  for (const ch of [2, 20]) {
    const h = hover(HEADER + '# A\ntext\n', 1, ch);
    assert.ok(h, `hover at column ${ch}`);
    assert.match(h.markdown, new RegExp(`\\*\\*${m.name.replace(/\./g, '\\.')}\\*\\*`));
    assert.match(h.markdown, /Durations: 5, 10 s/);
    assert.match(h.markdown, /Price: .*\$0\.\d+\/s/);
    assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 43 } });
  }
});

test('an unpinned alias says which version it points at today', () => {
  const h = hover('---\nmodel: kwaivgi/kling-latest/text-to-video\n---\n# A\ntext\n', 1, 12);
  assert.ok(h);
  assert.match(h.markdown, /currently points at `kwaivgi\/kling-v3\.0-std\/text-to-video`/);
});

test('an @model override line gets the same hover; an unknown model gets none', () => {
  const text = HEADER + '# A\n@model: google/veo3.1-fast/text-to-video\ntext\n@model: nobody/nothing/text-to-video\n';
  assert.match(hover(text, 5, 10)!.markdown, /Veo 3\.1 Fast/);
  assert.equal(hover(text, 7, 10), undefined);
});

test('a duration line says what the model accepts, with the resolution constraint', () => {
  const veo = '---\nmodel: google/veo3.1-fast/text-to-video\nresolution: 1080p\nduration: 6\n---\n# A\ntext\n';
  const h = hover(veo, 3, 11);
  assert.ok(h);
  assert.match(h.markdown, /accepts 8 s with 1080p/);
});

test('a safety-flagged term explains the category, the reason and safer wording, linked to the rule docs', () => {
  const text = '# Standoff\nA detective shoots the guard in a smoky warehouse, low angle, handheld.\n';
  const { diagnostics } = lintText(text);
  const d = diagnostics.find((x) => x.rule === 'safety/visual');
  assert.ok(d, 'the shooting is flagged');
  const h = hover(text, d.range.start.line, d.range.start.character + 1);
  assert.ok(h);
  assert.match(h.markdown, /\[safety\/visual\]\(file:\/\/\/docs\/rules\.md#safetyvisual\)/);
  assert.match(h.markdown, /violence/);
  assert.ok(h.markdown.includes(d.message));
  assert.match(h.markdown, /Safer wording:\n- /);
  assert.deepEqual(h.range, d.range);
});

test('a shot heading lists which components the shot has, and its cost', () => {
  const text = HEADER + '# Alley\nA courier in a yellow rain jacket cycles through a narrow alley at dusk.\n';
  const h = hover(text, 4, 3);
  assert.ok(h);
  assert.match(h.markdown, /\*\*Alley\*\*/);
  assert.match(h.markdown, /✓ subject/);
  assert.match(h.markdown, /✓ action/);
  assert.match(h.markdown, /✓ environment/);
  assert.match(h.markdown, /✗ camera/);
  assert.match(h.markdown, /Draft: .* ≈ \$\d+\.\d\d/);
});

test('{{var}} shows what it expands to', () => {
  const text = '---\nvars:\n  hero: a woman in a red coat\n---\n# A\n{{hero}} walks\n';
  assert.match(hover(text, 5, 3)!.markdown, /a woman in a red coat/);
  assert.equal(hover(text, 5, 12), undefined, 'plain prose has no hover');
});

test('on a given day, the model hover and the shot hover say a model is retired (no cost) or deprecated', () => {
  const text = '---\nmodel: openai/sora-2/text-to-video\nduration: 8\n---\n# A\ntext\n';
  const { doc, diagnostics } = lintText(text);
  const at = (line: number, today: string) => hoverAt(doc, diagnostics, line, 3, undefined, today)!.markdown;
  assert.match(at(1, '2026-10-01'), /\*\*Retired\*\*: Sora 2 was retired on 2026-09-24 \(source: OpenAI API docs, Sora 2 model page, as of [\d-]+\): requests to it fail, nothing renders on it\. Did you mean "google\/veo3\.1-fast\/text-to-video"/);
  assert.match(at(1, '2026-05-01'), /\*\*Deprecated\*\*: Sora 2 has been deprecated since 2026-03-24 .* retires on 2026-09-24/);
  assert.doesNotMatch(at(1, '2026-01-01'), /Retired|Deprecated/);
  assert.doesNotMatch(hover(text, 1, 3)!.markdown, /Retired|Deprecated/, 'no day, nothing judged');
  assert.match(at(4, '2026-10-01'), /Draft: Sora 2 was retired on 2026-09-24 .*: no render, no cost\./);
  assert.doesNotMatch(at(4, '2026-10-01'), /≈ \$/);
  assert.match(at(4, '2026-05-01'), /Draft: Sora 2, 8 s at 720p ≈ \$0\.80 \(deprecated, retires 2026-09-24\)/);
});
