// A cost line above each shot: what a draft (Fast tier) and a final would cost.
import * as vscode from 'vscode';
import type { LintService } from './lintService.js';
import { lensTitles } from './text/lenses.js';
import { estimateCost, formatUsd } from '../core/catalog/cost.js';

export const SHOW_COST_COMMAND = 'vprompt.showCostEstimate';

export class VpCodeLens implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly lint: LintService) {
    lint.onDidLint(() => this.changed.fire());
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const result = await this.lint.resultFor(doc);
    if (!result) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const shot of result.doc.shots) {
      const range = new vscode.Range(shot.line, 0, shot.line, 0);
      const titles = lensTitles(shot);
      lenses.push(new vscode.CodeLens(range, { title: titles.draft, command: SHOW_COST_COMMAND, arguments: [shot.name, shot.params] }));
      if (titles.final) lenses.push(new vscode.CodeLens(range, { title: titles.final, command: SHOW_COST_COMMAND, arguments: [shot.name, shot.params] }));
    }
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function showCostEstimate(name: string, params: Parameters<typeof estimateCost>[0]): void {
  const d = estimateCost(params, 'draft');
  const f = estimateCost(params, 'final');
  if (!d) {
    void vscode.window.showWarningMessage('No estimate: set a known model in the front matter or with @model.');
    return;
  }
  const line = (e: NonNullable<typeof d>) => `${e.name}: ${e.seconds} s × $${e.usdPerSecond}/s at ${e.resolution} = ${formatUsd(e.usd)}`;
  void vscode.window.showInformationMessage(`Shot "${name || 'unnamed'}" — draft: ${line(d)}${f ? `; final: ${line(f)}` : ''}. Rendering runs through the render commands.`);
}
