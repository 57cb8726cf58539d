import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../src/core/format/parse.js';
import { buildRequest, pixelSize, promptFor } from '../../src/core/render/requestBody.js';

const FILE = `---
model: bytedance/seedance-2.0/text-to-video
duration: 5
resolution: 720p
aspect_ratio: "16:9"
audio: true
seed: 42
vars:
  hero: a knight in dented armour
---
# Ride
A {{hero}} rides through fog at dawn,
wide shot, slow push in. He says "hold the line" quietly.

# Labeled
subject: {{hero}}
camera: close-up, shallow depth of field
action: raises a visor slowly
audio: wind, distant horns
negative: text, watermark
`;

test("a draft goes to the Fast tier with the model's own field names, validated", () => {
  const doc = parseDocument(FILE);
  const r = buildRequest(doc.shots[0], 'draft');
  assert.ok(r.ok, !r.ok ? r.message : '');
  assert.deepEqual(r.request.body, {
    model: 'bytedance/seedance-2.0-fast/text-to-video',
    prompt: 'A a knight in dented armour rides through fog at dawn, wide shot, slow push in. He says "hold the line" quietly.',
    duration: 5,
    resolution: '720p',
    aspect_ratio: '16:9',
    generate_audio: true,
    seed: 42,
  });
  assert.equal(r.request.estimatedCostUsd.toFixed(3), '0.405');
  assert.deepEqual(r.request.expect, { outputs: 1, durationSeconds: 5, width: 1280, height: 720, audio: true });
  const final = buildRequest(doc.shots[0], 'final');
  assert.ok(final.ok && final.request.body.model === 'bytedance/seedance-2.0/text-to-video');
});

test('labeled lines are sent in component order, audio appended, negative kept out of the prompt', () => {
  const doc = parseDocument(FILE);
  const { prompt, negative } = promptFor(doc.shots[1], true);
  assert.equal(prompt, 'a knight in dented armour. raises a visor slowly. close-up, shallow depth of field. Audio: wind, distant horns');
  assert.equal(negative, 'text, watermark');
});

test('Kling uses sound, Sora and Wan 2.6 a size; a value the model rejects is refused before sending', () => {
  const kling = parseDocument('---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\naudio: true\n---\n# A\nA fox trots in snow, wide shot\n');
  const k = buildRequest(kling.shots[0], 'draft');
  assert.ok(k.ok && k.request.body.sound === true && !('resolution' in k.request.body));
  const sora = parseDocument('---\nmodel: openai/sora-2/text-to-video\naspect_ratio: "9:16"\nduration: 8\n---\n# A\nA fox trots in snow, wide shot\n');
  const s = buildRequest(sora.shots[0], 'draft');
  assert.ok(s.ok && s.request.body.size === '720*1280');
  const bad = parseDocument('---\nmodel: kwaivgi/kling-v3.0-std/text-to-video\nduration: 7\n---\n# A\nA fox trots in snow\n');
  const b = buildRequest(bad.shots[0], 'draft');
  assert.ok(!b.ok);
  assert.match(b.message, /duration must be equal to one of the allowed values \(5, 10\)/);
  const none = buildRequest(parseDocument('# A\nA fox\n').shots[0], 'draft');
  assert.ok(!none.ok && /No model/.test(none.message));
});

test('pixel sizes keep the short side at the resolution', () => {
  assert.deepEqual(pixelSize('720p', '16:9'), { width: 1280, height: 720 });
  assert.deepEqual(pixelSize('1080p', '9:16'), { width: 1080, height: 1920 });
  assert.deepEqual(pixelSize('720p', '1:1'), { width: 720, height: 720 });
  assert.deepEqual(pixelSize('4k', '16:9'), { width: 3840, height: 2160 });
});

test('every catalog model (Seedance 2.5 and the retired Sora 2 too) builds a request its own schema and the simulator accept', async () => {
  const { allModels } = await import('../../src/core/catalog/catalog.js');
  const { defaultSimOptions } = await import('../../src/sim/defaults.js');
  const sim = defaultSimOptions();
  assert.ok(sim.knownModel && sim.validate && sim.catalog, 'the default simulator validates against the catalog');
  for (const m of allModels()) {
    const ratio = m.aspectRatios.includes('16:9') ? '16:9' : m.aspectRatios[0];
    const doc = parseDocument(`---\nmodel: ${m.id}\ntier: ${m.tier}\nduration: ${m.defaultDuration}\naspect_ratio: "${ratio}"\n---\n# A\nA fox trots in snow at dawn, wide shot\n`);
    for (const kind of ['draft', 'final'] as const) {
      const built = buildRequest(doc.shots[0], kind);
      assert.ok(built.ok, `${m.id} ${kind}: ${built.ok ? '' : built.message}`);
      assert.ok(sim.knownModel?.(built.request.model.id), built.request.model.id);
      assert.equal(sim.validate?.(built.request.body), undefined, `${built.request.model.id} ${kind}`);
    }
  }
  assert.ok(sim.catalog?.().some((c) => c.model === 'bytedance/seedance-2.5/reference-to-video'), 'the simulator publishes the new models');
});
