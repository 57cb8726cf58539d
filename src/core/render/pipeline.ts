// One render, end to end: journal the intent, wait for a scheduler slot, journal `sending`,
// submit (retrying only what provably created nothing), journal the prediction id, poll on
// the adaptive schedule, download and check the clips, and log each stage. Never throws for
// API or network trouble: every outcome is a JobOutcome with a classified error.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { AtlasClient } from '../api/client.js';
import {
  classifyFailedJob,
  contentPolicyFromOutputs,
  outcomeUnknown,
  type RenderError,
} from '../api/errors.js';
import type { HttpTransport } from '../api/http.js';
import { isTerminal, type Prediction } from '../api/schemas.js';
import { backoffDelay } from './backoff.js';
import type { Clock } from './clock.js';
import { downloadOutput, type ClipFiles, type DownloadResult, type OpenSink } from './download.js';
import type { CrashPoint } from './crashPoints.js';
import { jobIdentity, type IntentEntry, type Journal, type JobRecord } from './journal.js';
import { adaptiveSchedule } from './pollSchedule.js';
import type { RenderTimes } from './renderTimes.js';
import type { Scheduler } from './scheduler.js';
import type { LogRecord } from './log.js';
import { safeName } from './paths.js';

export interface Expectation {
  durationSeconds?: number;
  width?: number;
  height?: number;
  audio?: boolean;
  outputs: number;
}

export interface ClipCheck {
  /** Problems a person should know about; empty when the clip matches the request. */
  warnings: string[];
  error?: RenderError;
}

export interface PipelineDeps {
  client: AtlasClient;
  /** For downloads: a transport that is never given the API key. */
  download: HttpTransport;
  clock: Clock;
  random: () => number;
  scheduler: Scheduler;
  journal: Journal;
  renderTimes: RenderTimes;
  log: (record: LogRecord) => void;
  outDir: string;
  maxWaitMs: number;
  /** Checks a downloaded clip against the request. */
  checkClip?: (path: string, expect: Expectation) => Promise<ClipCheck>;
  /** How often a submit answered 429/503 (nothing created) is retried. */
  submitRetries?: number;
  maxDownloadBytes?: number;
  /** The render folder's files, for downloads. */
  files: ClipFiles;
  /** Where downloaded bytes go (default: files.openSink, the `.part` file); a seam for disk-full and crash tests. */
  openSink?: OpenSink;
  /** Test-only: called at each crash point so a test can kill the process exactly there. */
  crashAt?: (point: CrashPoint) => void;
}

export interface JobSpec {
  key?: string;
  file: string;
  shot: string;
  model: string;
  tier: string;
  kind: 'draft' | 'final';
  body: Record<string, unknown>;
  promptHash: string;
  estimatedCostUsd?: number;
  expect: Expectation;
  /** The user's equivalent model for sustained 429s, already checked to cost no more. */
  fallback?: Fallback;
  /** The shot's stable id (heading + occurrence); defaults to `shot`. */
  shotId?: string;
  /** See IntentEntry: the take's request and the exact body, hashed. */
  requestHash?: string;
  bodyHash?: string;
  owner?: string;
  billed?: boolean;
  /** The session journaled the intent already (inside the folder lock, with the budget check). */
  journaled?: boolean;
}

/** The intent line for a job: what is about to be sent, journaled before anything leaves. */
export function intentOf(spec: JobSpec, key: string, at: number): IntentEntry {
  return {
    type: 'intent',
    key,
    at,
    file: spec.file,
    shot: spec.shot,
    model: spec.model,
    tier: spec.tier,
    kind: spec.kind,
    body: spec.body,
    promptHash: spec.promptHash,
    estimatedCostUsd: spec.estimatedCostUsd,
    sendLogged: true,
    ...(spec.shotId !== undefined ? { shotId: spec.shotId } : {}),
    ...(spec.requestHash ? { requestHash: spec.requestHash, bodyHash: spec.bodyHash } : {}),
    ...(spec.owner ? { owner: spec.owner } : {}),
    ...(spec.billed !== undefined ? { billed: spec.billed } : {}),
  };
}

/** The part of a job's spec that a fallback replaces. */
export type Fallback = Pick<JobSpec, 'model' | 'tier' | 'body' | 'promptHash' | 'estimatedCostUsd' | 'expect'>;

/** Consecutive 429s on submit after which a job with a fallback moves to it. */
export const FALLBACK_AFTER_429S = 3;

export type JobStatus = 'completed' | 'failed' | 'outcome-unknown' | 'cancelled' | 'not-submitted';

export interface JobOutcome {
  key: string;
  file: string;
  shot: string;
  /** The shot's stable id, when known. */
  shotId?: string;
  model: string;
  tier: string;
  kind: 'draft' | 'final';
  predictionId?: string;
  status: JobStatus;
  /**
   * Set when nothing new was submitted for this shot: `up-to-date` (a completed take of the
   * same request exists) or `attached` (another job for the same request was followed).
   */
  reused?: 'up-to-date' | 'attached';
  outputs: string[];
  warnings: string[];
  error?: RenderError;
  estimatedCostUsd?: number;
  predictTime?: number;
  submits: number;
}

export type Progress = (event: { key: string; shot: string; phase: string; status?: string; predictionId?: string; elapsedMs?: number }) => void;

const POLL_RETRY_MS = 5000;

export async function runJob(spec: JobSpec, deps: PipelineDeps, signal?: AbortSignal, progress?: Progress): Promise<JobOutcome> {
  const key = spec.key ?? randomUUID();
  const base: JobOutcome = {
    key,
    file: spec.file,
    shot: spec.shot,
    shotId: spec.shotId ?? spec.shot,
    model: spec.model,
    tier: spec.tier,
    kind: spec.kind,
    status: 'not-submitted',
    outputs: [],
    warnings: [],
    estimatedCostUsd: spec.estimatedCostUsd,
    submits: 0,
  };
  if (!spec.journaled) deps.journal.write(intentOf(spec, key, deps.clock.now()));
  let limiter = deps.scheduler.for(spec.model);
  const retries = deps.submitRetries ?? 6;
  let release: (() => void) | undefined;
  let prediction: Prediction | undefined;
  let rateLimitedInRow = 0;
  try {
    for (let attempt = 0; ; attempt++) {
      progress?.({ key, shot: spec.shot, phase: 'queued' });
      try {
        release = await limiter.acquire(signal);
      } catch {
        deps.journal.write({ type: 'submit-failed', key, at: deps.clock.now(), error: cancelledError() });
        return { ...base, status: 'cancelled', error: cancelledError() };
      }
      deps.log({
        stage: 'request',
        at: new Date(deps.clock.now()).toISOString(),
        jobKey: key,
        model: spec.model,
        promptHash: spec.promptHash,
        duration: spec.body.duration as number | undefined,
        resolution: (spec.body.resolution ?? spec.body.size) as string | undefined,
        mode: spec.kind,
        attempt,
      });
      progress?.({ key, shot: spec.shot, phase: 'submitting' });
      deps.crashAt?.('before-submit');
      // From here on the request may leave: a crash before this line provably sent nothing.
      deps.journal.write({ type: 'sending', key, at: deps.clock.now() });
      base.submits++;
      const sentAt = deps.clock.now();
      const r = await deps.client.submit(spec.body, signal);
      deps.crashAt?.('after-submit-sent');
      if (r.ok) {
        prediction = r.value;
        limiter.onSubmitted(deps.clock.now() - sentAt);
        deps.journal.write({ type: 'submitted', key, at: deps.clock.now(), predictionId: r.value.id, requestId: r.requestId });
        deps.log({ stage: 'response', at: new Date(deps.clock.now()).toISOString(), jobKey: key, model: spec.model, predictionId: r.value.id, status: r.value.status, requestId: r.requestId });
        break;
      }
      release();
      release = undefined;
      const error = r.error;
      deps.log({ stage: 'response', at: new Date(deps.clock.now()).toISOString(), jobKey: key, model: spec.model, error: { category: error.category, code: error.code, message: error.message }, requestId: error.requestId });
      if (error.retry === 'check-before-resubmit') {
        deps.journal.write({ type: 'unknown', key, at: deps.clock.now(), error });
        return { ...base, status: 'outcome-unknown', error };
      }
      rateLimitedInRow = error.category === 'rate-limit' ? rateLimitedInRow + 1 : 0;
      if (rateLimitedInRow >= FALLBACK_AFTER_429S && spec.fallback && !signal?.aborted) {
        // Sustained 429s and the user named an equivalent model that costs no more: move to it
        // (journaled first, so a crash resumes the request actually sent) and try at once.
        const from = spec.model;
        const fb = spec.fallback;
        deps.journal.write({ type: 'rerouted', key, at: deps.clock.now(), model: fb.model, tier: fb.tier, body: fb.body, promptHash: fb.promptHash, estimatedCostUsd: fb.estimatedCostUsd, from });
        spec = { ...spec, ...fb, fallback: undefined };
        Object.assign(base, { model: fb.model, tier: fb.tier, estimatedCostUsd: fb.estimatedCostUsd });
        const note = `Rendered on ${fb.model} instead of ${from} after ${rateLimitedInRow} rate-limited submits (your fallback; it costs no more).`;
        base.warnings.push(note);
        deps.log({ stage: 'warning', at: new Date(deps.clock.now()).toISOString(), jobKey: key, model: fb.model, message: note });
        progress?.({ key, shot: spec.shot, phase: `rerouted to ${fb.model}` });
        limiter = deps.scheduler.for(fb.model);
        rateLimitedInRow = 0;
        continue;
      }
      if (error.retry === 'backoff' && attempt < retries && !signal?.aborted) {
        const delay = backoffDelay(attempt, { baseMs: 2000, maxMs: 60_000, random: deps.random }, error.retryAfterMs);
        if (error.category === 'rate-limit') limiter.onRateLimited(delay);
        progress?.({ key, shot: spec.shot, phase: `retrying after ${error.category}` });
        try {
          await deps.clock.sleep(error.category === 'rate-limit' ? 0 : delay, signal);
        } catch {
          deps.journal.write({ type: 'submit-failed', key, at: deps.clock.now(), error: cancelledError() });
          return { ...base, status: 'cancelled', error: cancelledError() };
        }
        continue;
      }
      // Nothing was created: the failure is definitive for this attempt.
      deps.journal.write({ type: 'submit-failed', key, at: deps.clock.now(), error });
      return { ...base, status: 'failed', error };
    }
    return await follow(key, spec, prediction.id, deps, base, signal, progress);
  } finally {
    release?.();
  }
}

/** Picks a submitted job back up (after a restart or a local timeout) without resubmitting it. */
export async function resumeJob(record: JobRecord, deps: PipelineDeps, expect: Expectation, signal?: AbortSignal, progress?: Progress): Promise<JobOutcome> {
  const i = record.intent;
  const base: JobOutcome = {
    ...jobIdentity(i),
    predictionId: record.predictionId,
    status: 'outcome-unknown',
    outputs: [],
    warnings: [],
    estimatedCostUsd: i.estimatedCostUsd,
    submits: 0,
  };
  if (!record.predictionId) return { ...base, error: outcomeUnknown('vprompt stopped after sending this submit and before the answer; the render may exist. Check before resubmitting.', 'interrupted') };
  const spec: JobSpec = { ...jobIdentity(i), body: i.body, promptHash: i.promptHash, estimatedCostUsd: i.estimatedCostUsd, expect };
  if (record.state === 'finished' || record.state === 'downloaded') {
    // It finished in an earlier run but its clips were not (all) saved: fetch them from the
    // journaled URLs; nothing to poll, no API slot needed.
    const prior = record.error && !KEPT_CODES.has(String(record.error.code)) ? record.error : undefined;
    const outcome: JobOutcome = { ...base, predictTime: record.predictTime, error: prior };
    return download(i.key, spec, record.predictionId, record.outputs, deps, outcome, signal, true);
  }
  const release = await deps.scheduler.for(i.model).acquire(signal).catch(() => undefined);
  try {
    return await follow(i.key, spec, record.predictionId, deps, base, signal, progress);
  } finally {
    release?.();
  }
}

async function follow(
  key: string,
  spec: JobSpec,
  id: string,
  deps: PipelineDeps,
  base: JobOutcome,
  signal?: AbortSignal,
  progress?: Progress,
): Promise<JobOutcome> {
  const outcome: JobOutcome = { ...base, predictionId: id };
  // Poll offsets count from the submit, also for a job resumed after a restart.
  const start = deps.journal.jobs.get(key)?.submittedAt ?? deps.clock.now();
  const history = deps.renderTimes.history({ model: spec.model, duration: spec.body.duration as number, resolution: spec.body.resolution as string });
  const schedule = adaptiveSchedule(history, deps.maxWaitMs);
  let last: Prediction | undefined;
  let lastStatus = '';
  // A failed poll is retried no sooner than POLL_RETRY_MS, also when the schedule is behind (a
  // resumed job's offsets are long past): else a short outage uses up every poll at once.
  let retryAt = 0;
  for (const offset of schedule) {
    const wait = Math.max(start + offset, retryAt) - deps.clock.now();
    try {
      if (wait > 0) await deps.clock.sleep(wait, signal);
    } catch {
      deps.journal.write({ type: 'cancelled', key, at: deps.clock.now() });
      return {
        ...outcome,
        status: 'cancelled',
        error: outcomeUnknown(`Stopped waiting locally. There is no cancel endpoint: job ${id} keeps rendering and will be billed; run the render again to fetch it.`, 'cancelled'),
      };
    }
    const r = await deps.client.getPrediction(id, signal);
    if (!r.ok) {
      // Polls are safe to retry; a 404 means the job is gone.
      if (r.error.category === 'expired' || r.error.category === 'auth') {
        deps.journal.write({ type: 'finished', key, at: deps.clock.now(), status: 'failed', outputs: [], error: r.error });
        return { ...outcome, status: 'failed', error: r.error };
      }
      retryAt = deps.clock.now() + POLL_RETRY_MS;
      continue;
    }
    last = r.value;
    if (last.status !== lastStatus) {
      lastStatus = last.status;
      deps.journal.write({ type: 'status', key, at: deps.clock.now(), status: last.status });
    }
    progress?.({ key, shot: spec.shot, phase: 'rendering', status: last.status, predictionId: id, elapsedMs: deps.clock.now() - start });
    deps.crashAt?.('polling');
    if (isTerminal(last.status)) break;
  }
  if (!last || !isTerminal(last.status)) {
    // Nobody follows the job now: another process (or the next run) may pick it up by its id.
    deps.journal.write({ type: 'released', key, at: deps.clock.now() });
    const error = outcomeUnknown(
      `Still rendering after ${Math.round(deps.maxWaitMs / 1000)} s. vprompt stopped waiting but job ${id} is kept: resume later to fetch it; do not resubmit.`,
      'max-wait',
    );
    return { ...outcome, status: 'outcome-unknown', error };
  }
  const predictTime = last.metrics?.predict_time ?? undefined;
  deps.log({
    stage: 'completion',
    at: new Date(deps.clock.now()).toISOString(),
    jobKey: key,
    model: spec.model,
    predictionId: id,
    status: last.status,
    predictTime,
    error: last.error ? { message: last.error, code: last.error_code ?? undefined } : undefined,
    outputUrl: last.outputs[0],
  });
  if (last.status !== 'completed') {
    const error = classifyFailedJob(last);
    deps.journal.write({ type: 'finished', key, at: deps.clock.now(), status: last.status, outputs: [], predictTime: predictTime ?? undefined, error });
    return { ...outcome, status: 'failed', error, predictTime: predictTime ?? undefined };
  }
  if (predictTime) {
    if (deps.renderTimes.isSpike(spec.model, predictTime * 1000)) {
      const median = deps.renderTimes.median(spec.model)! / 1000;
      outcome.warnings.push(`predict_time ${predictTime.toFixed(1)} s is well above the recent median (${median.toFixed(1)} s) for ${spec.model}: the service may be degrading.`);
      deps.log({ stage: 'warning', at: new Date(deps.clock.now()).toISOString(), jobKey: key, model: spec.model, predictionId: id, message: outcome.warnings[outcome.warnings.length - 1] });
    }
    deps.renderTimes.record({ model: spec.model, duration: spec.body.duration as number, resolution: spec.body.resolution as string }, predictTime * 1000);
  }
  const policy = contentPolicyFromOutputs(spec.expect.outputs, last.outputs.length, (last.has_nsfw_contents ?? []).some(Boolean));
  deps.journal.write({ type: 'finished', key, at: deps.clock.now(), status: 'completed', outputs: last.outputs, predictTime: predictTime ?? undefined, error: policy });
  return download(key, spec, id, last.outputs, deps, { ...outcome, predictTime: predictTime ?? undefined, error: policy }, signal);
}

/** Download errors that keep the job: the clips are fetched again on the next run. */
const KEPT_CODES = new Set(['disk-full', 'disk-error', 'download-interrupted']);

function downloadError(r: Extract<DownloadResult, { ok: false }>, id: string, resumed: boolean): RenderError {
  if (r.reason === 'http') {
    const message = resumed
      ? `Job ${id} finished in an earlier run, but its output URL answered ${r.status} before the clip was saved: it has expired. Render the shot again if you need the clip.`
      : r.message;
    return { category: 'expired', action: 'fix-request', retry: 'never', message, code: r.status };
  }
  if (r.reason === 'disk' || r.reason === 'network') {
    // The render exists and is billed: never offer a resubmit; the next run fetches it.
    const code = r.reason === 'network' ? 'download-interrupted' : r.code === 'ENOSPC' || r.code === 'EDQUOT' ? 'disk-full' : 'disk-error';
    return { category: 'unavailable', action: 'wait', retry: 'check-before-resubmit', message: r.message, code };
  }
  return { category: 'output-quality', action: 'wait', retry: 'never', message: r.message, code: r.reason };
}

/**
 * Downloads (or re-downloads on resume) a finished job's outputs and checks them. A clip
 * already saved under its final name (renamed only once complete) is not fetched again.
 */
export async function download(
  key: string,
  spec: Pick<JobSpec, 'file' | 'shot' | 'expect'>,
  id: string,
  urls: string[],
  deps: PipelineDeps,
  outcome: JobOutcome,
  signal?: AbortSignal,
  resumed = false,
): Promise<JobOutcome> {
  const files: string[] = [];
  const warnings = [...outcome.warnings];
  let error = outcome.error;
  let kept = false;
  const dir = join(deps.outDir, safeName(spec.file.replace(/\.vprompt$/i, '')), safeName(spec.shot || 'shot'));
  for (let i = 0; i < urls.length; i++) {
    const dest = join(dir, `${safeName(id)}-${i}.mp4`);
    const saved = deps.files.sizeOf(dest);
    const r: DownloadResult =
      saved !== undefined ? { ok: true, path: dest, bytes: saved } : await downloadOutput(deps.download, urls[i], dest, deps.files, { maxBytes: deps.maxDownloadBytes, signal, openSink: deps.openSink });
    if (!r.ok) {
      const e = downloadError(r, id, resumed);
      const keep = KEPT_CODES.has(String(e.code));
      kept ||= keep;
      // A kept download outranks other problems: it says what to do before the next run.
      if (!error || (keep && !KEPT_CODES.has(String(error.code)))) {
        if (error) warnings.push(error.message);
        error = e;
      } else warnings.push(e.message);
      continue;
    }
    files.push(r.path);
    if (deps.checkClip) {
      const check = await deps.checkClip(r.path, spec.expect);
      warnings.push(...check.warnings);
      error ??= check.error;
    }
  }
  deps.journal.write({ type: 'downloaded', key, at: deps.clock.now(), files, warnings, error, ...(kept ? { retry: true } : {}) });
  const status: JobStatus = !kept && files.length > 0 && (!error || error.category === 'output-quality') ? 'completed' : 'failed';
  return { ...outcome, status, outputs: files, warnings, error };
}

export const NEVER_SENT_MESSAGE = 'An earlier run stopped before sending this render; nothing was submitted or billed.';

/** The error that closes an intent which provably never left: nothing was submitted or billed. */
export function neverSentError(): RenderError {
  return { ...cancelledError(), message: NEVER_SENT_MESSAGE };
}

function cancelledError(): RenderError {
  return { category: 'outcome-unknown', action: 'wait', retry: 'never', message: 'Cancelled before anything was submitted; nothing was billed.', code: 'cancelled' };
}
