// The fault soak with two owners of one render folder: two sessions ("processes", sharing the
// folder's journal, ledger and lock) render the same 24 shots at once against a simulator that
// faults a quarter of requests. At the server, no request is created twice; every job the
// server created is in the shared journal or was reported outcome-unknown; both sessions end
// with the same outcome for every shot that completed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/engine.js';
import { YieldingClock } from '../support/yieldingClock.js';
import { RenderSession } from '../../src/core/render/renderSession.js';
import type { FaultRule } from '../../src/sim/faults.js';
import { SharedFolder } from '../support/sessionPorts.js';
import { testSimulator } from '../support/sim.js';
import { rng } from '../support/random.js';


const SHOTS = 24;
const SUBJECTS = ['fox', 'owl', 'hare', 'heron', 'otter', 'lynx', 'badger', 'stag'];
const PLACES = ['snowy meadow at dawn', 'pine forest at dusk', 'river bank at noon'];

function file(): string {
  const head = '---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 5\nresolution: 720p\n---\n';
  const shots = Array.from({ length: SHOTS }, (_, i) => {
    const s = SUBJECTS[i % SUBJECTS.length];
    const p = PLACES[i % PLACES.length];
    return `# Shot ${i + 1}\nA ${s} number ${i + 1} walking slowly through a ${p}, soft light, wide tracking shot, calm mood.\n`;
  });
  return head + shots.join('\n');
}

const FAULTS: FaultRule[] = [
  { kind: '429', probability: 0.08 },
  { kind: '503', probability: 0.05 },
  { kind: 'submit-504-after-create', probability: 0.04 },
  { kind: 'submit-reset-after-create', probability: 0.03 },
  { kind: 'poll-500', probability: 0.08 },
  { kind: 'poll-reset', probability: 0.04 },
  { kind: 'malformed-poll', probability: 0.03 },
  { kind: 'fail-1039', probability: 0.04 },
  { kind: 'output-404', probability: 0.03 },
];

test('two sessions on one folder under faults: no request created twice, every created job accounted for', { timeout: 120_000 }, async () => {
  const clock = new YieldingClock();
  const random = rng(20_261_201);
  const sim = await testSimulator({ clock, renderMs: () => 20_000, faults: FAULTS, random });
  const folder = new SharedFolder();
  const open = () => RenderSession.create(folder.settings(sim.url, { maxWaitSeconds: 600 }), folder.ports(clock, { random }));
  const a = await open();
  const b = await open();
  try {
    const { doc, diagnostics } = lintText(file());
    assert.equal(diagnostics.filter((d) => d.severity === 'error').length, 0);
    const f = { key: 'soak.vprompt', path: '/nonexistent/soak.vprompt', doc, diagnostics };
    const draft = { kind: 'draft' as const, lintHint: 'x' };
    const [ba, bb] = await Promise.all([a.render(f, doc.shots, draft), b.render(f, doc.shots, draft)]);
    const [oa, ob] = await Promise.all([ba.done, bb.done]);

    // At the server: each shot's prompt was created at most once.
    const created = new Map<string, number>();
    for (const job of sim.jobs.values()) created.set(String(job.body.prompt), (created.get(String(job.body.prompt)) ?? 0) + 1);
    const twice = [...created].filter(([, n]) => n > 1);
    assert.deepEqual(twice, [], 'no request created twice across the two sessions');
    assert.ok(created.size <= SHOTS);

    // Every created job is journaled with its id, or its shot was reported outcome-unknown.
    a.journal.refresh();
    const journaledIds = new Set([...a.journal.jobs.values()].map((r) => r.predictionId).filter(Boolean));
    const unknownShots = new Set([...oa, ...ob].filter((o) => o.status === 'outcome-unknown').map((o) => o.shot));
    for (const job of sim.jobs.values()) {
      const shot = doc.shots.find((s) => String(job.body.prompt).includes(s.segments[0].text.slice(0, 30)))?.name;
      assert.ok(journaledIds.has(job.id) || (shot && unknownShots.has(shot)), `server job ${job.id} (${shot}) is neither journaled nor reported outcome-unknown`);
    }
    // Faults really happened, and the two sessions agree on every completed shot.
    const faults = Object.values(sim.stats.faults).reduce((n, v) => n + (v ?? 0), 0);
    assert.ok(faults >= 10, `only ${faults} faults fired`);
    for (let i = 0; i < SHOTS; i++) {
      if (oa[i].status === 'completed' && ob[i].status === 'completed') {
        assert.equal(oa[i].predictionId, ob[i].predictionId, `${oa[i].shot}: one prediction for both`);
        assert.deepEqual(oa[i].outputs, ob[i].outputs);
      }
    }
    assert.ok([...oa, ...ob].filter((o) => o.status === 'completed').length >= SHOTS, 'most shots completed in both');
  } finally {
    await a.close();
    await b.close();
    await sim.close();
  }
});
