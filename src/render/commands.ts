// The render commands: draft the shot at the cursor (or the one a CodeLens names), draft all,
// render a final after confirming its estimate, cancel, keys, health and the log. Each one
// says plainly why it cannot run (untrusted folder, no key, lint errors) instead of failing.
import * as vscode from 'vscode';
import { formatUsd } from '../core/catalog/cost.js';
import type { Shot } from '../core/format/types.js';
import { buildRequest } from '../core/render/requestBody.js';
import type { JobOutcome } from '../core/render/pipeline.js';
import { findShots } from '../core/format/shotId.js';
import type { BatchItem } from '../core/render/renderSession.js';
import { lastUnknown, type JobView } from '../core/render/session.js';
import type { LintService } from '../language/lintService.js';
import type { RenderPanel } from '../panel/renderPanel.js';
import type { ApiKeyStore } from './apiKey.js';
import { checkHealth, formatHealth } from './health.js';
import type { Engine, RenderService } from './renderService.js';
import { readRenderSettings } from './settings.js';
import { AtlasClient } from '../core/api/client.js';
import { COMMANDS, type CommandId } from './ids.js';
import { undiciTransport } from '../node/undiciTransport.js';


/** Which shots a command renders; `id` is a shot's stable id (a CodeLens or the panel passes it). */
type Target = { kind: 'cursor' } | { kind: 'all' } | { kind: 'shot'; id: string };

interface RenderAsk {
  kind: 'draft' | 'final';
  seed?: number;
  newTake?: boolean;
  /** Said first in a final's confirmation (Promote to Final: which take it promotes). */
  note?: string;
}

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
    const target = (shot: unknown): Target => (typeof shot === 'string' ? { kind: 'shot', id: shot } : { kind: 'cursor' });
    const uriArg = (u: unknown) => (u instanceof vscode.Uri ? u : undefined);
    return {
      [COMMANDS.renderDraft]: (uri, shot) => this.render({ kind: 'draft' }, target(shot), uriArg(uri)),
      [COMMANDS.renderAllDrafts]: (uri) => this.render({ kind: 'draft' }, { kind: 'all' }, uriArg(uri)),
      [COMMANDS.renderFinal]: (uri, shot) => this.render({ kind: 'final' }, target(shot), uriArg(uri)),
      [COMMANDS.renderAnotherTake]: (uri, shot) => this.render({ kind: 'draft', newTake: true }, target(shot), uriArg(uri)),
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
    if (target.kind === 'shot') {
      // By id: the shot that was clicked, never another with the same heading.
      const s = findShots({ shots }, target.id).find((x) => x.id === target.id);
      return s ? [s] : `There is no shot "${target.id.split('\n')[0]}" at that place any more: the file changed. Render from the shot's CodeLens again.`;
    }
    const editor = vscode.window.activeTextEditor;
    const line = editor?.document === doc ? editor.selection.active.line : 0;
    const s = shots.find((x) => line >= x.startLine && line <= x.endLine) ?? (line < shots[0].startLine ? shots[0] : undefined);
    return s ? [s] : 'Put the cursor inside a shot to render it.';
  }

  async render(ask: RenderAsk, target: Target, uri?: vscode.Uri): Promise<void> {
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
    const resubmitUnknown = await this.confirmUnknown(shots, engine, this.d.service.fileKey(doc.uri));
    if (ask.kind === 'final' && !(await this.confirmFinal(shots, engine, ask.seed, ask.note))) return;
    const batch = await this.d.service.render(engine, doc.uri, linted, shots, { ...ask, resubmitUnknown });
    await this.follow(batch.items, ask.kind, batch.upToDate);
  }

  /**
   * A shot whose last render has an unknown outcome may already exist and be billed: it is sent
   * again only after the user confirms having checked; otherwise the session refuses it.
   */
  private async confirmUnknown(shots: Shot[], engine: Engine, fileKey: string): Promise<boolean> {
    const journal = engine.session.journal;
    journal.refresh();
    const risky = shots.filter((s) => lastUnknown(journal, fileKey, s.id));
    if (!risky.length) return false;
    const names = risky.map((s) => `"${s.name || 'unnamed'}"`).join(', ');
    const pick = await vscode.window.showWarningMessage(
      `The last render of ${names} has an unknown outcome: it may exist and be billed.`,
      { modal: true, detail: 'Check your Atlas dashboard first. Render again only if the job is not there.' },
      'Render Again',
    );
    return pick === 'Render Again';
  }

  private async confirmFinal(shots: Shot[], engine: Engine, seed?: number, note?: string): Promise<boolean> {
    const estimates = shots.flatMap((s) => {
      const withSeed = seed === undefined ? s : { ...s, params: { ...s.params, seed } };
      const b = buildRequest(withSeed, 'final');
      return b.ok ? [{ s, usd: b.request.estimatedCostUsd, name: b.request.model.name }] : [];
    });
    if (!estimates.length) return true; // nothing to bill: the refusals are shown as usual
    const total = estimates.reduce((n, e) => n + e.usd, 0);
    const where = engine.backend === 'simulator' ? ' on the simulator (nothing is billed)' : '';
    const pick = await vscode.window.showWarningMessage(
      `Render ${estimates.length === 1 ? 'a final' : `${estimates.length} finals`}${where}? Estimated cost ${formatUsd(total)}.`,
      { modal: true, detail: [...(note ? [note] : []), ...estimates.map((e) => `Final "${e.s.name || 'unnamed'}" on ${e.name} ≈ ${formatUsd(e.usd)}`)].join('\n') },
      'Render Final',
    );
    return pick === 'Render Final';
  }

  /** Shows the batch in the panel and a progress notification until every job has ended. */
  private async follow(items: BatchItem[], kind: 'draft' | 'final', upToDate: number): Promise<void> {
    const panel = this.d.panel();
    panel.show();
    const refused = items.filter((i) => i.kind === 'refused');
    if (refused.length) {
      const first = refused[0].message;
      void vscode.window.showWarningMessage(refused.length === 1 ? first : `${refused.length} shots were not submitted. ${first}`, 'Show Problems').then((p) => {
        if (p) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    }
    const attached = items.filter((i) => i.kind === 'attached');
    if (attached.length) void vscode.window.showInformationMessage(attached.length === 1 ? attached[0].message : `${attached.length} shots are already rendering elsewhere; following them instead of submitting again.`);
    if (upToDate) {
      const only = items.length === upToDate;
      void vscode.window.showInformationMessage(
        `${upToDate} shot${upToDate === 1 ? '' : 's'} up to date (no charge).${only ? ' Use Render Another Take to render again on purpose.' : ''}`,
      );
    }
    const moving = items.filter((i) => i.kind === 'started' || i.kind === 'attached');
    if (!moving.length) return;
    const keys = moving.map((i) => i.key!);
    const outcomes = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `VPrompt: ${moving.length} ${kind}${moving.length === 1 ? '' : 's'}`, cancellable: true },
      (progress, token) => {
        token.onCancellationRequested(() => {
          for (const k of keys) this.d.service.cancel(k);
        });
        const sub = this.d.service.onDidChangeJob((v) => {
          if (keys.includes(v.key)) progress.report({ message: `${v.shot || 'unnamed'}: ${v.phase ?? v.status}` });
        });
        return Promise.all(moving.map((i) => i.done.then((o) => this.d.service.report(o)))).finally(() => sub.dispose());
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
    const running = this.d.service.views().filter((v) => this.d.service.isRunning(v.key));
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

  /**
   * Promote to Final: a final of the same shot with the seed of the shot's picked (★) take, or
   * of the clicked draft when no take is picked; the confirmation says which take it is.
   */
  async promote(view: JobView): Promise<void> {
    const uri = this.fileUri(view);
    if (!uri) return;
    const take = this.promotedTake(view);
    // The final renders the shot as written now, with the take's seed: say so when the take asked for other words.
    const doc = await vscode.workspace.openTextDocument(uri);
    const shot = (await this.d.lint.lintNow(doc))?.doc.shots.find((s) => s.id === view.shotId);
    const now = shot && buildRequest(shot, take.kind);
    const note = now?.ok && take.prompt !== undefined && now.request.prompt !== take.prompt ? `${take.note} The shot's text changed since that take: the final renders it as written now.` : take.note;
    this.d.log.info(note);
    await this.render({ kind: 'final', seed: take.seed, note }, { kind: 'shot', id: view.shotId }, uri);
  }

  /** The take Promote to Final renders from: the shot's picked take, else the clicked one. */
  private promotedTake(view: JobView): { seed?: number; prompt?: string; kind: 'draft' | 'final'; note: string } {
    const session = this.d.service.current?.session;
    session?.journal.refresh(); // a pick made in another process counts too
    const takes = session?.takes(view.file, view.shotId) ?? [];
    const pickedAt = takes.findIndex((r) => r.picked);
    const name = `"${view.shot || 'unnamed'}"`;
    const seedText = (seed: number | undefined) => (seed === undefined ? 'no seed' : `seed ${seed}`);
    const promptOf = (body: Record<string, unknown> | undefined) => (typeof body?.prompt === 'string' ? body.prompt : undefined);
    if (pickedAt >= 0) {
      const body = takes[pickedAt].intent.body;
      const seed = typeof body.seed === 'number' ? body.seed : undefined;
      return { seed, prompt: promptOf(body), kind: takes[pickedAt].intent.kind, note: `Promotes take ${pickedAt + 1} of ${name}, the picked (★) take, with its ${seedText(seed)}.` };
    }
    const at = takes.findIndex((r) => r.intent.key === view.key);
    const which = at >= 0 ? `take ${at + 1}` : 'this draft';
    return { seed: view.seed, prompt: promptOf(takes[at]?.intent.body), kind: view.kind, note: `Promotes ${which} of ${name} with its ${seedText(view.seed)} (no take of the shot is picked).` };
  }

  /** ★ Picks a take of its shot (its other takes are unpicked), or unpicks it; journaled, so every process sees it. */
  async pick(key: string, picked: boolean): Promise<void> {
    const session = this.d.service.current?.session;
    if (!session) return;
    try {
      await session.pick(key, picked);
    } catch (e) {
      void vscode.window.showErrorMessage(`Could not ${picked ? 'pick' : 'unpick'} the take: ${(e as Error).message}`);
    }
  }

  /** Retry a job that created nothing billable (the panel offers it only then). */
  async retry(view: JobView): Promise<void> {
    if (!view.retrySafe) return;
    const uri = this.fileUri(view);
    if (uri) await this.render({ kind: view.kind, seed: view.seed, newTake: true }, { kind: 'shot', id: view.shotId }, uri);
  }

  async openShot(view: JobView): Promise<void> {
    const uri = this.fileUri(view);
    if (!uri) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const linted = await this.d.lint.lintNow(doc);
    const shot = linted?.doc.shots.find((s) => s.id === view.shotId);
    const pos = new vscode.Position(shot?.line ?? 0, 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), viewColumn: vscode.ViewColumn.One });
  }

  private fileUri(view: JobView): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) return undefined;
    return view.file.startsWith('/') ? vscode.Uri.file(view.file) : vscode.Uri.joinPath(folder, view.file);
  }
}
