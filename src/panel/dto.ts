// What the render panel's page is sent: its own data types, built by the explicit mappings
// below from the core's journal records and job views. Only the fields the page shows are
// copied, so a change in the core does not reach the page unless a mapping passes it on, and
// nothing else of a record (owners, hashes, request ids) crosses into the webview. Every string
// here may come from a prompt, a file name or the API; the page renders each one as text.
//
// The types below refer to nothing in src/core: the page (src/panel/webview) and the protocol
// (protocol.ts) import only these.
import type { JobRecord } from '../core/render/journal.js';
import type { JobView } from '../core/render/session.js';
import type { ParamValue } from './compare.js';

export type { ParamValue } from './compare.js';

export type JobStatus = 'queued' | 'submitting' | 'rendering' | 'downloading' | 'completed' | 'failed' | 'outcome-unknown' | 'cancelled' | 'not-submitted';

export interface ClipDto {
  /** A webview URI the <video> can load (inside the render folder). */
  src: string;
  /** The file name, for the tile's caption. */
  name: string;
  index: number;
}

export interface ErrorDto {
  category: string;
  /** fix-request, fix-prompt or wait. */
  action: string;
  /** What to do, in a few words ("Fix the prompt"). */
  actionText: string;
  /** never, backoff or check-before-resubmit. */
  retry: string;
  message: string;
  code?: string;
  /** The API's own error text, verbatim. */
  apiError?: string;
}

/** Which take of its shot a job is: take `number` of `of` (journaled renders of the shot, oldest first). */
export interface TakeRef {
  number: number;
  of: number;
}

export interface JobDto {
  key: string;
  file: string;
  /** The shot's heading text. */
  shot: string;
  /** The shot's stable id (heading + occurrence): what the panel groups by. */
  shotId: string;
  model: string;
  tier: string;
  kind: 'draft' | 'final';
  status: JobStatus;
  /** A short line about the current step ("retrying after rate-limit"). */
  phase?: string;
  predictionId?: string;
  createdAt: number;
  submittedAt?: number;
  updatedAt: number;
  predictTime?: number;
  estimatedCostUsd?: number;
  seed?: number;
  /** Picked (★) among its shot's takes. */
  picked: boolean;
  /** Whether sending this shot again is safe (nothing may be rendering and billing already). */
  retrySafe: boolean;
  warnings: string[];
  error?: ErrorDto;
  clips: ClipDto[];
  /** Undefined for a render refused before it was journaled (it is no take). */
  take?: TakeRef;
}

/** One take in the comparison: what it is, what it asked for, and its clips. */
export interface TakeDto {
  key: string;
  number: number;
  kind: 'draft' | 'final';
  status: JobStatus;
  createdAt: number;
  model: string;
  tier: string;
  seed?: number;
  picked: boolean;
  predictionId?: string;
  /** The prompt exactly as sent. */
  prompt: string;
  /** The other parameters sent, labelled, in a fixed order (model, duration, … seed, negative). */
  params: ParamValue[];
  clips: ClipDto[];
  /** Why it has no clip, when it failed. */
  error?: string;
}

export interface CompareDto {
  file: string;
  shot: string;
  shotId: string;
  /** Oldest first. */
  takes: TakeDto[];
}

export interface PanelStateDto {
  jobs: JobDto[];
  /** Today's estimated spend, in USD. */
  spendToday: number;
  budgetUsd?: number;
  backend: { kind: 'atlas' | 'simulator'; label: string };
  /** Rendering is off in an untrusted workspace; the panel says why. */
  renderingEnabled: boolean;
  disabledReason?: string;
}

/** Turns a clip's path on disk into something the page can load (a webview URI). */
export type ClipSource = (path: string) => string;

export function clipDtos(paths: readonly string[], src: ClipSource): ClipDto[] {
  return paths.map((p, index) => ({ src: src(p), name: p.split(/[\\/]/).pop() ?? p, index }));
}

export function errorDto(e: JobView['error']): ErrorDto | undefined {
  if (!e) return undefined;
  return {
    category: e.category,
    action: e.action,
    actionText: e.actionText,
    retry: e.retry,
    message: e.message,
    code: e.code === undefined ? undefined : String(e.code),
    apiError: e.apiError,
  };
}

export function jobDto(v: JobView, src: ClipSource, take?: TakeRef): JobDto {
  return {
    key: v.key,
    file: v.file,
    shot: v.shot,
    shotId: v.shotId,
    model: v.model,
    tier: v.tier,
    kind: v.kind,
    status: v.status,
    phase: v.phase,
    predictionId: v.predictionId,
    createdAt: v.createdAt,
    submittedAt: v.submittedAt,
    updatedAt: v.updatedAt,
    predictTime: v.predictTime,
    estimatedCostUsd: v.estimatedCostUsd,
    seed: v.seed,
    picked: v.picked === true,
    retrySafe: v.retrySafe,
    warnings: [...v.warnings],
    error: errorDto(v.error),
    clips: clipDtos(v.outputs, src),
    take,
  };
}

function shotKey(file: string, shotId: string): string {
  return `${file}\u0000${shotId}`;
}

/**
 * Take numbers for every journaled job, from one pass over the records: per shot (file and
 * shot id), oldest first, as `RenderSession.takes` orders them.
 */
export function takeRefs(records: Iterable<JobRecord>): Map<string, TakeRef> {
  const byShot = new Map<string, JobRecord[]>();
  for (const r of records) {
    const k = shotKey(r.intent.file, r.intent.shotId ?? r.intent.shot);
    const list = byShot.get(k);
    if (list) list.push(r);
    else byShot.set(k, [r]);
  }
  const refs = new Map<string, TakeRef>();
  for (const list of byShot.values()) {
    list.sort((a, b) => a.intent.at - b.intent.at);
    list.forEach((r, i) => refs.set(r.intent.key, { number: i + 1, of: list.length }));
  }
  return refs;
}

/** A job's place among its shot's takes (`takes`: the shot's records, oldest first). */
export function takeRefOf(key: string, takes: readonly JobRecord[]): TakeRef | undefined {
  const i = takes.findIndex((r) => r.intent.key === key);
  return i < 0 ? undefined : { number: i + 1, of: takes.length };
}

/** Request fields (the model's own names) and how the comparison labels them. */
const PARAM_LABEL: Readonly<Record<string, string>> = {
  model: 'model',
  duration: 'duration',
  resolution: 'resolution',
  size: 'size',
  aspect_ratio: 'aspect_ratio',
  generate_audio: 'audio',
  sound: 'audio',
  seed: 'seed',
  negative_prompt: 'negative',
  image: 'references',
  images: 'references',
  reference_images: 'references',
};
const PARAM_ORDER = ['model', 'duration', 'resolution', 'size', 'aspect_ratio', 'audio', 'seed', 'negative', 'references'];

function displayValue(name: string, v: unknown): string {
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  if (name === 'duration' && typeof v === 'number') return `${v} s`;
  if (Array.isArray(v)) return v.map((x) => displayValue('', x)).join(', ');
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v) ?? String(v);
}

/** The parameters of a request body other than the prompt, labelled and in a fixed order. */
export function paramsOf(body: Readonly<Record<string, unknown>>): ParamValue[] {
  const out: ParamValue[] = [];
  for (const [field, v] of Object.entries(body)) {
    if (field === 'prompt' || v === undefined || v === null) continue;
    const name = PARAM_LABEL[field] ?? field;
    out.push({ name, value: displayValue(name, v) });
  }
  const rank = (n: string) => {
    const i = PARAM_ORDER.indexOf(n);
    return i < 0 ? PARAM_ORDER.length : i;
  };
  return out.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/**
 * One take for the comparison: what was asked from the journal record (the exact body sent),
 * how it stands now from the job's view (live status, clips, pick).
 */
export function takeDto(rec: JobRecord, view: JobView, number: number, src: ClipSource): TakeDto {
  const body = rec.intent.body;
  return {
    key: rec.intent.key,
    number,
    kind: rec.intent.kind,
    status: view.status,
    createdAt: rec.intent.at,
    model: rec.intent.model,
    tier: rec.intent.tier,
    seed: typeof body.seed === 'number' ? body.seed : undefined,
    picked: view.picked === true,
    predictionId: view.predictionId,
    prompt: typeof body.prompt === 'string' ? body.prompt : '',
    params: paramsOf(body),
    clips: clipDtos(view.outputs, src),
    error: view.error?.message,
  };
}

/** The takes of one shot, oldest first; `viewOf` gives each one's current view. */
export function compareDto(takes: readonly JobRecord[], viewOf: (key: string) => JobView | undefined, src: ClipSource): CompareDto | undefined {
  const last = takes[takes.length - 1];
  if (!last) return undefined;
  return {
    file: last.intent.file,
    shot: last.intent.shot,
    shotId: last.intent.shotId ?? last.intent.shot,
    takes: takes.flatMap((r, i) => {
      const v = viewOf(r.intent.key);
      return v ? [takeDto(r, v, i + 1, src)] : [];
    }),
  };
}
