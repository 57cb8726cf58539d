// Extension entry point: wiring only. Language features live in src/language/; rendering
// (commands, backend, status bar) in src/render/ and the preview panel in src/panel/, built
// as a second bundle that loads on the first render command (src/render/lazy.ts).
import type * as vscode from 'vscode';
import { registerLanguageFeatures } from './language/index.js';
import { registerRenderEntryPoints } from './render/lazy.js';

export function activate(context: vscode.ExtensionContext): void {
  const { lint, lens } = registerLanguageFeatures(context);
  registerRenderEntryPoints(context, lint, lens);
}

export function deactivate(): void {
  // Disposables registered on the context are released by VS Code; running jobs stay in the
  // journal and resume on the next start.
}
