// Lenses above each shot: "▶ Draft · Fast · 5s · 720p · ≈$0.41" renders a draft, "Final ≈$0.50"
// renders a final (after confirming its estimate), and the shot's last render result opens the
// render panel. Without a known model the lens explains instead and shows the cost breakdown.
import * as vscode from 'vscode';
import type { RenderParams, Shot } from '../core/format/types.js';
import type { LintService } from './lintService.js';
import { costBreakdown, lastResultTitle, lensTitles, takesTitle } from './text/lenses.js';
import { isoDay } from '../core/catalog/catalog.js';

export const SHOW_COST_COMMAND = 'vprompt.showCostEstimate';

/** Where the lens learns a shot's last render (the render layer supplies it). */
export interface RenderResults {
  /** Each shot's latest render in this file, by shot id. */
  lastByShot(uri: vscode.Uri): ReadonlyMap<string, { status: string; kind: string; updatedAt: number; error?: { category: string } }>;
  /** A shot's completed takes, and whether it changed since the newest one. */
  takeSummary(uri: vscode.Uri, shot: Shot): { takes: number; changed?: boolean } | undefined;
  readonly onDidChange: vscode.Event<unknown>;
}

export class VpCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private results?: RenderResults;

  constructor(private readonly lint: LintService) {
    this.subscriptions.push(lint.onDidLint(() => this.changed.fire()));
  }

  /** Connects the render layer once it has loaded: lenses then show each shot's last result. */
  setResults(results: RenderResults): void {
    this.results = results;
    this.subscriptions.push(results.onDidChange(() => this.changed.fire()));
    this.changed.fire();
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const result = await this.lint.resultFor(doc);
    if (!result) return [];
    const lenses: vscode.CodeLens[] = [];
    const last = this.results?.lastByShot(doc.uri);
    // A retired model gets no render lens: judged by today's date.
    const today = isoDay(Date.now());
    for (const shot of result.doc.shots) {
      const range = new vscode.Range(shot.line, 0, shot.line, 0);
      const titles = lensTitles(shot, today);
      // The render commands are registered at activation (the render layer loads when one
      // runs), so a known model always gets render lenses; results only add the last-result lens.
      const canRender = !titles.draft.startsWith('$(');
      const costArgs = [shot.name, shot.params];
      lenses.push(
        canRender
          ? new vscode.CodeLens(range, { title: titles.draft, command: 'vprompt.renderDraft', arguments: [doc.uri, shot.id], tooltip: `Render a draft of "${shot.name || 'unnamed'}" on the Fast tier (no charge when a take of this exact request exists). ${costBreakdown(shot.name, shot.params, today)}` })
          : new vscode.CodeLens(range, { title: titles.draft, command: SHOW_COST_COMMAND, arguments: costArgs, tooltip: 'Show the cost breakdown' }),
      );
      if (titles.final) {
        lenses.push(
          canRender
            ? new vscode.CodeLens(range, { title: titles.final, command: 'vprompt.renderFinal', arguments: [doc.uri, shot.id], tooltip: 'Render the final (asks first, with the estimate)' })
            : new vscode.CodeLens(range, { title: titles.final, command: SHOW_COST_COMMAND, arguments: costArgs, tooltip: 'Show the cost breakdown' }),
        );
      }
      const lastTitle = lastResultTitle(last?.get(shot.id), Date.now());
      if (lastTitle) lenses.push(new vscode.CodeLens(range, { title: lastTitle, command: 'vprompt.showRenderPanel', tooltip: 'Show the render panel' }));
      const takes = canRender ? this.results?.takeSummary(doc.uri, shot) : undefined;
      if (takes && takes.takes > 0) {
        const t = takesTitle(takes);
        lenses.push(new vscode.CodeLens(range, { title: t.title, command: 'vprompt.renderAnotherTake', arguments: [doc.uri, shot.id], tooltip: t.tooltip }));
      }
    }
    return lenses;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

export function showCostEstimate(name?: string, params?: RenderParams): void {
  // Only the lens passes arguments; the command is hidden from the palette.
  if (params === undefined) return;
  void vscode.window.showInformationMessage(costBreakdown(name ?? '', params, isoDay(Date.now())));
}
