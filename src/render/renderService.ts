// The editor's side of rendering: reads the settings and the key into one SessionSettings and
// opens the render folder's session through the same function as the CLI. A settings or key
// change reconfigures that session in place (never a second owner of the folder); a new
// render folder gets its own session, and the old one closes once its jobs are done.
import * as vscode from 'vscode';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { AtlasClient } from '../core/api/client.js';
import type { Shot } from '../core/format/types.js';
import type { Ledger } from '../core/render/ledger.js';
import { refreshSchemas } from '../core/render/liveSchemas.js';
import type { JobOutcome } from '../core/render/pipeline.js';
import type { RenderBatch, RenderSession, SessionSettings } from '../core/render/renderSession.js';
import type { RenderTimes } from '../core/render/renderTimes.js';
import type { JobView } from '../core/render/session.js';
import { buildRequest } from '../core/render/requestBody.js';
import { requestHashes, type TakeSummary } from '../core/render/takes.js';
import type { FaultRule } from '../sim/faults.js';
import { FileKeyValueStore } from '../node/fileStores.js';
import { openNodeSession } from '../node/sessionPorts.js';
import { undiciTransport } from '../node/undiciTransport.js';
import type { Linted } from '../language/lintService.js';
import type { ApiKeyStore } from './apiKey.js';
import { readRenderSettings, type RenderSettings } from './settings.js';

/** The session the editor renders through, with what the panel and status bar show of it. */
export interface Engine {
  session: RenderSession;
  backend: 'atlas' | 'simulator';
  /** "Atlas Cloud (api.atlascloud.ai)" or "built-in simulator". */
  label: string;
  outDir: string;
  readonly client: AtlasClient;
  readonly ledger: Ledger;
  readonly renderTimes: RenderTimes;
  readonly budgetUsd?: number;
}

export type EngineResult = { ok: true; engine: Engine } | { ok: false; reason: 'no-key' | 'untrusted' | 'no-folder' | 'bad-setting'; message: string };

export const UNTRUSTED_MESSAGE =
  'Rendering is off in Restricted Mode: an untrusted workspace must not be able to spend your API credit. Linting still works. Trust this folder to render.';

function engineOf(session: RenderSession): Engine {
  const simulated = session.backend === 'simulator';
  return {
    session,
    backend: session.backend,
    label: simulated ? 'built-in simulator (offline, nothing billed)' : `Atlas Cloud (${new URL(session.baseUrl).host})`,
    outDir: session.outDir,
    get client() {
      return session.apiClient;
    },
    get ledger() {
      return session.ledger;
    },
    get renderTimes() {
      return session.renderTimes;
    },
    get budgetUsd() {
      return session.budgetUsd;
    },
  };
}

export class RenderService implements vscode.Disposable {
  private engine?: Engine;
  private opening?: Promise<Engine>;
  /** Sessions of earlier render folders, closed once their jobs are done. */
  private readonly retired: RenderSession[] = [];
  private readonly unsubscribe = new Map<RenderSession, () => void>();
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

  /** The settings and key as one SessionSettings, or why there are none. */
  private async sessionSettings(interactive: boolean): Promise<{ ok: true; settings: SessionSettings } | Extract<EngineResult, { ok: false }>> {
    if (!vscode.workspace.isTrusted) return { ok: false, reason: 'untrusted', message: UNTRUSTED_MESSAGE };
    const s = readRenderSettings();
    const outDir = this.outDir(s);
    if (!outDir) return { ok: false, reason: 'no-folder', message: 'Open a folder to render: drafts are saved in its render folder (vprompt.outputFolder).' };
    let apiKey: string | undefined;
    if (s.backend === 'atlas') {
      try {
        new URL(s.apiBaseUrl);
      } catch {
        return { ok: false, reason: 'bad-setting', message: `vprompt.apiBaseUrl "${s.apiBaseUrl}" is not a URL. Fix it in your user settings.` };
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
          if (!(await this.keys.promptAndStore(s.apiBaseUrl))) return { ok: false, reason: 'no-key', message: 'No API key was set.' };
          return this.sessionSettings(false);
        }
        if (choice === 'Use Simulator') {
          await vscode.workspace.getConfiguration('vprompt').update('backend', 'simulator', vscode.ConfigurationTarget.Global);
          return this.sessionSettings(false);
        }
        return { ok: false, reason: 'no-key', message: 'No API key is set.' };
      }
    }
    return {
      ok: true,
      settings: {
        outDir,
        backend: s.backend,
        apiBaseUrl: s.apiBaseUrl,
        apiKey,
        maxWaitSeconds: s.maxWaitSeconds,
        budgetUsdPerDay: s.budgetUsdPerDay,
        limits: s.limits,
        fallbackModels: s.fallbackModels,
        // References must live in the workspace folder unless the user (not a workspace) allows otherwise.
        references: {
          root: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
          allowOutside: s.allowReferencesOutsideWorkspace,
          allowHint: 'turn on vprompt.allowReferencesOutsideWorkspace in your user settings',
        },
      },
    };
  }

  /**
   * The session for the current settings: opened on first use, reconfigured in place after a
   * settings or key change. With `interactive`, a missing key offers "Set API Key" or "Use
   * Simulator" instead of failing.
   */
  async ensureEngine(interactive: boolean): Promise<EngineResult> {
    const r = await this.sessionSettings(interactive);
    if (!r.ok) return r;
    // Callers racing here (a restored panel, the background resume, a command) wait for one
    // open; the session registry gives every caller the folder's one session anyway.
    const previous = this.opening;
    const opening = (async () => {
      await previous?.catch(() => undefined);
      return this.open(r.settings);
    })();
    this.opening = opening;
    try {
      return { ok: true, engine: await opening };
    } catch (e) {
      return { ok: false, reason: 'bad-setting', message: `Could not start rendering: ${(e as Error).message}` };
    } finally {
      if (this.opening === opening) this.opening = undefined;
    }
  }

  private async open(settings: SessionSettings): Promise<Engine> {
    const before = this.engine?.session;
    const wasBackend = before?.backend;
    const wasBase = before?.baseUrl;
    const session = await openNodeSession(settings, {
      simulator: this.simulatorOptions(),
      log: (line, record) => {
        if (record.stage === 'warning' || ('error' in record && record.error)) this.log.warn(line);
        else this.log.info(line);
      },
      onLockCompromised: (m) => this.log.error(m),
    });
    if (session === before) {
      if (session.backend !== wasBackend || session.baseUrl !== wasBase) {
        this.engine = engineOf(session);
        this.log.info(`Rendering on ${this.engine.label}; render folder ${session.outDir} (settings changed; the same session goes on)`);
        this.engineChanged.fire(this.engine);
      }
      return this.engine!;
    }
    if (before) this.retire(before);
    this.unsubscribe.set(
      session,
      session.onEvent((e) => {
        if (e.type === 'job') {
          this.jobChanged.fire(e.view);
          this.closeRetired();
        } else if (e.level === 'warn') this.log.warn(e.message);
        else this.log.info(e.message);
      }),
    );
    for (const p of session.journal.problems) this.log.warn(`Journal: ${p}.`);
    this.engine = engineOf(session);
    this.log.info(`Rendering on ${this.engine.label}; render folder ${session.outDir}`);
    if (session.backend === 'atlas') {
      // Validate against the API's live schemas when reachable (cached a day); not on the simulator.
      void refreshSchemas(session.apiClient, undiciTransport, new FileKeyValueStore(join(session.stateDir, 'schemas.json')), Date.now()).then((r) => {
        if (r.problem) this.log.warn(`Could not refresh model schemas (${r.problem}); using the bundled ones.`);
      });
    }
    this.engineChanged.fire(this.engine);
    // Jobs left by a window or run that is gone are picked up; a live process keeps its own.
    void session.recover().then(({ resumed }) => {
      for (const p of resumed) void p.then((o) => this.report(o));
    });
    return this.engine;
  }

  private simulatorOptions(): { faults: FaultRule[]; renderSeconds?: number } {
    const sim = vscode.workspace.getConfiguration('vprompt.simulator');
    return { faults: sim.get<FaultRule[]>('faults') ?? [], renderSeconds: sim.get<number>('renderSeconds') || undefined };
  }

  /** The settings or the key changed: the open session takes them in place. */
  async reconfigure(): Promise<void> {
    if (!this.engine) return;
    const r = await this.ensureEngine(false);
    if (!r.ok) this.log.warn(`Render settings not applied: ${r.message}`);
  }

  private retire(old: RenderSession): void {
    // Jobs still running finish on their own session; it closes when they are done.
    this.retired.push(old);
    this.closeRetired();
  }

  private closeRetired(): void {
    for (const old of this.retired.splice(0)) {
      if (old.queue.runningCount === 0) {
        this.unsubscribe.get(old)?.();
        this.unsubscribe.delete(old);
        void old.close();
      } else this.retired.push(old);
    }
  }

  /** How the journal names a file: relative to its workspace folder. */
  fileKey(uri: vscode.Uri): string {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
    return folder ? relative(folder, uri.fsPath) : uri.fsPath;
  }

  /** Renders shots of a linted document: refused, up to date, attached or started, never sent twice. */
  render(engine: Engine, fileUri: vscode.Uri, linted: Linted, shots: Shot[], o: { kind: 'draft' | 'final'; seed?: number; newTake?: boolean; resubmitUnknown?: boolean }): Promise<RenderBatch> {
    return engine.session.render({ key: this.fileKey(fileUri), path: fileUri.fsPath, doc: linted.doc, diagnostics: linted.diagnostics }, shots, {
      kind: o.kind,
      seed: o.seed,
      newTake: o.newTake,
      resubmitUnknown: o.resubmitUnknown,
      lintHint: 'see the Problems panel',
    });
  }

  report(o: JobOutcome): JobOutcome {
    const name = o.shot || 'unnamed';
    if (o.reused === 'up-to-date') return o;
    if (o.status === 'completed') this.log.info(`"${name}" completed: ${o.outputs.join(', ')}${o.warnings.length ? ` (warnings: ${o.warnings.join(' ')})` : ''}`);
    else this.log.warn(`"${name}" ${o.status}${o.error ? `: ${o.error.category}: ${o.error.message}${o.error.apiError ? ` API error: ${o.error.apiError}` : ''}` : ''}`);
    return o;
  }

  views(): JobView[] {
    return this.engine?.session.queue.views() ?? [];
  }

  /** One job's view, found by key (not limited to the newest jobs the panel lists). */
  viewOf(key: string): JobView | undefined {
    return this.engine?.session.queue.viewOf(key);
  }

  /** The latest job of each shot of a file, by shot id, for the CodeLens: one pass over the jobs. */
  lastByShot(uri: vscode.Uri): Map<string, JobView> {
    const file = this.fileKey(uri);
    const last = new Map<string, JobView>();
    for (const v of this.views()) if (v.file === file && !last.has(v.shotId)) last.set(v.shotId, v); // newest first
    return last;
  }

  /** For the CodeLens: a shot's completed takes and whether it changed since the last one. */
  takeSummary(uri: vscode.Uri, shot: Shot): TakeSummary | undefined {
    const session = this.engine?.session;
    if (!session) return undefined;
    return session.summary(this.fileKey(uri), shot.id, (kind) => {
      const built = buildRequest(shot, kind);
      return built.ok ? requestHashes(built.request.body, false).requestHash : undefined;
    });
  }

  running(): number {
    return (this.engine?.session.queue.runningCount ?? 0) + this.retired.reduce((n, s) => n + s.queue.runningCount, 0);
  }

  isRunning(key: string): boolean {
    return this.engine?.session.queue.isRunning(key) === true || this.retired.some((s) => s.queue.isRunning(key));
  }

  cancel(key?: string): number {
    return (this.engine?.session.cancel(key) ?? 0) + this.retired.reduce((n, s) => n + s.cancel(key), 0);
  }

  dispose(): void {
    this.jobChanged.dispose();
    this.engineChanged.dispose();
    for (const u of this.unsubscribe.values()) u();
    void this.engine?.session.close();
    for (const s of this.retired) void s.close();
  }
}
