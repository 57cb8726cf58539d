import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { getModel } from '../../src/core/catalog/catalog.js';
import { parseDocument } from '../../src/core/format/parse.js';
import { refreshSchemas, SCHEMA_TTL_MS } from '../../src/core/render/liveSchemas.js';
import { buildRequest, inputSchema, setLiveSchema } from '../../src/core/render/requestBody.js';
import { testSimulator } from '../support/sim.js';

const KLING = 'kwaivgi/kling-v3.0-std/text-to-video';

test('live schemas from the model list replace the bundled ones, are cached a day, and fall back when unreachable', async () => {
  // The live API narrows Kling std to 5 s only: a 10 s request must now be refused before sending.
  const narrowed = { ...(inputSchema(getModel(KLING)!) as { properties: Record<string, unknown> }) };
  narrowed.properties = { ...narrowed.properties, duration: { enum: [5] } };
  const sim = await testSimulator({ catalog: () => [{ model: KLING, schema: narrowed }, { model: 'acme/unknown/text-to-video', schema: {} }] });
  let saved: string | undefined;
  const store = { read: () => saved, write: (t: string) => (saved = t) };
  try {
    const client = new AtlasClient({ baseUrl: sim.url, apiKey: 'a-long-test-key', transport: undiciTransport });
    const first = await refreshSchemas(client, undiciTransport, store, 1000);
    assert.deepEqual(first, { models: 1, source: 'api' });
    const shot = parseDocument(`---\nmodel: ${KLING}\nduration: 10\n---\n# A\nA fox trots in snow, wide shot\n`).shots[0];
    const r = buildRequest(shot, 'draft');
    assert.ok(!r.ok && /duration must be equal to one of the allowed values \(5\)/.test(r.message));
    const cached = await refreshSchemas(client, undiciTransport, store, 1000 + SCHEMA_TTL_MS - 1);
    assert.equal(cached.source, 'cache');
    await sim.close();
    saved = undefined;
    const offline = await refreshSchemas(client, undiciTransport, store, 5000);
    assert.equal(offline.source, 'bundled');
    assert.match(offline.problem ?? '', /the API/);
  } finally {
    setLiveSchema(KLING, inputSchema(getModel(KLING)!)); // leave the bundled schema for other tests
    await sim.close().catch(() => {});
  }
});
