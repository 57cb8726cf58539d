// The Atlas client against the simulator running as a real HTTP server on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/core/api/undiciTransport.js';
import { ManualClock, testSimulator } from '../support/sim.js';

const KEY = 'sk-test-7f3a9c';

async function setup(faults: Parameters<typeof testSimulator>[0] = {}) {
  const clock = new ManualClock();
  const sim = await testSimulator({ clock, renderMs: () => 3000, ...faults });
  const client = new AtlasClient({ baseUrl: sim.url, apiKey: KEY, transport: undiciTransport, timeoutMs: 5000 });
  return { sim, client, clock };
}

test('submit, poll to completion, keep the request id', async () => {
  const { sim, client, clock } = await setup();
  try {
    const sub = await client.submit({ model: 'bytedance/seedance-2.0-fast/text-to-video', prompt: 'a fox', duration: 5 });
    assert.ok(sub.ok);
    assert.match(sub.value.id, /^pred_/);
    assert.equal(sub.value.status, 'created');
    assert.match(sub.requestId ?? '', /^[0-9a-f]{16}$/);
    clock.advance(1000);
    const mid = await client.getPrediction(sub.value.id);
    assert.ok(mid.ok && mid.value.status === 'processing');
    clock.advance(2500);
    const done = await client.getPrediction(sub.value.id);
    assert.ok(done.ok);
    assert.equal(done.value.status, 'completed');
    assert.equal(done.value.outputs.length, 1);
    assert.equal(done.value.metrics?.predict_time, 3);
  } finally {
    await sim.close();
  }
});

test('a bad key is an auth error that says what to do; the key never appears in it', async () => {
  const { sim } = await setup({ apiKeys: ['the-right-key'] });
  try {
    const client = new AtlasClient({ baseUrl: sim.url, apiKey: KEY, transport: undiciTransport });
    const r = await client.submit({ model: 'm/x/y', prompt: 'p' });
    assert.ok(!r.ok);
    assert.equal(r.error.category, 'auth');
    assert.equal(r.error.action, 'fix-request');
    assert.match(r.error.message, /ATLASCLOUD_API_KEY|Set API Key/);
    assert.ok(!JSON.stringify(r.error).includes(KEY));
  } finally {
    await sim.close();
  }
});

test('a wrong base path answers 401 like the real API', async () => {
  const { sim } = await setup();
  try {
    const client = new AtlasClient({ baseUrl: `${sim.url}/v2`, apiKey: KEY, transport: undiciTransport });
    const r = await client.getPrediction('pred_x');
    assert.ok(!r.ok && r.error.category === 'auth' && /wrong API base URL path/.test(r.error.message));
  } finally {
    await sim.close();
  }
});

test('504 after the job was created is outcome-unknown, never retried blindly', async () => {
  const { sim, client } = await setup({ faults: [{ kind: 'submit-504-after-create', times: 1 }] });
  try {
    const r = await client.submit({ model: 'm/x/y', prompt: 'p' });
    assert.ok(!r.ok);
    assert.equal(r.error.category, 'outcome-unknown');
    assert.equal(r.error.retry, 'check-before-resubmit');
    assert.equal(sim.stats.created, 1, 'the job exists on the server');
  } finally {
    await sim.close();
  }
});

test('a reset after the submit was sent is outcome-unknown; connection refused is unavailable', async () => {
  const { sim, client } = await setup({ faults: [{ kind: 'submit-reset-after-create', times: 1 }] });
  try {
    const r = await client.submit({ model: 'm/x/y', prompt: 'p' });
    assert.ok(!r.ok && r.error.category === 'outcome-unknown');
  } finally {
    await sim.close();
  }
  const closed = new AtlasClient({ baseUrl: sim.url, apiKey: KEY, transport: undiciTransport });
  const r2 = await closed.submit({ model: 'm/x/y', prompt: 'p' });
  assert.ok(!r2.ok);
  assert.equal(r2.error.category, 'unavailable');
  assert.equal(r2.error.retry, 'backoff');
  assert.match(r2.error.message, /nothing was submitted/);
});

test('429 carries no Retry-After and is classified rate-limit with backoff', async () => {
  const { sim, client } = await setup({ faults: [{ kind: '429', times: 1 }] });
  try {
    const r = await client.submit({ model: 'm/x/y', prompt: 'p' });
    assert.ok(!r.ok && r.error.category === 'rate-limit' && r.error.retry === 'backoff');
    assert.equal(sim.stats.created, 0);
  } finally {
    await sim.close();
  }
});

test('failed jobs keep the API error text and 1039 code', async () => {
  const { sim, client, clock } = await setup({ faults: [{ kind: 'fail-1039' }] });
  try {
    const sub = await client.submit({ model: 'm/x/y', prompt: 'p' });
    assert.ok(sub.ok);
    clock.advance(5000);
    const r = await client.getPrediction(sub.value.id);
    assert.ok(r.ok);
    assert.equal(r.value.status, 'failed');
    assert.equal(Number(r.value.error_code), 1039);
    assert.match(r.value.error ?? '', /moderation/);
  } finally {
    await sim.close();
  }
});

test('malformed answers are classified, not thrown: submit → outcome-unknown, poll → retryable', async () => {
  const { sim, client } = await setup({ faults: [{ kind: 'malformed-submit', times: 1 }, { kind: 'malformed-poll', times: 1 }] });
  try {
    const s = await client.submit({ model: 'm/x/y', prompt: 'p' });
    assert.ok(!s.ok && s.error.category === 'outcome-unknown' && s.error.code === 'malformed-response');
    const ok = await client.submit({ model: 'm/x/y', prompt: 'p' });
    assert.ok(ok.ok);
    const p = await client.getPrediction(ok.value.id);
    assert.ok(!p.ok && p.error.category === 'unavailable' && p.error.retry === 'backoff');
  } finally {
    await sim.close();
  }
});

test('403 is quota or permission depending on the body', async () => {
  const { classifyHttp } = await import('../../src/core/api/errors.js');
  assert.equal(classifyHttp({ phase: 'submit', status: 403, body: { msg: 'quota exhausted' } }).category, 'quota');
  assert.equal(classifyHttp({ phase: 'submit', status: 403, body: { msg: 'key lacks scope for model' } }).category, 'permission');
  assert.equal(classifyHttp({ phase: 'submit', status: 402 }).category, 'quota');
  assert.equal(classifyHttp({ phase: 'submit', status: 451 }).category, 'region');
  assert.equal(classifyHttp({ phase: 'submit', status: 413 }).category, 'invalid-request');
  assert.equal(classifyHttp({ phase: 'poll', status: 500 }).retry, 'backoff');
  assert.equal(classifyHttp({ phase: 'submit', status: 500 }).retry, 'check-before-resubmit');
});
