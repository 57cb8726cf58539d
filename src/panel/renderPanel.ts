// The render panel: one webview, reused, opened beside the editor without taking focus, and
// restored after a window reload by a serializer (its jobs come back from the journal).
// It is told about every job change and answers the page's buttons. What it sends the page is
// the panel's own DTOs (dto.ts), mapped from the core's views and records here.
import { watch, type FSWatcher } from 'node:fs';
import * as vscode from 'vscode';
import type { JobView } from '../core/render/session.js';
import type { RenderService } from '../render/renderService.js';
import { compareDto, jobDto, takeRefOf, takeRefs, type ClipSource, type TakeRef } from './dto.js';
import { panelHtml } from './html.js';
import { parsePanelMessage, type HostMessage, type JobDto, type PanelMessage, type PanelState } from './protocol.js';

import { PANEL_VIEW_TYPE } from '../render/ids.js';

export interface PanelActions {
  promote(key: string): Promise<void>;
  retry(key: string): Promise<void>;
  openShot(key: string): Promise<void>;
  /** ★ a take of its shot (the shot's other takes are unpicked), or unpick it. */
  pick(key: string, picked: boolean): Promise<void>;
  openLog(): void;
}

export class RenderPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** The shot the page is comparing the takes of, if any. */
  private comparing?: { file: string; shotId: string };
  private compareQueued = false;
  /** Watches the render folder's journal while the panel is open: other processes' lines (picks, their jobs) show at once. */
  private journalWatch?: { dir: string; watcher: vscode.Disposable };

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: RenderService,
    private readonly actions: PanelActions,
  ) {
    this.disposables.push(
      service.onDidChangeJob((v) => this.postJob(v)),
      service.onDidChangeEngine(() => {
        if (this.panel) this.panel.webview.options = this.options();
        this.watchJournal();
        this.postState();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.postState()),
    );
  }

  /** A panel VS Code restores after a reload: the journal has its jobs; starting the engine resumes unfinished ones. */
  async restore(panel: vscode.WebviewPanel): Promise<void> {
    if (this.panel && this.panel !== panel) {
      panel.dispose(); // one panel only
      return;
    }
    // Attach first, so a Show Render Panel arriving meanwhile reveals this one instead of opening a second.
    this.attach(panel);
    await this.service.ensureEngine(false);
  }

  get visible(): boolean {
    return this.panel !== undefined;
  }

  private options(): vscode.WebviewOptions {
    const roots = [vscode.Uri.joinPath(this.extensionUri, 'media')];
    const out = this.service.current?.outDir;
    if (out) roots.push(vscode.Uri.file(out));
    return { enableScripts: true, localResourceRoots: roots };
  }

  /** Opens (or reveals) the panel beside the editor; focus stays where it is. */
  show(): void {
    // The journal's jobs (and resuming unfinished ones) need the engine; the panel updates when it is ready.
    if (!this.service.current) void this.service.ensureEngine(false);
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    // A panel left behind by an extension host that crashed is not handed back to this one;
    // close it so there is only ever one render panel.
    const orphans = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(PANEL_VIEW_TYPE));
    if (orphans.length) void vscode.window.tabGroups.close(orphans, true);
    const panel = vscode.window.createWebviewPanel(
      PANEL_VIEW_TYPE,
      'VPrompt Renders',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.options(),
    );
    this.attach(panel);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.webview.options = this.options();
    const media = (...p: string[]) => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', ...p)).toString();
    panel.webview.html = panelHtml({
      cspSource: panel.webview.cspSource,
      script: media('build', 'panel.js'),
      style: media('panel.css'),
      codicons: media('build', 'codicon.css'),
    });
    panel.webview.onDidReceiveMessage((raw) => {
      const m = parsePanelMessage(raw);
      if (m) void this.onMessage(m);
    }, undefined, this.disposables);
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.comparing = undefined;
      this.unwatchJournal();
    }, undefined, this.disposables);
    this.watchJournal();
  }

  /**
   * While the panel is open, the journal is read again whenever it changes on disk: lines that
   * another process (a CLI, another window) appends, such as a pick, reach the page as job events.
   */
  private watchJournal(): void {
    const session = this.service.current?.session;
    if (!this.panel || !session) return this.unwatchJournal();
    if (this.journalWatch?.dir === session.stateDir) return;
    this.unwatchJournal();
    const read = () => {
      const s = this.service.current?.session;
      if (s && s.stateDir === session.stateDir && !s.closed) s.journal.refresh();
    };
    // Node's own watcher (inotify on Linux) on the state folder: VS Code's file watcher may be
    // slow to report, or skip, a folder inside the render output.
    let fsWatcher: FSWatcher | undefined;
    try {
      fsWatcher = watch(session.stateDir, (_event, name) => {
        if (name === null || String(name) === 'journal.jsonl') read();
      });
      fsWatcher.on('error', () => fsWatcher?.close());
    } catch {
      fsWatcher = undefined; // no watcher: the panel still updates from this window's own jobs
    }
    const watcher = new vscode.Disposable(() => fsWatcher?.close());
    this.journalWatch = { dir: session.stateDir, watcher };
  }

  private unwatchJournal(): void {
    this.journalWatch?.watcher.dispose();
    this.journalWatch = undefined;
  }

  private readonly clipSrc: ClipSource = (p) => this.panel!.webview.asWebviewUri(vscode.Uri.file(p)).toString();

  private toDto(v: JobView, take?: TakeRef): JobDto {
    return jobDto(v, this.clipSrc, take);
  }

  /** A job's take number, looked up in its shot's takes. */
  private takeOf(v: JobView): TakeRef | undefined {
    const session = this.service.current?.session;
    return session ? takeRefOf(v.key, session.takes(v.file, v.shotId)) : undefined;
  }

  private post(m: HostMessage): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(m);
  }

  private state(): PanelState {
    const engine = this.service.current;
    const trusted = vscode.workspace.isTrusted;
    const refs = engine ? takeRefs(engine.session.journal.jobs.values()) : new Map<string, TakeRef>();
    return {
      jobs: this.service.views().map((v) => this.toDto(v, refs.get(v.key))),
      spendToday: engine?.ledger.today(Date.now()) ?? 0,
      budgetUsd: engine?.budgetUsd,
      backend: { kind: engine?.backend ?? 'atlas', label: engine?.label ?? 'no backend yet' },
      renderingEnabled: trusted,
      disabledReason: trusted ? undefined : 'Rendering is off in Restricted Mode: trust this folder to render. Linting still works.',
    };
  }

  private postState(): void {
    if (!this.panel || !this.ready) return;
    this.post({ type: 'state', state: this.state() });
    if (this.comparing) this.postCompare();
  }

  private postJob(v: JobView): void {
    if (!this.panel || !this.ready) return;
    this.post({ type: 'job', job: this.toDto(v, this.takeOf(v)) });
    if (v.status === 'completed') this.post({ type: 'spend', spendToday: this.service.current?.ledger.today(Date.now()) ?? 0 });
    const c = this.comparing;
    if (c && c.file === v.file && c.shotId === v.shotId && !this.compareQueued) {
      // A pick writes two lines (the old pick off, the new one on) in one step: send the takes once, after both.
      this.compareQueued = true;
      queueMicrotask(() => {
        this.compareQueued = false;
        this.postCompare();
      });
    }
  }

  /** Sends the takes of the shot being compared, as the journal has them now. */
  private postCompare(): void {
    const c = this.comparing;
    const session = this.service.current?.session;
    if (!c || !session) return;
    const compare = compareDto(session.takes(c.file, c.shotId), (k) => this.service.viewOf(k), this.clipSrc);
    if (compare) this.post({ type: 'compare', compare });
  }

  private async onMessage(m: PanelMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.postState();
        return;
      case 'open-log':
        this.actions.openLog();
        return;
      case 'close-compare':
        this.comparing = undefined;
        return;
      case 'pick': {
        // Only a journaled take can be picked; the view (and the comparison) update from the journal line.
        const v = this.service.viewOf(m.key);
        if (!v || !this.service.current?.session.journal.jobs.has(m.key)) return;
        await this.actions.pick(m.key, m.picked);
        return;
      }
      case 'job-action': {
        const v = this.service.viewOf(m.key);
        if (!v) return;
        if (m.action === 'copy-id' && v.predictionId) {
          await vscode.env.clipboard.writeText(v.predictionId);
          void vscode.window.setStatusBarMessage(`Copied prediction id ${v.predictionId}`, 3000);
        } else if (m.action === 'cancel') {
          this.service.cancel(m.key);
        } else if (m.action === 'promote') {
          await this.actions.promote(m.key);
        } else if (m.action === 'retry') {
          await this.actions.retry(m.key);
        } else if (m.action === 'open-shot') {
          await this.actions.openShot(m.key);
        } else if (m.action === 'compare') {
          this.comparing = { file: v.file, shotId: v.shotId };
          this.postCompare();
        }
        return;
      }
      case 'clip-action': {
        const path = this.service.viewOf(m.key)?.outputs[m.index];
        if (!path) return;
        const uri = vscode.Uri.file(path);
        if (m.action === 'reveal') {
          if (vscode.env.remoteName || vscode.env.uiKind === vscode.UIKind.Web) await vscode.commands.executeCommand('revealInExplorer', uri);
          else await vscode.commands.executeCommand('revealFileInOS', uri);
        } else if (!vscode.env.remoteName && vscode.env.uiKind === vscode.UIKind.Desktop) {
          // The system player plays AAC audio, which VS Code's own preview cannot.
          await vscode.env.openExternal(uri);
        } else {
          await vscode.commands.executeCommand('vscode.open', uri, { preview: false, viewColumn: vscode.ViewColumn.Active });
        }
        return;
      }
    }
  }

  dispose(): void {
    this.unwatchJournal();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
