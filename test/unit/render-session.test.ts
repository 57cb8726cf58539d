// The shared render session (src/core/render/session.ts) over the simulator on loopback: the
// queue's job views through a job's life, refusals, per-job cancel, retry safety, recovery
// after a restart, and the panel protocol's checks of what a webview sends.
import { diskReferenceFiles } from '../../src/node/referenceFiles.js';
import { diskClipFiles } from '../../src/node/clipFiles.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtlasClient } from '../../src/core/api/client.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { lintText } from '../../src/core/lint/engine.js';
import { Ledger } from '../../src/core/render/ledger.js';
import { ReferenceUploader } from '../../src/core/render/references.js';
import { RenderTimes } from '../../src/core/render/renderTimes.js';
import { Scheduler } from '../../src/core/render/scheduler.js';
import { ObservedJournal, RenderQueue, lastUnknown, planShot, recoverUnfinished, viewOfRecord, type JobView, type LintedFile } from '../../src/core/render/session.js';
import type { FaultRule } from '../../src/sim/faults.js';
import { parsePanelMessage } from '../../src/panel/protocol.js';
import { panelHtml } from '../../src/panel/html.js';
import { lastResultTitle } from '../../src/language/text/lenses.js';
import { renderTrends } from '../../src/render/health.js';
import { MemoryLines } from '../support/memoryStore.js';
import { testSimulator } from '../support/sim.js';
import { GatedClock, when } from '../support/gatedClock.js';

const FILE = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
---
# Fox
A red fox with frost on its whiskers trotting across a snowy meadow at dawn, soft golden
backlight, low wide tracking shot, calm mood.

# Standoff
A man shoots the guard in a dim warehouse, handheld close-up, tense mood.
`;

function linted(text = FILE): LintedFile {
  const { doc, diagnostics } = lintText(text);
  return { key: 'shots/demo.vprompt', path: '/nonexistent/shots/demo.vprompt', doc, diagnostics };
}

async function setup(faults: FaultRule[] = [], journalStore = new MemoryLines(), gated = false) {
  const clock = new GatedClock();
  if (!gated) clock.openGate();
  const sim = await testSimulator({ clock, renderMs: () => 30_000, faults });
  const client = new AtlasClient({ baseUrl: sim.url, apiKey: 'k-secret-9', transport: undiciTransport });
  const journal = new ObservedJournal(journalStore);
  const ledger = new Ledger(new MemoryLines());
  const queue = new RenderQueue({
    files: diskClipFiles,
    client,
    download: undiciTransport,
    clock,
    random: () => 0.5,
    scheduler: new Scheduler(() => ({ rpm: 20, concurrency: 4 }), clock),
    journal,
    ledger,
    renderTimes: new RenderTimes(),
    log: () => undefined,
    outDir: mkdtempSync(join(tmpdir(), 'vprompt-session-')),
    maxWaitMs: 600_000,
  });
  const uploader = new ReferenceUploader(client, diskReferenceFiles, undefined, () => clock.now());
  const seen: JobView[] = [];
  queue.onDidChange((v) => seen.push(v));
  return { sim, queue, ledger, uploader, clock, seen, journalStore };
}

test('a draft goes queued → rendering → completed in its views, with the seed kept for promotion and spend recorded', async () => {
  const { sim, queue, ledger, uploader, seen, clock } = await setup();
  try {
    const f = linted();
    const planned = await planShot(f, f.doc.shots[0], { kind: 'draft', uploader, ledger, now: Date.now(), seed: 4242, lintHint: 'x' });
    assert.ok(planned.ok);
    assert.equal(planned.spec.body.seed, 4242);
    const { key, done } = queue.start(planned.spec);
    const outcome = await done;
    assert.equal(outcome.status, 'completed');
    const statuses = seen.filter((v) => v.key === key).map((v) => v.status);
    assert.equal(statuses[0], 'queued');
    assert.ok(statuses.includes('rendering'), statuses.join(','));

    assert.equal(statuses[statuses.length - 1], 'completed');
    const view = queue.viewOf(key)!;
    assert.equal(view.seed, 4242);
    assert.equal(view.outputs.length, 1);
    assert.match(view.predictionId ?? '', /^pred_/);
    assert.equal(view.retrySafe, false, 'a completed job is not retried blindly');
    assert.equal(queue.runningCount, 0);
    assert.ok(ledger.today(clock.now()) > 0);
    assert.equal(sim.stats.submits, 1);
  } finally {
    await sim.close();
  }
});

test('renders on the simulator (billed: false) stay out of the spend ledger', async () => {
  const { sim, queue, ledger, uploader, clock } = await setup();
  try {
    const q = new RenderQueue({ ...queue.deps, billed: false });
    const f = linted();
    const planned = await planShot(f, f.doc.shots[0], { kind: 'draft', uploader, ledger, now: clock.now(), lintHint: 'x' });
    assert.ok(planned.ok);
    assert.equal((await q.start(planned.spec).done).status, 'completed');
    assert.equal(ledger.today(clock.now()), 0);
  } finally {
    await sim.close();
  }
});

test('a shot with a blocking lint error is refused before sending, shown as not-submitted with the rule and line', async () => {
  const { sim, queue, ledger, uploader } = await setup();
  try {
    const f = linted();
    const planned = await planShot(f, f.doc.shots[1], { kind: 'draft', uploader, ledger, now: Date.now(), lintHint: 'see the Problems panel' });
    assert.equal(planned.ok, false);
    if (planned.ok) return;
    assert.equal(planned.outcome.error?.category, 'content-policy');
    assert.match(planned.outcome.error?.message ?? '', /^Not submitted: fix 1 lint error first — safety\/visual: .* \(line 11; see the Problems panel\)\.$/);
    const view = queue.addRefused(planned.outcome);
    assert.equal(view.status, 'not-submitted');
    assert.equal(view.retrySafe, true);
    assert.equal(view.error?.actionText, 'Fix the prompt');
    assert.equal(queue.views()[0].key, view.key);
    assert.equal(sim.stats.submits, 0);
  } finally {
    await sim.close();
  }
});

test('the budget refuses a draft that would pass it, naming the figures', async () => {
  const { sim, ledger, uploader } = await setup();
  try {
    const f = linted();
    ledger.record({ at: Date.now(), key: 'earlier', model: 'm', usd: 0.95 });
    const planned = await planShot(f, f.doc.shots[0], { kind: 'draft', uploader, ledger, budgetUsd: 1, now: Date.now(), lintHint: 'x' });
    assert.equal(planned.ok, false);
    if (!planned.ok) assert.match(planned.outcome.error?.message ?? '', /past the \$1\.00 budget/);
  } finally {
    await sim.close();
  }
});

test('a job failed with 1039 is failed / content-policy with the API text, and retry is safe', async () => {
  const { sim, queue, ledger, uploader, clock } = await setup([{ kind: 'fail-1039' }]);
  try {
    const f = linted();
    const planned = await planShot(f, f.doc.shots[0], { kind: 'draft', uploader, ledger, now: Date.now(), lintHint: 'x' });
    assert.ok(planned.ok);
    const { key, done } = queue.start(planned.spec);
    await done;
    const v = queue.viewOf(key)!;
    assert.equal(v.status, 'failed');
    assert.equal(v.error?.category, 'content-policy');
    assert.equal(String(v.error?.code), '1039');
    assert.ok(v.error?.apiError, 'the API error text is kept');
    assert.equal(v.retrySafe, true);
    assert.equal(ledger.today(clock.now()), 0, 'a failed job is not counted as spend');
  } finally {
    await sim.close();
  }
});

test('cancel stops waiting for one job only; the cancelled job keeps its id and is not safe to retry', async () => {
  const { sim, queue, ledger, uploader, clock } = await setup([], new MemoryLines(), true);
  try {
    const f = linted();
    const planned = await planShot(f, f.doc.shots[0], { kind: 'draft', uploader, ledger, now: Date.now(), lintHint: 'x' });
    assert.ok(planned.ok);
    const a = queue.start(planned.spec);
    const b = queue.start(planned.spec);
    // Wait for both submits to be answered (the journal says so), then cancel one.
    await when((l) => queue.onDidChange(l), () => [a.key, b.key].every((k) => queue.viewOf(k)?.predictionId));
    assert.equal(queue.cancel(a.key), 1);
    clock.openGate();
    const [oa, ob] = await Promise.all([a.done, b.done]);
    assert.equal(oa.status, 'cancelled');
    assert.equal(ob.status, 'completed');
    const va = queue.viewOf(a.key)!;
    assert.equal(va.status, 'cancelled');
    assert.ok(va.predictionId);
    assert.equal(va.retrySafe, false);
    assert.equal(sim.stats.submits, 2);
  } finally {
    await sim.close();
  }
});

test('after a restart: submitted jobs resume with no new submit; an unanswered intent becomes outcome-unknown', async () => {
  const store = new MemoryLines();
  const first = await setup([], store, true);
  const f = linted();
  let predictionId: string | undefined;
  try {
    const planned = await planShot(f, f.doc.shots[0], { kind: 'draft', uploader: first.uploader, ledger: first.ledger, now: Date.now(), lintHint: 'x' });
    assert.ok(planned.ok);
    const a = first.queue.start(planned.spec);
    await when((l) => first.queue.onDidChange(l), () => first.queue.viewOf(a.key)?.predictionId);
    predictionId = first.queue.viewOf(a.key)!.predictionId;
    first.queue.cancel(); // the "crash": this process stops following the job
    await a.done;
    // An intent written just before a crash, with no answer.
    store.append(JSON.stringify({ type: 'intent', key: 'lost', at: first.clock.now() + 1, file: f.key, shot: 'Fox', model: 'm', tier: 'fast', kind: 'draft', body: { model: 'm', prompt: 'p' }, promptHash: 'h' }));

    // The same server (the job lives there); a new queue over the same journal.
    const journal = new ObservedJournal(store);
    const queue = new RenderQueue({ ...first.queue.deps, journal });
    assert.equal(viewOfRecord(journal.jobs.get('lost')!, false).status, 'outcome-unknown');
    const { resume, unknown } = recoverUnfinished(journal, Date.now());
    assert.deepEqual(resume.map((r) => r.predictionId), [predictionId]);
    assert.deepEqual(unknown.map((o) => [o.key, o.status, o.error?.retry]), [['lost', 'outcome-unknown', 'check-before-resubmit']]);
    const submits = first.sim.stats.submits;
    first.clock.openGate();
    const o = await queue.resume(resume[0]);
    assert.equal(o.status, 'completed');
    assert.equal(first.sim.stats.submits, submits, 'no second submit');
    assert.equal(queue.viewOf('lost')?.status, 'outcome-unknown');
    // The unknown job is the shot's latest: the shot is held back until the user has checked.
    assert.equal(lastUnknown(journal, f.key, 'Fox')?.intent.key, 'lost');
    journal.write({ type: 'intent', key: 'later', at: first.clock.now() + 2, file: f.key, shot: 'Fox', model: 'm', tier: 'fast', kind: 'draft', body: { model: 'm', prompt: 'p' }, promptHash: 'h' });
    assert.equal(lastUnknown(journal, f.key, 'Fox'), undefined, 'a later render of the shot supersedes it');
  } finally {
    await first.sim.close();
  }
});

test('the panel protocol accepts only well-formed messages', () => {
  assert.deepEqual(parsePanelMessage({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parsePanelMessage({ type: 'job-action', action: 'retry', key: 'k' }), { type: 'job-action', action: 'retry', key: 'k' });
  assert.equal(parsePanelMessage({ type: 'job-action', action: 'rm -rf', key: 'k' }), undefined);
  assert.equal(parsePanelMessage({ type: 'clip-action', action: 'reveal', key: 'k', index: 1.5 }), undefined);
  assert.deepEqual(parsePanelMessage({ type: 'clip-action', action: 'open-external', key: 'k', index: 0 }), { type: 'clip-action', action: 'open-external', key: 'k', index: 0 });
  for (const bad of [null, 'ready', 42, { type: 'eval', code: 'x' }, { type: 'job-action', action: 'retry' }]) assert.equal(parsePanelMessage(bad), undefined);
});

test('the panel HTML: strict CSP with a fresh nonce; the one script carries it; no inline handlers', () => {
  const uris = { cspSource: 'https://webview.test', script: 'https://webview.test/panel.js', style: 'https://webview.test/panel.css', codicons: 'https://webview.test/codicon.css' };
  const a = panelHtml(uris);
  const b = panelHtml(uris);
  const csp = /content="([^"]+)"/.exec(a)![1];
  assert.match(csp, /^default-src 'none'; /);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  assert.ok(nonce.length >= 16);
  assert.notEqual(nonce, /'nonce-([^']+)'/.exec(b)![1], 'a fresh nonce per load');
  const scripts = [...a.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(scripts, [`<script nonce="${nonce}" src="https://webview.test/panel.js">`]);
  assert.doesNotMatch(a, /\son[a-z]+=/i);
});

test('the last-result lens says what happened to the shot\'s latest render', () => {
  const now = 10 * 60_000;
  assert.equal(lastResultTitle(undefined, now), undefined);
  assert.equal(lastResultTitle({ status: 'completed', kind: 'draft', updatedAt: now - 2 * 60_000 }, now), '$(pass) Draft rendered 2 min ago');
  assert.equal(lastResultTitle({ status: 'failed', kind: 'final', updatedAt: now, error: { category: 'content-policy' } }, now), '$(error) Final failed: content-policy (just now)');
  assert.match(lastResultTitle({ status: 'outcome-unknown', kind: 'draft', updatedAt: now }, now)!, /check before resubmitting/);
  assert.match(lastResultTitle({ status: 'rendering', kind: 'draft', updatedAt: now }, now)!, /^\$\(sync~spin\) Draft rendering/);
});

test('health: render-time trend per model, with the change against earlier renders', () => {
  const times = new RenderTimes();
  const model = 'bytedance/seedance-2.0-fast/text-to-video';
  for (const s of [40, 41, 39, 40, 42]) times.record({ model }, s * 1000);
  for (const s of [80, 82, 79, 81, 80]) times.record({ model }, s * 1000);
  const [line] = renderTrends(times);
  assert.match(line, /^Seedance 2\.0 Fast.*: median 80\.0 s over the last 5 renders, up 100% on the 5 before \(the service may be degrading\)$/);
});

test('sustained 429s move a job to the configured fallback (journaled, said); a dearer fallback is never used', async () => {
  const seedance = 'bytedance/seedance-2.0-fast/text-to-video';
  const kling = 'kwaivgi/kling-v3.0-std/text-to-video'; // $0.071/s against Seedance Fast's $0.081/s
  const wan = 'alibaba/wan-2.7/text-to-video'; // $0.10/s: dearer
  const { sim, queue, ledger, uploader, journalStore } = await setup([{ kind: '429', model: seedance, times: 50 }]);
  try {
    const f = linted();
    const dear = await planShot(f, f.doc.shots[0], { kind: 'draft', uploader, ledger, now: Date.now(), lintHint: 'x', fallbacks: { [seedance]: wan } });
    assert.ok(dear.ok);
    assert.equal(dear.spec.fallback, undefined);
    assert.match(dear.summary, /fallback alibaba\/wan-2\.7\/text-to-video would cost \$0\.50, more than \$0\.41: not used/);

    const planned = await planShot(f, f.doc.shots[0], { kind: 'draft', uploader, ledger, now: Date.now(), lintHint: 'x', fallbacks: { [seedance]: kling } });
    assert.ok(planned.ok);
    assert.equal(planned.spec.fallback?.model, kling);
    const { key, done } = queue.start(planned.spec);
    const o = await done;
    assert.equal(o.status, 'completed');
    assert.equal(o.model, kling);
    assert.match(o.warnings.join(' '), /Rendered on kwaivgi\/kling-v3\.0-std\/text-to-video instead of bytedance\/seedance-2\.0-fast\/text-to-video after 3 rate-limited submits/);
    assert.equal(sim.stats.rateLimited, 3);
    assert.deepEqual([...sim.jobs.values()].map((j) => j.model), [kling], 'one job, on the fallback');
    // The journal says what was sent: a crash after the reroute resumes the Kling request.
    assert.match(journalStore.text, /"type":"rerouted"/);
    assert.equal(queue.viewOf(key)?.model, kling);
    assert.ok(o.estimatedCostUsd! < planned.spec.estimatedCostUsd!);
  } finally {
    await sim.close();
  }
});

test('planShot (the editor\'s path too) refuses a retired model whatever the lint config, judging by the day of `now`; nothing is sent', async () => {
  const { sim, queue, ledger, uploader } = await setup();
  try {
    // The rule is turned off in the project: the render is refused all the same.
    const text = '---\nmodel: openai/sora-2/image-to-video\nduration: 8\n---\n# Fox\nA red fox with frost on its whiskers trotting across a snowy meadow at dawn, low wide tracking shot, calm mood.\n';
    const { doc, diagnostics } = lintText(text, { env: { today: '2026-10-01' }, config: { rules: { 'params/retired-model': 'off' }, safety: { flag: [], accept: [], rewordings: {} } } });
    const f: LintedFile = { key: 'sora.vprompt', path: '/nonexistent/sora.vprompt', doc, diagnostics };
    const planned = await planShot(f, doc.shots[0], { kind: 'draft', uploader, ledger, now: Date.parse('2026-10-01T12:00:00Z'), lintHint: 'see the Problems panel' });
    assert.equal(planned.ok, false);
    if (planned.ok) return;
    assert.equal(planned.outcome.error?.code, 'params/retired-model');
    assert.equal(planned.outcome.error?.category, 'invalid-request');
    assert.match(planned.outcome.error?.message ?? '', /^Not submitted: Sora 2 \(openai\/sora-2\/image-to-video\) was retired on 2026-09-24 .* Did you mean "google\/veo3\.1-fast\/image-to-video" .* Change the model \(see the Problems panel\)\.$/);
    assert.equal(queue.addRefused(planned.outcome).status, 'not-submitted');
    // A day before the shutdown it plans, with the deprecation in the summary.
    const earlier = await planShot(f, doc.shots[0], { kind: 'draft', uploader, ledger, now: Date.parse('2026-09-23T12:00:00Z'), lintHint: 'x' });
    assert.ok(earlier.ok);
    assert.match(earlier.summary, /Warning: Sora 2 .* has been deprecated since 2026-03-24 .* retires on 2026-09-24/);
    assert.equal(sim.stats.submits, 0);
  } finally {
    await sim.close();
  }
});
