// Lints open .vprompt documents on open, while typing (debounced per document, stale runs
// dropped) and on save, and keeps the latest result for the other features to read.
import * as vscode from 'vscode';
import { dirname, isAbsolute, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { lintText, type LintResult } from '../core/lint/engine.js';
import type { LintEnvironment } from '../core/lint/types.js';
import { VpDiagnostic, toRange } from './convert.js';
import { configFor, forgetRc } from './settings.js';

export const LANGUAGE_ID = 'vprompt';

export interface Linted extends LintResult {
  version: number;
  diagnostics: LintResult['diagnostics'];
}

function envFor(doc: vscode.TextDocument): LintEnvironment {
  if (doc.uri.scheme !== 'file') return {};
  const dir = dirname(doc.uri.fsPath);
  return {
    statFile(rel) {
      try {
        const st = statSync(isAbsolute(rel) ? rel : resolve(dir, rel));
        return { exists: true, size: st.size, isFile: st.isFile() };
      } catch {
        return { exists: false };
      }
    },
  };
}

export class LintService implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('vprompt');
  private readonly rcCollection = vscode.languages.createDiagnosticCollection('vprompt-config');
  private readonly results = new Map<string, Linted>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidLint = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly docsUri: vscode.Uri) {
    const ws = vscode.workspace;
    this.disposables.push(
      this.collection,
      this.rcCollection,
      this.changed,
      ws.onDidOpenTextDocument((d) => this.lintSoon(d, 0)),
      ws.onDidChangeTextDocument((e) => {
        if (this.setting(e.document, 'onType', true)) this.lintSoon(e.document);
      }),
      ws.onDidSaveTextDocument((d) => {
        if (this.setting(d, 'onSave', true)) this.lintSoon(d, 0);
      }),
      ws.onDidCloseTextDocument((d) => {
        this.collection.delete(d.uri);
        this.results.delete(d.uri.toString());
      }),
      ws.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('vprompt')) this.lintAll();
      }),
    );
    const watcher = ws.createFileSystemWatcher('**/.vpromptrc.json');
    const onRc = (uri: vscode.Uri) => {
      forgetRc(uri);
      this.lintAll();
    };
    this.disposables.push(watcher, watcher.onDidChange(onRc), watcher.onDidCreate(onRc), watcher.onDidDelete(onRc));
    for (const d of ws.textDocuments) this.lintSoon(d, 0);
  }

  private setting<T>(doc: vscode.TextDocument, key: string, fallback: T): T {
    return vscode.workspace.getConfiguration('vprompt.lint', doc.uri).get<T>(key, fallback);
  }

  lintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.lintSoon(d, 0);
  }

  lintSoon(doc: vscode.TextDocument, delay?: number): void {
    if (doc.languageId !== LANGUAGE_ID) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    const ms = delay ?? this.setting(doc, 'debounceMs', 300);
    this.timers.set(key, setTimeout(() => void this.lintNow(doc), ms));
  }

  async lintNow(doc: vscode.TextDocument): Promise<Linted | undefined> {
    if (doc.isClosed) return undefined;
    const version = doc.version;
    const { config, rcUri, rcProblems } = await configFor(doc);
    // A newer edit arrived while the config was read: that run will publish instead.
    if (doc.isClosed || doc.version !== version) return undefined;
    const result = lintText(doc.getText(), { config, env: envFor(doc) });
    const linted: Linted = { ...result, version };
    this.results.set(doc.uri.toString(), linted);
    this.collection.set(doc.uri, result.diagnostics.map((d) => new VpDiagnostic(d, this.docsUri)));
    if (rcUri) {
      this.rcCollection.set(
        rcUri,
        rcProblems.map((p) => {
          const d = new vscode.Diagnostic(toRange(p.range), p.message, vscode.DiagnosticSeverity.Error);
          d.source = 'vprompt';
          d.code = p.rule;
          return d;
        }),
      );
    }
    this.changed.fire(doc.uri);
    return linted;
  }

  /** The latest result for this exact document version, linting now if it is stale. */
  async resultFor(doc: vscode.TextDocument): Promise<Linted | undefined> {
    const hit = this.results.get(doc.uri.toString());
    if (hit && hit.version === doc.version) return hit;
    return this.lintNow(doc);
  }

  peek(doc: vscode.TextDocument): Linted | undefined {
    const hit = this.results.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit : undefined;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
