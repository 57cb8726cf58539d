// Folding: the front matter and each shot.
import * as vscode from 'vscode';
import { parseDocument } from '../core/format/parse.js';
import { foldingRanges } from './text/outline.js';

export class VpFolding implements vscode.FoldingRangeProvider {
  provideFoldingRanges(doc: vscode.TextDocument): vscode.FoldingRange[] {
    const parsed = parseDocument(doc.getText());
    return foldingRanges(parsed).map((f) => new vscode.FoldingRange(f.start, f.end, parsed.frontMatter?.range.start.line === f.start ? vscode.FoldingRangeKind.Region : undefined));
  }
}
