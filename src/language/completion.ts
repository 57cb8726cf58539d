import * as vscode from 'vscode';
import { parseDocument } from '../core/format/parse.js';
import { completionsAt } from './text/completions.js';

const KIND = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  model: vscode.CompletionItemKind.Module,
  label: vscode.CompletionItemKind.Keyword,
  vocabulary: vscode.CompletionItemKind.Text,
} as const;

export class VpCompletion implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionItem[] {
    // Parse the live text: completion must see what was just typed, before the debounced lint.
    const parsed = parseDocument(doc.getText());
    return completionsAt(parsed, pos.line, pos.character).map((s, i) => {
      const item = new vscode.CompletionItem(s.label, KIND[s.kind]);
      item.insertText = s.insertText ?? s.label;
      item.detail = s.detail;
      item.sortText = String(i).padStart(4, '0');
      return item;
    });
  }
}
