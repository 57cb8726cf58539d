// What the CLI and the editor share around the pipeline: turning a linted shot into a job (or a
// clear refusal: lint errors, unreadable references, an invalid request, the budget), picking
// up a journal's unfinished jobs after a restart, and a queue that runs jobs, lets them be
// cancelled, and reports every change as a JobView the render panel can show.
import { dirname, join } from 'node:path';
import { ACTION_TEXT, outcomeUnknown, type RenderError } from '../api/errors.js';
import type { Shot, VpDocument } from '../format/types.js';
import type { LintDiagnostic } from '../lint/types.js';
import { formatUsd, modelForKind } from '../catalog/cost.js';
import { getModel, isoDay, lifecycleOf, lifecycleText, replacementText, type Lifecycle, type ModelInfo } from '../catalog/catalog.js';
import { Journal, jobIdentity, type JobRecord, type JournalStore } from './journal.js';
import type { Ledger } from './ledger.js';
import { neverSentError, resumeJob, runJob, type Expectation, type Fallback, type JobOutcome, type JobSpec, type PipelineDeps, type Progress } from './pipeline.js';
import type { ReferenceUploader } from './references.js';
import { buildRequest } from './requestBody.js';

/** A linted file, as both adapters have it. */
export interface LintedFile {
  /** How the journal names the file: relative to the workspace (or the CLI's cwd). */
  key: string;
  path: string;
  doc: VpDocument;
  diagnostics: readonly LintDiagnostic[];
}

export type Planned = { ok: true; spec: JobSpec; summary: string } | { ok: false; outcome: JobOutcome };

export interface PlanOptions {
  kind: 'draft' | 'final';
  uploader: ReferenceUploader;
  ledger: Ledger;
  budgetUsd?: number;
  now: number;
  /** Drafts get a seed when the shot has none, so "promote to final" can reuse it. */
  seed?: number;
  /** How to re-run the linter, named in refusal messages. */
  lintHint: string;
  /** The user's equivalent models for sustained 429s (model id → model id); never a dearer one. */
  fallbacks?: Readonly<Record<string, string>>;
  /** The day (YYYY-MM-DD) model retirements are judged by; defaults to `now`'s UTC day. */
  today?: string;
}

/**
 * Where the model a shot would render on (the draft or final tier it maps to) stands on
 * `today`: retired refuses the render, deprecated warns. Undefined while it is current.
 */
export function renderLifecycle(shot: Shot, kind: 'draft' | 'final', today: string): { model: ModelInfo; life: Lifecycle; message: string } | undefined {
  const model = modelForKind(shot.params.model, kind, shot.params.tier);
  const life = model && lifecycleOf(model, today);
  if (!model || !life) return undefined;
  const what = life.state === 'retired' ? ': requests to it fail.' : '.';
  return { model, life, message: `${model.name} (${model.id}) ${lifecycleText(life)}${what}${replacementText(model, life)}` };
}

function refusal(file: LintedFile, shot: Shot, kind: 'draft' | 'final', error: RenderError, extra: Partial<JobOutcome> = {}): Planned {
  return {
    ok: false,
    outcome: { key: '', file: file.key, shot: shot.name, model: shot.params.model ?? '', tier: '', kind, status: 'not-submitted', outputs: [], warnings: [], submits: 0, error, ...extra },
  };
}

/** A retired model, lint errors, references, request schema and budget, in that order; nothing is sent here except reference uploads. */
export async function planShot(file: LintedFile, shot: Shot, o: PlanOptions): Promise<Planned> {
  const today = o.today ?? isoDay(o.now);
  // Refused whatever the lint config says: a retired model's requests fail (or, forwarded by
  // a reseller, fail later and after a submit).
  const lifecycle = renderLifecycle(shot, o.kind, today);
  if (lifecycle?.life.state === 'retired') {
    return refusal(
      file,
      shot,
      o.kind,
      { category: 'invalid-request', action: 'fix-request', retry: 'never', code: 'params/retired-model', message: `Not submitted: ${lifecycle.message} Change the model (${o.lintHint}).` },
      { model: lifecycle.model.id, tier: lifecycle.model.tier },
    );
  }
  const errors = file.diagnostics.filter((d) => d.severity === 'error' && (d.shot === shot.name || d.shot === undefined));
  if (errors.length) {
    const first = errors.find((d) => d.rule.startsWith('safety/')) ?? errors[0];
    const safety = first.rule.startsWith('safety/');
    return refusal(file, shot, o.kind, {
      category: safety ? 'content-policy' : 'invalid-request',
      action: safety ? 'fix-prompt' : 'fix-request',
      retry: 'never',
      code: first.rule,
      message: `Not submitted: fix ${errors.length} lint error${errors.length === 1 ? '' : 's'} first — ${first.rule}: ${first.message} (line ${first.range.start.line + 1}; ${o.lintHint}).`,
    });
  }
  const urls: string[] = [];
  for (const ref of shot.params.references ?? []) {
    const r = await o.uploader.resolve(ref, dirname(file.path));
    if (!r.ok) return refusal(file, shot, o.kind, { ...r.error, message: `Not submitted: ${r.error.message}` });
    urls.push(r.url);
  }
  const seeded = o.seed !== undefined && shot.params.seed === undefined ? { ...shot, params: { ...shot.params, seed: o.seed } } : shot;
  const built = buildRequest(seeded, o.kind, urls);
  if (!built.ok) {
    return refusal(file, shot, o.kind, { category: 'invalid-request', action: 'fix-request', retry: 'never', code: 'invalid-request', message: `Not submitted: ${built.message}` });
  }
  const r = built.request;
  const budget = o.ledger.check(o.budgetUsd, r.estimatedCostUsd, o.now);
  if (budget) return refusal(file, shot, o.kind, budget, { model: r.model.id, tier: r.model.tier, estimatedCostUsd: r.estimatedCostUsd });
  const fb = planFallback(seeded, o, r.model.id, r.estimatedCostUsd, urls, today);
  const deprecated = lifecycle ? ` Warning: ${lifecycle.message}` : '';
  return {
    ok: true,
    spec: { file: file.key, shot: shot.name, model: r.model.id, tier: r.model.tier, kind: o.kind, body: r.body, promptHash: r.promptHash, estimatedCostUsd: r.estimatedCostUsd, expect: r.expect, fallback: fb.fallback },
    summary: `${o.kind === 'final' ? 'Final' : 'Draft'} "${shot.name || 'unnamed'}" on ${r.model.name} (${r.model.tier}): ${r.expect.durationSeconds} s ≈ ${formatUsd(r.estimatedCostUsd)}${fb.note}${deprecated}`,
  };
}

/** The fallback request for sustained 429s, when one is configured, valid for the shot, and no dearer. */
function planFallback(shot: Shot, o: PlanOptions, modelId: string, usd: number, urls: string[], today: string): { fallback?: Fallback; note: string } {
  const target = o.fallbacks?.[modelId];
  if (!target) return { note: '' };
  const targetModel = getModel(target);
  if (!targetModel) return { note: ` (fallback "${target}" is not a known model: not used)` };
  const life = lifecycleOf(targetModel, today);
  if (life?.state === 'retired') return { note: ` (fallback ${target} was retired on ${life.since}: not used)` };
  // Pin the exact model: buildRequest would otherwise map a draft to its family's Fast tier.
  const built = buildRequest({ ...shot, params: { ...shot.params, model: target, tier: targetModel.tier } }, o.kind, urls);
  if (!built.ok) return { note: ` (fallback ${target} cannot take this shot: not used)` };
  const f = built.request;
  if (f.model.id !== target) return { note: ` (fallback ${target} is not a ${o.kind} model: not used)` };
  if (f.estimatedCostUsd > usd + 1e-9) return { note: ` (fallback ${target} would cost ${formatUsd(f.estimatedCostUsd)}, more than ${formatUsd(usd)}: not used)` };
  return {
    fallback: { model: f.model.id, tier: f.model.tier, body: f.body, promptHash: f.promptHash, estimatedCostUsd: f.estimatedCostUsd, expect: f.expect },
    note: `; on sustained 429s: ${f.model.name} ≈ ${formatUsd(f.estimatedCostUsd)}`,
  };
}

/** What to expect of a journaled job's clips: from its request body, so no source file is needed. */
export function expectationOf(body: Record<string, unknown>, fallback?: Expectation): Expectation {
  if (fallback) return fallback;
  const size = typeof body.size === 'string' ? body.size.split('*').map(Number) : undefined;
  return {
    outputs: 1,
    durationSeconds: typeof body.duration === 'number' ? body.duration : undefined,
    width: size?.[0],
    height: size?.[1],
  };
}

export const INTERRUPTED_MESSAGE =
  'An earlier run stopped after recording this submit but before the API answered; the render may exist and be billed. Check your Atlas dashboard before rendering this shot again.';

/**
 * Settles an intent whose process is gone before it got an answer: one that provably never
 * left (no `sending` line) is closed — nothing was billed, the shot may render again; one that
 * may have been sent becomes outcome-unknown (never resubmitted). Returns the outcome-unknown
 * outcome, or undefined when the intent was closed as never sent.
 */
export function settleAbandoned(journal: Journal, rec: JobRecord, now: number): JobOutcome | undefined {
  const i = rec.intent;
  if (i.sendLogged && !rec.sent) {
    journal.write({ type: 'submit-failed', key: i.key, at: now, error: neverSentError() });
    return undefined;
  }
  const error = outcomeUnknown(INTERRUPTED_MESSAGE, 'interrupted');
  journal.write({ type: 'unknown', key: i.key, at: now, error });
  return { ...jobIdentity(i), status: 'outcome-unknown', outputs: [], warnings: [], error, submits: 0, estimatedCostUsd: i.estimatedCostUsd };
}

/**
 * After a restart (one process, no owners): submitted jobs to resume polling, intents that
 * never got an answer settled (see settleAbandoned).
 */
export function recoverUnfinished(journal: Journal, now: number, fileKey?: string): { resume: JobRecord[]; unknown: JobOutcome[]; unsent: JobRecord[] } {
  const mine = (r: JobRecord) => fileKey === undefined || r.intent.file === fileKey;
  const { resume, unknown, unsent } = journal.unfinished();
  // Intents journaled but provably never sent are closed first: nothing was billed.
  const closed = unsent.filter(mine);
  for (const rec of closed) settleAbandoned(journal, rec, now);
  const outcomes = unknown.filter(mine).map((rec) => settleAbandoned(journal, rec, now)!);
  return { resume: resume.filter(mine), unknown: outcomes, unsent: closed };
}

/**
 * The shot's most recent job, when its outcome is unknown: it may exist and be billed, so the
 * shot is not sent again until the user has checked (never a silent second render).
 */
export function lastUnknown(journal: Journal, fileKey: string, shot: string): JobRecord | undefined {
  let last: JobRecord | undefined;
  for (const r of journal.jobs.values()) {
    if (r.intent.file === fileKey && r.intent.shot === shot && (!last || r.intent.at >= last.intent.at)) last = r;
  }
  return last?.state === 'unknown' ? last : undefined;
}

/** The refusal for a shot whose last render's outcome is unknown; `how` says how to send it anyway. */
export function unknownRefusal(rec: JobRecord, how: string): JobOutcome {
  const i = rec.intent;
  return {
    ...jobIdentity(i),
    key: '',
    status: 'not-submitted',
    outputs: [],
    warnings: [],
    submits: 0,
    estimatedCostUsd: i.estimatedCostUsd,
    error: outcomeUnknown(
      `Not submitted: the last render of this shot (${new Date(i.at).toISOString()}) has an unknown outcome and may exist and be billed. Check your Atlas dashboard; if it is not there, ${how} to render it again.`,
      'unknown-outcome-pending',
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Job views: one job as the panel shows it, from the journal plus what is happening right now.

export type ViewStatus = 'queued' | 'submitting' | 'rendering' | 'downloading' | 'completed' | 'failed' | 'outcome-unknown' | 'cancelled' | 'not-submitted';

export interface JobView extends Pick<JobOutcome, 'key' | 'file' | 'shot' | 'model' | 'tier' | 'kind' | 'predictionId'> {
  /** The shot's stable id (heading + occurrence): what commands address. */
  shotId: string;
  requestHash?: string;
  picked?: boolean;
  status: ViewStatus;
  /** The API's own status word while rendering ("processing"). */
  apiStatus?: string;
  /** A short line about the current step ("retrying after rate-limit"). */
  phase?: string;
  createdAt: number;
  submittedAt?: number;
  updatedAt: number;
  predictTime?: number;
  estimatedCostUsd?: number;
  seed?: number;
  promptHash?: string;
  outputs: string[];
  warnings: string[];
  error?: RenderError & { actionText: string };
  /** Whether sending this shot again is safe (nothing may be rendering and billing already). */
  retrySafe: boolean;
}

function withAction(error: RenderError | undefined): JobView['error'] {
  return error ? { ...error, actionText: ACTION_TEXT[error.action] } : undefined;
}

/** A job's view from its journal record; `live` says whether this process is working on it. */
export function viewOfRecord(rec: JobRecord, live: boolean): JobView {
  const i = rec.intent;
  let status: ViewStatus;
  switch (rec.state) {
    case 'pending':
      status = live ? 'queued' : 'outcome-unknown';
      break;
    case 'submitted':
      // A submitted job not followed by this process is resumed on the next render or reload.
      status = rec.status === 'cancelled' ? 'cancelled' : 'rendering';
      break;
    case 'finished':
      status = rec.status === 'completed' ? 'downloading' : 'failed';
      break;
    case 'downloaded':
      status = rec.files.length > 0 && (!rec.error || rec.error.category === 'output-quality') ? 'completed' : 'failed';
      break;
    case 'submit-failed':
      status = rec.error?.code === 'cancelled' ? 'cancelled' : 'failed';
      break;
    case 'unknown':
      status = 'outcome-unknown';
      break;
    default:
      status = 'cancelled';
  }
  const error = rec.state === 'pending' && !live ? outcomeUnknown(INTERRUPTED_MESSAGE, 'interrupted') : rec.error;
  return {
    ...jobIdentity(i),
    status,
    apiStatus: rec.status,
    predictionId: rec.predictionId,
    createdAt: i.at,
    submittedAt: rec.submittedAt,
    updatedAt: rec.updatedAt,
    predictTime: rec.predictTime,
    estimatedCostUsd: i.estimatedCostUsd,
    seed: typeof i.body.seed === 'number' ? i.body.seed : undefined,
    promptHash: i.promptHash,
    requestHash: i.requestHash,
    picked: rec.picked,
    outputs: rec.files,
    warnings: rec.warnings,
    error: withAction(error),
    retrySafe: retrySafe(status, error, rec.predictionId),
  };
}

/**
 * Whether "Retry" may be offered: never while a job may still exist on the server (it would
 * render and bill twice); a cancelled wait on a submitted job is such a case.
 */
function retrySafe(status: ViewStatus, error: RenderError | undefined, predictionId: string | undefined): boolean {
  if (status === 'not-submitted') return true;
  if (status === 'cancelled') return predictionId === undefined;
  if (status !== 'failed') return false;
  return error?.retry !== 'check-before-resubmit';
}

export function viewOfOutcome(o: JobOutcome, at: number): JobView {
  return {
    key: o.key,
    file: o.file,
    shot: o.shot,
    shotId: o.shotId ?? o.shot,
    model: o.model,
    tier: o.tier,
    kind: o.kind,
    status: o.status,
    predictionId: o.predictionId,
    createdAt: at,
    updatedAt: at,
    predictTime: o.predictTime,
    estimatedCostUsd: o.estimatedCostUsd,
    outputs: o.outputs,
    warnings: o.warnings,
    error: withAction(o.error),
    retrySafe: retrySafe(o.status, o.error, o.predictionId),
  };
}

/**
 * A journal that tells a listener which job each entry touched, after it is on disk: entries
 * this process writes, and those of other processes as a refresh reads them.
 */
export class ObservedJournal extends Journal {
  private listener: (key: string) => void = () => undefined;

  constructor(store: JournalStore) {
    super(store);
  }

  onWrite(listener: (key: string) => void): void {
    this.listener = listener;
  }

  override refresh(partialTail = false): ReadonlySet<string> {
    const touched = super.refresh(partialTail);
    // The constructor's first read runs before the listener is set (the field is not yet assigned).
    if (this.listener) for (const key of touched) this.listener(key);
    return touched;
  }
}

export interface QueueDeps extends PipelineDeps {
  journal: ObservedJournal;
  ledger: Ledger;
  /** False on the simulator: its renders bill nothing and stay out of the spend ledger. */
  billed?: boolean;
}

/**
 * Runs jobs through the pipeline and keeps their views current. One AbortController per job:
 * cancelling stops waiting locally (there is no cancel endpoint) and the journal keeps the id.
 */
export class RenderQueue {
  /** Jobs this queue runs: their controller, what they are doing, and how to stop listening to the caller's signal. */
  private readonly live = new Map<string, { controller: AbortController; detach?: () => void; phase?: string; status?: ViewStatus }>();
  private readonly refused = new Map<string, JobView>();
  private readonly listeners = new Set<(view: JobView) => void>();
  private refusedCount = 0;
  private started = 0;
  private readonly running = new Map<string, Promise<JobOutcome>>();

  /**
   * `elsewhere`: whether a journaled job this queue does not run is still being worked on (by
   * another process, or followed here), so it is shown live rather than as interrupted.
   */
  constructor(
    readonly deps: QueueDeps,
    private readonly elsewhere: (rec: JobRecord) => boolean = () => false,
  ) {
    deps.journal.onWrite((key) => this.emit(key));
  }

  /** The outcome of a job this queue runs, while it runs. */
  done(key: string): Promise<JobOutcome> | undefined {
    return this.running.get(key);
  }

  onDidChange(listener: (view: JobView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get runningCount(): number {
    return this.live.size;
  }

  isRunning(key: string): boolean {
    return this.live.has(key);
  }

  /** Newest first: journaled jobs, plus refusals from this session (they were never sent). */
  views(limit = 200): JobView[] {
    const all = [...[...this.deps.journal.jobs.values()].map((r) => this.viewOf(r.intent.key)!), ...this.refused.values()];
    return all.sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
  }

  viewOf(key: string): JobView | undefined {
    const rec = this.deps.journal.jobs.get(key);
    if (!rec) return this.refused.get(key);
    const l = this.live.get(key);
    const view = viewOfRecord(rec, l !== undefined || this.elsewhere(rec));
    if (l?.status && !['completed', 'failed', 'outcome-unknown', 'cancelled'].includes(view.status)) view.status = l.status;
    if (l?.phase) view.phase = l.phase;
    return view;
  }

  /** Shows a job that was refused before sending (lint errors, budget) in the list. */
  addRefused(o: JobOutcome): JobView {
    const key = `refused-${++this.refusedCount}-${this.deps.clock.now()}`;
    const view = viewOfOutcome({ ...o, key }, this.deps.clock.now());
    this.refused.set(key, view);
    this.emitView(view);
    return view;
  }

  /**
   * Runs a job. Each job gets the dependencies as they are now: a later reconfiguration (another
   * API base, max wait) applies to the next job; a new key reaches running ones through the client.
   */
  start(spec: JobSpec, signal?: AbortSignal): { key: string; done: Promise<JobOutcome> } {
    const key = spec.key ?? `job-${this.deps.clock.now().toString(36)}-${(++this.started).toString(36)}-${Math.floor(this.deps.random() * 1e9).toString(36)}`;
    const { controller, detach } = this.controller(signal);
    this.live.set(key, { controller, detach, status: 'queued' });
    const done = runJob({ ...spec, key }, { ...this.deps }, controller.signal, this.progress).then((o) => this.finish(o));
    this.running.set(key, done);
    return { key, done };
  }

  resume(rec: JobRecord, expect?: Expectation, signal?: AbortSignal): Promise<JobOutcome> {
    const key = rec.intent.key;
    const { controller, detach } = this.controller(signal);
    // A job that finished in an earlier run only needs its clips fetched.
    this.live.set(key, { controller, detach, status: rec.state === 'submitted' ? 'rendering' : 'downloading' });
    this.emit(key);
    const done = resumeJob(rec, { ...this.deps }, expectationOf(rec.intent.body, expect), controller.signal, this.progress).then((o) => this.finish(o));
    this.running.set(key, done);
    return done;
  }

  /** A job's own controller, also aborted by the caller's signal (its listener removed when the job ends). */
  private controller(signal?: AbortSignal): { controller: AbortController; detach?: () => void } {
    const controller = new AbortController();
    if (!signal) return { controller };
    if (signal.aborted) controller.abort();
    const onAbort = () => controller.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    return { controller, detach: () => signal.removeEventListener('abort', onAbort) };
  }

  /** Stops waiting for one job, or for all; returns how many were stopped. */
  cancel(key?: string): number {
    let n = 0;
    for (const [k, l] of this.live) {
      if (key !== undefined && k !== key) continue;
      l.controller.abort();
      n++;
    }
    return n;
  }

  private readonly progress: Progress = (e) => {
    const l = this.live.get(e.key);
    if (!l) return;
    const status: ViewStatus | undefined =
      e.phase === 'queued' ? 'queued' : e.phase === 'submitting' ? 'submitting' : e.phase === 'rendering' ? (e.status === 'completed' ? 'downloading' : 'rendering') : undefined;
    if (status) l.status = status;
    l.phase = e.phase.startsWith('retrying') ? e.phase : undefined;
    this.emit(e.key);
  };

  private finish(o: JobOutcome): JobOutcome {
    this.live.get(o.key)?.detach?.();
    this.live.delete(o.key);
    this.running.delete(o.key);
    if (this.deps.billed !== false) this.deps.ledger.recordOutcome(o, this.deps.clock.now());
    this.emit(o.key);
    return o;
  }

  private emit(key: string): void {
    const view = this.viewOf(key);
    if (view) this.emitView(view);
  }

  private emitView(view: JobView): void {
    for (const l of this.listeners) l(view);
  }
}

/** The folder where a file's state lives: journal, ledger, log, render times, uploads. */
export function stateDir(outDir: string): string {
  return join(outDir, '.vprompt');
}
