// The fault soak (test/support/soak.ts; `npm run soak` prints its table): 200 renders through
// the real pipeline against the simulator on 127.0.0.1, every fault kind, at least 20% of
// requests faulted. Also: the soak's own checks catch the bugs it is there for, and the
// pipeline bug it found stays fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { VirtualClock } from '../../src/core/render/clock.js';
import { resumeJob, runJob } from '../../src/core/render/pipeline.js';
import { FAULT_KINDS } from '../../src/sim/faults.js';
import { testDeps } from '../support/pipelineDeps.js';
import { testSimulator } from '../support/sim.js';
import { formatReport, runSoak, SOAK_JOBS } from '../support/soak.js';

test('fault soak: 200 renders, every fault kind, ≥20% of requests faulted — no duplicate submit, no lost id, every failure in its category', async (t) => {
  const r = await runSoak();
  assert.deepEqual(r.violations, [], formatReport(r));
  assert.equal(r.jobs, SOAK_JOBS);
  assert.equal(r.duplicates, 0);
  assert.equal(r.lostIds, 0);
  assert.ok(r.faultedPct >= 20, `only ${r.faultedPct.toFixed(1)}% of requests were faulted`);
  // Each kind fired a few times and decided (or was absorbed by) a few jobs' outcomes.
  assert.deepEqual(r.kinds.map((k) => k.kind), [...FAULT_KINDS]);
  for (const k of r.kinds) {
    assert.ok(k.fired >= 3, `${k.kind} fired ${k.fired} times`);
    assert.ok(k.shown >= 3, `${k.kind} showed in ${k.shown} outcomes`);
  }
  // The request accounting from the simulator's stats matches what the client sent.
  assert.deepEqual(r.sent, r.requests);
  assert.equal(r.pipelineSubmits, r.simSubmits);
  // Every simulator job is accounted for: journaled with its id, or a known outcome-unknown.
  assert.equal(r.simCreated, r.journaledIds + r.orphansKnownUnknown);
  assert.ok(r.orphansKnownUnknown >= 4, 'the after-create faults left orphans, each journaled as unknown');
  // Both ways of leaving a job unfinished happened, and the restart picked them up.
  assert.ok(r.resumed.maxWait > 0 && r.resumed.cancelled > 0, JSON.stringify(r.resumed));
  t.diagnostic(`${r.requests.total} requests, ${r.faultedPct.toFixed(1)}% faulted; fingerprint ${r.fingerprint}`);
});

test('the soak catches a client that sends a submit again after its answer was lost', async () => {
  const r = await runSoak({ jobs: 40, sabotage: 'resubmit-on-unknown' });
  assert.ok(r.duplicates > 0, 'duplicates counted');
  assert.ok(r.violations.some((v) => /simulator jobs for one pipeline job/.test(v)));
  assert.ok(r.violations.some((v) => /the pipeline counted 1 submits, the simulator received 2/.test(v)));
  assert.ok(r.lostIds > 0, 'the first job of each pair is in no journal');
});

test('the soak catches prediction ids that never reach the journal on disk', async () => {
  const r = await runSoak({ jobs: 40, sabotage: 'drop-prediction-ids' });
  assert.ok(r.lostIds > 0);
  assert.ok(r.violations.some((v) => /was created on the server but its id is not in the journal/.test(v)));
});

// Found by the soak at 5× its fault rate: a job resumed after a restart polls on offsets that
// count from its submit, all long past, so each failed poll was followed by the next at once
// and a short outage used up the whole schedule in no time ("Still rendering after 600 s").
test('a resumed job whose polls fail waits between them, and rides out a short outage', async () => {
  const clock = new VirtualClock();
  const start = clock.now();
  const restartAt = 3600_000;
  const sim = await testSimulator({ clock, renderMs: () => 60_000, faults: [{ kind: '503', fromMs: restartAt, untilMs: restartAt + 45_000 }] });
  const outDir = mkdtempSync(join(tmpdir(), 'vprompt-soak-unit-'));
  try {
    const deps = testDeps(new AtlasClient({ baseUrl: sim.url, apiKey: 'k', transport: undiciTransport }), clock, outDir, { maxWaitMs: 20_000 });
    const model = 'bytedance/seedance-2.0-fast/text-to-video';
    const first = await runJob({ file: 'a.vprompt', shot: 'A', model, tier: 'fast', kind: 'draft', body: { model, prompt: 'a red kite over a hill', duration: 5 }, promptHash: 'h', expect: { outputs: 1 } }, deps);
    assert.equal(first.error?.code, 'max-wait');
    // The next run starts as the API has a 45 s outage.
    clock.t = start + restartAt;
    const [rec] = deps.journal.unfinished().resume;
    const back = await resumeJob(rec, { ...deps, maxWaitMs: 600_000 }, { outputs: 1 });
    assert.equal(back.status, 'completed', back.error?.message);
    assert.ok(clock.now() >= start + restartAt + 45_000, 'it waited for the outage to pass');
    assert.equal(sim.stats.submits, 1);
  } finally {
    await sim.close();
    rmSync(outDir, { recursive: true, force: true });
  }
});
