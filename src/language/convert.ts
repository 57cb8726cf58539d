// Conversions between core's plain data and VS Code's types: the only place both meet.
import * as vscode from 'vscode';
import type { TextRange } from '../core/format/types.js';
import type { LintDiagnostic, Severity, TextEdit } from '../core/lint/types.js';
import type { ShownDiagnostic } from './text/actions.js';
import { ruleAnchor } from './text/docs.js';

export function toRange(r: TextRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function fromRange(r: vscode.Range): TextRange {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The rule's section in the extension's own docs/rules.md. */
export function ruleDocsUri(docsUri: vscode.Uri, rule: string): vscode.Uri {
  return docsUri.with({ fragment: ruleAnchor(rule) });
}

export function toDiagnostic(d: LintDiagnostic, docsUri: vscode.Uri): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity] ?? vscode.DiagnosticSeverity.Warning);
  out.source = 'vprompt';
  out.code = { value: d.rule, target: ruleDocsUri(docsUri, d.rule) };
  return out;
}

/** What code actions need from a diagnostic the editor hands back. */
export function shown(d: vscode.Diagnostic): ShownDiagnostic {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return { rule: code === undefined ? undefined : String(code), range: fromRange(d.range), message: d.message };
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  // A snippet edit (fitted choices at a tab stop) goes in as one; the rest as plain text.
  if (edits.some((e) => e.snippet)) {
    edit.set(
      uri,
      edits.map((e) => (e.snippet ? vscode.SnippetTextEdit.replace(toRange(e.range), new vscode.SnippetString(e.snippet)) : vscode.TextEdit.replace(toRange(e.range), e.newText))),
    );
    return edit;
  }
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}
