// Registers the .vprompt language features. Everything heavy (lexicon tries, schema
// compilation) is built lazily on first use, so activation stays cheap.
import * as vscode from 'vscode';
import { VpCodeActions } from './codeActions.js';
import { VpCodeLens, SHOW_COST_COMMAND, showCostEstimate } from './codeLens.js';
import { VpCompletion } from './completion.js';
import { VpHover } from './hover.js';
import { LANGUAGE_ID, LintService } from './lintService.js';
import { VpOutline } from './outline.js';

export function registerLanguageFeatures(context: vscode.ExtensionContext): LintService {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const lint = new LintService(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'));
  const outline = new VpOutline();
  const lens = new VpCodeLens(lint);
  context.subscriptions.push(
    lint,
    lens,
    vscode.languages.registerCodeActionsProvider(selector, new VpCodeActions(lint), VpCodeActions.metadata),
    vscode.languages.registerHoverProvider(selector, new VpHover(lint)),
    vscode.languages.registerCompletionItemProvider(selector, new VpCompletion(), ':', '@', ' '),
    vscode.languages.registerDocumentSymbolProvider(selector, outline),
    vscode.languages.registerFoldingRangeProvider(selector, outline),
    vscode.languages.registerCodeLensProvider(selector, lens),
    vscode.commands.registerCommand(SHOW_COST_COMMAND, showCostEstimate),
  );
  return lint;
}
