// One render session per render folder: the only owner, inside a process, of that folder's
// client, scheduler, journal, ledger and downloads. The CLI and the editor both build it from
// one settings object through `openRenderSession`; a settings or key change reconfigures it in
// place. Across processes the folder lock makes "look for a take of this request, check the
// budget, journal the intent" one step, so no two processes send the same request at once and
// a shared budget holds. Everything reaches the outside through the injected ports.
import { AtlasClient } from '../api/client.js';
import type { HttpTransport } from '../api/http.js';
import type { Shot } from '../format/types.js';
import { getModel, isoDay } from '../catalog/catalog.js';
import type { Clock } from './clock.js';
import type { CrashPoint } from './crashPoints.js';
import type { ClipFiles, OpenSink } from './download.js';
import type { FolderLock } from './folderLock.js';
import { jobIdentity, type JobRecord, type JournalStore } from './journal.js';
import { Ledger, localMidnight, type LedgerStore } from './ledger.js';
import { formatLogLine, type LogRecord } from './log.js';
import { intentOf, type ClipCheck, type Expectation, type JobOutcome, type JobSpec } from './pipeline.js';
import { ReferenceUploader, type ReferenceFiles } from './references.js';
import { RenderTimes, type KeyValueStore } from './renderTimes.js';
import { Scheduler, type Limits } from './scheduler.js';
import { ObservedJournal, RenderQueue, expectationOf, lastUnknown, planShot, settleAbandoned, stateDir, unknownRefusal, viewOfRecord, type JobView, type LintedFile } from './session.js';
import { completed, completedTake, inFlight, inFlightFor, requestHashes, takeRecords, takeSummary, type TakeSummary } from './takes.js';
import { outcomeUnknown } from '../api/errors.js';

/** Everything a session is built from; the CLI and the editor each fill one in. */
export interface SessionSettings {
  /** The render folder (absolute): clips here, state in `<outDir>/.vprompt`. */
  outDir: string;
  backend: 'atlas' | 'simulator';
  apiBaseUrl: string;
  apiKey?: string;
  maxWaitSeconds: number;
  budgetUsdPerDay?: number;
  /** Per-model overrides of the catalog's rate limits. */
  limits: Readonly<Record<string, Partial<Limits>>>;
  /** Equivalent models for sustained 429s; never a dearer one. */
  fallbackModels: Readonly<Record<string, string>>;
  /** Reference uploads: the project folder, and whether files outside it may be sent. */
  references: { root?: string; allowOutside: boolean; allowHint?: string };
}

export interface SimulatorHandle {
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

/** The outside world, injected: files, network, time, the lock, and (lazily) the simulator. */
export interface SessionPorts {
  transport: HttpTransport;
  /** For downloads: a transport that is never given the API key. */
  download: HttpTransport;
  clock: Clock;
  random: () => number;
  files: {
    lines(path: string): JournalStore & LedgerStore;
    kv(path: string): KeyValueStore;
    appendLine(path: string, line: string): void;
    /** Clip downloads: the `.part` file, the sniff, the rename. */
    clips: ClipFiles;
    /** Reference uploads: real paths, sizes, bytes. */
    references: ReferenceFiles;
  };
  lock(stateDir: string): Promise<FolderLock>;
  startSimulator?: () => Promise<SimulatorHandle>;
  checkClip?: (path: string, expect: Expectation) => Promise<ClipCheck>;
  openSink?: OpenSink;
  crashAt?: (point: CrashPoint) => void;
  /** Each log record, formatted; the session also appends it to `.vprompt/render.log`. */
  log?: (line: string, record: LogRecord) => void;
  /** How often a job followed in another process is looked at again. */
  followIntervalMs?: number;
}

export type SessionEvent =
  | { type: 'job'; view: JobView }
  | { type: 'note'; level: 'info' | 'warn'; message: string; file?: string; shotId?: string };

export interface RenderOptions {
  kind: 'draft' | 'final';
  /** Render again on purpose although a completed take of the same request exists. */
  newTake?: boolean;
  /** Send a shot again although its last render's outcome is unknown (the user checked). */
  resubmitUnknown?: boolean;
  /** The seed to render with (Promote to Final passes the picked take's). */
  seed?: number;
  /** How to re-run the linter, named in refusal messages. */
  lintHint: string;
  today?: string;
  signal?: AbortSignal;
}

export type ItemKind = 'started' | 'attached' | 'up-to-date' | 'refused';

export interface BatchItem {
  shot: Shot;
  kind: ItemKind;
  /** The job followed (started, attached or the completed take); none for a refusal. */
  key?: string;
  message: string;
  done: Promise<JobOutcome>;
}

export interface RenderBatch {
  items: BatchItem[];
  upToDate: number;
  done: Promise<JobOutcome[]>;
}

type Planned = { ok: true; spec: JobSpec; summary: string } | { ok: false; outcome: JobOutcome };

const sessions = new Map<string, Promise<RenderSession>>();

/**
 * The session of a render folder, created on first use; a later call with other settings for
 * the same folder reconfigures that session instead of building a second owner.
 */
export async function openRenderSession(settings: SessionSettings, ports: SessionPorts): Promise<RenderSession> {
  const key = settings.outDir;
  const existing = sessions.get(key);
  if (existing) {
    const s = await existing.catch(() => undefined);
    if (s && !s.closed) {
      await s.reconfigure(settings);
      return s;
    }
  }
  const created = RenderSession.create(settings, ports);
  sessions.set(key, created);
  created.catch(() => sessions.delete(key));
  return created;
}

/** The open session of a folder, if any. */
export function sessionFor(outDir: string): Promise<RenderSession> | undefined {
  return sessions.get(outDir);
}

export class RenderSession {
  readonly stateDir: string;
  readonly journal: ObservedJournal;
  readonly ledger: Ledger;
  readonly renderTimes: RenderTimes;
  queue!: RenderQueue;
  closed = false;
  private client!: AtlasClient;
  private clientBase = '';
  private sim?: SimulatorHandle;
  private simStarting?: Promise<SimulatorHandle>;
  private uploader!: ReferenceUploader;
  private readonly listeners = new Set<(e: SessionEvent) => void>();
  /** Jobs of other processes this one follows (attached to): shown live, not as interrupted. */
  private readonly following = new Set<string>();
  private readonly aliveCache = new Map<string, boolean>();
  private scheduler!: Scheduler;

  private constructor(
    private settings: SessionSettings,
    private readonly ports: SessionPorts,
    readonly lock: FolderLock,
  ) {
    this.stateDir = stateDir(settings.outDir);
    this.journal = new ObservedJournal(ports.files.lines(`${this.stateDir}/journal.jsonl`));
    this.ledger = new Ledger(ports.files.lines(`${this.stateDir}/ledger.jsonl`));
    this.renderTimes = new RenderTimes(ports.files.kv(`${this.stateDir}/render-times.json`));
  }

  static async create(settings: SessionSettings, ports: SessionPorts): Promise<RenderSession> {
    const lock = await ports.lock(stateDir(settings.outDir));
    const s = new RenderSession(settings, ports, lock);
    await s.connect(settings);
    s.buildQueue();
    return s;
  }

  private buildQueue(): void {
    const p = this.ports;
    this.queue = new RenderQueue(
      {
        client: this.client,
        download: p.download,
        clock: p.clock,
        random: p.random,
        scheduler: this.scheduler,
        journal: this.journal,
        ledger: this.ledger,
        renderTimes: this.renderTimes,
        log: (r) => this.logRecord(r),
        outDir: this.settings.outDir,
        files: p.files.clips,
        maxWaitMs: this.settings.maxWaitSeconds * 1000,
        checkClip: p.checkClip,
        openSink: p.openSink,
        crashAt: p.crashAt,
        billed: this.settings.backend !== 'simulator',
      },
      (rec) => this.following.has(rec.intent.key) || this.ownerLive(rec),
    );
    this.queue.onDidChange((view) => this.emit({ type: 'job', view }));
  }

  /** The client, scheduler and uploader for these settings; a new key updates the client in place. */
  private async connect(s: SessionSettings): Promise<void> {
    let base = s.apiBaseUrl;
    let key = s.apiKey;
    if (s.backend === 'simulator') {
      const sim = await this.simulator();
      base = sim.url;
      key = sim.apiKey;
    }
    if (this.client && this.clientBase === base) this.client.setApiKey(key);
    else {
      // Jobs already running keep the client they started with (their job lives on that server).
      this.client = new AtlasClient({ baseUrl: base, apiKey: key, transport: this.ports.transport, timeoutMs: 60_000 });
      this.clientBase = base;
    }
    const limitsFor = (m: string): Limits => ({ ...(getModel(m)?.limits ?? { rpm: 20, concurrency: 4 }), ...(this.settings.limits[m] ?? {}) }) as Limits;
    if (!this.scheduler) this.scheduler = new Scheduler(limitsFor, this.ports.clock);
    else this.scheduler.reconfigure(limitsFor);
    this.uploader = new ReferenceUploader(this.client, this.ports.files.references, this.ports.files.kv(`${this.stateDir}/uploads.json`), () => this.ports.clock.now(), {
      root: s.references.root,
      allowOutside: s.references.allowOutside,
      allowHint: s.references.allowHint,
    });
  }

  private async simulator(): Promise<SimulatorHandle> {
    if (this.sim) return this.sim;
    if (!this.ports.startSimulator) throw new Error('the built-in simulator is not available here');
    this.simStarting ??= this.ports.startSimulator();
    this.sim = await this.simStarting;
    return this.sim;
  }

  get backend(): 'atlas' | 'simulator' {
    return this.settings.backend;
  }

  get outDir(): string {
    return this.settings.outDir;
  }

  get baseUrl(): string {
    return this.clientBase;
  }

  get apiClient(): AtlasClient {
    return this.client;
  }

  get budgetUsd(): number | undefined {
    return this.settings.budgetUsdPerDay;
  }

  get current(): Readonly<SessionSettings> {
    return this.settings;
  }

  /**
   * New settings for the same folder, applied in place: the key, limits, max wait and budget
   * hold from the next request. Jobs running keep going; nothing is recovered or resent.
   */
  async reconfigure(next: SessionSettings): Promise<void> {
    if (next.outDir !== this.settings.outDir) throw new Error(`a session serves one render folder (${this.settings.outDir}), not ${next.outDir}`);
    this.settings = next;
    await this.connect(next);
    const d = this.queue.deps;
    d.client = this.client;
    d.maxWaitMs = next.maxWaitSeconds * 1000;
    d.billed = next.backend !== 'simulator';
  }

  onEvent(listener: (e: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: SessionEvent): void {
    for (const l of this.listeners) l(e);
  }

  private note(level: 'info' | 'warn', message: string, file?: string, shotId?: string): void {
    this.emit({ type: 'note', level, message, file, shotId });
  }

  private logRecord(r: LogRecord): void {
    const line = formatLogLine(r);
    this.ports.log?.(line, r);
    try {
      this.ports.files.appendLine(`${this.stateDir}/render.log`, line);
    } catch (e) {
      this.note('warn', `Cannot write ${this.stateDir}/render.log: ${(e as Error).message}`);
    }
  }

  /**
   * Whether a journaled job's owner still works on it: this session (its intent is written in
   * the lock a moment before the queue starts it), or another process not known to be gone.
   */
  private ownerLive(rec: JobRecord): boolean {
    const o = rec.owner;
    if (o === undefined) return false;
    return o === this.lock.owner ? !this.closed : this.aliveCache.get(o) !== false;
  }

  private async ownerAlive(owner: string | undefined): Promise<boolean> {
    if (!owner) return false;
    if (owner === this.lock.owner) return !this.closed;
    const alive = await this.lock.alive(owner);
    this.aliveCache.set(owner, alive);
    return alive;
  }

  /**
   * After a restart, or when another process died: jobs whose owner no longer runs are taken
   * over — submitted ones resume polling, intents provably never sent are closed, intents that
   * may have been sent become outcome-unknown (never resent). Jobs of a live process are left
   * to it. `fileKey` limits this to one file (the CLI's).
   */
  async recover(fileKey?: string): Promise<{ resumed: Array<Promise<JobOutcome>>; resumedShots: string[]; unknown: JobOutcome[] }> {
    const resumed: Array<Promise<JobOutcome>> = [];
    const unknown: JobOutcome[] = [];
    const toResume: JobRecord[] = [];
    await this.lock.exclusive(async () => {
      this.journal.refresh();
      const now = this.ports.clock.now();
      for (const rec of this.journal.jobs.values()) {
        if (fileKey !== undefined && rec.intent.file !== fileKey) continue;
        if (!inFlight(rec) || this.queue.isRunning(rec.intent.key)) continue;
        if (rec.owner === this.lock.owner || (await this.ownerAlive(rec.owner))) continue;
        const i = rec.intent;
        const name = i.shot || 'unnamed';
        if (rec.state === 'pending') {
          const lost = settleAbandoned(this.journal, rec, now);
          if (!lost) this.note('info', `"${name}": an earlier run stopped before sending it; nothing was submitted or billed.`, i.file, i.shotId);
          else {
            unknown.push(lost);
            this.note('warn', `"${name}" was interrupted between submit and answer: ${lost.error!.message}`, i.file, i.shotId);
          }
          continue;
        }
        this.journal.write({ type: 'claimed', key: i.key, at: now, owner: this.lock.owner });
        toResume.push(rec);
      }
    });
    for (const rec of toResume) {
      const name = rec.intent.shot || 'unnamed';
      this.note('info', rec.state === 'submitted' ? `Resuming ${name} (${rec.predictionId}) from an earlier run; not resubmitted.` : `Fetching the clips of ${name} (${rec.predictionId}): it finished in an earlier run but they were not saved.`, rec.intent.file, rec.intent.shotId);
      resumed.push(this.queue.resume(rec, expectationOf(rec.intent.body)));
    }
    return { resumed, resumedShots: toResume.map((r) => r.intent.shotId ?? r.intent.shot), unknown };
  }

  /**
   * Renders shots of a linted file: each one is refused (with the reason), up to date (a
   * completed take of the same request: no charge), attached (a job for the same request is in
   * flight here or in another process) or started. Nothing is ever sent twice.
   */
  async render(file: LintedFile, shots: readonly Shot[], o: RenderOptions): Promise<RenderBatch> {
    const items: BatchItem[] = [];
    const today = o.today ?? isoDay(this.ports.clock.now());
    for (const shot of shots) items.push(await this.renderShot(file, shot, o, today));
    const upToDate = items.filter((i) => i.kind === 'up-to-date').length;
    return { items, upToDate, done: Promise.all(items.map((i) => i.done)) };
  }

  private async renderShot(file: LintedFile, shot: Shot, o: RenderOptions, today: string): Promise<BatchItem> {
    const shotId = shot.id ?? shot.name;
    const refused = (outcome: JobOutcome): BatchItem => {
      const view = this.queue.addRefused({ ...outcome, shotId });
      return { shot, kind: 'refused', key: view.key, message: outcome.error?.message ?? 'Not submitted.', done: Promise.resolve({ ...outcome, key: view.key, shotId }) };
    };
    if (!o.resubmitUnknown) {
      this.journal.refresh();
      const unknownJob = lastUnknown(this.journal, file.key, shotId);
      if (unknownJob) return refused(unknownRefusal(unknownJob, o.lintHint.startsWith('run') ? 'pass --resubmit-unknown' : 'render it again and choose Render Again'));
    }
    const autoSeed = o.seed === undefined && shot.params.seed === undefined && o.kind === 'draft';
    const seed = o.seed ?? (autoSeed ? Math.floor(this.ports.random() * 2 ** 31) : undefined);
    const planned: Planned = await planShot(file, shot, {
      kind: o.kind,
      uploader: this.uploader,
      ledger: this.ledger,
      // The budget is checked below, inside the folder lock, with what is in flight.
      budgetUsd: undefined,
      now: this.ports.clock.now(),
      seed,
      lintHint: o.lintHint,
      fallbacks: this.settings.fallbackModels,
      today,
    });
    if (!planned.ok) return refused(planned.outcome);
    const hashes = requestHashes(planned.spec.body, autoSeed);
    const spec: JobSpec = { ...planned.spec, shotId, ...hashes, owner: this.lock.owner, billed: this.settings.backend !== 'simulator', journaled: true };
    const decision = await this.lock.exclusive(async () => {
      this.journal.refresh();
      this.ledger.refresh();
      const now = this.ports.clock.now();
      if (!o.newTake) {
        const done = completedTake(this.journal, file.key, shotId, hashes.requestHash);
        if (done) return { kind: 'up-to-date' as const, rec: done };
      }
      const flying = inFlightFor(this.journal, hashes, o.newTake === true);
      if (flying) return { kind: 'attached' as const, rec: flying };
      const budget = this.ledger.check(this.settings.budgetUsdPerDay, spec.estimatedCostUsd ?? 0, now, this.inFlightSpend(now));
      if (budget) return { kind: 'budget' as const, error: budget };
      const key = `job-${now.toString(36)}-${Math.floor(this.ports.random() * 1e9).toString(36)}`;
      this.journal.write(intentOf(spec, key, now));
      return { kind: 'started' as const, key };
    });
    const name = shot.name || 'unnamed';
    if (decision.kind === 'budget') {
      return refused({ key: '', file: file.key, shot: shot.name, shotId, model: spec.model, tier: spec.tier, kind: o.kind, status: 'not-submitted', outputs: [], warnings: [], submits: 0, estimatedCostUsd: spec.estimatedCostUsd, error: decision.error });
    }
    if (decision.kind === 'up-to-date') {
      const rec = decision.rec;
      const message = `"${name}" is up to date: take ${rec.predictionId ?? rec.intent.key} of ${new Date(rec.intent.at).toISOString()} has this exact request (no charge). Render another take to render it again.`;
      this.note('info', message, file.key, shotId);
      return { shot, kind: 'up-to-date', key: rec.intent.key, message, done: Promise.resolve({ ...this.outcomeOf(rec), reused: 'up-to-date' }) };
    }
    if (decision.kind === 'attached') {
      const rec = decision.rec;
      const where = rec.owner && rec.owner !== this.lock.owner ? 'in another process' : 'here';
      const message = `"${name}": the same request is already rendering ${where}${rec.predictionId ? ` (${rec.predictionId})` : ''}; following it instead of submitting again.`;
      this.note('info', message, file.key, shotId);
      return { shot, kind: 'attached', key: rec.intent.key, message, done: this.follow(rec.intent.key, o.signal).then((out) => ({ ...out, reused: 'attached' as const })) };
    }
    this.note('info', planned.summary, file.key, shotId);
    const started = this.queue.start({ ...spec, key: decision.key }, o.signal);
    return { shot, kind: 'started', key: started.key, message: planned.summary, done: started.done };
  }

  /** What renders sent by any process but not yet in the ledger will cost (billed ones, today). */
  private inFlightSpend(now: number): number {
    const midnight = localMidnight(now);
    let usd = 0;
    for (const r of this.journal.jobs.values()) {
      const i = r.intent;
      if (i.billed === false || i.at < midnight || !i.estimatedCostUsd || this.ledger.has(i.key)) continue;
      // Sent or about to be, possibly billed: reserved. Failed and never-sent jobs bill nothing.
      if (inFlight(r) || r.state === 'unknown' || completed(r)) usd += i.estimatedCostUsd;
    }
    return usd;
  }

  /** A job's outcome from its journal record (for takes done, or followed in another process). */
  outcomeOf(rec: JobRecord): JobOutcome {
    const v = viewOfRecord(rec, false);
    const status = v.status === 'completed' || v.status === 'failed' || v.status === 'cancelled' || v.status === 'not-submitted' ? v.status : 'outcome-unknown';
    return { ...jobIdentity(rec.intent), predictionId: rec.predictionId, status, outputs: rec.files, warnings: rec.warnings, error: rec.error, estimatedCostUsd: rec.intent.estimatedCostUsd, predictTime: rec.predictTime, submits: 0 };
  }

  /**
   * Follows a job to its end: this process's own through the queue; another process's by
   * reading the journal it writes. If that process dies (or stops following), the job is
   * taken over here — polled with its prediction id, never submitted again.
   */
  private async follow(key: string, signal?: AbortSignal): Promise<JobOutcome> {
    const own = this.queue.done(key);
    if (own) return own;
    this.following.add(key);
    try {
      for (;;) {
        this.journal.refresh();
        const rec = this.journal.jobs.get(key)!;
        if (!inFlight(rec)) return this.outcomeOf(rec);
        const mine = this.queue.done(key);
        if (mine) return await mine;
        if (!(await this.ownerAlive(rec.owner))) {
          const taken = await this.takeOver(key);
          if (taken) return await taken;
          continue;
        }
        try {
          await this.ports.clock.sleep(this.ports.followIntervalMs ?? 1000, signal);
        } catch {
          const r = this.journal.jobs.get(key)!;
          return { ...this.outcomeOf(r), status: 'cancelled', error: outcomeUnknown(`Stopped following the job of another process; it goes on there${r.predictionId ? ` (${r.predictionId})` : ''}.`, 'cancelled') };
        }
      }
    } finally {
      this.following.delete(key);
    }
  }

  /** Takes over a job whose owner is gone, inside the lock (so only one process does). */
  private async takeOver(key: string): Promise<Promise<JobOutcome> | undefined> {
    const claimed = await this.lock.exclusive(async () => {
      this.journal.refresh();
      const rec = this.journal.jobs.get(key)!;
      if (!inFlight(rec) || rec.owner === this.lock.owner || (await this.ownerAlive(rec.owner))) return undefined;
      const now = this.ports.clock.now();
      if (rec.state === 'pending') {
        settleAbandoned(this.journal, rec, now);
        return undefined;
      }
      this.journal.write({ type: 'claimed', key, at: now, owner: this.lock.owner });
      return rec;
    });
    if (!claimed) return undefined;
    this.note('info', `The process rendering "${claimed.intent.shot || 'unnamed'}" stopped; following ${claimed.predictionId} here (not resubmitted).`, claimed.intent.file, claimed.intent.shotId);
    return this.queue.resume(claimed, expectationOf(claimed.intent.body));
  }

  /** The takes of a shot, oldest first. */
  takes(file: string, shotId: string): JobRecord[] {
    return takeRecords(this.journal, file, shotId);
  }

  summary(file: string, shotId: string, currentHash: (kind: 'draft' | 'final') => string | undefined): TakeSummary {
    return takeSummary(this.journal, file, shotId, currentHash);
  }

  /** Picks (★) one take of its shot; the shot's other takes are unpicked. */
  async pick(key: string, picked = true): Promise<void> {
    await this.lock.exclusive(() => {
      this.journal.refresh();
      const rec = this.journal.jobs.get(key);
      if (!rec) throw new Error(`no take ${key}`);
      const now = this.ports.clock.now();
      if (picked) {
        for (const other of takeRecords(this.journal, rec.intent.file, rec.intent.shotId ?? rec.intent.shot)) {
          if (other.picked && other.intent.key !== key) this.journal.write({ type: 'picked', key: other.intent.key, at: now, picked: false });
        }
      }
      if ((rec.picked ?? false) !== picked) this.journal.write({ type: 'picked', key, at: now, picked });
    });
  }

  cancel(key?: string): number {
    return this.queue.cancel(key);
  }

  /** Stops waiting for every job, closes the simulator and gives up the folder. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    sessions.delete(this.settings.outDir);
    this.queue.cancel();
    await this.lock.close();
    await this.sim?.close();
  }
}
