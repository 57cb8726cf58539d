// CodeLens titles and the cost breakdown they reveal (src/language/text/lenses.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core/format/parse.js';
import { draftModelFor, finalModelFor } from '../../src/core/catalog/catalog.js';
import { formatUsd, pricePerSecond } from '../../src/core/catalog/cost.js';
import { costBreakdown, lensTitles, takesTitle } from '../../src/language/text/lenses.js';

const shots = (text: string) => parseDocument(text).shots;

test('draft lens: Fast tier of the family, seconds, resolution, price; final lens: the standard tier', () => {
  const id = 'bytedance/seedance-2.0-fast/text-to-video';
  const [a, b] = shots(`---\nmodel: ${id}\nduration: 5\nresolution: 720p\n---\n# A\ntext\n# B\n@duration: 10\ntext\n`);
  const draft = draftModelFor(id)!;
  const final = finalModelFor(id)!;
  assert.equal(draft.tier, 'fast');
  assert.notEqual(final.id, draft.id);
  assert.deepEqual(lensTitles(a), {
    draft: `▶ Draft · Fast · 5s · 720p · ≈${formatUsd(5 * pricePerSecond(draft, '720p'))}`,
    final: `Final ≈${formatUsd(5 * pricePerSecond(final, '720p'))}`,
  });
  assert.match(lensTitles(b).draft, /^▶ Draft · Fast · 10s · 720p · ≈\$\d+\.\d\d$/);
});

test('the model\'s defaults fill in what the file leaves out', () => {
  const [s] = shots('---\nmodel: google/veo3.1-fast/text-to-video\n---\n# A\ntext\n');
  assert.match(lensTitles(s).draft, /^▶ Draft · Fast · 8s · 720p · ≈\$/);
});

test('no model or an unknown model: the lens says so instead of a price', () => {
  assert.deepEqual(lensTitles(shots('# A\ntext\n')[0]), { draft: '$(info) Set a model to see the cost' });
  assert.match(lensTitles(shots('---\nmodel: acme/none/text-to-video\n---\n# A\ntext\n')[0]).draft, /Unknown model/);
});

test('the breakdown names both models, their rates and totals', () => {
  const [s] = shots('---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\nduration: 10\n---\n# Pier\ntext\n');
  const text = costBreakdown(s.name, s.params);
  assert.match(text, /^Shot "Pier" — Draft: Kling 3\.0 std \(Standard\), 10 s × \$[\d.]+\/s at 720p = \$\d+\.\d\d; Final: /);
  assert.match(costBreakdown('', {}), /no cost estimate\. Set "model:"/);
  assert.match(costBreakdown('X', { model: 'acme/none/text-to-video' }), /not a known model id/);
});

test('on a given day: a retired model gets no render lens and no cost, a deprecated one is marked', () => {
  const [s] = shots('---\nmodel: openai/sora-2/text-to-video\nduration: 8\n---\n# Pier\ntext\n');
  assert.deepEqual(lensTitles(s, '2026-10-01'), { draft: '$(error) Sora 2 was retired on 2026-09-24: change the model' });
  assert.match(costBreakdown(s.name, s.params, '2026-10-01'), /^Shot "Pier" — Draft: Sora 2 \(openai\/sora-2\/text-to-video\) was retired on 2026-09-24 .*, so it cannot render and costs nothing\. Did you mean "google\/veo3\.1-fast\/text-to-video"/);
  const deprecated = lensTitles(s, '2026-05-01');
  assert.match(deprecated.draft, /^▶ Draft · Standard · 8s · 720p · ≈\$0\.80 · \$\(warning\) deprecated$/);
  assert.match(costBreakdown(s.name, s.params, '2026-05-01'), /= \$0\.80 \(Sora 2 has been deprecated since 2026-03-24/);
  assert.doesNotMatch(lensTitles(s).draft, /deprecated|retired/, 'no day, nothing judged');
});

test('the takes lens: count, whether the shot changed since its last take, and what a click does', () => {
  const changed = takesTitle({ takes: 2, changed: true });
  assert.equal(changed.title, '$(history) 2 takes · changed since last take · Render Another Take');
  const same = takesTitle({ takes: 1, changed: false });
  assert.equal(same.title, '$(history) 1 take · unchanged · Render Another Take');
  assert.match(same.tooltip, /Render Draft costs nothing \(up to date\)/);
  assert.equal(takesTitle({ takes: 3 }).title, '$(history) 3 takes · Render Another Take');
});
