// Extension entry point: wiring only. Language features live in src/language/.
import type * as vscode from 'vscode';
import { registerLanguageFeatures } from './language/index.js';

export function activate(context: vscode.ExtensionContext): void {
  registerLanguageFeatures(context);
}

export function deactivate(): void {
  // Disposables registered on the context are released by VS Code.
}
