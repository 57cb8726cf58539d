// `vprompt render` killed (SIGKILL, a real child process) at each point of a render, then run
// again against the same simulator: nothing lost (every job the server created is in the
// journal or reported outcome-unknown), nothing submitted twice, no partial clip kept.
// The child kills itself at an exact point via VPROMPT_TEST_CRASH_AT (src/core/render/crashPoints.ts),
// so no test depends on timing. `--max-wait 2` only shortens the poll schedule (one poll at
// 2 s instead of the first at 5 s); the server's clock is advanced on its 'created' event.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDefaultSimulator } from '../../src/sim/defaults.js';
import { FileJournalStore } from '../../src/node/fileStores.js';
import { Journal, replay } from '../../src/core/render/journal.js';
import { ManualClock } from '../support/sim.js';
import { MemoryLines } from '../support/memoryStore.js';
import { cli, finished, type Run } from '../support/cliProcess.js';

const SHOT = '---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 4\nresolution: 480p\n---\n# Fox\nA red fox trots across a snowy field at dawn, wide tracking shot, serene.\n';


const render = (cwd: string, env: Record<string, string>, crashAt = '') =>
  finished(cli(['render', 'fox.vprompt', '--format', 'json', '--max-wait', '2'], cwd, { ...env, VPROMPT_TEST_CRASH_AT: crashAt }));

/** A simulator whose jobs either finish the moment they are created or keep rendering. */
async function setup(finishAtOnce: boolean) {
  const clock = new ManualClock(Date.now());
  const sim = await startDefaultSimulator({ clock, renderMs: () => 30_000 });
  if (finishAtOnce) sim.events.on('created', () => clock.advance(60_000));
  const cwd = mkdtempSync(join(tmpdir(), 'vprompt-crash-'));
  writeFileSync(join(cwd, 'fox.vprompt'), SHOT);
  const env = { ATLASCLOUD_API_KEY: 'test-key-123', VPROMPT_API_BASE: sim.url };
  const state = join(cwd, 'renders', '.vprompt');
  return { sim, clock, cwd, env, journalPath: join(state, 'journal.jsonl'), clipDir: join(cwd, 'renders', 'fox', 'Fox') };
}

type JobJson = { shot: string; status: string; predictionId: string | null; outputs: string[]; error: { category: string; message: string } | null };
const jobsOf = (r: Run): JobJson[] => JSON.parse(r.out).jobs;

/** Every prediction the server created is in the journal, or its shot was reported outcome-unknown. */
function assertNothingLost(sim: Awaited<ReturnType<typeof setup>>['sim'], journalText: string, jobs: JobJson[]): void {
  for (const id of sim.jobs.keys()) {
    const reported = jobs.some((j) => j.status === 'outcome-unknown' && j.shot === 'Fox');
    assert.ok(journalText.includes(id) || reported, `prediction ${id} is neither journaled nor reported outcome-unknown`);
  }
}

function assertKilled(r: Run): void {
  assert.equal(r.signal, 'SIGKILL', `the child should have killed itself; exit ${r.code}, stderr: ${r.err}`);
}

// Independent runs (own simulator, own folder): run them side by side.
describe('vprompt render killed mid-batch and run again', { concurrency: true }, () => {
  test('before submit (intent journaled, nothing sent): the next run knows nothing was sent and renders it once', { timeout: 60_000 }, async () => {
    const { sim, cwd, env, journalPath } = await setup(true);
    try {
      assertKilled(await render(cwd, env, 'before-submit'));
      assert.equal(sim.stats.submits, 0, 'killed before any HTTP submit');
      const journal = readFileSync(journalPath, 'utf8');
      assert.match(journal, /"type":"intent"/);
      assert.doesNotMatch(journal, /"type":"sending"/);

      const second = await render(cwd, env);
      assert.equal(second.code, 0, second.err);
      assert.match(second.err, /"Fox": an earlier run stopped before sending it; nothing was submitted or billed\./);
      const jobs = jobsOf(second);
      assert.deepEqual(jobs.map((j) => j.status), ['completed']);
      assert.equal(sim.stats.submits, 1, 'exactly one submit over both runs');
      assert.equal(sim.stats.created, 1);
      assertNothingLost(sim, readFileSync(journalPath, 'utf8'), jobs);
      // The abandoned intent is closed, so a later run does not report it again.
      const closed = [...replay(readFileSync(journalPath, 'utf8')).jobs.values()].filter((j) => j.state === 'submit-failed');
      assert.equal(closed.length, 1);
      assert.match(closed[0].error!.message, /nothing was submitted or billed/);
    } finally {
      await sim.close();
    }
  });

  test('after the submit was sent and answered but before the id was journaled: outcome-unknown, never resubmitted', { timeout: 60_000 }, async () => {
    const { sim, cwd, env, journalPath } = await setup(true);
    try {
      assertKilled(await render(cwd, env, 'after-submit-sent'));
      assert.equal(sim.stats.created, 1, 'the server created the job');
      const [id] = sim.jobs.keys();
      assert.ok(!readFileSync(journalPath, 'utf8').includes(id), 'the worst case: the id never reached the journal');
      assert.match(readFileSync(journalPath, 'utf8'), /"type":"sending"/);

      const second = await render(cwd, env);
      assert.equal(second.code, 1);
      const jobs = jobsOf(second);
      assert.equal(jobs.length, 1);
      assert.equal(jobs[0].status, 'outcome-unknown');
      assert.match(jobs[0].error!.message, /Check your Atlas dashboard before rendering this shot again/);
      assert.equal(sim.stats.submits, 1, 'the interrupted submit is not repeated');
      assertNothingLost(sim, readFileSync(journalPath, 'utf8'), jobs);
    } finally {
      await sim.close();
    }
  });

  test('while polling: the next run resumes the job by its journaled id, with no second submit', { timeout: 60_000 }, async () => {
    const { sim, clock, cwd, env, journalPath } = await setup(false);
    try {
      assertKilled(await render(cwd, env, 'polling'));
      assert.equal(sim.stats.submits, 1);
      assert.ok(sim.stats.polls >= 1, 'killed after a poll');
      const [id] = sim.jobs.keys();
      assert.match(readFileSync(journalPath, 'utf8'), new RegExp(`"type":"submitted"[^\\n]*"predictionId":"${id}"`));

      clock.advance(60_000); // the job finishes on the server while nobody is watching
      const second = await render(cwd, env);
      assert.equal(second.code, 0, second.err);
      assert.match(second.err, new RegExp(`Resuming Fox \\(${id}\\) from an earlier run`));
      const jobs = jobsOf(second);
      assert.deepEqual(jobs.map((j) => [j.status, j.predictionId]), [['completed', id]]);
      assert.ok(existsSync(jobs[0].outputs[0]));
      assert.equal(sim.stats.submits, 1, 'no duplicate submit');
      assertNothingLost(sim, readFileSync(journalPath, 'utf8'), jobs);
    } finally {
      await sim.close();
    }
  });

  test('while downloading: the truncated .part is never reported as a clip; the next run downloads it again', { timeout: 60_000 }, async () => {
    const { sim, cwd, env, journalPath, clipDir } = await setup(true);
    try {
      assertKilled(await render(cwd, env, 'downloading'));
      const [id] = sim.jobs.keys();
      const part = join(clipDir, `${id}-0.mp4.part`);
      assert.ok(existsSync(part), 'the crash left a partial download');
      assert.deepEqual(readdirSync(clipDir).filter((f) => f.endsWith('.mp4')), [], 'no finished-looking clip');
      const partBytes = statSync(part).size;
      assert.match(readFileSync(journalPath, 'utf8'), /"type":"finished"[^\n]*"status":"completed"/);
      assert.equal(sim.stats.downloads, 1);

      const second = await render(cwd, env);
      assert.equal(second.code, 0, second.err);
      assert.match(second.err, new RegExp(`Fetching the clips of Fox \\(${id}\\): it finished in an earlier run but they were not saved`));
      const jobs = jobsOf(second);
      assert.deepEqual(jobs.map((j) => [j.status, j.predictionId]), [['completed', id]]);
      assert.equal(sim.stats.downloads, 2, 'the download was redone');
      assert.equal(sim.stats.submits, 1, 'and nothing was submitted again');
      // The saved clip is the whole file, byte for byte; the .part is gone.
      const served = new Uint8Array(await (await fetch(`${sim.url}/outputs/${id}/0.mp4`)).arrayBuffer());
      const saved = readFileSync(jobs[0].outputs[0]);
      assert.ok(partBytes < served.length, 'the .part really was truncated');
      assert.equal(saved.length, served.length);
      assert.ok(Buffer.from(served).equals(saved));
      assert.deepEqual(readdirSync(clipDir), [`${id}-0.mp4`]);
      assertNothingLost(sim, readFileSync(journalPath, 'utf8'), jobs);
      const rec = replay(readFileSync(journalPath, 'utf8')).jobs;
      assert.deepEqual([...rec.values()].map((j) => j.state), ['downloaded']);
    } finally {
      await sim.close();
    }
  });

  test('while downloading, and the output URL expired before the next run: classified expired, nothing kept or resubmitted', { timeout: 60_000 }, async () => {
    const { sim, cwd, env, journalPath, clipDir } = await setup(true);
    try {
      assertKilled(await render(cwd, env, 'downloading'));
      const [id] = sim.jobs.keys();
      sim.faults.add({ kind: 'output-404' }); // the pre-signed URL has expired meanwhile

      const second = await render(cwd, env);
      assert.equal(second.code, 1);
      const jobs = jobsOf(second);
      assert.equal(jobs[0].status, 'failed');
      assert.equal(jobs[0].error!.category, 'expired');
      assert.match(jobs[0].error!.message, new RegExp(`Job ${id} finished in an earlier run, but its output URL answered 404 before the clip was saved: it has expired\\. Render the shot again`));
      assert.deepEqual(jobs[0].outputs, []);
      assert.deepEqual(readdirSync(clipDir), [], 'the stale .part is removed, no clip is invented');
      assert.equal(sim.stats.submits, 1);
      // Expired is final: the journal does not ask the next run to fetch it again.
      const state = replay(readFileSync(journalPath, 'utf8'));
      const job = [...state.jobs.values()][0];
      assert.equal(job.state, 'downloaded');
      assert.equal(job.retryDownload, false);
    } finally {
      await sim.close();
    }
  });

  test('a journal line cut short mid-write: the run names the line, keeps the rest, resumes, and appends cleanly after it', { timeout: 60_000 }, async () => {
    const { sim, clock, cwd, env, journalPath } = await setup(false);
    try {
      assertKilled(await render(cwd, env, 'polling'));
      // Cut the last entry (the poll's status line) in half, newline included, as a torn write would.
      const whole = readFileSync(journalPath, 'utf8');
      const lines = whole.trimEnd().split('\n');
      const torn = lines[lines.length - 1].slice(0, 20);
      writeFileSync(journalPath, [...lines.slice(0, -1), torn].join('\n'));
      const lineNo = lines.length;

      clock.advance(60_000);
      const second = await render(cwd, env);
      assert.equal(second.code, 0, second.err);
      assert.match(second.err, new RegExp(`journal line ${lineNo} is incomplete or damaged and was skipped \\(likely cut short by a crash\\); the rest of the journal is used and rendering continues`));
      assert.match(second.err, /Resuming Fox/);
      assert.deepEqual(jobsOf(second).map((j) => j.status), ['completed']);
      assert.equal(sim.stats.submits, 1);
      // Nothing written after the damage was glued onto it: the torn text is still its own line.
      const after = readFileSync(journalPath, 'utf8');
      assert.equal(after.split('\n')[lineNo - 1], torn);
      const again = replay(after);
      assert.equal(again.problems.length, 1, again.problems.join('; '));
      assert.deepEqual([...again.jobs.values()].map((j) => j.state), ['downloaded']);
    } finally {
      await sim.close();
    }
  });
});

// Two processes on one render folder: one is killed at each point of a render of a shot, and a
// second process renders the same shot — right after, or (last test) at the same time. The
// survivor finishes what can be finished (taking the dead one's job over by its prediction id),
// never sends the shot twice, and reports what it cannot know.
describe('two processes on one folder, one killed mid-render', { concurrency: true }, () => {
  const cases: Array<{ point: string; finishAtOnce: boolean; status: string }> = [
    { point: 'before-submit', finishAtOnce: true, status: 'completed' },
    { point: 'after-submit-sent', finishAtOnce: true, status: 'outcome-unknown' },
    { point: 'polling', finishAtOnce: false, status: 'completed' },
    { point: 'downloading', finishAtOnce: true, status: 'completed' },
  ];
  for (const c of cases) {
    test(`killed at ${c.point}: the other process ends the shot ${c.status}, with one submit in all`, { timeout: 90_000 }, async () => {
      const { sim, clock, cwd, env } = await setup(c.finishAtOnce);
      try {
        assertKilled(await render(cwd, env, c.point));
        if (!c.finishAtOnce) clock.advance(60_000);
        const survivor = await render(cwd, env);
        const jobs = jobsOf(survivor);
        assert.equal(jobs.length, 1, survivor.err);
        assert.equal(jobs[0].status, c.status, survivor.err);
        assert.ok(sim.stats.submits <= 1 && sim.stats.created <= 1, `submits ${sim.stats.submits}, created ${sim.stats.created}`);
        if (c.status === 'completed') assert.equal(sim.stats.created, 1);
      } finally {
        await sim.close();
      }
    });
  }

  test('both running at once, one killed while polling: the survivor attaches and takes the job over without resubmitting', { timeout: 90_000 }, async () => {
    const { sim, clock, cwd, env } = await setup(false);
    try {
      // The victim submits and dies at its first poll; the survivor, started as soon as the
      // job exists, finds it in flight in a live process (or already orphaned) and follows it.
      const victim = render(cwd, env, 'polling');
      await new Promise<void>((r) => sim.events.once('created', () => r()));
      const survivor = render(cwd, env);
      assertKilled(await victim);
      clock.advance(60_000);
      const r = await survivor;
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(jobsOf(r).map((j) => j.status), ['completed']);
      assert.equal(sim.stats.submits, 1, r.err);
      assert.equal(sim.stats.created, 1);
    } finally {
      await sim.close();
    }
  });
});

test('an unknown VPROMPT_TEST_CRASH_AT is refused before anything is sent', { timeout: 60_000 }, async () => {
  const { sim, cwd, env } = await setup(true);
  try {
    const r = await render(cwd, env, 'somewhere');
    assert.equal(r.code, 2);
    assert.match(r.err, /VPROMPT_TEST_CRASH_AT must be one of before-submit, after-submit-sent, polling, downloading/);
    assert.equal(sim.stats.submits, 0);
  } finally {
    await sim.close();
  }
});

// The journal rules behind the runs above, in-process.
const intent = (key: string, sendLogged?: boolean) => ({
  type: 'intent' as const, key, at: 1, file: 'a.vprompt', shot: 'S', model: 'm', tier: 'fast', kind: 'draft' as const, body: { prompt: 'x' }, promptHash: 'h', ...(sendLogged ? { sendLogged } : {}),
});

test('journal: an intent that never reached `sending` is unsent; one that did, or an old-format intent, is unknown', () => {
  const store = new MemoryLines();
  const j = new Journal(store);
  j.write(intent('queued', true));
  j.write(intent('in-flight', true));
  j.write({ type: 'sending', key: 'in-flight', at: 2 });
  j.write(intent('old-format')); // written before `sending` existed: it may have been sent
  const { unsent, unknown } = new Journal(store).unfinished();
  assert.deepEqual(unsent.map((r) => r.intent.key), ['queued']);
  assert.deepEqual(unknown.map((r) => r.intent.key), ['in-flight', 'old-format']);
});

test('journal: finished but unsaved clips are resumed; saved, expired or failed ones are not', () => {
  const store = new MemoryLines();
  const j = new Journal(store);
  const finished = (key: string, status = 'completed', outputs = ['u']) => {
    j.write(intent(key, true));
    j.write({ type: 'sending', key, at: 2 });
    j.write({ type: 'submitted', key, at: 3, predictionId: `pred_${key}` });
    j.write({ type: 'finished', key, at: 4, status, outputs });
  };
  finished('crashed-mid-download');
  finished('disk-full');
  j.write({ type: 'downloaded', key: 'disk-full', at: 5, files: [], warnings: [], retry: true, error: { category: 'unavailable', action: 'wait', retry: 'check-before-resubmit', message: 'Disk full', code: 'disk-full' } });
  finished('saved');
  j.write({ type: 'downloaded', key: 'saved', at: 5, files: ['f.mp4'], warnings: [] });
  finished('expired');
  j.write({ type: 'downloaded', key: 'expired', at: 5, files: [], warnings: [], error: { category: 'expired', action: 'fix-request', retry: 'never', message: 'gone', code: 404 } });
  finished('moderated', 'failed', []);
  assert.deepEqual(new Journal(store).unfinished().resume.map((r) => r.predictionId), ['pred_crashed-mid-download', 'pred_disk-full']);
});

test('journal file: an append after a torn last line starts on a new line, so the new entry survives', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'vprompt-torn-')), 'journal.jsonl');
  const j = new Journal(new FileJournalStore(path));
  j.write(intent('a', true));
  writeFileSync(path, readFileSync(path, 'utf8') + '{"type":"sending","ke'); // torn, no newline
  const after = new Journal(new FileJournalStore(path));
  assert.equal(after.problems.length, 1);
  after.write(intent('b', true));
  const again = new Journal(new FileJournalStore(path));
  assert.equal(again.problems.length, 1, 'still only the torn line');
  assert.deepEqual([...again.jobs.keys()], ['a', 'b']);
});
