// The stable JSON report (version 1): 1-based lines and columns, rule ids as in the editor.
import type { FileReport } from '../lint.js';

export function toJson(reports: FileReport[]) {
  return {
    version: 1,
    files: reports.map((r) => ({
      path: r.path,
      shots: r.shots.map((s) => ({ ...s, line: s.line + 1 })),
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        shot: d.shot ?? null,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        ...(d.category ? { category: d.category } : {}),
        ...(d.tier ? { tier: d.tier } : {}),
        ...(d.suggestions?.length ? { suggestions: d.suggestions } : {}),
      })),
    })),
  };
}

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(toJson(reports))}\n`;
}
