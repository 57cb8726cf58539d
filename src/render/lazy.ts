// Render entry points registered at activation without loading the render layer: the
// commands and the panel serializer load dist/render.js (HTTP client, pipeline, simulator,
// MP4 code) on first use, so opening a .vprompt file costs only the language features.
import * as vscode from 'vscode';
import type { VpCodeLens } from '../language/codeLens.js';
import type { LintService } from '../language/lintService.js';
import { COMMANDS, PANEL_VIEW_TYPE } from './ids.js';
import type { Rendering } from './index.js';

declare const require: (id: string) => unknown;

export function registerRenderEntryPoints(context: vscode.ExtensionContext, lint: LintService, lens: VpCodeLens): void {
  let rendering: Rendering | undefined;
  const load = (): Rendering => {
    // './render.js' is resolved next to dist/extension.js (esbuild keeps it external).
    rendering ??= (require('./render.js') as typeof import('./index.js')).registerRendering(context, lint, lens);
    return rendering;
  };
  for (const id of Object.values(COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => load().run(id, args)));
  }
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => load().restorePanel(panel),
    }),
  );
}
