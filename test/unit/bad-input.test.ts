// Bad input to `vprompt render` and `vprompt lint`: each case gets a clear message, nothing
// is submitted that should not be, and nothing already journaled is lost. Renders go to the
// simulator on 127.0.0.1, whose counters prove what was (not) sent.
import { diskReferenceFiles } from '../../src/node/referenceFiles.js';
import { diskClipFiles } from '../../src/node/clipFiles.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run, workspace as makeWorkspace } from '../support/cli.js';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { VirtualClock } from '../../src/core/render/clock.js';
import type { OpenSink } from '../../src/core/render/download.js';
import { Journal } from '../../src/core/render/journal.js';
import { resumeJob, runJob, type PipelineDeps } from '../../src/core/render/pipeline.js';
import { testSpec } from '../support/pipelineDeps.js';
import { ReferenceUploader } from '../../src/core/render/references.js';
import { RenderTimes } from '../../src/core/render/renderTimes.js';
import { Scheduler } from '../../src/core/render/scheduler.js';
import { viewOfRecord } from '../../src/core/render/session.js';
import { startDefaultSimulator } from '../../src/sim/defaults.js';
import { ManualClock, testSimulator } from '../support/sim.js';
import { MemoryLines } from '../support/memoryStore.js';

// `vprompt render` reads the key from the environment; this file runs in its own process.
process.env.ATLASCLOUD_API_KEY = 'test-key-123';
delete process.env.VPROMPT_API_BASE;
delete process.env.VPROMPT_TEST_CRASH_AT;

const T2V = '---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 4\nresolution: 480p\n---\n# Fox\nA red fox trots across a snowy field at dawn, wide tracking shot, serene.\n';
const withRef = (ref: string) =>
  `---\nmodel: bytedance/seedance-2.0-fast/image-to-video\nduration: 4\nresolution: 480p\nreferences: [${ref}]\n---\n# Fox\nA red fox trots across a snowy field at dawn, wide tracking shot, serene.\n`;

const workspace = (files: Record<string, string>) => makeWorkspace(files, 'vprompt-bad-');

/** A simulator whose jobs finish the moment they are created (its clock jumps on 'created'). */
async function simulator() {
  const clock = new ManualClock(Date.now());
  const sim = await startDefaultSimulator({ clock, renderMs: () => 30_000 });
  sim.events.on('created', () => clock.advance(60_000));
  return sim;
}

const jobsOf = (out: string) => JSON.parse(out).jobs as Array<{ status: string; outputs: string[]; error: { category: string; message: string } | null }>;

// Permission tests need a process that file modes apply to. Root ignores them, so as root the
// CLI runs as `nobody` in a child; when even that is impossible the test is skipped, saying why.
const ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
const dropSkip = (() => {
  if (process.platform === 'win32') return 'file modes do not restrict reads on Windows';
  if (!ROOT) return false;
  const probe = spawnSync(process.execPath, ['-e', ''], { uid: NOBODY, gid: NOBODY });
  return probe.status === 0 ? false : `running as root and cannot start a process as uid ${NOBODY} (${probe.error?.message ?? `exit ${probe.status}`}); chmod does not restrict root`;
})();

/** `vprompt render` in a child process that file permissions apply to (as nobody under root). */
function renderUnprivileged(args: string[], cwd: string, apiBase: string): Promise<{ code: number | null; out: string; err: string }> {
  const tsx = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, resolve('src/cli/main.ts'), 'render', ...args, '--api-base', apiBase], {
    cwd,
    env: { ...process.env, HOME: cwd },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(ROOT ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((r) => child.on('close', (code) => r({ code, out, err })));
}

test('malformed .vpromptrc.json: render refuses with the file, line and problem, exit 2, nothing sent; lint reports it too', async () => {
  const sim = await simulator();
  try {
    const dir = workspace({ '.vpromptrc.json': '{"rules": {"structure/vague": "off",}}', 'fox.vprompt': T2V });
    const r = await run(['render', 'fox.vprompt', '--api-base', sim.url], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /\.vpromptrc\.json:1:\d+: not valid JSON/);
    assert.match(r.err, /fix \.vpromptrc\.json first .*nothing was submitted and earlier jobs stay in the journal/);
    const lint = await run(['lint', '--format', 'json', 'fox.vprompt'], dir);
    assert.equal(lint.code, 1);
    assert.ok(JSON.parse(lint.out).files[0].diagnostics.some((d: { rule: string }) => d.rule === 'config/invalid'));

    // Valid JSON that breaks the schema is refused the same way, with the did-you-mean.
    const typo = workspace({ '.vpromptrc.json': '{"rules": {"structure/vauge": "off"}}', 'fox.vprompt': T2V });
    const t = await run(['render', 'fox.vprompt', '--api-base', sim.url], typo);
    assert.equal(t.code, 2);
    assert.match(t.err, /"structure\/vauge" is not a rule id \(did you mean "structure\/vague"\?\)/);
    assert.equal(sim.stats.submits, 0);
    assert.equal(sim.stats.uploads, 0);
  } finally {
    await sim.close();
  }
});

test('a reference that is a folder, not a file: not submitted, and the message says so', async () => {
  const sim = await simulator();
  try {
    const dir = workspace({ 'fox.vprompt': withRef('refs/x.png') });
    mkdirSync(join(dir, 'refs', 'x.png'), { recursive: true });
    const r = await run(['render', 'fox.vprompt', '--format', 'json', '--api-base', sim.url], dir);
    assert.equal(r.code, 1);
    const [job] = jobsOf(r.out);
    assert.equal(job.status, 'not-submitted');
    assert.match(job.error!.message, /Not submitted: Cannot read reference "refs\/x\.png": it is a folder, not a file\./);
    assert.equal(sim.stats.uploads, 0);
    assert.equal(sim.stats.submits, 0);
  } finally {
    await sim.close();
  }
});

test('an unreadable reference (chmod 000): not submitted, "permission denied"', { skip: dropSkip, timeout: 60_000 }, async () => {
  const sim = await simulator();
  try {
    const dir = workspace({ 'fox.vprompt': withRef('refs/x.png'), 'refs/x.png': 'image bytes' });
    chmodSync(dir, 0o777); // so `nobody` can write renders/ here
    chmodSync(join(dir, 'refs', 'x.png'), 0o000);
    const r = await renderUnprivileged(['fox.vprompt', '--format', 'json'], dir, sim.url);
    assert.equal(r.code, 1, r.err);
    const [job] = jobsOf(r.out);
    assert.equal(job.status, 'not-submitted');
    assert.match(job.error!.message, /Cannot read reference "refs\/x\.png" \(EACCES\): permission denied\./);
    assert.equal(sim.stats.uploads, 0);
    assert.equal(sim.stats.submits, 0);
  } finally {
    await sim.close();
  }
});

test('a reference symlinked out of the project folder is refused unless --allow-outside-refs', { timeout: 60_000 }, async () => {
  const sim = await simulator();
  try {
    const outside = mkdtempSync(join(tmpdir(), 'vprompt-secret-'));
    writeFileSync(join(outside, 'id_rsa'), 'PRIVATE KEY');
    const dir = workspace({ 'fox.vprompt': withRef('refs/x.png') });
    mkdirSync(join(dir, 'refs'));
    symlinkSync(join(outside, 'id_rsa'), join(dir, 'refs', 'x.png'));

    const refused = await run(['render', 'fox.vprompt', '--format', 'json', '--api-base', sim.url], dir);
    assert.equal(refused.code, 1);
    const [job] = jobsOf(refused.out);
    assert.equal(job.status, 'not-submitted');
    assert.match(job.error!.message, /Reference "refs\/x\.png" resolves to .*id_rsa, outside the project folder .*; vprompt does not upload files from outside it\. .*--allow-outside-refs/);
    assert.equal(sim.stats.uploads, 0, 'the file never left the machine');
    assert.equal(sim.stats.submits, 0);

    const allowed = await run(['render', 'fox.vprompt', '--format', 'json', '--max-wait', '2', '--allow-outside-refs', '--api-base', sim.url], dir);
    assert.equal(allowed.code, 0, allowed.err);
    assert.deepEqual(jobsOf(allowed.out).map((j) => j.status), ['completed']);
    assert.equal(sim.stats.uploads, 1);
    assert.equal(sim.stats.submits, 1);
  } finally {
    await sim.close();
  }
});

test('the project folder is the nearest .vpromptrc.json folder, else the current folder', async () => {
  const sim = await simulator();
  try {
    // proj/shots/fox.vprompt references ../art/hero.png: inside proj, outside proj/shots.
    const dir = workspace({ 'proj/shots/fox.vprompt': withRef('../art/hero.png'), 'proj/art/hero.png': 'image bytes' });
    const shots = join(dir, 'proj', 'shots');
    const noRc = await run(['render', 'fox.vprompt', '--format', 'json', '--api-base', sim.url], shots);
    assert.match(jobsOf(noRc.out)[0].error!.message, /outside the project folder .*proj\/shots;/, 'no rc: the current folder is the project');
    writeFileSync(join(dir, 'proj', '.vpromptrc.json'), '{}');
    const up = new ReferenceUploader(new AtlasClient({ baseUrl: sim.url, apiKey: 'k', transport: undiciTransport }), diskReferenceFiles, undefined, Date.now, { root: join(dir, 'proj') });
    const ok = await up.resolve('../art/hero.png', shots);
    assert.ok(ok.ok, 'inside the rc folder');
    const withRc = await run(['render', 'fox.vprompt', '--format', 'json', '--max-wait', '2', '--api-base', sim.url], shots);
    assert.equal(withRc.code, 0, withRc.out + withRc.err);
    assert.equal(sim.stats.submits, 1);
  } finally {
    await sim.close();
  }
});

test('references: links inside the project are fine; `..` and absolute paths out of it are refused like links', async () => {
  const sim = await testSimulator();
  try {
    const root = workspace({ 'art/hero.png': 'image bytes', 'shots/a.vprompt': '' });
    const outside = workspace({ 'secret.png': 'not yours' });
    symlinkSync(join(root, 'art', 'hero.png'), join(root, 'shots', 'alias.png'));
    const client = new AtlasClient({ baseUrl: sim.url, apiKey: 'k', transport: undiciTransport });
    const strict = new ReferenceUploader(client, diskReferenceFiles, undefined, Date.now, { root });
    const base = join(root, 'shots');
    assert.ok((await strict.resolve('alias.png', base)).ok);
    assert.ok((await strict.resolve('../art/hero.png', base)).ok);
    for (const ref of [`../../${outside.split('/').pop()}/secret.png`, join(outside, 'secret.png')]) {
      const r = await strict.resolve(ref, base);
      assert.ok(!r.ok && /outside the project folder/.test(r.error.message), ref);
    }
    const loose = new ReferenceUploader(client, diskReferenceFiles, undefined, Date.now, { root, allowOutside: true });
    assert.ok((await loose.resolve(join(outside, 'secret.png'), base)).ok);
  } finally {
    await sim.close();
  }
});

test('a 20 MB .vprompt: lint reports format/too-large; render refuses it cleanly (also a 40 MB one, unread)', { timeout: 60_000 }, async () => {
  const sim = await simulator();
  try {
    const line = 'A red fox trots across a snowy field at dawn, wide tracking shot, serene.\n';
    const dir = workspace({ 'big.vprompt': '# Fox\n' + line.repeat(Math.ceil((20 * 1048576) / line.length)) });
    const lint = await run(['lint', '--format', 'json', 'big.vprompt'], dir);
    assert.equal(lint.code, 1);
    const d = JSON.parse(lint.out).files[0].diagnostics;
    assert.deepEqual(d.map((x: { rule: string }) => x.rule), ['format/too-large']);
    assert.match(d[0].message, /File is 20\.\d MB; vprompt lints files up to 8 MB/);

    const r = await run(['render', 'big.vprompt', '--api-base', sim.url], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /big\.vprompt is 20\.\d MB; vprompt reads \.vprompt files up to 8 MB\. Split it into several files\. Nothing was submitted\./);

    closeSync(openSync(join(dir, 'huge.vprompt'), 'w'));
    truncateSync(join(dir, 'huge.vprompt'), 40 * 1048576); // sparse: cheap to make
    const huge = await run(['render', 'huge.vprompt', '--api-base', sim.url], dir);
    assert.equal(huge.code, 2);
    assert.match(huge.err, /huge\.vprompt is 40\.0 MB; vprompt reads \.vprompt files up to 8 MB/);
    assert.equal(sim.stats.submits, 0);
  } finally {
    await sim.close();
  }
});

test('a render folder that cannot be written: a file in its place, or the journal a folder → exit 2, nothing sent', async () => {
  const sim = await simulator();
  try {
    const dir = workspace({ 'fox.vprompt': T2V, blocker: 'just a file' });
    const r = await run(['render', 'fox.vprompt', '--out', 'blocker', '--api-base', sim.url], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write to the render folder blocker \((ENOTDIR|EEXIST): a file is in the way\)\. Choose another folder with --out, or fix its permissions\. Nothing was submitted\./);

    mkdirSync(join(dir, 'renders', '.vprompt', 'journal.jsonl'), { recursive: true });
    const j = await run(['render', 'fox.vprompt', '--api-base', sim.url], dir);
    assert.equal(j.code, 2);
    assert.match(j.err, /cannot write to the render folder renders \(EISDIR: a folder is in the way of the journal\)/);
    assert.equal(sim.stats.submits, 0);
    assert.equal(sim.stats.uploads, 0);
  } finally {
    await sim.close();
  }
});

test('a read-only render folder (--out): exit 2 with "permission denied", nothing sent', { skip: dropSkip, timeout: 60_000 }, async () => {
  const sim = await simulator();
  try {
    const dir = workspace({ 'fox.vprompt': T2V });
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    const r = await renderUnprivileged(['fox.vprompt', '--out', 'ro'], dir, sim.url);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /cannot write to the render folder ro \(EACCES: permission denied\)\. Choose another folder with --out, or fix its permissions\. Nothing was submitted\./);
    assert.equal(sim.stats.submits, 0);
    assert.deepEqual(readdirSync(join(dir, 'ro')), []);
  } finally {
    await sim.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Disk full while saving a clip, through the pipeline with a sink that runs out of space.

const spec = testSpec();

/** Writes `room` bytes to the real `.part` file, then fails the way a full disk does. */
function diskFullAfter(room: number): OpenSink {
  return (part) => {
    const fd = openSync(part, 'w');
    let open = true;
    const close = () => {
      if (open) closeSync(fd);
      open = false;
    };
    return new Writable({
      write(chunk: Buffer, _enc, done) {
        const n = Math.min(room, chunk.length);
        writeSync(fd, chunk, 0, n);
        room -= n;
        if (n < chunk.length) done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
        else done();
      },
      final(done) {
        close();
        done();
      },
      destroy(err, done) {
        close();
        done(err);
      },
    });
  };
}

async function pipelineHarness() {
  const clock = new VirtualClock();
  const sim = await testSimulator({ clock, renderMs: () => 30_000 });
  const store = new MemoryLines();
  const deps: PipelineDeps = {
    files: diskClipFiles,
    client: new AtlasClient({ baseUrl: sim.url, apiKey: 'k', transport: undiciTransport }),
    download: undiciTransport,
    clock,
    random: () => 0.5,
    scheduler: new Scheduler(() => ({ rpm: 20, concurrency: 4 }), clock),
    journal: new Journal(store),
    renderTimes: new RenderTimes(),
    log: () => undefined,
    outDir: mkdtempSync(join(tmpdir(), 'vprompt-diskfull-')),
    maxWaitMs: 600_000,
  };
  return { sim, deps, store, clipDir: join(deps.outDir, 'examples-city', 'Arrival') };
}

test('disk full while saving a clip: a clear message, no partial file, the job kept (not completed) and fetched on resume', async () => {
  const { sim, deps, store, clipDir } = await pipelineHarness();
  try {
    const r = await runJob(spec, { ...deps, openSink: diskFullAfter(8) });
    const id = r.predictionId!;
    assert.equal(r.status, 'failed', 'not counted as completed');
    assert.equal(r.error?.category, 'unavailable');
    assert.equal(r.error?.code, 'disk-full');
    assert.equal(r.error?.message, `Disk full while saving ${join(clipDir, `${id}-0.mp4`)}; the job is kept, free space and run again to fetch it.`);
    assert.deepEqual(r.outputs, []);
    assert.deepEqual(readdirSync(clipDir), [], 'the partial .part was removed');
    // Kept: the next run fetches it, and the panel never offers a resubmit of a billed render.
    const journal = new Journal(store);
    const { resume } = journal.unfinished();
    assert.deepEqual(resume.map((j) => j.predictionId), [id]);
    const view = viewOfRecord(resume[0], false);
    assert.equal(view.status, 'failed');
    assert.equal(view.retrySafe, false);

    // Space freed: the resume downloads the clip, with no new submit.
    const back = await resumeJob(resume[0], { ...deps, journal }, spec.expect);
    assert.equal(back.status, 'completed', JSON.stringify(back.error));
    assert.ok(existsSync(back.outputs[0]));
    assert.ok(readFileSync(back.outputs[0]).subarray(4, 8).toString() === 'ftyp');
    assert.equal(sim.stats.submits, 1);
    assert.deepEqual(new Journal(store).unfinished().resume, [], 'done: nothing left to fetch');
  } finally {
    await sim.close();
  }
});

test('a file in the way of the clip folder: the job is kept with a message that says what to fix', async () => {
  const { sim, deps, store } = await pipelineHarness();
  try {
    writeFileSync(join(deps.outDir, 'examples-city'), 'not a folder');
    const r = await runJob(spec, deps);
    assert.equal(r.status, 'failed');
    assert.equal(r.error?.code, 'disk-error');
    assert.match(r.error?.message ?? '', /^Cannot save .*-0\.mp4 \(ENOTDIR: a file is in the way of the folder\); the job is kept, fix the folder and run again to fetch it\.$/);
    assert.deepEqual(new Journal(store).unfinished().resume.map((j) => j.predictionId), [r.predictionId]);
  } finally {
    await sim.close();
  }
});

test('a retired model: render refuses before anything starts (exit 2, date, source, did-you-mean), nothing sent; deprecated renders with a warning', async () => {
  const sim = await simulator();
  try {
    const sora = T2V.replace('bytedance/seedance-2.0-fast/text-to-video', 'openai/sora-2/text-to-video').replace('duration: 4\nresolution: 480p\n', 'duration: 8\n');
    const dir = workspace({ 'sora.vprompt': sora, 'pro.vprompt': sora.replace('openai/sora-2/', 'openai/sora-2-pro/').replace('duration: 8\n', 'duration: 8\ntier: pro\n'), 'alias.vprompt': sora.replace('openai/sora-2/', 'openai/sora-latest/') });
    const r = await run(['render', 'sora.vprompt', '--api-base', sim.url], dir, { today: '2026-10-01' });
    assert.equal(r.code, 2);
    assert.match(r.err, /^vprompt render: shot "Fox": Sora 2 \(openai\/sora-2\/text-to-video\) was retired on 2026-09-24 \(source: OpenAI API docs, Sora 2 model page, as of [\d-]+\): requests to it fail\. Did you mean "google\/veo3\.1-fast\/text-to-video" \(Veo 3\.1 Fast\)\?/);
    assert.match(r.err, /change the model \(`vprompt lint sora\.vprompt` offers the fix\); nothing was submitted\./);
    assert.equal(r.out, '');
    assert.equal(existsSync(join(dir, 'renders')), false, 'not even the render folder is made');
    // A final on Sora 2 Pro (tier: pro), and the -latest alias that still points at Sora 2: refused the same way.
    const pro = await run(['render', 'pro.vprompt', '--final', '--api-base', sim.url], dir, { today: '2026-10-01' });
    assert.equal(pro.code, 2);
    assert.match(pro.err, /Sora 2 Pro \(openai\/sora-2-pro\/text-to-video\) was retired .* Did you mean "google\/veo3\.1\/text-to-video"/);
    assert.equal((await run(['render', 'alias.vprompt', '--api-base', sim.url], dir, { today: '2026-10-01' })).code, 2);
    assert.deepEqual([sim.stats.submits, sim.stats.uploads, sim.stats.created], [0, 0, 0]);

    // Deprecated but not yet shut down: it renders, and the summary says it will not for long.
    const before = await run(['render', 'sora.vprompt', '--format', 'json', '--api-base', sim.url], dir, { today: '2026-05-01' });
    assert.equal(before.code, 0, before.err);
    assert.match(before.err, /Draft "Fox" on Sora 2 .* Warning: Sora 2 \(openai\/sora-2\/text-to-video\) has been deprecated since 2026-03-24 .* and retires on 2026-09-24/);
    assert.equal(jobsOf(before.out)[0].status, 'completed');
    assert.equal(sim.stats.submits, 1);
  } finally {
    await sim.close();
  }
});
