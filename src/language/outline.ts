// Shot outline (document symbols) and folding for front matter and each shot.
import * as vscode from 'vscode';
import { parseDocument } from '../core/format/parse.js';

export class VpOutline implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    const parsed = parseDocument(doc.getText());
    const out: vscode.DocumentSymbol[] = [];
    const fm = parsed.frontMatter;
    if (fm) {
      const r = new vscode.Range(fm.range.start.line, 0, fm.range.end.line, 3);
      out.push(new vscode.DocumentSymbol('Front matter', parsed.frontMatter?.params.model ?? '', vscode.SymbolKind.Namespace, r, r));
    }
    for (const s of parsed.shots) {
      const detail = [s.params.duration !== undefined ? `${s.params.duration}s` : '', s.params.resolution ?? ''].filter(Boolean).join(' · ');
      const full = new vscode.Range(s.startLine, 0, s.lastContentLine, doc.lineAt(s.lastContentLine).text.length);
      const sel = new vscode.Range(s.nameRange.start.line, s.nameRange.start.character, s.nameRange.end.line, s.nameRange.end.character);
      out.push(new vscode.DocumentSymbol(s.name || '(unnamed shot)', detail, vscode.SymbolKind.Event, full, sel));
    }
    return out;
  }

  provideFoldingRanges(doc: vscode.TextDocument): vscode.FoldingRange[] {
    const parsed = parseDocument(doc.getText());
    const out: vscode.FoldingRange[] = [];
    const fm = parsed.frontMatter;
    if (fm && fm.range.end.line > fm.range.start.line) out.push(new vscode.FoldingRange(fm.range.start.line, fm.range.end.line, vscode.FoldingRangeKind.Region));
    for (const s of parsed.shots) if (s.lastContentLine > s.startLine) out.push(new vscode.FoldingRange(s.startLine, s.lastContentLine));
    return out;
  }
}
