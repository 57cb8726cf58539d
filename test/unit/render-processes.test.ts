// Two real `vprompt render` processes on one render folder against the simulator, counting
// what reached the server: the same shots rendered at once are one job each (the second
// process follows the first's job or finds it up to date), a shared budget that fits one
// render lets one through, and a folder lock left by a killed process does not block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDefaultSimulator } from '../../src/sim/defaults.js';
import { ManualClock } from '../support/sim.js';
import { cli, finished, type Run } from '../support/cliProcess.js';

const FILE = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 4
resolution: 480p
---
# Fox
A red fox trots across a snowy field at dawn, wide tracking shot, serene.

# Owl
A snowy owl glides between pine trunks at dusk, blue light, slow dolly shot, calm.
`;

const render = (cwd: string, env: Record<string, string>, args: string[]): Promise<Run> =>
  finished(cli(['render', 'shots.vprompt', '--format', 'json', '--max-wait', '60', ...args], cwd, env));

interface JobJson {
  shot: string;
  status: string;
  predictionId: string | null;
  outputs: string[];
  reused: string | null;
  error: { code: string | null; message: string } | null;
}
const jobs = (r: Run): JobJson[] => JSON.parse(r.out).jobs;

/** A simulator whose jobs finish the moment they are created; a project folder with two shots. */
async function setup() {
  const clock = new ManualClock(Date.now());
  const sim = await startDefaultSimulator({ clock, renderMs: () => 30_000 });
  sim.events.on('created', () => clock.advance(60_000));
  const cwd = mkdtempSync(join(tmpdir(), 'vprompt-procs-'));
  writeFileSync(join(cwd, 'shots.vprompt'), FILE);
  return { sim, cwd, env: { ATLASCLOUD_API_KEY: 'test-key-123', VPROMPT_API_BASE: sim.url } };
}

test('two processes render the same shots at once: one job per shot at the server, both report the same clips', { timeout: 120_000 }, async () => {
  const { sim, cwd, env } = await setup();
  try {
    const [a, b] = await Promise.all([render(cwd, env, ['--all']), render(cwd, env, ['--all'])]);
    assert.equal(a.code, 0, a.err);
    assert.equal(b.code, 0, b.err);
    assert.equal(sim.stats.created, 2, `one job per shot, not ${sim.stats.created}`);
    assert.equal(sim.stats.submits, 2);
    for (const shot of ['Fox', 'Owl']) {
      const ja = jobs(a).find((j) => j.shot === shot)!;
      const jb = jobs(b).find((j) => j.shot === shot)!;
      assert.equal(ja.status, 'completed');
      assert.equal(jb.status, 'completed');
      assert.equal(ja.predictionId, jb.predictionId, `${shot}: the same prediction in both`);
      assert.deepEqual(ja.outputs, jb.outputs, `${shot}: the same clip file`);
      // Exactly one of the two sent it; the other followed it or found it done.
      assert.equal([ja.reused, jb.reused].filter((r) => r === null).length, 1, `${shot}: reused ${ja.reused} / ${jb.reused}`);
    }
    assert.equal(sim.stats.downloads, 2, 'each clip downloaded once');
    // Run again: everything is up to date, nothing is sent.
    const c = await render(cwd, env, ['--all']);
    assert.equal(c.code, 0, c.err);
    assert.match(c.err, /2 shots up to date \(no charge\)/);
    assert.deepEqual(jobs(c).map((j) => j.reused), ['up-to-date', 'up-to-date']);
    assert.equal(sim.stats.submits, 2);
  } finally {
    await sim.close();
  }
});

test('a shared budget that fits one render: two processes rendering different shots create one job', { timeout: 120_000 }, async () => {
  const { sim, cwd, env } = await setup();
  try {
    // A 4 s 480p Seedance Fast draft is estimated well under $0.50; two are not.
    const budget = ['--budget', '0.5'];
    const [a, b] = await Promise.all([render(cwd, env, ['--shot', 'Fox', ...budget]), render(cwd, env, ['--shot', 'Owl', ...budget])]);
    assert.equal(sim.stats.created, 1, `one job within the budget, not ${sim.stats.created}`);
    const all = [...jobs(a), ...jobs(b)];
    assert.deepEqual(all.map((j) => j.status).sort(), ['completed', 'not-submitted']);
    const refused = all.find((j) => j.status === 'not-submitted')!;
    assert.equal(refused.error?.code, 'budget');
    assert.match(refused.error!.message, /past the \$0\.50 budget/);
    assert.deepEqual([a.code, b.code].sort(), [0, 1]);
  } finally {
    await sim.close();
  }
});

test('a folder lock left by a killed process is taken over once stale; the render goes through', { timeout: 120_000 }, async () => {
  const { sim, cwd, env } = await setup();
  try {
    // What a process killed inside the lock leaves: the lock directory, its mtime no longer refreshed.
    const state = join(cwd, 'renders', '.vprompt');
    mkdirSync(join(state, 'folder.lock'), { recursive: true });
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(state, 'folder.lock'), past, past);
    const r = await render(cwd, env, ['--shot', 'Fox']);
    assert.equal(r.code, 0, r.err);
    assert.equal(jobs(r)[0].status, 'completed');
    assert.equal(sim.stats.created, 1);
  } finally {
    await sim.close();
  }
});
