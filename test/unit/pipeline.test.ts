// Every fault the simulator can inject, through the real client over loopback HTTP: exact
// submit counts, no lost prediction id, the right category and message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryLines } from '../support/memoryStore.js';
import { mkdtempSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { VirtualClock } from '../../src/core/render/clock.js';
import { Journal } from '../../src/core/render/journal.js';
import { runJob, resumeJob, type PipelineDeps } from '../../src/core/render/pipeline.js';
import { RenderTimes } from '../../src/core/render/renderTimes.js';
import { Scheduler } from '../../src/core/render/scheduler.js';
import type { LogRecord } from '../../src/core/render/log.js';
import type { FaultRule } from '../../src/sim/faults.js';
import { testSimulator } from '../support/sim.js';
import { TEST_MODEL as MODEL, testDeps, testSpec as spec } from '../support/pipelineDeps.js';



async function harness(faults: FaultRule[] = [], opts: { maxWaitMs?: number; renderMs?: number } = {}) {
  const clock = new VirtualClock();
  const sim = await testSimulator({ clock, renderMs: () => opts.renderMs ?? 30_000, faults });
  const store = new MemoryLines();
  const logs: LogRecord[] = [];
  const deps = testDeps(new AtlasClient({ baseUrl: sim.url, apiKey: 'k-secret-1', transport: undiciTransport }), clock, mkdtempSync(join(tmpdir(), 'vprompt-out-')), {
    journal: new Journal(store),
    log: (r) => logs.push(r),
    maxWaitMs: opts.maxWaitMs ?? 600_000,
  });
  return { sim, deps, store, logs, clock };
}

test('happy path: one submit, completed, clip downloaded, all three log stages', async () => {
  const { sim, deps, logs, store } = await harness();
  try {
    const r = await runJob(spec(), deps);
    assert.equal(r.status, 'completed');
    assert.equal(sim.stats.submits, 1);
    assert.match(r.predictionId ?? '', /^pred_/);
    assert.equal(r.outputs.length, 1);
    assert.ok(existsSync(r.outputs[0]));
    assert.equal(r.predictTime, 30);
    assert.deepEqual([...new Set(logs.map((l) => l.stage))], ['request', 'response', 'completion']);
    assert.ok(!JSON.stringify(logs).includes('a fox in the snow'), 'logs carry the prompt hash, never the prompt');
    assert.ok(!store.text.includes('k-secret-1') && !JSON.stringify(logs).includes('k-secret-1'));
    assert.equal(sim.stats.authOnDownloads, 0, 'no Authorization header to the output host');
  } finally {
    await sim.close();
  }
});

const cases: Array<{ name: string; faults: FaultRule[]; submits: number; created: number; status: string; category?: string; message?: RegExp }> = [
  { name: '429 twice then accepted', faults: [{ kind: '429', times: 2 }], submits: 3, created: 1, status: 'completed' },
  { name: '503 window then accepted', faults: [{ kind: '503', times: 2 }], submits: 3, created: 1, status: 'completed' },
  { name: '500 on submit after the job was created', faults: [{ kind: 'submit-500-after-create', times: 1 }], submits: 1, created: 1, status: 'outcome-unknown', category: 'outcome-unknown', message: /Check for it before resubmitting/ },
  { name: '504 on submit after the job was created', faults: [{ kind: 'submit-504-after-create', times: 1 }], submits: 1, created: 1, status: 'outcome-unknown', category: 'outcome-unknown', message: /may still have been created and billed/ },
  { name: 'connection reset after the submit was sent', faults: [{ kind: 'submit-reset-after-create', times: 1 }], submits: 1, created: 1, status: 'outcome-unknown', category: 'outcome-unknown' },
  { name: 'malformed submit answer', faults: [{ kind: 'malformed-submit', times: 1 }], submits: 1, created: 1, status: 'outcome-unknown', category: 'outcome-unknown', message: /could not be read/ },
  { name: '500 on polls', faults: [{ kind: 'poll-500', times: 3 }], submits: 1, created: 1, status: 'completed' },
  { name: 'connection resets on polls', faults: [{ kind: 'poll-reset', times: 2 }], submits: 1, created: 1, status: 'completed' },
  { name: 'malformed poll answers', faults: [{ kind: 'malformed-poll', times: 2 }], submits: 1, created: 1, status: 'completed' },
  { name: 'failed with 1039', faults: [{ kind: 'fail-1039' }], submits: 1, created: 1, status: 'failed', category: 'content-policy', message: /Retrying the same prompt will not help/ },
  { name: 'fewer outputs than asked', faults: [{ kind: 'fewer-outputs' }], submits: 1, created: 1, status: 'failed', category: 'content-policy', message: /safety filter/ },
  { name: 'has_nsfw_contents', faults: [{ kind: 'nsfw' }], submits: 1, created: 1, status: 'failed', category: 'content-policy', message: /has_nsfw_contents/ },
  { name: 'server-side timeout', faults: [{ kind: 'timeout' }], submits: 1, created: 1, status: 'failed', category: 'unavailable', message: /timeout/ },
  { name: 'expired outputs', faults: [{ kind: 'expired' }], submits: 1, created: 1, status: 'failed', category: 'expired', message: /expired/ },
  { name: 'output URL 404', faults: [{ kind: 'output-404' }], submits: 1, created: 1, status: 'failed', category: 'expired', message: /probably expired/ },
];

for (const c of cases) {
  test(`fault: ${c.name}`, async () => {
    const { sim, deps, store } = await harness(c.faults);
    try {
      const r = await runJob(spec(), deps);
      assert.equal(r.status, c.status, JSON.stringify(r.error));
      assert.equal(sim.stats.submits, c.submits, 'submits');
      assert.equal(r.submits, c.submits);
      assert.equal(sim.stats.created, c.created, 'jobs created');
      if (c.category) assert.equal(r.error?.category, c.category);
      if (c.message) assert.match(r.error?.message ?? '', c.message);
      // No prediction id is ever lost: every job the server created is in the journal.
      for (const id of sim.jobs.keys()) {
        const known = store.text.includes(id) || c.status === 'outcome-unknown';
        assert.ok(known, `prediction ${id} missing from the journal`);
      }
      if (c.status === 'outcome-unknown') assert.match(store.text, /"type":"unknown"/);
    } finally {
      await sim.close();
    }
  });
}

test('the API error text of a failed job is kept verbatim', async () => {
  const { sim, deps } = await harness([{ kind: 'fail-1039' }]);
  try {
    const r = await runJob(spec(), deps);
    assert.equal(r.error?.code, 1039);
    assert.match(r.error?.apiError ?? '', /content moderation/);
  } finally {
    await sim.close();
  }
});

test('max wait: the job is kept with its id, and resuming fetches it with no new submit', async () => {
  const { sim, deps, clock } = await harness([], { maxWaitMs: 20_000, renderMs: 60_000 });
  try {
    const r = await runJob(spec(), deps);
    assert.equal(r.status, 'outcome-unknown');
    assert.match(r.error?.message ?? '', /do not resubmit/);
    const id = r.predictionId!;
    assert.ok(id);
    clock.advance(60_000);
    const { resume } = deps.journal.unfinished();
    assert.deepEqual(resume.map((j) => j.predictionId), [id]);
    const back = await resumeJob(resume[0], { ...deps, maxWaitMs: 600_000 }, { outputs: 1 });
    assert.equal(back.status, 'completed');
    assert.equal(sim.stats.submits, 1, 'resume never resubmits');
    assert.equal(readdirSync(join(deps.outDir, 'examples-city', 'Arrival')).length, 1);
  } finally {
    await sim.close();
  }
});

test('cancel while waiting stops locally, says the job keeps rendering, and keeps the id', async () => {
  const { sim, deps } = await harness();
  try {
    const ac = new AbortController();
    const r = await runJob(spec(), deps, ac.signal, (e) => {
      if (e.phase === 'rendering') ac.abort();
    });
    assert.equal(r.status, 'cancelled');
    assert.match(r.error?.message ?? '', /no cancel endpoint/);
    const kept = [...deps.journal.jobs.values()].find((j) => j.predictionId === r.predictionId);
    assert.ok(kept, 'the prediction id stays in the journal');
    assert.equal(kept.status, 'cancelled');
    assert.deepEqual(deps.journal.unfinished().resume.map((j) => j.predictionId), [r.predictionId], 'the next run fetches it');
  } finally {
    await sim.close();
  }
});
