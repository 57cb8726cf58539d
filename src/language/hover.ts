// Hovers: model capabilities and price on a model value, why a term is risky on a flagged
// term, which components a shot has on its heading.
import * as vscode from 'vscode';
import { shotAt } from '../core/lint/engine.js';
import { toRange } from './convert.js';
import type { LintService } from './lintService.js';
import { modelHover, safetyHover, shotHover } from './text/hovers.js';

export class VpHover implements vscode.HoverProvider {
  constructor(private readonly lint: LintService) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = await this.lint.resultFor(doc);
    if (!result) return undefined;
    const line = doc.lineAt(pos.line).text;
    const model = /^(\s*@?model\s*:\s*)(\S+)/.exec(line);
    if (model && pos.character >= model[1].length) {
      const md = modelHover(model[2].replace(/^["']|["']$/g, ''));
      if (md) return new vscode.Hover(new vscode.MarkdownString(md), new vscode.Range(pos.line, model[1].length, pos.line, model[1].length + model[2].length));
    }
    const flagged = result.diagnostics.find((d) => d.rule.startsWith('safety/') && toRange(d.range).contains(pos));
    if (flagged) return new vscode.Hover(new vscode.MarkdownString(safetyHover(flagged)), toRange(flagged.range));
    const shot = shotAt(result.doc.shots, pos.line);
    if (shot && shot.line === pos.line) return new vscode.Hover(new vscode.MarkdownString(shotHover(shot)), toRange(shot.nameRange));
    return undefined;
  }
}
