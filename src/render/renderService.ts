// The editor's side of rendering: picks the backend (Atlas with the stored key, or the built-in
// simulator), builds the pipeline over the render folder's journal, plans shots with the same
// refusals as the CLI, and resumes unfinished jobs from the journal (after a reload too).
// Everything that spends money goes through here.
import * as vscode from 'vscode';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { AtlasClient } from '../core/api/client.js';
import { undiciTransport } from '../core/api/undiciTransport.js';
import { getModel } from '../core/catalog/catalog.js';
import { checkClip } from '../core/media/checks.js';
import { systemClock } from '../core/render/clock.js';
import { FileJournalStore, FileKeyValueStore, appendLine } from '../core/render/fileStores.js';
import { Ledger } from '../core/render/ledger.js';
import { refreshSchemas } from '../core/render/liveSchemas.js';
import { formatLogLine, type LogRecord } from '../core/render/log.js';
import type { JobOutcome } from '../core/render/pipeline.js';
import { ReferenceUploader } from '../core/render/references.js';
import { RenderTimes } from '../core/render/renderTimes.js';
import { Scheduler } from '../core/render/scheduler.js';
import { ObservedJournal, RenderQueue, planShot, recoverUnfinished, stateDir, type JobView, type Planned } from '../core/render/session.js';
import type { FaultRule } from '../sim/faults.js';
import type { Shot } from '../core/format/types.js';
import type { Linted } from '../language/lintService.js';
import type { ApiKeyStore } from './apiKey.js';
import { readRenderSettings, type RenderSettings } from './settings.js';

/** A running pipeline for one backend and render folder. */
export interface Engine {
  id: string;
  backend: 'atlas' | 'simulator';
  /** "Atlas Cloud (api.atlascloud.ai)" or "built-in simulator". */
  label: string;
  baseUrl: string;
  outDir: string;
  client: AtlasClient;
  queue: RenderQueue;
  ledger: Ledger;
  renderTimes: RenderTimes;
  uploader: ReferenceUploader;
  budgetUsd?: number;
  close(): Promise<void>;
}

export type EngineResult = { ok: true; engine: Engine } | { ok: false; reason: 'no-key' | 'untrusted' | 'no-folder' | 'bad-setting'; message: string };

export const UNTRUSTED_MESSAGE =
  'Rendering is off in Restricted Mode: an untrusted workspace must not be able to spend your API credit. Linting still works. Trust this folder to render.';

export class RenderService implements vscode.Disposable {
  private engine?: Engine;
  private creating?: { id: string; promise: Promise<Engine> };
  private readonly retired: Engine[] = [];
  private readonly jobChanged = new vscode.EventEmitter<JobView>();
  /** Any job's view changed (status, outputs, error). */
  readonly onDidChangeJob = this.jobChanged.event;
  private readonly engineChanged = new vscode.EventEmitter<Engine>();
  readonly onDidChangeEngine = this.engineChanged.event;

  constructor(
    private readonly keys: ApiKeyStore,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get current(): Engine | undefined {
    return this.engine;
  }

  /** The render folder: `vprompt.outputFolder` inside the first workspace folder; a workspace cannot point it elsewhere. */
  private outDir(settings: RenderSettings): string | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder || folder.scheme !== 'file') return undefined;
    const root = folder.fsPath;
    const user = vscode.workspace.getConfiguration('vprompt').inspect<string>('outputFolder')?.globalValue;
    if (isAbsolute(settings.outputFolder) && settings.outputFolder === user) return settings.outputFolder;
    const dir = resolve(root, settings.outputFolder);
    const rel = relative(root, dir);
    return rel.startsWith('..') || isAbsolute(rel) ? join(root, 'renders') : dir;
  }

  /**
   * The engine for the current settings, created on first use. With `interactive`, a missing
   * key offers "Set API Key" or "Use Simulator" instead of failing.
   */
  async ensureEngine(interactive: boolean): Promise<EngineResult> {
    if (!vscode.workspace.isTrusted) return { ok: false, reason: 'untrusted', message: UNTRUSTED_MESSAGE };
    const settings = readRenderSettings();
    const outDir = this.outDir(settings);
    if (!outDir) return { ok: false, reason: 'no-folder', message: 'Open a folder to render: drafts are saved in its render folder (vprompt.outputFolder).' };
    let apiKey: string | undefined;
    if (settings.backend === 'atlas') {
      try {
        new URL(settings.apiBaseUrl);
      } catch {
        return { ok: false, reason: 'bad-setting', message: `vprompt.apiBaseUrl "${settings.apiBaseUrl}" is not a URL. Fix it in your user settings.` };
      }
      apiKey = (await this.keys.get())?.key;
      if (!apiKey) {
        if (!interactive) return { ok: false, reason: 'no-key', message: 'No Atlas API key is set.' };
        const choice = await vscode.window.showWarningMessage(
          'No Atlas Cloud API key is set. Set one to render on Atlas, or render on the built-in simulator (offline, nothing billed).',
          'Set API Key',
          'Use Simulator',
        );
        if (choice === 'Set API Key') {
          if (!(await this.keys.promptAndStore(settings.apiBaseUrl))) return { ok: false, reason: 'no-key', message: 'No API key was set.' };
          return this.ensureEngine(false);
        }
        if (choice === 'Use Simulator') {
          await vscode.workspace.getConfiguration('vprompt').update('backend', 'simulator', vscode.ConfigurationTarget.Global);
          return this.ensureEngine(false);
        }
        return { ok: false, reason: 'no-key', message: 'No API key is set.' };
      }
    }
    const id = `${settings.backend}|${settings.apiBaseUrl}|${outDir}|${settings.budgetUsdPerDay ?? ""}|${settings.maxWaitSeconds}|${settings.allowReferencesOutsideWorkspace}|${apiKey ? "key" : ""}`;
    if (this.engine?.id === id) return { ok: true, engine: this.engine };
    // Callers racing here (a restored panel, the background resume, a command) share one
    // engine: two would resume the same jobs twice.
    if (this.creating?.id !== id) {
      const promise = this.createEngine(id, settings, outDir, apiKey).then((engine) => {
        if (this.engine) this.retire(this.engine);
        this.engine = engine;
        this.engineChanged.fire(engine);
        this.resumeUnfinished(engine);
        return engine;
      });
      this.creating = { id, promise };
      promise.finally(() => {
        if (this.creating?.promise === promise) this.creating = undefined;
      }).catch(() => undefined);
    }
    try {
      return { ok: true, engine: await this.creating.promise };
    } catch (e) {
      return { ok: false, reason: 'bad-setting', message: `Could not start rendering: ${(e as Error).message}` };
    }
  }

  private retire(old: Engine): void {
    // Jobs still running finish on their own engine; it closes when they are done.
    if (old.queue.running === 0) void old.close();
    else this.retired.push(old);
  }

  private async createEngine(id: string, s: RenderSettings, outDir: string, apiKey: string | undefined): Promise<Engine> {
    const state = stateDir(outDir);
    let baseUrl = s.apiBaseUrl;
    let label = `Atlas Cloud (${new URL(s.apiBaseUrl).host})`;
    let closeSim: (() => Promise<void>) | undefined;
    if (s.backend === 'simulator') {
      // Loaded only when the simulator is used: it brings the MP4 writer.
      const { startDefaultSimulator, SIMULATOR_KEY } = await import('../sim/defaults.js');
      const sim = vscode.workspace.getConfiguration('vprompt.simulator');
      const renderSeconds = sim.get<number>('renderSeconds');
      const running = await startDefaultSimulator({
        faults: sim.get<FaultRule[]>('faults') ?? [],
        ...(renderSeconds ? { renderMs: () => renderSeconds * 1000 } : {}),
      });
      baseUrl = running.url;
      apiKey = SIMULATOR_KEY;
      label = 'built-in simulator (offline, nothing billed)';
      closeSim = () => running.close();
      this.log.info(`Simulator listening on ${running.url}`);
    }
    const journal = new ObservedJournal(new FileJournalStore(join(state, 'journal.jsonl')));
    for (const p of journal.problems) this.log.warn(`Journal: ${p}.`);
    const ledger = new Ledger(new FileJournalStore(join(state, 'ledger.jsonl')));
    const renderTimes = new RenderTimes(new FileKeyValueStore(join(state, 'render-times.json')));
    const client = new AtlasClient({ baseUrl, apiKey, transport: undiciTransport, timeoutMs: 60_000 });
    const logRecord = (r: LogRecord) => {
      const line = formatLogLine(r);
      if (r.stage === 'warning' || ('error' in r && r.error)) this.log.warn(line);
      else this.log.info(line);
      try {
        appendLine(join(state, 'render.log'), line);
      } catch (e) {
        this.log.error(`Cannot write ${join(state, 'render.log')}: ${(e as Error).message}`);
      }
    };
    const queue = new RenderQueue({
      client,
      download: undiciTransport,
      clock: systemClock,
      random: Math.random,
      scheduler: new Scheduler((m) => ({ ...(getModel(m)?.limits ?? { rpm: 20, concurrency: 4 }), ...(s.limits[m] ?? {}) }), systemClock),
      journal,
      ledger,
      renderTimes,
      log: logRecord,
      outDir,
      maxWaitMs: s.maxWaitSeconds * 1000,
      checkClip,
      billed: s.backend !== 'simulator',
    });
    queue.onDidChange((v) => this.jobChanged.fire(v));
    // References must live in the workspace folder unless the user (not a workspace) allows otherwise.
    const uploader = new ReferenceUploader(client, new FileKeyValueStore(join(state, 'uploads.json')), Date.now, {
      root: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      allowOutside: s.allowReferencesOutsideWorkspace,
      allowHint: 'turn on vprompt.allowReferencesOutsideWorkspace in your user settings',
    });
    // Validate against the API's live schemas when reachable (cached a day); not on the simulator.
    if (s.backend === 'atlas') {
      void refreshSchemas(client, undiciTransport, new FileKeyValueStore(join(state, 'schemas.json')), Date.now()).then((r) => {
        if (r.problem) this.log.warn(`Could not refresh model schemas (${r.problem}); using the bundled ones.`);
      });
    }
    const engine: Engine = {
      id,
      backend: s.backend,
      label,
      baseUrl,
      outDir,
      client,
      queue,
      ledger,
      renderTimes,
      uploader,
      budgetUsd: s.budgetUsdPerDay,
      close: async () => {
        queue.cancel();
        await closeSim?.();
      },
    };
    this.log.info(`Rendering on ${label}; render folder ${outDir}`);
    return engine;
  }

  /** Submitted jobs that were never finished pick up polling; unanswered submits become outcome-unknown. */
  private resumeUnfinished(engine: Engine): void {
    const { resume, unknown, unsent } = recoverUnfinished(engine.queue.deps.journal, Date.now());
    for (const r of unsent) this.log.info(`"${r.intent.shot}": an earlier session stopped before sending it; nothing was submitted or billed.`);
    for (const o of unknown) this.log.warn(`Job for shot "${o.shot}" was interrupted between submit and answer: ${o.error?.message}`);
    for (const rec of resume) {
      this.log.info(`Resuming "${rec.intent.shot}" (${rec.predictionId}) from an earlier session; not resubmitted.`);
      void engine.queue.resume(rec).then((o) => this.report(o));
    }
  }

  /** Plans shots of a linted document; nothing is sent except reference uploads. */
  /** How the journal names a file: relative to its workspace folder. */
  fileKey(uri: vscode.Uri): string {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
    return folder ? relative(folder, uri.fsPath) : uri.fsPath;
  }

  async plan(engine: Engine, fileUri: vscode.Uri, linted: Linted, shots: Shot[], kind: 'draft' | 'final', seed?: number): Promise<Planned[]> {
    const key = this.fileKey(fileUri);
    const { fallbackModels } = readRenderSettings();
    const out: Planned[] = [];
    for (const shot of shots) {
      out.push(
        await planShot({ key, path: fileUri.fsPath, doc: linted.doc, diagnostics: linted.diagnostics }, shot, {
          kind,
          uploader: engine.uploader,
          ledger: engine.ledger,
          budgetUsd: engine.budgetUsd,
          now: Date.now(),
          // Drafts get a seed so a good one can be promoted to a final with the same seed.
          seed: seed ?? (kind === 'draft' ? Math.floor(Math.random() * 2 ** 31) : undefined),
          lintHint: 'see the Problems panel',
          fallbacks: fallbackModels,
        }),
      );
    }
    return out;
  }

  /** Starts planned jobs and shows refusals in the panel; resolves when every job has ended. */
  run(engine: Engine, planned: Planned[]): { keys: string[]; done: Promise<JobOutcome[]> } {
    const keys: string[] = [];
    const runs: Array<Promise<JobOutcome>> = [];
    for (const p of planned) {
      if (!p.ok) {
        keys.push(engine.queue.addRefused(p.outcome).key);
        this.log.warn(`Not submitted: shot "${p.outcome.shot}": ${p.outcome.error?.message}`);
        continue;
      }
      this.log.info(p.summary);
      const started = engine.queue.start(p.spec);
      keys.push(started.key);
      runs.push(started.done.then((o) => this.report(o)));
    }
    return { keys, done: Promise.all(runs) };
  }

  private report(o: JobOutcome): JobOutcome {
    if (o.status === 'completed') this.log.info(`"${o.shot}" completed: ${o.outputs.join(', ')}${o.warnings.length ? ` (warnings: ${o.warnings.join(' ')})` : ''}`);
    else this.log.warn(`"${o.shot}" ${o.status}${o.error ? `: ${o.error.category}: ${o.error.message}${o.error.apiError ? ` API error: ${o.error.apiError}` : ''}` : ''}`);
    for (const old of this.retired.splice(0)) {
      if (old.queue.running === 0) void old.close();
      else this.retired.push(old);
    }
    return o;
  }

  views(): JobView[] {
    return this.engine?.queue.views() ?? [];
  }

  /** One job's view, found by key (not limited to the newest jobs the panel lists). */
  viewOf(key: string): JobView | undefined {
    return this.engine?.queue.viewOf(key);
  }

  /** The latest job of each shot of a file, for the CodeLens: one pass over the jobs. */
  lastByShot(uri: vscode.Uri): Map<string, JobView> {
    const file = this.fileKey(uri);
    const last = new Map<string, JobView>();
    for (const v of this.views()) if (v.file === file && !last.has(v.shot)) last.set(v.shot, v); // newest first
    return last;
  }

  running(): number {
    return (this.engine?.queue.running ?? 0) + this.retired.reduce((n, e) => n + e.queue.running, 0);
  }

  cancel(key?: string): number {
    return (this.engine?.queue.cancel(key) ?? 0) + this.retired.reduce((n, e) => n + e.queue.cancel(key), 0);
  }

  dispose(): void {
    this.jobChanged.dispose();
    this.engineChanged.dispose();
    void this.engine?.close();
    for (const e of this.retired) void e.close();
  }
}
