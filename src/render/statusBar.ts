// The status bar item: running jobs and today's estimated spend; a click opens the render panel.
// Shown while a .vprompt file is in the editor or a job is running.
import * as vscode from 'vscode';
import { formatUsd } from '../core/catalog/cost.js';
import type { RenderService } from './renderService.js';

export class RenderStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vprompt.renders', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly service: RenderService) {
    this.item.name = 'VPrompt Renders';
    this.item.command = 'vprompt.showRenderPanel';
    this.disposables.push(
      this.item,
      service.onDidChangeJob(() => this.update()),
      service.onDidChangeEngine(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const running = this.service.running();
    const engine = this.service.current;
    // Simulated renders bill nothing; the status bar shows spend only for the real API.
    const spend = engine && engine.backend !== 'simulator' ? engine.ledger.today(Date.now()) : undefined;
    const parts = [running ? `$(sync~spin) ${running} rendering` : '$(device-camera-video)'];
    if (spend !== undefined) parts.push(`≈${formatUsd(spend)} today`);
    else if (engine?.backend === 'simulator') parts.push('simulator');
    this.item.text = parts.join(' · ');
    this.item.tooltip = `${running} render${running === 1 ? '' : 's'} running${engine ? ` on ${engine.label}` : ''}. Today's estimated spend: ${spend === undefined ? 'no renders yet' : formatUsd(spend)}${engine?.budgetUsd ? ` of ${formatUsd(engine.budgetUsd)}` : ''}. Click to show the render panel.`;
    const show = running > 0 || vscode.window.activeTextEditor?.document.languageId === 'vprompt';
    if (show) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
