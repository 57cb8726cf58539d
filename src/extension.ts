// Extension entry point: wiring only. Language features live in src/language/, rendering
// (commands, backend, status bar) in src/render/, the preview panel in src/panel/.
import type * as vscode from 'vscode';
import { registerLanguageFeatures } from './language/index.js';
import { registerRendering } from './render/index.js';

export function activate(context: vscode.ExtensionContext): void {
  const { lint, lens } = registerLanguageFeatures(context);
  registerRendering(context, lint, lens);
}

export function deactivate(): void {
  // Disposables registered on the context are released by VS Code; running jobs stay in the
  // journal and resume on the next start.
}
