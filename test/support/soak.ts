// The fault soak (the issue: "200 renders on the simulator with at least 20% of requests
// faulted across every fault kind — zero duplicate submits, zero lost prediction ids, every
// failure in the right category"). Shared by test/unit/soak.test.ts (asserts) and
// bench/soak.bench.ts (`npm run soak`, prints the table).
//
// Jobs are planned from a real .vprompt document (lint + planShot), run through runJob against
// the real simulator on 127.0.0.1, and the ones left unfinished are picked up after a simulated
// restart (journal replayed from its store, recoverUnfinished, resumeJob). Time is virtual and
// both randoms are seeded. Jobs run one at a time on purpose: then every request, fault and
// simulator job seen in a window belongs to the one job in flight (exact attribution), and the
// simulator's random is drawn in the same order on every run (repeatable counts).
import { diskReferenceFiles } from '../../src/node/referenceFiles.js';
import { diskClipFiles } from '../../src/node/clipFiles.js';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtlasClient, type Result } from '../../src/core/api/client.js';
import type { RenderError } from '../../src/core/api/errors.js';
import type { HttpTransport } from '../../src/core/api/http.js';
import type { Prediction } from '../../src/core/api/schemas.js';
import { isTerminal } from '../../src/core/api/schemas.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { getModel } from '../../src/core/catalog/catalog.js';
import { lintText } from '../../src/core/lint/engine.js';
import { checkClip } from '../../src/node/checkClip.js';
import { makeClip } from '../../src/sim/media/makeClip.js';
import { VirtualClock } from '../../src/core/render/clock.js';
import { Journal } from '../../src/core/render/journal.js';
import { Ledger } from '../../src/core/render/ledger.js';
import { resumeJob, runJob, type JobOutcome, type JobSpec, type PipelineDeps } from '../../src/core/render/pipeline.js';
import { ReferenceUploader } from '../../src/core/render/references.js';
import { RenderTimes } from '../../src/core/render/renderTimes.js';
import { Scheduler } from '../../src/core/render/scheduler.js';
import { planShot, recoverUnfinished } from '../../src/core/render/session.js';
import { defaultSimOptions, SIMULATOR_KEY } from '../../src/sim/defaults.js';
import { FAULT_KINDS, type FaultKind, type FaultRule } from '../../src/sim/faults.js';
import { startSimulator, type SimJob, type SimStats } from '../../src/sim/server.js';
import { MemoryLines } from './memoryStore.js';
import { rng } from './random.js';

export const SOAK_JOBS = 200;
export const SOAK_SEED = 20_240_611;
const MAX_WAIT_MS = 600_000;
/** Between the run and the "restart": every render has long finished on the server. */
const RESTART_GAP_MS = 6 * 3600_000;

// A mix of model families, request shapes (resolution vs size field) and audio modes.
interface ModelChoice {
  id: string;
  duration: number;
  resolution: string;
  audio: 'optional' | 'always' | 'none';
  weight: number;
}
const MODELS: ModelChoice[] = [
  { id: 'bytedance/seedance-2.0-fast/text-to-video', duration: 4, resolution: '480p', audio: 'optional', weight: 0.45 },
  { id: 'kwaivgi/kling-v3.0-std/text-to-video', duration: 5, resolution: '720p', audio: 'optional', weight: 0.15 },
  { id: 'alibaba/wan-2.6/text-to-video', duration: 5, resolution: '720p', audio: 'none', weight: 0.15 },
  { id: 'openai/sora-2/text-to-video', duration: 4, resolution: '720p', audio: 'always', weight: 0.125 },
  { id: 'google/veo3.1-fast/text-to-video', duration: 4, resolution: '720p', audio: 'always', weight: 0.125 },
];

export const AFTER_CREATE = ['submit-500-after-create', 'submit-504-after-create', 'submit-reset-after-create', 'malformed-submit'] as const;
const FATES = ['fail-1039', 'fewer-outputs', 'nsfw', 'timeout', 'expired'] as const;
const CLIP_FAULTS = ['short-duration', 'wrong-resolution', 'no-audio', 'aac-audio'] as const;
const POLL_FAULTS = ['poll-500', 'poll-reset', 'malformed-poll'] as const;

/**
 * Background faults on every matching request. These kinds cannot be aimed at one job (the
 * simulator decides them without the prompt), so they come by probability; the kinds that can
 * be aimed are scripted per job below, so each one is covered a known number of times.
 */
const BACKGROUND: FaultRule[] = [
  { kind: '503', probability: 0.08 },
  { kind: '429', probability: 0.12 },
  { kind: 'slow', probability: 0.06, delayMs: 10 },
  { kind: 'poll-500', probability: 0.09 },
  { kind: 'poll-reset', probability: 0.07 },
  { kind: 'malformed-poll', probability: 0.07 },
  { kind: 'output-404', probability: 0.06 },
];

/** What the pipeline must make of each fault kind (derived from errors.ts, client.ts, pipeline.ts, checks.ts). */
export const HANDLING: Record<FaultKind, string> = {
  '429': 'submit retried after backoff (nothing created)',
  '503': 'submit retried / poll repeated (nothing lost)',
  'submit-500-after-create': 'outcome-unknown (500), never resubmitted',
  'submit-504-after-create': 'outcome-unknown (504), never resubmitted',
  'submit-reset-after-create': 'outcome-unknown (network), never resubmitted',
  'malformed-submit': 'outcome-unknown (malformed), never resubmitted',
  'poll-500': 'poll repeated, job still finishes',
  'poll-reset': 'poll repeated, job still finishes',
  'malformed-poll': 'poll repeated, job still finishes',
  slow: 'waited for, job still finishes',
  'fail-1039': 'failed: content-policy (1039)',
  'fewer-outputs': 'failed: content-policy (missing outputs)',
  nsfw: 'failed: content-policy (nsfw)',
  timeout: 'failed: unavailable (server timeout)',
  expired: 'failed: expired',
  'output-404': 'failed: expired (download 404)',
  'short-duration': 'completed + "Short clip" warning',
  'wrong-resolution': 'completed + "Wrong size" warning',
  'no-audio': 'completed + "No audio track" warning',
  'aac-audio': 'completed + "AAC audio" warning',
};

export interface SoakOptions {
  jobs?: number;
  seed?: number;
  /** Multiplies the background fault probabilities (capped at 0.9), to push harder than the default. */
  faultScale?: number;
  /** Breaks the pipeline on purpose, so a test can show that the checks catch it. */
  sabotage?: 'resubmit-on-unknown' | 'drop-prediction-ids';
}

interface Planned {
  index: number;
  /** In the prompt: ties a simulator job back to its pipeline job, and aims scripted faults. */
  marker: string;
  model: ModelChoice;
  audio?: boolean;
  scripted: FaultKind[];
  renderMs: number;
  /** Renders longer than the max wait: left unfinished, resumed after the restart. */
  long: boolean;
  /** The user stops waiting once it renders: resumed after the restart. */
  cancel: boolean;
}

interface JobRun {
  plan: Planned;
  key: string;
  spec: JobSpec;
  first?: JobOutcome;
  final?: JobOutcome;
  resumed: boolean;
  simSubmits: number;
  resumeSubmits: number;
  simEvents: Array<'submit' | 'created'>;
  simJobs: SimJob[];
  /** Faults the simulator fired while this job was the one in flight. */
  faults: Partial<Record<FaultKind, number>>;
  rateLimited: number;
  /** Polls answered normally in the job's last phase (its run, or its resume). */
  okPolls: number;
}

export interface KindRow {
  kind: FaultKind;
  fired: number;
  jobs: number;
  /** Jobs whose final outcome shows this fault's handling (for retried kinds: finished as their other faults say). */
  shown: number;
  handling: string;
}

export interface SoakReport {
  jobs: number;
  seed: number;
  realMs: number;
  virtualMs: number;
  requests: { submit: number; poll: number; download: number; total: number };
  /** What the client sent, counted in its transport: must equal what the simulator answered. */
  sent: { submit: number; poll: number; download: number; total: number };
  /** Answers that were an error, a reset or garbled (429, 503, 5xx, resets, malformed, 404). */
  faulted: number;
  faultedPct: number;
  slow: number;
  /** 429s from the simulator's own rate limits rather than injected ones. */
  naturalRateLimited: number;
  /** Faults set on a job when it was created (fate and clip faults), not on a request. */
  jobFaults: number;
  kinds: KindRow[];
  pipelineSubmits: number;
  simSubmits: number;
  simCreated: number;
  outcomes: Record<string, number>;
  categories: Record<string, number>;
  qualityWarnings: number;
  resumed: { total: number; maxWait: number; cancelled: number };
  duplicates: number;
  orphansKnownUnknown: number;
  lostIds: number;
  journaledIds: number;
  violations: string[];
  fingerprint: string;
}

function shuffle<T>(items: T[], r: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function weighted(choices: ModelChoice[], r: () => number): ModelChoice {
  const total = choices.reduce((s, c) => s + c.weight, 0);
  let x = r() * total;
  for (const c of choices) if ((x -= c.weight) < 0) return c;
  return choices[choices.length - 1];
}

const SUBJECTS = ['A red kite', 'A paper boat', 'A hot air balloon', 'An old tram', 'A sailing dinghy', 'A field of sunflowers', 'A glass of iced tea', 'A wind turbine'];
const PLACES = ['above a grassy hill at golden hour', 'along a rain gutter on a quiet street', 'over misty vineyards at dawn', 'through a snowy mountain pass', 'across a calm harbour at noon'];
const CAMERAS = ['wide shot, slow dolly in', 'low-angle tracking shot', 'aerial shot, gentle orbit', 'close-up, shallow depth of field'];
const MOODS = ['calm', 'playful', 'serene', 'nostalgic'];

function plan(n: number, r: () => number): Planned[] {
  const perm = shuffle([...Array(n).keys()], r);
  let next = 0;
  const take = (k: number) => perm.slice(next, (next += k));
  const share = (f: number) => Math.max(1, Math.round(n * f));
  const scripted = new Map<number, FaultKind[]>();
  const add = (i: number, k: FaultKind) => scripted.set(i, [...(scripted.get(i) ?? []), k]);
  // Disjoint groups, so each scripted fault decides its job's outcome and shows in it.
  for (const kind of AFTER_CREATE) for (const i of take(share(0.025))) add(i, kind);
  for (const kind of FATES) for (const i of take(share(0.04))) add(i, kind);
  const long = new Set(take(share(0.04)));
  const cancel = new Set(take(share(0.04)));
  const wantsAudio = new Set<number>();
  for (const kind of CLIP_FAULTS) {
    for (const i of take(share(0.05))) {
      add(i, kind);
      if (kind === 'no-audio' || kind === 'aac-audio') wantsAudio.add(i);
    }
  }
  return [...Array(n).keys()].map((index) => {
    const model = weighted(wantsAudio.has(index) ? MODELS.filter((m) => m.audio !== 'none') : MODELS, r);
    const audio = model.audio === 'optional' ? wantsAudio.has(index) || r() < 0.5 : undefined;
    const renderMs = long.has(index) ? MAX_WAIT_MS + 120_000 + r() * 180_000 : cancel.has(index) ? 60_000 + r() * 30_000 : 15_000 + r() * 25_000;
    return { index, marker: `soak#${String(index).padStart(3, '0')}`, model, audio, scripted: scripted.get(index) ?? [], renderMs, long: long.has(index), cancel: cancel.has(index) };
  });
}

function documentFor(jobs: Planned[], r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const shots = jobs.map((j) => {
    const lines = [`# Soak ${String(j.index).padStart(3, '0')}`, `@model: ${j.model.id}`, `@duration: ${j.model.duration}`, `@resolution: ${j.model.resolution}`];
    if (j.audio !== undefined) lines.push(`@audio: ${j.audio}`);
    lines.push(`${pick(SUBJECTS)} ${pick(PLACES)}, soft natural light, ${pick(CAMERAS)}, ${pick(MOODS)} mood. Take ${j.marker}.`);
    return lines.join('\n');
  });
  return `---\nmodel: ${MODELS[0].id}\naspect_ratio: "16:9"\n---\n${shots.join('\n\n')}\n`;
}

type Phase = 'submit' | 'poll' | 'download' | 'other';
function phaseOf(url: string): Phase {
  const p = new URL(url).pathname;
  if (p === '/api/v1/model/generateVideo') return 'submit';
  if (p.startsWith('/api/v1/model/prediction/')) return 'poll';
  if (p.startsWith('/outputs/')) return 'download';
  return 'other';
}

/** A client that "helpfully" sends the submit again when its answer was lost: the bug the soak exists to catch. */
class ResubmittingClient extends AtlasClient {
  override async submit(body: Record<string, unknown>, signal?: AbortSignal): Promise<Result<Prediction>> {
    const r = await super.submit(body, signal);
    return !r.ok && r.error.category === 'outcome-unknown' ? super.submit(body, signal) : r;
  }
}

/** A journal store that loses the prediction-id lines: ids the soak must report as lost. */
class DroppingLines extends MemoryLines {
  override append(line: string): void {
    if (!line.includes('"type":"submitted"')) super.append(line);
  }
}

const count = (f: Partial<Record<FaultKind, number>>, k: FaultKind) => f[k] ?? 0;

function diffFaults(after: SimStats, before: SimStats): Partial<Record<FaultKind, number>> {
  const out: Partial<Record<FaultKind, number>> = {};
  for (const k of FAULT_KINDS) {
    const d = (after.faults[k] ?? 0) - (before.faults[k] ?? 0);
    if (d) out[k] = d;
  }
  return out;
}

/** A network failure's code depends on the socket layer's wording; the soak only cares that it is one. */
function codeOf(e: RenderError | undefined): string | number | undefined {
  if (!e) return undefined;
  if (e.category === 'outcome-unknown' && typeof e.code === 'string' && !['malformed-response', 'max-wait', 'cancelled', 'interrupted'].includes(e.code)) return 'network';
  return e.code;
}

function warningKinds(warnings: string[]): string[] {
  const out: string[] = [];
  for (const w of warnings) {
    if (/^predict_time .* above the recent median/.test(w)) continue; // a health hint, not a fault outcome
    if (/^The output URL answered 404/.test(w)) continue; // restates the expired error, when there is one
    if (/^Short clip/.test(w)) out.push('short-duration');
    else if (/^Wrong size/.test(w)) out.push('wrong-resolution');
    else if (/^No audio track/.test(w)) out.push('no-audio');
    else if (/^AAC audio/.test(w)) out.push('aac-audio');
    else out.push(`unexpected warning: ${w}`);
  }
  return out.sort();
}

interface Expected {
  status: string;
  /** One allowed category; `rejected` = rate-limit or unavailable (7 refused submits in a row). */
  category?: string;
  code?: string | number;
  warnings: string[];
}

/** The final outcome a job must have, given the faults the simulator fired on it. */
function expectedOutcome(run: JobRun): Expected {
  const f = run.faults;
  const after = AFTER_CREATE.filter((k) => count(f, k) > 0);
  if (after.length) {
    const code = { 'submit-500-after-create': 500, 'submit-504-after-create': 504, 'submit-reset-after-create': 'network', 'malformed-submit': 'malformed-response' }[after[0]];
    return { status: 'outcome-unknown', category: 'outcome-unknown', code, warnings: [] };
  }
  if (run.simJobs.length === 0) return { status: 'failed', category: 'rejected', warnings: [] };
  // Not one poll got through: the job is kept with its id for the next run, its fate unseen.
  if (run.okPolls === 0) return { status: 'outcome-unknown', category: 'outcome-unknown', code: 'max-wait', warnings: [] };
  if (count(f, 'fail-1039')) return { status: 'failed', category: 'content-policy', code: 1039, warnings: [] };
  if (count(f, 'timeout')) return { status: 'failed', category: 'unavailable', code: 'timeout', warnings: [] };
  if (count(f, 'expired')) return { status: 'failed', category: 'expired', code: 'expired', warnings: [] };
  if (count(f, 'nsfw')) return { status: 'failed', category: 'content-policy', code: 'nsfw', warnings: [] };
  if (count(f, 'fewer-outputs')) return { status: 'failed', category: 'content-policy', code: 'missing-outputs', warnings: [] };
  if (count(f, 'output-404')) return { status: 'failed', category: 'expired', code: 404, warnings: [] };
  const audio = run.spec.expect.audio === true;
  const warnings: string[] = [];
  if (count(f, 'short-duration')) warnings.push('short-duration');
  if (count(f, 'wrong-resolution')) warnings.push('wrong-resolution');
  // aac-audio is applied after no-audio in the simulator, so it wins when both fire.
  if (audio && count(f, 'aac-audio')) warnings.push('aac-audio');
  else if (audio && count(f, 'no-audio')) warnings.push('no-audio');
  return { status: 'completed', warnings: warnings.sort() };
}

export async function runSoak(options: SoakOptions = {}): Promise<SoakReport> {
  const n = options.jobs ?? SOAK_JOBS;
  const seed = options.seed ?? SOAK_SEED;
  const started = performance.now();
  const r = rng(seed);
  const plans = plan(n, r);
  const violations: string[] = [];
  const bad = (what: string) => violations.push(what);

  const clock = new VirtualClock();
  const t0 = clock.now();
  let current: JobRun | undefined;
  const clips = new Map<string, Promise<Uint8Array>>();
  const rules: FaultRule[] = [
    // Scripted faults first, each aimed at one job by its marker; then the background.
    ...plans.flatMap((p) => p.scripted.map((kind): FaultRule => ({ kind, promptIncludes: p.marker, times: 1 }))),
    ...BACKGROUND.map((rule) => ({ ...rule, probability: Math.min(0.9, rule.probability! * (options.faultScale ?? 1)) })),
  ];
  const sim = await startSimulator(
    defaultSimOptions({
      clock,
      random: rng(seed ^ 0x5eed),
      faults: rules,
      // Render time is per job, and only the job in flight can be creating one.
      renderMs: () => current?.plan.renderMs ?? 30_000,
      // Real MP4s (the clip checks read duration, size and audio); identical specs give identical
      // bytes, so build each once.
      makeClip: (s) => {
        const key = JSON.stringify(s);
        let clip = clips.get(key);
        if (!clip) clips.set(key, (clip = makeClip(s)));
        return clip;
      },
    }),
  );
  const outDir = mkdtempSync(join(tmpdir(), 'vprompt-soak-'));
  try {
    let strays = 0;
    sim.events.on('submit', () => {
      if (!current) return void strays++;
      current.simSubmits++;
      current.simEvents.push('submit');
    });
    sim.events.on('created', (job: SimJob) => {
      if (!current) return void strays++;
      if (!String(job.body.prompt).includes(current.plan.marker)) bad(`${job.id} was created from another job's prompt while ${current.plan.marker} was in flight`);
      current.simJobs.push(job);
      current.simEvents.push('created');
    });

    const sent = { submit: 0, poll: 0, download: 0, other: 0 };
    const counting: HttpTransport = (req) => {
      sent[phaseOf(req.url)]++;
      return undiciTransport(req);
    };
    const clientOptions = { baseUrl: sim.url, apiKey: SIMULATOR_KEY, transport: counting, timeoutMs: 60_000 };
    const client = options.sabotage === 'resubmit-on-unknown' ? new ResubmittingClient(clientOptions) : new AtlasClient(clientOptions);
    const store = options.sabotage === 'drop-prediction-ids' ? new DroppingLines() : new MemoryLines();
    const limitsFor = (m: string) => getModel(m)?.limits ?? { rpm: 20, concurrency: 4 };
    const renderTimes = new RenderTimes();
    const deps: PipelineDeps = {
      client,
      files: diskClipFiles,
      download: counting,
      clock,
      random: rng(seed ^ 0xb0ff),
      scheduler: new Scheduler(limitsFor, clock),
      journal: new Journal(store),
      renderTimes,
      log: () => undefined,
      outDir,
      maxWaitMs: MAX_WAIT_MS,
      checkClip,
    };

    // Plan every shot the way the CLI and the editor do: lint, then planShot.
    const text = documentFor(plans, r);
    const { doc, diagnostics } = lintText(text);
    const linted = { key: 'soak.vprompt', path: join(outDir, 'soak.vprompt'), doc, diagnostics };
    const ledger = new Ledger(new MemoryLines());
    const uploader = new ReferenceUploader(client, diskReferenceFiles, undefined, () => clock.now());
    const runs: JobRun[] = [];
    for (const p of plans) {
      const shot = doc.shots.find((s) => s.name === `Soak ${String(p.index).padStart(3, '0')}`);
      if (!shot) throw new Error(`soak setup: no shot for ${p.marker}`);
      const planned = await planShot(linted, shot, { kind: 'draft', uploader, ledger, now: clock.now(), lintHint: 'soak' });
      if (!planned.ok) throw new Error(`soak setup: shot ${shot.name} was refused: ${planned.outcome.error?.message}`);
      const key = p.marker.replace('#', '-');
      runs.push({ plan: p, key, spec: { ...planned.spec, key }, resumed: false, simSubmits: 0, resumeSubmits: 0, simEvents: [], simJobs: [], faults: {}, rateLimited: 0, okPolls: 0 });
    }

    const tally = (run: JobRun, before: SimStats) => {
      const after = sim.stats;
      for (const [k, v] of Object.entries(diffFaults(after, before)) as Array<[FaultKind, number]>) run.faults[k] = count(run.faults, k) + v;
      run.rateLimited += after.rateLimited - before.rateLimited;
      // stats.polls counts the polls that got past the 503 check; the poll faults answer some of those.
      run.okPolls = after.polls - before.polls - POLL_FAULTS.reduce((s, k) => s + (after.faults[k] ?? 0) - (before.faults[k] ?? 0), 0);
    };

    for (const run of runs) {
      current = run;
      const before = sim.stats;
      const stop = new AbortController();
      run.first = await runJob(run.spec, deps, stop.signal, (e) => {
        if (run.plan.cancel && e.phase === 'rendering' && e.status && !isTerminal(e.status)) stop.abort();
      });
      tally(run, before);
      current = undefined;
    }

    // The restart: a new process reads the journal from its store and picks up what was left.
    clock.advance(RESTART_GAP_MS);
    const reopened = new Journal(store);
    for (const p of reopened.problems) bad(`journal after restart: ${p}`);
    const deps2: PipelineDeps = { ...deps, journal: reopened, scheduler: new Scheduler(limitsFor, clock) };
    const { resume, unknown } = recoverUnfinished(reopened, clock.now());
    for (const o of unknown) bad(`${o.key}: an intent with no answer in the journal (a submit whose result was never recorded)`);
    const byKey = new Map(runs.map((run) => [run.key, run]));
    const leftUnfinished = runs.filter((run) => run.first?.predictionId && (run.first.status === 'cancelled' || (run.first.status === 'outcome-unknown' && run.first.error?.code === 'max-wait')));
    const resumeKeys = resume.map((rec) => rec.intent.key).sort();
    if (JSON.stringify(resumeKeys) !== JSON.stringify(leftUnfinished.map((run) => run.key).sort())) {
      bad(`recoverUnfinished resumes [${resumeKeys.join(', ')}] but the jobs left unfinished were [${leftUnfinished.map((run) => run.key).join(', ')}]`);
    }
    for (const rec of resume) {
      const run = byKey.get(rec.intent.key);
      if (!run) {
        bad(`the journal resumes an unknown job ${rec.intent.key}`);
        continue;
      }
      current = run;
      const before = sim.stats;
      const submitsBefore = run.simSubmits;
      run.final = await resumeJob(rec, deps2, run.spec.expect);
      run.resumed = true;
      run.resumeSubmits = run.simSubmits - submitsBefore;
      tally(run, before);
      current = undefined;
    }
    for (const run of runs) run.final ??= run.first;
    if (strays) bad(`${strays} simulator submits or jobs arrived with no job in flight`);

    // ---- Invariants -------------------------------------------------------------------------
    const stats = sim.stats;
    const onDisk = new Journal(store); // what a later run would know: the store, not memory
    let duplicates = 0;
    let orphansKnownUnknown = 0;
    let lostIds = 0;
    let journaledIds = 0;
    const kinds = new Map<FaultKind, KindRow>(FAULT_KINDS.map((k) => [k, { kind: k, fired: stats.faults[k] ?? 0, jobs: 0, shown: 0, handling: HANDLING[k] }]));
    const outcomes: Record<string, number> = {};
    const categories: Record<string, number> = {};
    let qualityWarnings = 0;
    const fingerprint = createHash('sha256');

    for (const run of runs) {
      const o = run.final!;
      const tag = run.plan.marker;
      const f = run.faults;
      // (a) duplicate submits: one simulator job at most per pipeline job; nothing sent after
      // a job was created (the unknown outcomes included); every other submit was refused.
      if (run.simJobs.length > 1) {
        duplicates += run.simJobs.length - 1;
        bad(`${tag}: ${run.simJobs.length} simulator jobs for one pipeline job (${run.simJobs.map((j) => j.id).join(', ')})`);
      }
      const createdAt = run.simEvents.indexOf('created');
      if (createdAt >= 0 && run.simEvents.slice(createdAt + 1).includes('submit')) bad(`${tag}: submitted again after the simulator had created its job`);
      if (run.simSubmits !== run.first!.submits) bad(`${tag}: the pipeline counted ${run.first!.submits} submits, the simulator received ${run.simSubmits}`);
      if (run.resumeSubmits) bad(`${tag}: resuming sent ${run.resumeSubmits} submits`);
      const refused = run.simSubmits - run.simJobs.length;
      const refused503 = refused - run.rateLimited;
      if (refused503 < 0 || refused503 > count(f, '503')) bad(`${tag}: ${refused} submits created nothing but only ${run.rateLimited} got 429 and at most ${count(f, '503')} got 503`);

      // (c) the right category for every fault.
      const want = expectedOutcome(run);
      const got = { status: o.status, category: o.error?.category, code: codeOf(o.error), warnings: warningKinds(o.warnings) };
      const categoryOk = want.category === 'rejected' ? got.category === 'rate-limit' || got.category === 'unavailable' : got.category === want.category;
      const ok = got.status === want.status && categoryOk && (want.code === undefined || got.code === want.code) && JSON.stringify(got.warnings) === JSON.stringify(want.warnings);
      if (!ok) bad(`${tag}: faults ${JSON.stringify(f)} should end ${JSON.stringify(want)}, ended ${JSON.stringify(got)}${o.error ? ` — ${o.error.message}` : ''}`);
      for (const k of FAULT_KINDS) {
        if (!count(f, k)) continue;
        const row = kinds.get(k)!;
        row.jobs++;
        if (!ok) continue;
        // Outcome-deciding kinds show when the outcome is the one this kind alone gives; clip
        // kinds when their warning is there; retried kinds when the job still ended as it should.
        const decides = (AFTER_CREATE as readonly string[]).includes(k) || (FATES as readonly string[]).includes(k) || k === 'output-404';
        const shown = decides ? got.code === expectedOutcome({ ...run, faults: { [k]: 1 } }).code : (CLIP_FAULTS as readonly string[]).includes(k) ? got.warnings.includes(k) : true;
        if (shown) row.shown++;
      }
      outcomes[o.status] = (outcomes[o.status] ?? 0) + 1;
      const cat = `${o.status}${o.error ? ` / ${o.error.category} (${codeOf(o.error)})` : ''}`;
      categories[cat] = (categories[cat] ?? 0) + 1;
      if (o.status === 'completed' && got.warnings.length) qualityWarnings++;
      fingerprint.update(JSON.stringify([tag, run.first!.status, codeOf(run.first!.error), got, run.simSubmits, run.simJobs.length, Object.entries(f).sort(), run.resumed]));
    }

    // (b) no lost prediction ids: every job the simulator created is in the journal on disk
    // with its id, or — only when the submit's answer was lost after creation — as unknown.
    const owners = new Map(runs.map((run) => [run.plan.marker, run]));
    for (const job of sim.jobs.values()) {
      const marker = /soak#\d{3}/.exec(String(job.body.prompt))?.[0];
      const run = marker ? owners.get(marker) : undefined;
      const rec = run ? onDisk.jobs.get(run.key) : undefined;
      if (rec?.predictionId === job.id) journaledIds++;
      else if (run && rec?.state === 'unknown' && !rec.predictionId && AFTER_CREATE.some((k) => count(run.faults, k))) orphansKnownUnknown++;
      else {
        lostIds++;
        bad(`${job.id} (${marker ?? 'no marker'}) was created on the server but its id is not in the journal (state ${rec?.state ?? 'none'})`);
      }
    }
    for (const rec of onDisk.jobs.values()) {
      if (rec.predictionId && !sim.jobs.has(rec.predictionId)) bad(`${rec.intent.key}: journaled id ${rec.predictionId} does not exist on the server`);
    }

    // Requests, from the simulator's stats: stats.polls skips polls answered 503 and
    // stats.downloads skips downloads answered 404, so those are added back; a submit that
    // created nothing got either a 429 (stats.rateLimited) or a 503.
    const f = stats.faults as Partial<Record<FaultKind, number>>;
    const submit503 = stats.submits - stats.created - stats.rateLimited;
    const requests = { submit: stats.submits, poll: stats.polls + count(f, '503') - submit503, download: stats.downloads + count(f, 'output-404'), total: 0 };
    requests.total = requests.submit + requests.poll + requests.download;
    const sentTotals = { submit: sent.submit, poll: sent.poll, download: sent.download, total: sent.submit + sent.poll + sent.download + sent.other };
    for (const k of ['submit', 'poll', 'download', 'total'] as const) {
      if (requests[k] !== sentTotals[k]) bad(`${k} requests: the client sent ${sentTotals[k]}, the simulator's stats account for ${requests[k]}`);
    }
    const faulted = count(f, '503') + stats.rateLimited + AFTER_CREATE.reduce((s, k) => s + count(f, k), 0) + POLL_FAULTS.reduce((s, k) => s + count(f, k), 0) + count(f, 'output-404');
    if (stats.submits !== runs.reduce((s, run) => s + run.simSubmits, 0)) bad('simulator submits do not add up to the per-job counts');
    if (stats.created !== sim.jobs.size) bad('simulator created count and job map disagree');
    const pipelineSubmits = runs.reduce((s, run) => s + run.first!.submits + run.final!.submits * Number(run.resumed), 0);
    if (pipelineSubmits !== stats.submits) bad(`the pipeline sent ${pipelineSubmits} submits, the simulator received ${stats.submits}`);
    if (stats.authOnDownloads) bad(`${stats.authOnDownloads} downloads carried an Authorization header`);

    const report: SoakReport = {
      jobs: n,
      seed,
      realMs: performance.now() - started,
      virtualMs: clock.now() - t0,
      requests,
      sent: sentTotals,
      faulted,
      faultedPct: requests.total ? (100 * faulted) / requests.total : 0,
      slow: count(f, 'slow'),
      naturalRateLimited: stats.rateLimited - count(f, '429'),
      jobFaults: [...FATES, ...CLIP_FAULTS].reduce((s, k) => s + count(f, k), 0),
      kinds: [...kinds.values()],
      pipelineSubmits,
      simSubmits: stats.submits,
      simCreated: stats.created,
      outcomes,
      categories,
      qualityWarnings,
      resumed: {
        total: runs.filter((run) => run.resumed).length,
        maxWait: leftUnfinished.filter((run) => run.first!.status === 'outcome-unknown').length,
        cancelled: leftUnfinished.filter((run) => run.first!.status === 'cancelled').length,
      },
      duplicates,
      orphansKnownUnknown,
      lostIds,
      journaledIds,
      violations,
      fingerprint: '',
    };
    fingerprint.update(JSON.stringify([requests, faulted, report.kinds, outcomes, categories]));
    report.fingerprint = fingerprint.digest('hex').slice(0, 16);
    return report;
  } finally {
    await sim.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

const pct = (x: number, of: number) => (of ? `${((100 * x) / of).toFixed(1)}%` : '-');

export function formatReport(r: SoakReport): string {
  const L: string[] = [];
  const row = (label: string, value: string | number) => L.push(`  ${label.padEnd(52)} ${value}`);
  L.push(`vprompt fault soak: ${r.jobs} renders, seed ${r.seed}, ${(r.realMs / 1000).toFixed(1)} s real, ${(r.virtualMs / 3600_000).toFixed(1)} h virtual`);
  L.push('');
  L.push('Requests');
  row('answered by the simulator (sent by the client)', `${r.requests.total} (${r.sent.total})`);
  row('  submits / polls / downloads', `${r.requests.submit} / ${r.requests.poll} / ${r.requests.download}`);
  row('faulted (429, 503, 5xx, reset, malformed, 404)', `${r.faulted} (${r.faultedPct.toFixed(1)}%)`);
  row('  of which 429 from the real rate limits', r.naturalRateLimited);
  row('slow answers (delayed, then normal)', r.slow);
  row('job faults set at creation (fate, clip)', r.jobFaults);
  L.push('');
  L.push(`  ${'fault kind'.padEnd(26)} ${'fired'.padStart(5)} ${'jobs'.padStart(5)} ${'shown'.padStart(5)}  expected handling`);
  for (const k of r.kinds) L.push(`  ${k.kind.padEnd(26)} ${String(k.fired).padStart(5)} ${String(k.jobs).padStart(5)} ${String(k.shown).padStart(5)}  ${k.handling}`);
  L.push('');
  L.push('Outcomes (after resuming)');
  for (const [s, c] of Object.entries(r.outcomes).sort((a, b) => b[1] - a[1])) row(s, `${c} (${pct(c, r.jobs)})`);
  row('  completed with output-quality warnings', r.qualityWarnings);
  L.push('  by status / category (code):');
  for (const [s, c] of Object.entries(r.categories).sort()) row(`  ${s}`, c);
  row('left unfinished, resumed after a restart', `${r.resumed.total} (${r.resumed.maxWait} past max wait, ${r.resumed.cancelled} cancelled)`);
  L.push('');
  L.push('Invariants');
  row('submits: pipeline / simulator', `${r.pipelineSubmits} / ${r.simSubmits}`);
  row('simulator jobs created', r.simCreated);
  row('duplicate submits', r.duplicates);
  row('ids in the journal', r.journaledIds);
  row('orphans journaled as outcome-unknown', r.orphansKnownUnknown);
  row('lost prediction ids', r.lostIds);
  row('violations', r.violations.length);
  for (const v of r.violations.slice(0, 20)) L.push(`    ! ${v}`);
  if (r.violations.length > 20) L.push(`    … and ${r.violations.length - 20} more`);
  row('fingerprint (same seed, same figures)', r.fingerprint);
  return L.join('\n');
}
