// Hovers: the text comes from text/hovers.ts; this only converts positions and Markdown.
import * as vscode from 'vscode';
import { ruleDocsUri, toRange } from './convert.js';
import type { LintService } from './lintService.js';
import { hoverAt } from './text/hovers.js';
import { isoDay } from '../core/catalog/catalog.js';

export class VpHover implements vscode.HoverProvider {
  constructor(private readonly lint: LintService) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = await this.lint.resultFor(doc);
    if (!result) return undefined;
    const info = hoverAt(result.doc, result.diagnostics, pos.line, pos.character, (rule) => ruleDocsUri(this.lint.docsUri, rule).toString(), isoDay(Date.now()));
    return info && new vscode.Hover(new vscode.MarkdownString(info.markdown), toRange(info.range));
  }
}
