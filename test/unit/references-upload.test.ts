import { test } from 'node:test';
import { diskReferenceFiles } from '../../src/node/referenceFiles.js';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { ReferenceUploader, UPLOAD_TTL_MS } from '../../src/core/render/references.js';
import { testSimulator } from '../support/sim.js';

test('a reference uploads once and is reused by content hash until its URL may have expired', async () => {
  const sim = await testSimulator();
  try {
    const dir = mkdtempSync(join(tmpdir(), 'vprompt-refs-'));
    writeFileSync(join(dir, 'hero.png'), 'not really a png, but bytes');
    writeFileSync(join(dir, 'copy.png'), 'not really a png, but bytes');
    let now = 0;
    let saved = '';
    const up = new ReferenceUploader(new AtlasClient({ baseUrl: sim.url, apiKey: 'k', transport: undiciTransport }), diskReferenceFiles, { read: () => saved || undefined, write: (t) => (saved = t) }, () => now);
    const a = await up.resolve('hero.png', dir);
    const b = await up.resolve('copy.png', dir);
    assert.ok(a.ok && b.ok && a.url === b.url, 'same bytes, one upload');
    assert.equal(sim.stats.uploads, 1);
    const passthrough = await up.resolve('asset://abc123', dir);
    assert.ok(passthrough.ok && passthrough.url === 'asset://abc123');
    now += UPLOAD_TTL_MS + 1;
    await up.resolve('hero.png', dir);
    assert.equal(sim.stats.uploads, 2, 'uploaded again once the URL may have expired');
    const missing = await up.resolve('nope.png', dir);
    assert.ok(!missing.ok && /Cannot read reference "nope.png" \(ENOENT\)/.test(missing.error.message));
    const gif = await up.resolve('loop.gif', dir);
    assert.ok(!gif.ok && /not an accepted format/.test(gif.error.message));
  } finally {
    await sim.close();
  }
});
