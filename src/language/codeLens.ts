// A cost line above each shot ("Draft · Fast · 5s · 720p · ≈$0.41", "Final ≈$0.50"); clicking it
// shows the breakdown. Rendering from the editor comes with the render pipeline.
import * as vscode from 'vscode';
import type { RenderParams } from '../core/format/types.js';
import type { LintService } from './lintService.js';
import { costBreakdown, lensTitles } from './text/lenses.js';

export const SHOW_COST_COMMAND = 'vprompt.showCostEstimate';

export class VpCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly lint: LintService) {
    this.subscription = lint.onDidLint(() => this.changed.fire());
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const result = await this.lint.resultFor(doc);
    if (!result) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const shot of result.doc.shots) {
      const range = new vscode.Range(shot.line, 0, shot.line, 0);
      const titles = lensTitles(shot);
      const args = [shot.name, shot.params];
      lenses.push(new vscode.CodeLens(range, { title: titles.draft, command: SHOW_COST_COMMAND, arguments: args, tooltip: 'Show the cost breakdown' }));
      if (titles.final) lenses.push(new vscode.CodeLens(range, { title: titles.final, command: SHOW_COST_COMMAND, arguments: args, tooltip: 'Show the cost breakdown' }));
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function showCostEstimate(name?: string, params?: RenderParams): void {
  // Only the lens passes arguments; the command is hidden from the palette.
  if (params === undefined) return;
  void vscode.window.showInformationMessage(costBreakdown(name ?? '', params));
}
