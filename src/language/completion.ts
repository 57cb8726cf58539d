// Completion: what to offer comes from text/completions.ts (plain data); this maps kinds,
// replace ranges and the "open again for the value" command onto CompletionItems.
import * as vscode from 'vscode';
import { parseDocument } from '../core/format/parse.js';
import { completionsAt, TRIGGER_CHARACTERS, type SuggestionKind } from './text/completions.js';
import { isoDay } from '../core/catalog/catalog.js';

const KIND: Record<SuggestionKind, vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  model: vscode.CompletionItemKind.Module,
  label: vscode.CompletionItemKind.Keyword,
  vocabulary: vscode.CompletionItemKind.Text,
  variable: vscode.CompletionItemKind.Variable,
  rule: vscode.CompletionItemKind.EnumMember,
};

export { TRIGGER_CHARACTERS };

export class VpCompletion implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position, _token: vscode.CancellationToken, ctx: vscode.CompletionContext): vscode.CompletionItem[] {
    // Parse the live text: completion must see what was just typed, before the debounced lint.
    const parsed = parseDocument(doc.getText());
    const trigger = ctx.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter ? ctx.triggerCharacter : undefined;
    // Retired models are not offered: judged by today's date (the editor is where the clock is read).
    return completionsAt(parsed, pos.line, pos.character, trigger, isoDay(Date.now())).map((s, i) => {
      const item = new vscode.CompletionItem(s.label, KIND[s.kind]);
      item.insertText = s.insertText ?? s.label;
      item.detail = s.detail;
      if (s.documentation) item.documentation = s.documentation;
      if (s.replace) {
        // Inserting covers what is typed so far; replacing (Shift+Enter) also covers the rest of the old value.
        const start = new vscode.Position(pos.line, Math.min(s.replace[0], pos.character));
        item.range = { inserting: new vscode.Range(start, pos), replacing: new vscode.Range(start, new vscode.Position(pos.line, Math.max(s.replace[1], pos.character))) };
      }
      // The list order is meaningful (the model's allowed values, the label's own vocabulary first).
      item.sortText = String(i).padStart(5, '0');
      if (s.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
      return item;
    });
  }
}
