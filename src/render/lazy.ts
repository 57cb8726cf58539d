// Render entry points registered at activation without loading the render layer: the
// commands and the panel serializer load dist/render.js (HTTP client, pipeline, simulator,
// MP4 code) on first use, so opening a .vprompt file costs only the language features.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import type { VpCodeLens } from '../language/codeLens.js';
import type { LintService } from '../language/lintService.js';
import { COMMANDS, PANEL_VIEW_TYPE, USE_SIMULATOR_COMMAND } from './ids.js';
import type { Rendering } from './index.js';

declare const require: (id: string) => unknown;

export function registerRenderEntryPoints(context: vscode.ExtensionContext, lint: LintService, lens: VpCodeLens): void {
  let rendering: Rendering | undefined;
  const load = (): Rendering => {
    // './render.js' is resolved next to dist/extension.js (esbuild keeps it external).
    rendering ??= (require('./render.js') as typeof import('./index.js')).registerRendering(context, lint, lens);
    return rendering;
  };
  // After a restart (a crash, a reload, a new window) submitted jobs left in the journal are
  // picked up again without waiting for a command — after activation, not during it.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder?.scheme === 'file' && vscode.workspace.isTrusted) {
    const out = vscode.workspace.getConfiguration('vprompt').get<string>('outputFolder') || 'renders';
    const journal = join(isAbsolute(out) ? out : join(folder.fsPath, out), '.vprompt', 'journal.jsonl');
    if (existsSync(journal)) setTimeout(() => void load().resumeUnfinished(), 0);
  }
  for (const id of Object.values(COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => load().run(id, args)));
  }
  context.subscriptions.push(
    // The walkthrough's "Use the simulator": a setting change, no need to load the render layer.
    vscode.commands.registerCommand(USE_SIMULATOR_COMMAND, async () => {
      await vscode.workspace.getConfiguration('vprompt').update('backend', 'simulator', vscode.ConfigurationTarget.Global);
      void vscode.window.showInformationMessage('Renders now go to the built-in simulator (offline, nothing billed). Set vprompt.backend to "atlas" to render on Atlas Cloud.');
    }),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => load().restorePanel(panel),
    }),
  );
}
