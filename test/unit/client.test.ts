// The Atlas client against the simulator running as a real HTTP server on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
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

/** A dnsRetry whose pauses are recorded, not waited: retries of EAI_AGAIN run at once. */
function recordedPauses() {
  const pauses: number[] = [];
  return { pauses, dnsRetry: { delaysMs: [250, 1000], sleep: async (ms: number) => void pauses.push(ms) } };
}

const dnsError = (code: string, host: string) => Object.assign(new Error(`getaddrinfo ${code} ${host}`), { code, hostname: host, syscall: 'getaddrinfo' });

test('an API host that does not resolve (real undici, the reserved .invalid TLD) is a definitive network error naming the host', async () => {
  const host = 'api.vprompt.invalid';
  const { pauses, dnsRetry } = recordedPauses();
  let requests = 0;
  const transport: typeof undiciTransport = (req) => {
    requests++;
    return undiciTransport(req);
  };
  const client = new AtlasClient({ baseUrl: `http://${host}`, apiKey: KEY, transport, dnsRetry });
  const r = await client.submit({ model: 'm/x/y', prompt: 'p' });
  assert.ok(!r.ok);
  // A resolver answers "no such host" (ENOTFOUND) for .invalid; a machine with no resolver at
  // all says EAI_AGAIN instead, which is retried twice (pauses recorded, not waited) and then
  // reported the same way.
  assert.ok(r.error.code === 'ENOTFOUND' || r.error.code === 'EAI_AGAIN', String(r.error.code));
  assert.deepEqual([requests, pauses], r.error.code === 'ENOTFOUND' ? [1, []] : [3, [250, 1000]], 'ENOTFOUND is not retried');
  assert.equal(r.error.category, 'network');
  assert.equal(r.error.retry, 'never', 'the pipeline must not back off for minutes on it');
  assert.equal(r.error.action, 'fix-request');
  if (r.error.code === 'ENOTFOUND') {
    assert.equal(r.error.message, `Cannot resolve the API host "${host}" (ENOTFOUND): check vprompt.apiBaseUrl / --api-base and your network. Nothing was sent.`);
  }
  assert.ok(r.error.message.includes(`"${host}"`));
  assert.ok(!JSON.stringify(r.error).includes(KEY));
  // The other calls say the same; a poll's job exists regardless, so polling goes on.
  const balance = await client.balance();
  assert.ok(!balance.ok && balance.error.category === 'network' && balance.error.retry === 'never');
  const poll = await client.getPrediction('pred_x');
  assert.ok(!poll.ok && poll.error.category === 'network');
  assert.match(poll.error.message, /api\.vprompt\.invalid.*while checking on the job.*keeps checking/);
});

test('ENOTFOUND from any transport is reported at once; EAI_AGAIN is retried briefly, then reported', async () => {
  const host = 'api.example.invalid';
  const calls: string[] = [];
  const failing = (code: string) => async (req: { url: string }) => {
    calls.push(req.url);
    throw dnsError(code, host);
  };
  const notFound = recordedPauses();
  const r1 = await new AtlasClient({ baseUrl: `https://${host}/`, apiKey: KEY, transport: failing('ENOTFOUND'), dnsRetry: notFound.dnsRetry }).submit({ prompt: 'p' });
  assert.ok(!r1.ok);
  assert.equal(r1.error.message, 'Cannot resolve the API host "api.example.invalid" (ENOTFOUND): check vprompt.apiBaseUrl / --api-base and your network. Nothing was sent.');
  assert.deepEqual([calls.length, notFound.pauses], [1, []]);

  calls.length = 0;
  const again = recordedPauses();
  const r2 = await new AtlasClient({ baseUrl: `https://${host}`, apiKey: KEY, transport: failing('EAI_AGAIN'), dnsRetry: again.dnsRetry }).submit({ prompt: 'p' });
  assert.ok(!r2.ok);
  assert.deepEqual([calls.length, again.pauses], [3, [250, 1000]], 'two quick retries, no more');
  assert.equal(r2.error.category, 'network');
  assert.equal(r2.error.retry, 'never');
  assert.equal(r2.error.code, 'EAI_AGAIN');
  assert.match(r2.error.message, /^Cannot resolve the API host "api\.example\.invalid" \(EAI_AGAIN, a temporary DNS failure that did not clear on retry\): .*Nothing was sent\.$/);

  // A cancelled wait stops retrying.
  calls.length = 0;
  const ac = new AbortController();
  const cancelling = { delaysMs: [250, 1000], sleep: async () => { ac.abort(); throw Object.assign(new Error('cancelled'), { name: 'AbortError' }); } };
  const r3 = await new AtlasClient({ baseUrl: `https://${host}`, transport: failing('EAI_AGAIN'), dnsRetry: cancelling }).submit({ prompt: 'p' }, ac.signal);
  assert.ok(!r3.ok && r3.error.category === 'network');
  assert.equal(calls.length, 1);
});

test('a DNS hiccup that clears on the quick retry goes through: one job, no error', async () => {
  const { sim } = await setup();
  try {
    let failures = 2;
    const { pauses, dnsRetry } = recordedPauses();
    const flaky: typeof undiciTransport = async (req) => {
      if (failures-- > 0) throw dnsError('EAI_AGAIN', '127.0.0.1');
      return undiciTransport(req);
    };
    const client = new AtlasClient({ baseUrl: sim.url, apiKey: KEY, transport: flaky, dnsRetry });
    const r = await client.submit({ model: 'bytedance/seedance-2.0-fast/text-to-video', prompt: 'a fox', duration: 5 });
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(pauses, [250, 1000]);
    assert.equal(sim.stats.submits, 1);
    assert.equal(sim.stats.created, 1);
  } finally {
    await sim.close();
  }
});
