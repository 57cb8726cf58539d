// The lint configuration for a document: `vprompt.rules` settings, overridden by the nearest
// .vpromptrc.json between the document's folder and its workspace folder root. Watches rc files,
// caches their parsed contents, and shows their problems as diagnostics on the rc file itself
// (rule config/invalid); a broken rc file means defaults, never a failed lint.
import * as vscode from 'vscode';
import { parseConfig, RC_FILE } from '../core/config/rc.js';
import { DEFAULT_CONFIG, type LintConfig } from '../core/lint/types.js';
import { toDiagnostic } from './convert.js';
import { rulesFromSettings } from './text/settings.js';

export interface DocumentConfig {
  config: LintConfig;
  rcUri?: vscode.Uri;
}

export class ProjectConfig implements vscode.Disposable {
  /** Directory URI → the rc file that applies there (null: none). Cleared when rc files come or go. */
  private readonly located = new Map<string, vscode.Uri | null>();
  /** rc file URI → parsed contents. Cleared for a file when it changes. */
  private readonly parsed = new Map<string, LintConfig>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('vprompt-config');
  private readonly changed = new vscode.EventEmitter<void>();
  /** An rc file was created, changed or deleted: lint results may be stale. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];

  constructor(private readonly docsUri: vscode.Uri) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE}`);
    const forget = (uri: vscode.Uri, moved: boolean) => {
      this.parsed.delete(uri.toString());
      if (moved) {
        this.located.clear();
        this.diagnostics.delete(uri);
      }
      this.changed.fire();
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => forget(u, false)),
      watcher.onDidCreate((u) => forget(u, true)),
      watcher.onDidDelete((u) => forget(u, true)),
      // Saving in the editor is the common case; don't wait for the file watcher to notice.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.uri.path.endsWith(`/${RC_FILE}`)) forget(d.uri, !this.parsed.has(d.uri.toString()));
      }),
    );
  }

  async configFor(doc: vscode.TextDocument): Promise<DocumentConfig> {
    const fromSettings = rulesFromSettings(vscode.workspace.getConfiguration('vprompt', doc.uri).get('rules'));
    const rcUri = await this.findRc(doc.uri);
    const rc = rcUri ? await this.read(rcUri) : undefined;
    const base = rc ?? DEFAULT_CONFIG;
    // Keep the same config object when nothing is merged: rules cache their compiled matchers per config.
    const config = Object.keys(fromSettings).length === 0 ? base : { ...base, rules: { ...fromSettings, ...base.rules } };
    return { config, rcUri };
  }

  /** The nearest rc file from the document's folder up to its workspace folder (just its own folder outside a workspace). */
  private async findRc(docUri: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (docUri.scheme === 'untitled') return undefined;
    const root = vscode.workspace.getWorkspaceFolder(docUri)?.uri;
    const visited: string[] = [];
    let dir = vscode.Uri.joinPath(docUri, '..');
    let found: vscode.Uri | null = null;
    for (let depth = 0; depth < 64; depth++) {
      const key = dir.toString();
      const cached = this.located.get(key);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(key);
      const candidate = vscode.Uri.joinPath(dir, RC_FILE);
      if (await exists(candidate)) {
        found = candidate;
        break;
      }
      const parent = vscode.Uri.joinPath(dir, '..');
      if (!root || dir.path === root.path || !parent.path.startsWith(root.path) || parent.path === dir.path) break;
      dir = parent;
    }
    for (const key of visited) this.located.set(key, found);
    return found ?? undefined;
  }

  private async read(uri: vscode.Uri): Promise<LintConfig | undefined> {
    const key = uri.toString();
    const hit = this.parsed.get(key);
    if (hit) return hit;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined; // deleted between the stat and the read: the watcher will relint
    }
    const { config, problems } = parseConfig(text, vscode.workspace.asRelativePath(uri));
    this.parsed.set(key, config);
    this.diagnostics.set(uri, problems.map((p) => toDiagnostic(p, this.docsUri)));
    return config;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
