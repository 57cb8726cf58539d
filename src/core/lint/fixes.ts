// Quick fixes shared by the editor and tests: built in core so they are tested without VS Code.
import type { ParseProblem, VpDocument } from '../format/types.js';
import type { Fix, LintDiagnostic } from './types.js';

export function problemFixes(doc: VpDocument, p: ParseProblem): Fix[] | undefined {
  const suggestion = p.data?.suggestion;
  if (typeof suggestion === 'string') {
    const isVar = p.code === 'format/unknown-var';
    return [
      {
        title: isVar ? `Change to {{${suggestion}}}` : `Change to "${suggestion}"`,
        kind: 'rewording',
        isPreferred: true,
        edits: [{ range: p.range, newText: isVar ? `{{${suggestion}}}` : suggestion }],
      },
    ];
  }
  if (p.code === 'format/tab') {
    return [{ title: 'Replace tab with two spaces', kind: 'format', isPreferred: true, edits: [{ range: p.range, newText: '  ' }] }];
  }
  return undefined;
}

/** "Disable <rule> for this line": a directive comment above the diagnostic's line, indented like it. */
export function disableLineFix(doc: VpDocument, d: LintDiagnostic): Fix {
  const line = d.range.start.line;
  const indent = /^\s*/.exec(doc.lines[line] ?? '')?.[0] ?? '';
  return {
    title: `Disable ${d.rule} for this line`,
    kind: 'disable-line',
    edits: [
      {
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        newText: `${indent}// vprompt-disable-next-line ${d.rule}\n`,
      },
    ],
  };
}

/** Preferred fixes of the given findings, without overlapping edits (first wins). */
export function nonOverlapping(diags: readonly LintDiagnostic[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: Array<[number, number, number, number]> = [];
  const overlaps = (f: Fix) =>
    f.edits.some((e) =>
      taken.some(([sl, sc, el, ec]) => !(e.range.end.line < sl || (e.range.end.line === sl && e.range.end.character <= sc) || e.range.start.line > el || (e.range.start.line === el && e.range.start.character >= ec))),
    );
  for (const d of diags) {
    const fix = d.fixes?.find((f) => f.isPreferred);
    if (!fix || overlaps(fix)) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.push([e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character]);
  }
  return chosen;
}

