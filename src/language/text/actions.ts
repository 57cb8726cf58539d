// Which code actions to offer for which findings, as plain data (codeActions.ts turns them into
// vscode.CodeActions). Core attaches the fixes; this decides titles, grouping and fix-all.
import type { TextRange, VpDocument } from '../../core/format/types.js';
import { disableLineFix, nonOverlapping } from '../../core/lint/fixes.js';
import type { LintDiagnostic, TextEdit } from '../../core/lint/types.js';

export interface PlannedAction {
  title: string;
  kind: 'quickfix' | 'fixAll';
  edits: TextEdit[];
  isPreferred?: boolean;
  /** The findings the action resolves. */
  diagnostics: LintDiagnostic[];
}

/** A diagnostic as the editor shows it back to us (code actions get copies, not our objects). */
export interface ShownDiagnostic {
  rule?: string;
  range: TextRange;
  message: string;
}

const sameRange = (a: TextRange, b: TextRange) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** Our findings behind the diagnostics the editor passed in: same rule and range, else same rule and message. */
export function matchShown(all: readonly LintDiagnostic[], shown: readonly ShownDiagnostic[]): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  for (const s of shown) {
    const hit =
      all.find((d) => d.rule === s.rule && sameRange(d.range, s.range)) ??
      all.find((d) => d.rule === s.rule && d.message === s.message && !out.includes(d));
    if (hit && !out.includes(hit)) out.push(hit);
  }
  return out;
}

// File-level findings have no line a directive could sit above.
const NO_DISABLE = new Set(['format/bom', 'format/crlf', 'format/empty', 'format/too-large', 'format/unclosed-front-matter', 'config/invalid']);

/**
 * Whether "Disable <rule> for this line" can work: the directive is a `//` comment, which would
 * break YAML inside the front matter, and suppression only reads comments in the shot body.
 */
export function canDisableLine(doc: VpDocument, d: LintDiagnostic): boolean {
  if (NO_DISABLE.has(d.rule)) return false;
  const fm = doc.frontMatter;
  if (fm && d.range.start.line <= fm.range.end.line) return false;
  if (!fm && (doc.lines[0] ?? '').trimEnd() === '---') return false; // unclosed front matter: still YAML
  return true;
}

/** Quick fixes for the findings under the cursor (`targets`), given all findings of the file. */
export function quickFixes(doc: VpDocument, all: readonly LintDiagnostic[], targets: readonly LintDiagnostic[]): PlannedAction[] {
  const out: PlannedAction[] = [];
  const offered = new Set<string>();
  const once = (key: string) => !offered.has(key) && !!offered.add(key);
  for (const d of targets) {
    for (const fix of d.fixes ?? []) {
      out.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, isPreferred: fix.isPreferred, diagnostics: [d] });
    }
  }
  for (const d of targets) {
    const sameRule = all.filter((x) => x.rule === d.rule && x.fixes?.some((f) => f.isPreferred));
    if (sameRule.length > 1 && once(`rule:${d.rule}`)) {
      const fixes = nonOverlapping(sameRule);
      out.push({ title: `Fix all ${d.rule} problems`, kind: 'quickfix', edits: fixes.flatMap((f) => f.edits), diagnostics: sameRule });
    }
  }
  for (const d of targets) {
    if (!canDisableLine(doc, d) || !once(`disable:${d.rule}:${d.range.start.line}`)) continue;
    const fix = disableLineFix(doc, d);
    out.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, diagnostics: [d] });
  }
  // Several rules with safe fixes: also offer everything at once, as markdownlint does.
  const fixAllAction = fixAll(all);
  if (fixAllAction && targets.some((d) => d.fixes?.some((f) => f.isPreferred)) && new Set(fixAllAction.diagnostics.map((d) => d.rule)).size > 1) {
    out.push({ ...fixAllAction, kind: 'quickfix' });
  }
  return out;
}

/** source.fixAll.vprompt: every finding's preferred fix, skipping fixes whose edits would overlap. */
export function fixAll(all: readonly LintDiagnostic[]): PlannedAction | undefined {
  const withFix = all.filter((d) => d.fixes?.some((f) => f.isPreferred));
  const fixes = nonOverlapping(withFix);
  if (fixes.length === 0) return undefined;
  return { title: 'Fix all auto-fixable vprompt problems', kind: 'fixAll', edits: fixes.flatMap((f) => f.edits), diagnostics: withFix };
}
