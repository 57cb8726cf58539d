// Quick fixes and source.fixAll.vprompt. What to offer is decided in text/actions.ts; this maps
// it onto VS Code's CodeActions and ties each to the diagnostic it fixes (so the Problems panel
// and Ctrl+. show it there).
import * as vscode from 'vscode';
import { toDiagnostic, shown, toRange, toWorkspaceEdit } from './convert.js';
import type { LintService } from './lintService.js';
import { fixAll, matchShown, quickFixes, type PlannedAction } from './text/actions.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('vprompt');

export class VpCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly lint: LintService) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, ctx: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const only = ctx.only;
    const wantsFixAll = !only || only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only);
    const wantsQuickFix = !only || only.contains(vscode.CodeActionKind.QuickFix);
    if (!wantsFixAll && !wantsQuickFix) return [];
    const result = await this.lint.resultFor(doc);
    if (!result) return [];

    if (only && wantsFixAll && !wantsQuickFix) {
      // Source action (editor.codeActionsOnSave "source.fixAll", "Fix All" command).
      const all = fixAll(result.diagnostics);
      return all ? [this.toAction(doc, all, FIX_ALL_KIND, [])] : [];
    }
    // The editor passes copies of its diagnostics: find ours behind them. With none passed
    // (e.g. Ctrl+. on a spot whose diagnostic was just refreshed), use what is under the cursor.
    const vp = ctx.diagnostics.filter((d) => d.source === 'vprompt');
    let targets = matchShown(result.diagnostics, vp.map(shown));
    if (targets.length === 0) targets = result.diagnostics.filter((d) => toRange(d.range).intersection(range));
    return quickFixes(result.doc, result.diagnostics, targets).map((a) => this.toAction(doc, a, vscode.CodeActionKind.QuickFix, vp));
  }

  private toAction(doc: vscode.TextDocument, a: PlannedAction, kind: vscode.CodeActionKind, shownDiags: readonly vscode.Diagnostic[]): vscode.CodeAction {
    const action = new vscode.CodeAction(a.title, kind);
    action.edit = toWorkspaceEdit(doc.uri, a.edits);
    action.isPreferred = a.isPreferred;
    // Reuse the editor's own diagnostic objects where they match, so it knows which ones this fixes.
    action.diagnostics = a.diagnostics.map(
      (d) => shownDiags.find((s) => s.range.isEqual(toRange(d.range)) && shown(s).rule === d.rule) ?? toDiagnostic(d, this.lint.docsUri),
    );
    return action;
  }
}
