import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOG, allModels, draftModelFor, finalModelFor, getModel, suggestModel, unpinnedAlias, allowedDurations, nearestDuration } from '../../src/core/catalog/catalog.js';
import { estimateCost, formatUsd } from '../../src/core/catalog/cost.js';
import { catalogSchema } from '../../src/core/catalog/catalogSchema.js';
import { readFileSync } from 'node:fs';

const data = JSON.parse(readFileSync('src/core/catalog/models.json', 'utf8')) as unknown;

test('models.json matches its schema (the run time trusts it unparsed)', () => {
  const r = catalogSchema.safeParse(data);
  assert.ok(r.success, r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  // And a broken entry is caught: the check is not vacuous.
  const broken = structuredClone(data) as { models: Array<Record<string, unknown>> };
  broken.models[0].durations = [];
  assert.equal(catalogSchema.safeParse(broken).success, false);
});

test('covers the families the issue names, with full Atlas ids', () => {
  const families = new Set(allModels().map((m) => m.family));
  for (const f of ['seedance-2.0', 'kling-v3.0', 'veo3.1', 'wan-2.6', 'wan-2.7', 'sora-2']) assert.ok(families.has(f), f);
  for (const id of ['bytedance/seedance-2.0-fast/text-to-video', 'bytedance/seedance-2.0/text-to-video', 'kwaivgi/kling-v3.0-std/text-to-video', 'kwaivgi/kling-v3.0-pro/text-to-video', 'google/veo3.1-fast/text-to-video', 'google/veo3.1/text-to-video', 'alibaba/wan-2.6/text-to-video', 'alibaba/wan-2.7/text-to-video', 'openai/sora-2/text-to-video']) {
    assert.ok(getModel(id), id);
  }
});

test('every figure of every model names a source with a date and a confidence', () => {
  const figures = ['durations', 'resolutions', 'aspectRatios', 'audio', 'references', 'maxPromptChars', 'pricePerSecond', 'limits'];
  for (const m of allModels()) {
    for (const f of figures) {
      const key = m.sources[f];
      assert.ok(key, `${m.id} has no source for ${f}`);
      const s = CATALOG.sources[key];
      assert.ok(s && s.asOf && s.confidence, `${m.id}.${f} names unknown source ${key}`);
    }
  }
});

test('drafts use the Fast tier of the family; finals the chosen or standard tier', () => {
  assert.equal(draftModelFor('bytedance/seedance-2.0/text-to-video')?.id, 'bytedance/seedance-2.0-fast/text-to-video');
  assert.equal(draftModelFor('google/veo3.1/image-to-video')?.id, 'google/veo3.1-fast/image-to-video');
  assert.equal(finalModelFor('bytedance/seedance-2.0-fast/text-to-video')?.id, 'bytedance/seedance-2.0/text-to-video');
  assert.equal(finalModelFor('kwaivgi/kling-v3.0-std/text-to-video', 'pro')?.id, 'kwaivgi/kling-v3.0-pro/text-to-video');
  assert.equal(draftModelFor('kwaivgi/kling-v3.0-pro/text-to-video')?.id, 'kwaivgi/kling-v3.0-std/text-to-video');
});

test('cost: Seedance 2.0 Fast 5 s draft ≈ $0.41, final on Standard $0.50', () => {
  const p = { model: 'bytedance/seedance-2.0-fast/text-to-video', duration: 5, resolution: '720p' };
  const draft = estimateCost(p, 'draft')!;
  assert.equal(draft.usd.toFixed(3), '0.405');
  assert.equal(formatUsd(draft.usd), '$0.41');
  assert.equal(formatUsd(estimateCost(p, 'final')!.usd), '$0.50');
  assert.equal(estimateCost({ model: 'nope/x/y' }, 'draft'), undefined);
  assert.equal(estimateCost({ model: 'google/veo3.1-fast/text-to-video' }, 'draft')!.seconds, 8, 'model default duration');
});

test('aliases, bare ids and typos get suggestions', () => {
  assert.deepEqual(unpinnedAlias('kwaivgi/kling-latest/text-to-video'), { pinned: 'kwaivgi/kling-v3.0-std/text-to-video' });
  assert.deepEqual(unpinnedAlias('acme/model-latest/text-to-video'), {});
  assert.equal(unpinnedAlias('bytedance/seedance-2.0-fast/text-to-video'), undefined);
  assert.equal(suggestModel('seedance-2.0-fast'), 'bytedance/seedance-2.0-fast/text-to-video');
  assert.equal(suggestModel('bytedance/seedance-2.0-fats/text-to-video'), 'bytedance/seedance-2.0-fast/text-to-video');
});

test("Veo's 8 s rule for 1080p and references, and nearest-duration snapping", () => {
  const veo = getModel('google/veo3.1-fast/text-to-video')!;
  assert.deepEqual(allowedDurations(veo, { resolution: '720p' }), [4, 6, 8]);
  assert.deepEqual(allowedDurations(veo, { resolution: '1080p' }), [8]);
  assert.equal(nearestDuration([5, 10], 7), 5);
  assert.equal(nearestDuration([5, 10], 8), 10);
  assert.equal(nearestDuration([4, 6, 8], 5), 6);
});
