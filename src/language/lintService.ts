// Lints open .vprompt documents on open, while typing (debounced per document) and on save, and
// keeps the latest result per document for the other features. A run whose document changed
// while its config was being read is dropped: the newer edit's run publishes instead.
import * as vscode from 'vscode';
import { dirname, isAbsolute, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { lintText, type LintResult } from '../core/lint/engine.js';
import type { LintEnvironment } from '../core/lint/types.js';
import { isoDay } from '../core/catalog/catalog.js';
import { toDiagnostic } from './convert.js';
import { ProjectConfig } from './projectConfig.js';

export const LANGUAGE_ID = 'vprompt';

export interface Linted extends LintResult {
  version: number;
}

/** Reference files are checked relative to the document; only local files can be stat'ed. */
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
  private readonly results = new Map<string, Linted>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** A document got a new lint result (CodeLenses refresh on this). */
  readonly onDidLint = this.changed.event;
  private readonly project: ProjectConfig;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly docsUri: vscode.Uri) {
    const ws = vscode.workspace;
    this.project = new ProjectConfig(docsUri);
    this.disposables.push(
      this.collection,
      this.changed,
      this.project,
      this.project.onDidChange(() => this.lintAll()),
      ws.onDidOpenTextDocument((d) => this.lintSoon(d, 0)),
      ws.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.setting(e.document, 'onType', true)) this.lintSoon(e.document);
      }),
      ws.onDidSaveTextDocument((d) => {
        if (this.setting(d, 'onSave', true)) this.lintSoon(d, 0);
      }),
      ws.onDidCloseTextDocument((d) => this.forget(d.uri)),
      ws.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('vprompt')) this.lintAll();
      }),
    );
    // Documents already open when the extension activated (the one that activated it included).
    for (const d of ws.textDocuments) this.lintSoon(d, 0);
  }

  private setting<T>(doc: vscode.TextDocument, key: string, fallback: T): T {
    return vscode.workspace.getConfiguration('vprompt.lint', doc.uri).get<T>(key, fallback);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  lintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.lintSoon(d, 0);
  }

  /** Lint after `delay` ms (default: the debounce setting); a newer call for the same document replaces it. */
  lintSoon(doc: vscode.TextDocument, delay?: number): void {
    if (doc.languageId !== LANGUAGE_ID) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    const ms = Math.max(0, delay ?? this.setting(doc, 'debounceMs', 300));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintNow(doc);
      }, ms),
    );
  }

  async lintNow(doc: vscode.TextDocument): Promise<Linted | undefined> {
    if (doc.isClosed || doc.languageId !== LANGUAGE_ID) return undefined;
    const version = doc.version;
    const { config } = await this.project.configFor(doc);
    if (doc.isClosed || doc.version !== version) return this.peek(doc);
    // Model lifecycles are judged by today's date: the editor is where the clock is read.
    const result = lintText(doc.getText(), { config, env: { ...envFor(doc), today: isoDay(Date.now()) } });
    const linted: Linted = { ...result, version };
    this.results.set(doc.uri.toString(), linted);
    this.collection.set(doc.uri, result.diagnostics.map((d) => toDiagnostic(d, this.docsUri)));
    this.changed.fire(doc.uri);
    return linted;
  }

  /** The result for the document's current version, linting now if the last one is stale. */
  async resultFor(doc: vscode.TextDocument): Promise<Linted | undefined> {
    return this.peek(doc) ?? this.lintNow(doc);
  }

  peek(doc: vscode.TextDocument): Linted | undefined {
    const hit = this.results.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit : undefined;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
