// Quick fixes: the fixes core attaches to each diagnostic (rewordings, inserted components,
// snapped values, pinned models), "disable for this line", "fix all of this rule", and the
// source.fixAll.vprompt action, which applies only fixes marked safe to apply unattended.
import * as vscode from 'vscode';
import { disableLineFix, nonOverlapping } from '../core/lint/fixes.js';
import type { LintDiagnostic } from '../core/lint/types.js';
import { toRange, toWorkspaceEdit, VpDiagnostic } from './convert.js';
import type { LintService } from './lintService.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('vprompt');

export class VpCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly lint: LintService) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, ctx: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const result = await this.lint.resultFor(doc);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    if (ctx.only && FIX_ALL_KIND.contains(ctx.only)) {
      return [this.fixAll(doc, result.diagnostics, 'Fix all auto-fixable vprompt problems', FIX_ALL_KIND)].filter((a): a is vscode.CodeAction => !!a);
    }
    const ours = ctx.diagnostics.filter((d): d is VpDiagnostic => d instanceof VpDiagnostic);
    // Diagnostics can come back as plain objects across the API boundary: match by range and code.
    const matching = ours.length
      ? ours.map((d) => d.lint)
      : result.diagnostics.filter((d) =>
          ctx.diagnostics.some((c) => toRange(d.range).isEqual(c.range) && String((c.code as { value?: unknown })?.value ?? c.code) === d.rule),
        );
    const atCursor = matching.length ? matching : result.diagnostics.filter((d) => toRange(d.range).intersection(range));
    for (const d of atCursor) {
      const diag = ctx.diagnostics.find((c) => c.range.isEqual(toRange(d.range))) ?? new VpDiagnostic(d, vscode.Uri.file('/'));
      for (const fix of d.fixes ?? []) {
        const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(doc.uri, [fix]);
        a.diagnostics = [diag];
        a.isPreferred = fix.isPreferred;
        actions.push(a);
      }
      const sameRule = result.diagnostics.filter((x) => x.rule === d.rule && x.fixes?.some((f) => f.isPreferred));
      if (sameRule.length > 1) {
        const all = this.fixAll(doc, sameRule, `Fix all ${d.rule} problems in this file`, vscode.CodeActionKind.QuickFix);
        if (all) actions.push(all);
      }
      const disable = new vscode.CodeAction(disableLineFix(result.doc, d).title, vscode.CodeActionKind.QuickFix);
      disable.edit = toWorkspaceEdit(doc.uri, [disableLineFix(result.doc, d)]);
      disable.diagnostics = [diag];
      actions.push(disable);
    }
    return actions;
  }

  private fixAll(doc: vscode.TextDocument, diags: readonly LintDiagnostic[], title: string, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const fixes = nonOverlapping(diags);
    if (fixes.length === 0) return undefined;
    const a = new vscode.CodeAction(title, kind);
    a.edit = toWorkspaceEdit(doc.uri, fixes);
    return a;
  }
}
