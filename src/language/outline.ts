// Outline (document symbols): the front matter and one symbol per shot, e.g. "Arrival  5s · 720p".
import * as vscode from 'vscode';
import { parseDocument } from '../core/format/parse.js';
import { toRange } from './convert.js';
import { outlineSymbols } from './text/outline.js';

export class VpOutline implements vscode.DocumentSymbolProvider {
  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    return outlineSymbols(parseDocument(doc.getText())).map(
      (s) =>
        new vscode.DocumentSymbol(s.name, s.detail, s.kind === 'shot' ? vscode.SymbolKind.Event : vscode.SymbolKind.Namespace, toRange(s.range), toRange(s.selectionRange)),
    );
  }
}
