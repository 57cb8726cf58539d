// The render session (src/core/render/renderSession.ts) over the simulator on loopback: takes
// and incremental rendering, several sessions ("processes") sharing one render folder through
// the folder lock, a shared budget, settings changed mid-batch, and a dead owner's job taken
// over without a second submit. Counts are read at the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/engine.js';
import { RenderSession, openRenderSession, type SessionSettings } from '../../src/core/render/renderSession.js';
import type { LintedFile } from '../../src/core/render/session.js';
import { YieldingClock } from '../support/yieldingClock.js';
import { SharedFolder } from '../support/sessionPorts.js';
import { testSimulator } from '../support/sim.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';

const FILE = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
---
# Fox
A red fox with frost on its whiskers trotting across a snowy meadow at dawn, soft golden
backlight, low wide tracking shot, calm mood.

# Owl
A snowy owl gliding between pine trunks in a quiet forest at dusk, blue hour light, slow
dolly shot, serene mood.

# Hare
A brown hare sitting up in tall grass at a field edge in the morning, warm side light,
static close-up, curious mood.
`;

function linted(text = FILE): LintedFile {
  const { doc, diagnostics } = lintText(text);
  return { key: 'shots/demo.vprompt', path: '/nonexistent/shots/demo.vprompt', doc, diagnostics };
}


async function setup(o: { apiKeys?: string[] } = {}) {
  const clock = new YieldingClock();
  const sim = await testSimulator({ clock, renderMs: () => 30_000, apiKeys: o.apiKeys });
  const folder = new SharedFolder();
  const open = (over: Partial<SessionSettings> = {}) => RenderSession.create(folder.settings(sim.url, over), folder.ports(clock));
  return { clock, sim, folder, open };
}

const draft = { kind: 'draft' as const, lintHint: 'x' };

test('rendering an unchanged shot again is up to date (no charge); --new-take renders another take', async () => {
  const { sim, open } = await setup();
  const s = await open();
  const statuses: string[] = [];
  s.onEvent((e) => e.type === 'job' && statuses.push(e.view.status));
  try {
    const f = linted();
    const first = await s.render(f, [f.doc.shots[0]], draft);
    const [o1] = await first.done;
    assert.equal(o1.status, 'completed');
    // Its intent is journaled (in the lock) just before the queue starts it: shown queued, never as interrupted.
    assert.equal(statuses[0], 'queued');
    assert.ok(!statuses.includes('outcome-unknown'), statuses.join(' → '));
    assert.equal(sim.stats.submits, 1);

    const again = await s.render(f, [f.doc.shots[0]], draft);
    assert.equal(again.upToDate, 1);
    assert.equal(again.items[0].kind, 'up-to-date');
    const [o2] = await again.done;
    assert.equal(o2.status, 'completed');
    assert.equal(o2.reused, 'up-to-date');
    assert.deepEqual(o2.outputs, o1.outputs, 'the same clip, from the journal');
    assert.equal(sim.stats.submits, 1, 'nothing sent for an up-to-date shot');

    const another = await s.render(f, [f.doc.shots[0]], { ...draft, newTake: true });
    assert.equal(another.items[0].kind, 'started');
    const [o3] = await another.done;
    assert.equal(o3.status, 'completed');
    assert.notEqual(o3.predictionId, o1.predictionId);
    assert.equal(sim.stats.submits, 2);
    const takes = s.takes(f.key, f.doc.shots[0].id);
    assert.equal(takes.length, 2);
    assert.notEqual(takes[0].intent.body.seed, takes[1].intent.body.seed, 'without a seed in the shot, every take gets its own');
    assert.equal(takes[0].intent.requestHash, takes[1].intent.requestHash, 'the same request, as the shot asks for it');
  } finally {
    await s.close();
    await sim.close();
  }
});

test('Render All after editing one shot of three submits only that shot and says the others are up to date', async () => {
  const { sim, open } = await setup();
  const s = await open();
  try {
    const f = linted();
    await (await s.render(f, f.doc.shots, draft)).done;
    assert.equal(sim.stats.submits, 3);
    const edited = linted(FILE.replace('curious mood', 'alert mood'));
    const batch = await s.render(edited, edited.doc.shots, draft);
    assert.deepEqual(
      batch.items.map((i) => i.kind),
      ['up-to-date', 'up-to-date', 'started'],
    );
    assert.equal(batch.upToDate, 2);
    const outcomes = await batch.done;
    assert.ok(outcomes.every((o) => o.status === 'completed'));
    assert.equal(sim.stats.submits, 4, 'one new paid job, not three');
    const summary = s.summary(f.key, 'Hare', () => undefined);
    assert.equal(summary.takes, 2);
  } finally {
    await s.close();
    await sim.close();
  }
});

test('two sessions on one folder render the same shots at once: one job each, both see the same clip', async () => {
  const { sim, open } = await setup();
  const a = await open();
  const b = await open();
  try {
    const f = linted();
    const [ba, bb] = await Promise.all([a.render(f, f.doc.shots.slice(0, 2), draft), b.render(f, f.doc.shots.slice(0, 2), draft)]);
    const [oa, ob] = await Promise.all([ba.done, bb.done]);
    assert.equal(sim.stats.submits, 2, 'one submit per shot across both processes');
    assert.equal(sim.stats.created, 2);
    for (let i = 0; i < 2; i++) {
      assert.equal(oa[i].status, 'completed');
      assert.equal(ob[i].status, 'completed');
      assert.equal(oa[i].predictionId, ob[i].predictionId, 'the same prediction');
      assert.deepEqual(oa[i].outputs, ob[i].outputs, 'one download, the same files');
    }
    const kinds = [...ba.items, ...bb.items].map((i) => i.kind).sort();
    assert.deepEqual(kinds, ['attached', 'attached', 'started', 'started']);
    assert.equal(sim.stats.downloads, 2, 'each clip downloaded once');
  } finally {
    await a.close();
    await b.close();
    await sim.close();
  }
});

test('a shared daily budget that fits one render: two sessions rendering different shots create one job', async () => {
  const { sim, open } = await setup();
  const f = linted();
  // Draft of a 5 s 720p Seedance Fast shot: the catalog's estimate, whatever it is.
  const probe = await open();
  const est = (await probe.render(f, [f.doc.shots[0]], draft)).items[0];
  const estimate = (await est.done).estimatedCostUsd!;
  await probe.close();
  const before = sim.stats.submits;
  const a = await open({ budgetUsdPerDay: estimate * 2.5 });
  const b = await open({ budgetUsdPerDay: estimate * 2.5 });
  try {
    // The probe's render already counts towards today: 2.5 estimates leave room for one more.
    const [ra, rb] = await Promise.all([a.render(f, [f.doc.shots[1]], draft), b.render(f, [f.doc.shots[2]], draft)]);
    const outcomes = [...(await ra.done), ...(await rb.done)];
    assert.equal(sim.stats.submits - before, 1, 'only one of the two fits the budget');
    const refused = outcomes.filter((o) => o.status === 'not-submitted');
    assert.equal(refused.length, 1);
    assert.equal(refused[0].error?.code, 'budget');
    assert.match(refused[0].error!.message, /budget/);
  } finally {
    await a.close();
    await b.close();
    await sim.close();
  }
});

test('settings changed mid-batch reconfigure the one session in place: the new key is used, nothing is sent twice', async () => {
  const { sim, folder, clock } = await setup({ apiKeys: ['k-one', 'k-two'] });
  // Which key each API request carried, in order.
  const keys: string[] = [];
  const ports = folder.ports(clock, {
    transport: (req) => {
      keys.push(req.headers.authorization ?? '');
      return undiciTransport(req);
    },
  });
  const s = await openRenderSession(folder.settings(sim.url), ports);
  try {
    const f = linted();
    const batch = await s.render(f, f.doc.shots, draft);
    // A settings change while the batch runs: same folder, new key, max wait and limits.
    const same = await openRenderSession(folder.settings(sim.url, { apiKey: 'k-two', maxWaitSeconds: 1200, limits: { 'bytedance/seedance-2.0-fast/text-to-video': { concurrency: 1 } } }), ports);
    assert.equal(same, s, 'no second owner of the folder in this process');
    const changedAt = keys.length;
    const outcomes = await batch.done;
    assert.ok(outcomes.every((o) => o.status === 'completed'), JSON.stringify(outcomes.map((o) => o.error)));
    assert.equal(sim.stats.submits, 3);
    assert.equal(s.current.apiKey, 'k-two');
    assert.ok(keys.length > changedAt, 'requests were made after the change');
    assert.deepEqual(new Set(keys.slice(changedAt)), new Set(['Bearer k-two']), 'every request after the change used the new key, without a reload');
    assert.equal(s.queue.deps.maxWaitMs, 1_200_000);
    // No job is both sent and offered as safe to retry.
    for (const v of s.queue.views()) assert.equal(v.retrySafe, false, `${v.shot} ${v.status}`);
    const again = await s.render(f, [f.doc.shots[0]], { ...draft, newTake: true });
    assert.equal((await again.done)[0].status, 'completed');
  } finally {
    await s.close();
    await sim.close();
  }
});

test('a session whose owner died: the attached session takes the job over by its prediction id, never resubmitting', async () => {
  const { sim, folder, clock } = await setup();
  const a = await RenderSession.create(folder.settings(sim.url), folder.ports(clock));
  const b = await RenderSession.create(folder.settings(sim.url), folder.ports(clock));
  try {
    const f = linted();
    clock.t += 0;
    const ra = await a.render(f, [f.doc.shots[0]], draft);
    const key = ra.items[0].key!;
    // Wait until A has the prediction id in the journal, then "kill" A: it stops following.
    while (!a.journal.jobs.get(key)?.predictionId) await new Promise((r) => setImmediate(r));
    a.cancel(key);
    await ra.done;
    folder.dead.add(a.lock.owner);
    const rb = await b.render(f, [f.doc.shots[0]], draft);
    assert.equal(rb.items[0].kind, 'attached');
    const [ob] = await rb.done;
    assert.equal(ob.status, 'completed');
    assert.equal(sim.stats.submits, 1, 'the job was followed, not sent again');
    assert.equal(b.journal.jobs.get(key)?.owner, b.lock.owner);
  } finally {
    await a.close();
    await b.close();
    await sim.close();
  }
});

test('picking a take stars it and unpicks the shot’s other takes', async () => {
  const { sim, open } = await setup();
  const s = await open();
  try {
    const f = linted();
    await (await s.render(f, [f.doc.shots[0]], draft)).done;
    await (await s.render(f, [f.doc.shots[0]], { ...draft, newTake: true })).done;
    const [t1, t2] = s.takes(f.key, 'Fox');
    await s.pick(t1.intent.key);
    await s.pick(t2.intent.key);
    const [u1, u2] = s.takes(f.key, 'Fox');
    assert.equal(u1.picked, false);
    assert.equal(u2.picked, true);
    assert.equal(s.summary(f.key, 'Fox', () => undefined).picked, t2.intent.key);
  } finally {
    await s.close();
    await sim.close();
  }
});
