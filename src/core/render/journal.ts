// The job journal: append-only JSON lines, each written whole and flushed before the next
// step, so a crash at any point leaves a record that says what may have happened. An intent
// is written before every submit, a `sending` line right before the request and the
// prediction id right after it: on restart, an intent that never reached `sending` was
// provably not sent (safe to render again), one that did shows as outcome-unknown (never a
// silent resubmit), submitted jobs resume polling and finished jobs whose clips were not
// saved are downloaded again.
import type { RenderError } from '../api/errors.js';

export interface JournalStore {
  /** Appends one line durably (written and flushed before returning). */
  append(line: string): void;
  readAll(): string;
}

export interface IntentEntry {
  type: 'intent';
  key: string;
  at: number;
  file: string;
  shot: string;
  model: string;
  tier: string;
  kind: 'draft' | 'final';
  body: Record<string, unknown>;
  promptHash: string;
  estimatedCostUsd?: number;
  /**
   * Set by writers that journal `sending` before each submit request. Older journals lack
   * it, and for them an intent with no answer may still have been sent.
   */
  sendLogged?: boolean;
}

/** Who a job is (file, shot, model, tier, kind, key): what every outcome and view repeats from its intent. */
export function jobIdentity(i: IntentEntry): { key: string; file: string; shot: string; model: string; tier: string; kind: 'draft' | 'final' } {
  return { key: i.key, file: i.file, shot: i.shot, model: i.model, tier: i.tier, kind: i.kind };
}

export type JournalEntry =
  | IntentEntry
  | { type: 'sending'; key: string; at: number }
  /** Sustained 429s: the job goes to the user's configured fallback model from now on. */
  | { type: 'rerouted'; key: string; at: number; model: string; tier: string; body: Record<string, unknown>; promptHash: string; estimatedCostUsd?: number; from: string }
  | { type: 'submitted'; key: string; at: number; predictionId: string; requestId?: string }
  | { type: 'submit-failed'; key: string; at: number; error: RenderError }
  | { type: 'unknown'; key: string; at: number; error: RenderError }
  | { type: 'status'; key: string; at: number; status: string }
  | { type: 'finished'; key: string; at: number; status: string; outputs: string[]; predictTime?: number; error?: RenderError }
  /** `retry`: some clips were not saved for a local reason (disk full, broken transfer); fetch them again on resume. */
  | { type: 'downloaded'; key: string; at: number; files: string[]; warnings: string[]; error?: RenderError; retry?: boolean }
  | { type: 'cancelled'; key: string; at: number };

export type JobState = 'pending' | 'unknown' | 'submitted' | 'finished' | 'downloaded' | 'submit-failed' | 'cancelled';

export interface JobRecord {
  intent: IntentEntry;
  state: JobState;
  /** A submit request may have left (a `sending` line was journaled). */
  sent?: boolean;
  predictionId?: string;
  requestId?: string;
  submittedAt?: number;
  status?: string;
  outputs: string[];
  files: string[];
  warnings: string[];
  predictTime?: number;
  error?: RenderError;
  /** Clips still to fetch after a download that failed locally. */
  retryDownload?: boolean;
  updatedAt: number;
}

export interface ReplayResult {
  jobs: Map<string, JobRecord>;
  /** Lines that could not be read (e.g. a line cut short by a crash), with their line numbers. */
  problems: string[];
}

/** Applies one entry to the job map; returns a problem text when it cannot. */
function apply(jobs: Map<string, JobRecord>, e: JournalEntry): string | undefined {
  if (!e || typeof e !== 'object' || typeof (e as { key?: unknown }).key !== 'string') return 'is not a journal entry';
  if (e.type === 'intent') {
    jobs.set(e.key, { intent: e, state: 'pending', outputs: [], files: [], warnings: [], updatedAt: e.at });
    return undefined;
  }
  const job = jobs.get(e.key);
  if (!job) return `refers to an unknown job ${e.key}`;
  job.updatedAt = e.at;
  switch (e.type) {
    case 'rerouted':
      // What is sent (and resumed, and billed) is the fallback request from here on.
      job.intent = { ...job.intent, model: e.model, tier: e.tier, body: e.body, promptHash: e.promptHash, estimatedCostUsd: e.estimatedCostUsd };
      break;
    case 'sending':
      job.sent = true;
      break;
    case 'submitted':
      job.state = 'submitted';
      job.predictionId = e.predictionId;
      job.requestId = e.requestId;
      job.submittedAt = e.at;
      break;
    case 'submit-failed':
      job.state = 'submit-failed';
      job.error = e.error;
      break;
    case 'unknown':
      job.state = 'unknown';
      job.error = e.error;
      break;
    case 'status':
      job.status = e.status;
      break;
    case 'finished':
      job.state = 'finished';
      job.status = e.status;
      job.outputs = e.outputs;
      job.predictTime = e.predictTime;
      job.error = e.error;
      break;
    case 'downloaded':
      job.state = 'downloaded';
      job.files = e.files;
      job.warnings = e.warnings;
      job.retryDownload = e.retry === true;
      if (e.error) job.error = e.error;
      break;
    case 'cancelled':
      // A submitted job keeps rendering (and billing) on the server: keep its id to resume.
      if (job.state !== 'submitted') job.state = 'cancelled';
      job.status = 'cancelled';
      break;
    default:
      return `has an unknown entry type`;
  }
  return undefined;
}

export function replay(text: string): ReplayResult {
  const jobs = new Map<string, JobRecord>();
  const problems: string[] = [];
  const lines = text.split('\n');
  const last = lines.length - (lines[lines.length - 1] === '' ? 2 : 1);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let e: JournalEntry;
    try {
      e = JSON.parse(line) as JournalEntry;
    } catch {
      problems.push(`journal line ${i + 1} is incomplete or damaged and was skipped${i === last ? ' (likely cut short by a crash)' : ''}`);
      return;
    }
    const problem = apply(jobs, e);
    if (problem) problems.push(`journal line ${i + 1} ${problem} and was skipped`);
  });
  return { jobs, problems };
}

export class Journal {
  private state: ReplayResult;

  constructor(private readonly store: JournalStore) {
    this.state = replay(store.readAll());
  }

  get jobs(): ReadonlyMap<string, JobRecord> {
    return this.state.jobs;
  }

  get problems(): readonly string[] {
    return this.state.problems;
  }

  write(entry: JournalEntry): void {
    // Durable first, then in memory: what the process believes never runs ahead of the disk.
    this.store.append(JSON.stringify(entry));
    const problem = apply(this.state.jobs, entry);
    if (problem) throw new Error(`journal entry ${problem}`);
  }

  /**
   * Jobs to pick up after a restart. `resume`: submitted but never finished, or finished with
   * clips that were never saved (a crash or disk-full mid-download). `unknown`: intents that
   * may have been sent but got no answer. `unsent`: intents that provably never left (the
   * run stopped before journaling `sending`): nothing exists or bills on the server.
   */
  unfinished(): { resume: JobRecord[]; unknown: JobRecord[]; unsent: JobRecord[] } {
    const resume: JobRecord[] = [];
    const unknown: JobRecord[] = [];
    const unsent: JobRecord[] = [];
    for (const job of this.state.jobs.values()) {
      // A cancelled wait is resumed too: the job kept rendering (and billing) on the server.
      if (job.state === 'submitted') resume.push(job);
      if (job.state === 'finished' && job.status === 'completed' && job.outputs.length > 0) resume.push(job);
      if (job.state === 'downloaded' && job.retryDownload && job.outputs.length > 0) resume.push(job);
      if (job.state === 'pending') (job.intent.sendLogged && !job.sent ? unsent : unknown).push(job);
    }
    return { resume, unknown, unsent };
  }
}
