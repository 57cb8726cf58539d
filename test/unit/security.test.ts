// Where the API key may go, over real loopback HTTP: only to the configured API origin — not
// across redirects, not to output hosts, not into error texts — and file names built from API
// answers stay inside the render folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { VirtualClock } from '../../src/core/render/clock.js';
import { download } from '../../src/core/render/pipeline.js';
import { testDeps } from '../support/pipelineDeps.js';
import { fakeMp4 } from '../support/sim.js';

const KEY = 'sk-unit-0123456789abcdef';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

async function serve(handler: (req: { method?: string; url?: string }, res: import('node:http').ServerResponse) => void): Promise<{ url: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    req.resume();
    req.on('end', () => handler(req, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => server.close(() => r())) };
}

test('a redirect from the API is not followed: the other origin never sees the request or the key', async () => {
  const elsewhere = await serve((_req, res) => res.end('{}'));
  const api = await serve((req, res) => {
    res.writeHead(req.method === 'POST' ? 307 : 302, { location: `${elsewhere.url}/steal${req.url}` });
    res.end();
  });
  try {
    const client = new AtlasClient({ baseUrl: api.url, apiKey: KEY, transport: undiciTransport });
    const submit = await client.submit({ model: 'm', prompt: 'p' });
    const poll = await client.getPrediction('pred_1');
    const balance = await client.balance();
    for (const r of [submit, poll, balance]) {
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(!r.error.message.includes(KEY));
    }
    assert.equal(api.seen.length, 3);
    assert.ok(api.seen.every((s) => s.headers.authorization === `Bearer ${KEY}`), 'the API origin gets the key');
    assert.equal(elsewhere.seen.length, 0, 'nothing reached the redirect target');
  } finally {
    await api.close();
    await elsewhere.close();
  }
});

test('a prediction id cannot steer a poll to another origin or path', async () => {
  const api = await serve((_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 404, msg: 'not found', data: null }));
  });
  try {
    const client = new AtlasClient({ baseUrl: `${api.url}/base`, apiKey: KEY, transport: undiciTransport });
    await client.getPrediction('http://127.0.0.2:1/x?../../');
    assert.equal(api.seen.length, 1);
    assert.equal(api.seen[0].url, `/base/api/v1/model/prediction/${encodeURIComponent('http://127.0.0.2:1/x?../../')}`);
  } finally {
    await api.close();
  }
});

test('an API that echoes the key back in an error does not get it into the message', async () => {
  const api = await serve((req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 401, msg: `invalid key ${req.method} Bearer ${KEY}`, data: null }));
  });
  try {
    const r = await new AtlasClient({ baseUrl: api.url, apiKey: KEY, transport: undiciTransport }).submit({ model: 'm', prompt: 'p' });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.category, 'auth');
    assert.ok(!JSON.stringify(r.error).includes(KEY), JSON.stringify(r.error));
    assert.match(JSON.stringify(r.error), /\[redacted\]/);
  } finally {
    await api.close();
  }
});

test('outputs download without the key, and hostile ids and shot names cannot leave the render folder', async () => {
  const storage = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'video/mp4' });
    res.end(Buffer.from(fakeMp4('clip')));
  });
  const outDir = mkdtempSync(join(tmpdir(), 'vprompt-sec-'));
  try {
    const clock = new VirtualClock();
    const deps = testDeps(new AtlasClient({ baseUrl: 'http://127.0.0.1:9', apiKey: KEY, transport: undiciTransport }), clock, outDir);
    deps.journal.write({ type: 'intent', key: 'k', at: 0, file: '../../../etc/x.vprompt', shot: '../../..', model: 'm', tier: 'fast', kind: 'draft', body: {}, promptHash: 'h' });
    const o = await download(
      'k',
      { file: '../../../etc/x.vprompt', shot: '../../..', expect: { outputs: 1 } },
      '../../../../tmp/evil',
      [`${storage.url}/out/0.mp4`],
      deps,
      { key: 'k', file: 'f', shot: 's', model: 'm', tier: 'fast', kind: 'draft', status: 'completed', outputs: [], warnings: [], submits: 1 },
    );
    assert.equal(o.outputs.length, 1);
    const rel = relative(outDir, o.outputs[0]);
    assert.ok(!rel.startsWith('..') && !rel.startsWith('/'), `saved inside the render folder: ${rel}`);
    assert.ok(readdirSync(outDir).length > 0);
    assert.equal(storage.seen.length, 1);
    assert.equal(storage.seen[0].headers.authorization, undefined, 'no key to the storage host');
  } finally {
    await storage.close();
  }
});
