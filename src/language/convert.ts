// Conversions between core's plain data and VS Code's types: the only place both meet.
import * as vscode from 'vscode';
import type { TextRange } from '../core/format/types.js';
import type { Fix, LintDiagnostic, Severity } from '../core/lint/types.js';

export function toRange(r: TextRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** GitHub-style heading anchor for a rule's section in docs/rules.md. */
export function ruleAnchor(rule: string): string {
  return rule.toLowerCase().replace(/[^a-z0-9 -]/g, '');
}

export class VpDiagnostic extends vscode.Diagnostic {
  constructor(
    readonly lint: LintDiagnostic,
    docsUri: vscode.Uri,
  ) {
    super(toRange(lint.range), lint.message, SEVERITY[lint.severity]);
    this.source = 'vprompt';
    this.code = { value: lint.rule, target: docsUri.with({ fragment: ruleAnchor(lint.rule) }) };
  }
}

export function toWorkspaceEdit(uri: vscode.Uri, fixes: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const fix of fixes) for (const e of fix.edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}
