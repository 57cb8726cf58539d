// The render commands: draft the shot at the cursor (or the one a CodeLens names), draft all,
// render a final after confirming its estimate, cancel, keys, health and the log. Each one
// says plainly why it cannot run (untrusted folder, no key, lint errors) instead of failing.
import * as vscode from 'vscode';
import { formatUsd } from '../core/catalog/cost.js';
import type { Shot } from '../core/format/types.js';
import type { JobOutcome } from '../core/render/pipeline.js';
import { lastUnknown, unknownRefusal, type JobView, type Planned } from '../core/render/session.js';
import type { LintService } from '../language/lintService.js';
import type { RenderPanel } from '../panel/renderPanel.js';
import type { ApiKeyStore } from './apiKey.js';
import { checkHealth, formatHealth } from './health.js';
import type { Engine, RenderService } from './renderService.js';
import { readRenderSettings } from './settings.js';
import { AtlasClient } from '../core/api/client.js';
import { COMMANDS, type CommandId } from './ids.js';
import { undiciTransport } from '../core/api/undiciTransport.js';


type Target = { kind: 'cursor' } | { kind: 'all' } | { kind: 'named'; name: string };

export interface RenderCommandDeps {
  service: RenderService;
  lint: LintService;
  keys: ApiKeyStore;
  log: vscode.LogOutputChannel;
  panel: () => RenderPanel;
}

export class RenderCommands {
  constructor(private readonly d: RenderCommandDeps) {}

  /** The handler for each command id (registered by the extension bundle, see src/render/lazy.ts). */
  handlers(): Record<CommandId, (...args: unknown[]) => unknown> {
    const target = (shot: unknown): Target => (typeof shot === 'string' ? { kind: 'named', name: shot } : { kind: 'cursor' });
    const uriArg = (u: unknown) => (u instanceof vscode.Uri ? u : undefined);
    return {
      [COMMANDS.renderDraft]: (uri, shot) => this.render('draft', target(shot), uriArg(uri)),
      [COMMANDS.renderAllDrafts]: (uri) => this.render('draft', { kind: 'all' }, uriArg(uri)),
      [COMMANDS.renderFinal]: (uri, shot) => this.render('final', target(shot), uriArg(uri)),
      [COMMANDS.showPanel]: () => this.d.panel().show(),
      [COMMANDS.cancel]: () => this.cancel(),
      [COMMANDS.setKey]: () => this.d.keys.promptAndStore(readRenderSettings().apiBaseUrl),
      [COMMANDS.clearKey]: () => this.d.keys.clear(),
      [COMMANDS.health]: () => this.health(),
      [COMMANDS.openLog]: () => this.d.log.show(true),
    };
  }

  private async document(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'vprompt') {
      void vscode.window.showWarningMessage('Open a .vprompt file and put the cursor in a shot to render it.');
      return undefined;
    }
    return doc;
  }

  private async engine(): Promise<Engine | undefined> {
    const r = await this.d.service.ensureEngine(true);
    if (r.ok) return r.engine;
    if (r.reason === 'untrusted') {
      const pick = await vscode.window.showWarningMessage(r.message, 'Manage Workspace Trust');
      if (pick) await vscode.commands.executeCommand('workbench.trust.manage');
    } else if (r.reason !== 'no-key') {
      void vscode.window.showErrorMessage(r.message);
    }
    return undefined;
  }

  private pickShots(doc: vscode.TextDocument, shots: Shot[], target: Target): Shot[] | string {
    if (!shots.length) return 'This file has no shots yet: write a "# Shot name" heading and a description.';
    if (target.kind === 'all') return shots;
    if (target.kind === 'named') {
      const s = shots.find((x) => x.name === target.name);
      return s ? [s] : `There is no shot named "${target.name}" any more.`;
    }
    const editor = vscode.window.activeTextEditor;
    const line = editor?.document === doc ? editor.selection.active.line : 0;
    const s = shots.find((x) => line >= x.startLine && line <= x.endLine) ?? (line < shots[0].startLine ? shots[0] : undefined);
    return s ? [s] : 'Put the cursor inside a shot to render it.';
  }

  async render(kind: 'draft' | 'final', target: Target, uri?: vscode.Uri, seed?: number): Promise<void> {
    const doc = await this.document(uri);
    if (!doc) return;
    const engine = await this.engine();
    if (!engine) return;
    const linted = await this.d.lint.lintNow(doc);
    if (!linted) return;
    const shots = this.pickShots(doc, linted.doc.shots, target);
    if (typeof shots === 'string') {
      void vscode.window.showWarningMessage(shots);
      return;
    }
    let planned = await this.d.service.plan(engine, doc.uri, linted, shots, kind, seed);
    planned = await this.confirmUnknown(planned, engine);
    if (kind === 'final' && !(await this.confirmFinal(planned, engine))) return;
    await this.start(engine, planned, kind);
  }

  /**
   * A shot whose last render has an unknown outcome may already exist and be billed: it is sent
   * again only after the user confirms having checked; otherwise it is shown as not submitted.
   */
  private async confirmUnknown(planned: Planned[], engine: Engine): Promise<Planned[]> {
    const journal = engine.queue.deps.journal;
    const risky = planned.flatMap((p) => (p.ok ? [[p, lastUnknown(journal, p.spec.file, p.spec.shot)] as const] : [])).filter(([, r]) => r);
    if (!risky.length) return planned;
    const names = risky.map(([p]) => `"${p.spec.shot || 'unnamed'}"`).join(', ');
    const pick = await vscode.window.showWarningMessage(
      `The last render of ${names} has an unknown outcome: it may exist and be billed.`,
      { modal: true, detail: 'Check your Atlas dashboard first. Render again only if the job is not there.' },
      'Render Again',
    );
    if (pick === 'Render Again') return planned;
    return planned.map((p) => {
      const hit = risky.find(([q]) => q === p);
      return hit ? { ok: false, outcome: unknownRefusal(hit[1]!, 'render it again and choose Render Again') } : p;
    });
  }

  private async confirmFinal(planned: Planned[], engine: Engine): Promise<boolean> {
    const ok = planned.filter((p): p is Extract<Planned, { ok: true }> => p.ok);
    if (!ok.length) return true; // nothing to bill: the refusals are shown as usual
    const total = ok.reduce((s, p) => s + (p.spec.estimatedCostUsd ?? 0), 0);
    const where = engine.backend === 'simulator' ? ' on the simulator (nothing is billed)' : '';
    const pick = await vscode.window.showWarningMessage(
      `Render ${ok.length === 1 ? 'a final' : `${ok.length} finals`}${where}? Estimated cost ${formatUsd(total)}.`,
      { modal: true, detail: ok.map((p) => p.summary).join('\n') },
      'Render Final',
    );
    return pick === 'Render Final';
  }

  private async start(engine: Engine, planned: Planned[], kind: 'draft' | 'final'): Promise<void> {
    const panel = this.d.panel();
    panel.show();
    const { keys, done } = this.d.service.run(engine, planned);
    const refused = planned.filter((p): p is Extract<Planned, { ok: false }> => !p.ok);
    if (refused.length) {
      const first = refused[0].outcome.error?.message ?? 'Not submitted.';
      void vscode.window.showWarningMessage(refused.length === 1 ? first : `${refused.length} shots were not submitted. ${first}`, 'Show Problems').then((p) => {
        if (p) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
    const sent = planned.length - refused.length;
    if (!sent) return;
    const outcomes = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `VPrompt: ${sent} ${kind}${sent === 1 ? '' : 's'}`, cancellable: true },
      (progress, token) => {
        token.onCancellationRequested(() => {
          for (const k of keys) this.d.service.cancel(k);
        });
        const sub = this.d.service.onDidChangeJob((v) => {
          if (keys.includes(v.key)) progress.report({ message: `${v.shot || 'unnamed'}: ${v.phase ?? v.status}` });
        });
        return done.finally(() => sub.dispose());
      },
    );
    this.summarise(outcomes);
  }

  private summarise(outcomes: JobOutcome[]): void {
    const bad = outcomes.filter((o) => o.status !== 'completed');
    if (!bad.length) {
      vscode.window.setStatusBarMessage(`$(pass) ${outcomes.length === 1 ? `"${outcomes[0].shot || 'unnamed'}" rendered` : `${outcomes.length} renders done`}`, 5000);
      return;
    }
    const o = bad[0];
    const text = o.status === 'cancelled' ? `Stopped waiting for "${o.shot}". ${o.error?.message ?? ''}` : `"${o.shot || 'unnamed'}" ${o.status}: ${o.error ? `${o.error.category} — ${o.error.message}` : ''}`;
    void vscode.window.showErrorMessage(bad.length > 1 ? `${bad.length} renders did not complete. ${text}` : text, 'Show Render Panel').then((p) => {
      if (p) this.d.panel().show();
    });
  }

  private async cancel(): Promise<void> {
    const running = this.d.service.views().filter((v) => this.d.service.current?.queue.isRunning(v.key));
    if (!running.length) {
      void vscode.window.showInformationMessage('No render is running.');
      return;
    }
    let key: string | undefined;
    if (running.length > 1) {
      const pick = await vscode.window.showQuickPick(
        [{ label: 'All renders', key: undefined as string | undefined }, ...running.map((v) => ({ label: v.shot || 'unnamed', description: `${v.kind} · ${v.status}`, key: v.key }))],
        { title: 'VPrompt: Cancel Render' },
      );
      if (!pick) return;
      key = pick.key;
    }
    const n = this.d.service.cancel(key);
    void vscode.window.showInformationMessage(
      `Stopped waiting for ${n} render${n === 1 ? '' : 's'}. There is no cancel endpoint: a submitted job keeps rendering and is billed; it is fetched the next time you render or reload.`,
    );
  }

  private async health(): Promise<void> {
    const s = readRenderSettings();
    // The simulator is checked through its engine; Atlas can be checked before any render.
    if (!this.d.service.current && s.backend === 'simulator') await this.d.service.ensureEngine(false);
    const engine = this.d.service.current;
    const key = s.backend === 'atlas' ? (await this.d.keys.get())?.key : undefined;
    const client = engine?.client ?? new AtlasClient({ baseUrl: s.apiBaseUrl, apiKey: key, transport: undiciTransport, timeoutMs: 15_000 });
    const label = engine?.label ?? `Atlas Cloud (${new URL(s.apiBaseUrl).host})`;
    const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Checking the render service…' }, () =>
      checkHealth(client, engine?.renderTimes, () => Date.now()),
    );
    const { summary, detail } = formatHealth(report, label);
    this.d.log.info(`Health: ${summary} ${detail.replace(/\n/g, ' ')}`);
    const show = report.reachable ? vscode.window.showInformationMessage : vscode.window.showErrorMessage;
    await show(summary, { modal: true, detail });
  }

  /** Promote a completed draft: a final of the same shot with the draft's seed. */
  async promote(view: JobView): Promise<void> {
    const uri = this.fileUri(view);
    if (!uri) return;
    await this.render('final', { kind: 'named', name: view.shot }, uri, view.seed);
  }

  /** Retry a job that created nothing billable (the panel offers it only then). */
  async retry(view: JobView): Promise<void> {
    if (!view.retrySafe) return;
    const uri = this.fileUri(view);
    if (uri) await this.render(view.kind, { kind: 'named', name: view.shot }, uri, view.seed);
  }

  async openShot(view: JobView): Promise<void> {
    const uri = this.fileUri(view);
    if (!uri) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const linted = await this.d.lint.lintNow(doc);
    const shot = linted?.doc.shots.find((s) => s.name === view.shot);
    const pos = new vscode.Position(shot?.line ?? 0, 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), viewColumn: vscode.ViewColumn.One });
  }

  private fileUri(view: JobView): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) return undefined;
    return view.file.startsWith('/') ? vscode.Uri.file(view.file) : vscode.Uri.joinPath(folder, view.file);
  }
}
