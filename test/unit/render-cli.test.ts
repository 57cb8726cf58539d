// `vprompt render` as a user runs it, against the simulator as a real server on 127.0.0.1,
// including crashes: the CLI process is killed mid-render and run again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, watch, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDefaultSimulator } from '../../src/sim/defaults.js';
import type { FaultRule } from '../../src/sim/faults.js';
import { ManualClock } from '../support/sim.js';

const MAIN = resolve('src/cli/main.ts');
// The child runs in a temp folder, so point --import at this repo's tsx explicitly.
const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const SHOT = '---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 4\nresolution: 480p\n---\n# Fox\nA red fox trots across a snowy field at dawn, wide tracking shot, serene.\n';

function cli(args: string[], cwd: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((r) => child.on('close', (code) => r({ code, out, err })));
}

/** Resolves when the journal contains `needle` (fs.watch on its folder, no polling sleeps). */
function journalHas(dir: string, needle: string): Promise<void> {
  const file = join(dir, 'journal.jsonl');
  mkdirSync(dir, { recursive: true });
  return new Promise((resolveDone) => {
    const check = () => existsSync(file) && readFileSync(file, 'utf8').includes(needle);
    if (check()) return resolveDone();
    const w = watch(dir, () => {
      if (check()) {
        w.close();
        resolveDone();
      }
    });
  });
}

async function setup(faults: FaultRule[] = []) {
  const clock = new ManualClock(Date.now());
  const sim = await startDefaultSimulator({ clock, renderMs: () => 30_000, faults });
  const cwd = mkdtempSync(join(tmpdir(), 'vprompt-render-'));
  writeFileSync(join(cwd, 'fox.vprompt'), SHOT);
  const env = { ATLASCLOUD_API_KEY: 'test-key-123', VPROMPT_API_BASE: sim.url };
  return { sim, clock, cwd, env, state: join(cwd, 'renders', '.vprompt') };
}

test('killed while the job renders: the next run resumes it, with no second submit', { timeout: 60_000 }, async () => {
  const { sim, clock, cwd, env, state } = await setup();
  try {
    const first = cli(['render', 'fox.vprompt', '--format', 'json'], cwd, env);
    const firstDone = finished(first);
    await journalHas(state, '"type":"submitted"');
    first.kill('SIGKILL');
    await firstDone;
    assert.equal(sim.stats.submits, 1);
    clock.advance(60_000); // the job finishes on the server while nobody is watching
    const second = await finished(cli(['render', 'fox.vprompt', '--format', 'json'], cwd, env));
    assert.equal(second.code, 0, second.err);
    assert.match(second.err, /Resuming Fox \(pred_\w+\) from an earlier run/);
    const { jobs } = JSON.parse(second.out);
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0].status, 'completed');
    assert.ok(existsSync(jobs[0].outputs[0]));
    assert.equal(sim.stats.submits, 1, 'no duplicate submit');
    assert.equal(sim.stats.created, 1);
  } finally {
    await sim.close();
  }
});

test('killed between sending the submit and its answer: reported outcome-unknown, never resubmitted', { timeout: 60_000 }, async () => {
  const { sim, cwd, env, state } = await setup([{ kind: 'slow', delayMs: 3000, times: 1 }]);
  try {
    const submitted = once(sim.events, 'submit'); // listen before the child can send it
    const first = cli(['render', 'fox.vprompt'], cwd, env);
    const firstDone = finished(first);
    await journalHas(state, '"type":"intent"');
    await submitted;
    // The submit reached the server, which holds its answer: kill now.
    first.kill('SIGKILL');
    await firstDone;
    const second = await finished(cli(['render', 'fox.vprompt', '--format', 'json'], cwd, env));
    assert.equal(second.code, 1);
    const { jobs } = JSON.parse(second.out);
    assert.equal(jobs[0].status, 'outcome-unknown');
    assert.match(jobs[0].error.message, /Check your Atlas dashboard before rendering this shot again/);
    assert.equal(sim.stats.submits, 1, 'the interrupted submit is not repeated');
    assert.ok(!readFileSync(join(state, 'journal.jsonl'), 'utf8').includes('test-key-123'), 'the key is never journaled');
    // Later runs keep refusing until the user says they checked: never a silent second render.
    const third = await finished(cli(['render', 'fox.vprompt', '--format', 'json'], cwd, env));
    assert.equal(third.code, 1);
    const refused = JSON.parse(third.out).jobs[0];
    assert.deepEqual([refused.status, refused.error.category], ['not-submitted', 'outcome-unknown']);
    assert.match(refused.error.message, /Check your Atlas dashboard; if it is not there, pass --resubmit-unknown/);
    assert.equal(sim.stats.submits, 1);
    // (The simulator's clock stands still, so this render is still going when --max-wait ends.)
    const fourth = await finished(cli(['render', 'fox.vprompt', '--resubmit-unknown', '--max-wait', '2'], cwd, env));
    assert.doesNotMatch(fourth.out, /resubmit-unknown/);
    assert.equal(sim.stats.submits, 2, 'sent again once the user asked');
  } finally {
    await sim.close();
  }
});

test('without a key or API base it renders on the built-in simulator and says so; bad usage exits 2', { timeout: 60_000 }, async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'vprompt-render-'));
  writeFileSync(join(cwd, 'fox.vprompt'), SHOT + '\n# Second\nA grey heron lifts off a misty lake at sunrise, slow pan, calm.\n');
  const env = { ATLASCLOUD_API_KEY: '', VPROMPT_API_BASE: '' };
  const noShot = await finished(cli(['render', 'fox.vprompt'], cwd, env));
  assert.equal(noShot.code, 2);
  assert.match(noShot.err, /name one with --shot NAME or render them all with --all/);
  const bad = await finished(cli(['render', 'fox.vprompt', '--shot', 'Nope'], cwd, env));
  assert.equal(bad.code, 2);
  assert.match(bad.err, /no shot named "Nope"\. Shots: "Fox", "Second"/);
  const r = await finished(cli(['render', 'fox.vprompt', '--shot', 'Fox', '--format', 'json', '--max-wait', '60'], cwd, env));
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /rendering on the built-in simulator/);
  const job = JSON.parse(r.out).jobs[0];
  assert.equal(job.model, 'bytedance/seedance-2.0-fast/text-to-video');
  assert.equal(job.tier, 'fast');
  assert.equal(job.estimatedCostUsd, 0.324);
  assert.ok(job.predictTime > 0);
});
