// Registers the .vprompt language features. Nothing is linted or compiled here beyond the
// documents already open; lexicon tries and schemas are built on first use.
import * as vscode from 'vscode';
import { VpCodeActions } from './codeActions.js';
import { VpCodeLens, SHOW_COST_COMMAND, showCostEstimate } from './codeLens.js';
import { TRIGGER_CHARACTERS, VpCompletion } from './completion.js';
import { VpFolding } from './folding.js';
import { VpHover } from './hover.js';
import { LANGUAGE_ID, LintService } from './lintService.js';
import { NEW_FILE_COMMAND, newPromptFile } from './newFile.js';
import { VpOutline } from './outline.js';

export function registerLanguageFeatures(context: vscode.ExtensionContext): { lint: LintService; lens: VpCodeLens } {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const lint = new LintService(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'));
  const lens = new VpCodeLens(lint);
  context.subscriptions.push(
    lint,
    lens,
    vscode.languages.registerCodeActionsProvider(selector, new VpCodeActions(lint), VpCodeActions.metadata),
    vscode.languages.registerHoverProvider(selector, new VpHover(lint)),
    vscode.languages.registerCompletionItemProvider(selector, new VpCompletion(), ...TRIGGER_CHARACTERS),
    vscode.languages.registerDocumentSymbolProvider(selector, new VpOutline(), { label: 'Shots' }),
    vscode.languages.registerFoldingRangeProvider(selector, new VpFolding()),
    vscode.languages.registerCodeLensProvider(selector, lens),
    vscode.commands.registerCommand(SHOW_COST_COMMAND, showCostEstimate),
    vscode.commands.registerCommand(NEW_FILE_COMMAND, newPromptFile),
  );
  return { lint, lens };
}
