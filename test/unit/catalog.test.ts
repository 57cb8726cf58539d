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

test('lifecycle fields: ISO dates with a known source; a replacement of the same task, current, no dearer unless the notes say so', () => {
  type Entry = Record<string, unknown> & { id: string; notes: string[] };
  const sora = (c: { models: Entry[] }) => c.models.find((m) => m.id === 'openai/sora-2-pro/text-to-video')!;
  const issues = (edit: (c: { models: Entry[]; sources: Record<string, unknown> }) => void) => {
    const c = structuredClone(data) as { models: Entry[]; sources: Record<string, unknown> };
    edit(c);
    const r = catalogSchema.safeParse(c);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  assert.deepEqual(issues(() => undefined), []);
  assert.match(issues((c) => (sora(c).retired = { date: '24 Sep 2026', source: 'openai-sora-2' })).join('\n'), /retired\.date: an ISO date/);
  assert.match(issues((c) => (sora(c).retired = { date: '2026-09-24', source: 'nobody' })).join('\n'), /retired\.source: unknown source "nobody"/);
  assert.match(issues((c) => (sora(c).deprecated = { date: '2026-10-01', source: 'openai-deprecations-3rd' })).join('\n'), /deprecated after it was retired/);
  assert.match(issues((c) => (sora(c).replacement = 'google/veo3.1/image-to-video')).join('\n'), /is image-to-video, not text-to-video/);
  assert.match(issues((c) => (sora(c).replacement = 'openai/sora-2/text-to-video')).join('\n'), /itself deprecated or retired/);
  assert.match(issues((c) => (sora(c).replacement = 'acme/none/text-to-video')).join('\n'), /unknown model/);
  // Sora 2 → Veo 3.1 Fast costs the same; Sora 2 → Seedance 2.5 costs more, which must be said.
  const dearer = (c: { models: Entry[] }) => (c.models.find((m) => m.id === 'openai/sora-2/text-to-video')!.replacement = 'bytedance/seedance-2.5/text-to-video');
  assert.match(issues(dearer).join('\n'), /costs more per second/);
  assert.deepEqual(issues((c) => { dearer(c); c.models.find((m) => m.id === 'openai/sora-2/text-to-video')!.notes.push('Seedance 2.5 costs more: $0.134/s.'); }), []);
});

test('Sora 2 is retired from 2026-09-24 with sources, and each model has a current equivalent with native audio', () => {
  const sora = allModels().filter((m) => m.family === 'sora-2');
  assert.equal(sora.length, 4);
  for (const m of sora) {
    assert.equal(m.retired?.date, '2026-09-24', m.id);
    assert.equal(CATALOG.sources[m.retired!.source].confidence, 'doc');
    assert.ok(m.deprecated && m.deprecated.date < m.retired!.date);
    const r = getModel(m.replacement)!;
    assert.ok(r && r.task === m.task && r.audio !== 'none' && !r.retired, `${m.id} → ${m.replacement}`);
    // The suggestion is vprompt's, and its source says so.
    assert.match(CATALOG.sources[m.sources.replacement].title, /^vprompt's suggestion, not the provider's/);
  }
  // The alias still names what it pointed at; the lint refuses it (params/retired-model).
  assert.equal(getModel(unpinnedAlias('openai/sora-latest/text-to-video')?.pinned)?.retired?.date, '2026-09-24');
});

test('Seedance 2.5 (newer than the April catalog): the three Atlas variants, with Atlas as the source of ids and price', () => {
  for (const task of ['text-to-video', 'image-to-video', 'reference-to-video']) {
    const m = getModel(`bytedance/seedance-2.5/${task}`)!;
    assert.ok(m, task);
    assert.equal(m.pricePerSecond['*'], 0.134);
    assert.equal(CATALOG.sources[m.sources.pricePerSecond].confidence, 'doc');
    assert.match(CATALOG.sources[m.sources.pricePerSecond].url ?? '', /^https:\/\/www\.atlascloud\.ai\//);
    assert.deepEqual([m.durations[0], m.durations.at(-1)], [4, 30]);
    assert.equal(draftModelFor(m.id)?.id, m.id, 'one tier: drafts render on it too');
  }
});

test('covers the families the issue names, with full Atlas ids', () => {
  const families = new Set(allModels().map((m) => m.family));
  for (const f of ['seedance-2.0', 'seedance-2.5', 'kling-v3.0', 'veo3.1', 'wan-2.6', 'wan-2.7', 'sora-2']) assert.ok(families.has(f), f);
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
