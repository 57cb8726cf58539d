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
  /**
   * The whole lines written since `offset` (a position this method returned before, or 0) and
   * the position after them; with `partialTail`, a last line with no newline too (on opening:
   * a line a crash cut short). Other processes append to the same journal; this is how a
   * journal sees their lines. Without it, `readAll` is sliced (fine for in-memory stores).
   */
  readSince?(offset: number, partialTail?: boolean): { text: string; offset: number };
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
  /** The shot's stable id (heading + occurrence); journals before it have only `shot`. */
  shotId?: string;
  /**
   * The take's request: a hash of the body as the shot asks for it (model included, without a
   * seed vprompt picked itself). Equal hashes mean the same render was asked for again.
   */
  requestHash?: string;
  /** A hash of the exact body sent (with the picked seed): never two of these in flight at once. */
  bodyHash?: string;
  /** The process (session) working on the job; another process leaves it alone while that one lives. */
  owner?: string;
  /** False on the simulator: nothing is billed, so nothing counts towards a budget. */
  billed?: boolean;
}

/** Who a job is (file, shot, model, tier, kind, key): what every outcome and view repeats from its intent. */
export function jobIdentity(i: IntentEntry): { key: string; file: string; shot: string; shotId: string; model: string; tier: string; kind: 'draft' | 'final' } {
  return { key: i.key, file: i.file, shot: i.shot, shotId: i.shotId ?? i.shot, model: i.model, tier: i.tier, kind: i.kind };
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
  | { type: 'cancelled'; key: string; at: number }
  /** Another process took a job over: its owner died, or stopped following it. */
  | { type: 'claimed'; key: string; at: number; owner: string }
  /** The owner stopped following a job that may still finish (max wait): anyone may pick it up. */
  | { type: 'released'; key: string; at: number }
  /** The user picked (★) this take of its shot, or unpicked it. */
  | { type: 'picked'; key: string; at: number; picked: boolean };

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
  /** Who follows the job now; undefined once nobody does (cancelled wait, max wait). */
  owner?: string;
  picked?: boolean;
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
    jobs.set(e.key, { intent: e, state: 'pending', outputs: [], files: [], warnings: [], updatedAt: e.at, owner: e.owner });
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
      job.owner = undefined;
      break;
    case 'claimed':
      job.owner = e.owner;
      if (job.status === 'cancelled') job.status = undefined;
      break;
    case 'released':
      job.owner = undefined;
      break;
    case 'picked':
      job.picked = e.picked;
      break;
    default:
      return `has an unknown entry type`;
  }
  return undefined;
}

export function replay(text: string): ReplayResult {
  const result: ReplayResult = { jobs: new Map(), problems: [] };
  applyText(result, text, 0);
  return result;
}

/** Applies the lines of `text` (numbered from `firstLine`) to a replay result; `touched` collects the job keys. */
function applyText({ jobs, problems }: ReplayResult, text: string, firstLine: number, touched?: Set<string>): number {
  const lines = text.split('\n');
  const last = lines.length - (lines[lines.length - 1] === '' ? 2 : 1);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let e: JournalEntry;
    try {
      e = JSON.parse(line) as JournalEntry;
    } catch {
      problems.push(`journal line ${firstLine + i + 1} is incomplete or damaged and was skipped${i === last ? ' (likely cut short by a crash)' : ''}`);
      return;
    }
    const problem = apply(jobs, e);
    if (problem) problems.push(`journal line ${firstLine + i + 1} ${problem} and was skipped`);
    else touched?.add(e.key);
  });
  return lines.length - (lines[lines.length - 1] === '' ? 1 : 0);
}

export class Journal {
  private readonly state: ReplayResult = { jobs: new Map(), problems: [] };
  private offset = 0;
  private lineCount = 0;

  constructor(private readonly store: JournalStore) {
    this.refresh(true);
  }

  /**
   * Reads the lines appended since the last read, by this process or another one sharing the
   * folder, and applies them in file order. Each line is applied exactly once.
   */
  refresh(partialTail = false): ReadonlySet<string> {
    const touched = new Set<string>();
    let text: string;
    if (this.store.readSince) {
      const r = this.store.readSince(this.offset, partialTail);
      text = r.text;
      this.offset = r.offset;
    } else {
      const all = this.store.readAll();
      const end = partialTail ? all.length : all.lastIndexOf('\n') + 1;
      text = end > this.offset ? all.slice(this.offset, end) : '';
      this.offset = Math.max(this.offset, end);
    }
    if (text) this.lineCount += applyText(this.state, text, this.lineCount, touched);
    return touched;
  }

  get jobs(): ReadonlyMap<string, JobRecord> {
    return this.state.jobs;
  }

  get problems(): readonly string[] {
    return this.state.problems;
  }

  write(entry: JournalEntry): void {
    // Durable first, then in memory: what the process believes never runs ahead of the disk.
    // Reading back from the store also applies what other processes wrote before this line.
    if (entry.type !== 'intent' && !this.state.jobs.has(entry.key)) {
      this.refresh();
      if (!this.state.jobs.has(entry.key)) throw new Error(`journal entry refers to an unknown job ${entry.key}`);
    }
    this.store.append(JSON.stringify(entry));
    this.refresh();
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
