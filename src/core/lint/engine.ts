// Runs every rule over a parsed document, then applies suppressions and configured levels.
// Pure: no file system or editor access except through the injected LintEnvironment.
import { parseDocument } from '../format/parse.js';
import type { ParseProblem, Shot, VpDocument } from '../format/types.js';
import { structureRule } from './rules/structure.js';
import { safetyRule } from './rules/safety.js';
import { paramsRule } from './rules/params.js';
import { referencesRule } from './rules/references.js';
import { varBoundaryRule } from './rules/varBoundary.js';
import { duplicateShotRule } from './rules/duplicateShot.js';
import { DEFAULT_CONFIG, type LintConfig, type LintDiagnostic, type LintEnvironment, type Rule, type RuleId } from './types.js';
import { problemFixes } from './fixes.js';

/** Findings per document before vprompt stops listing more. */
export const MAX_DIAGNOSTICS = 5000;

export const RULES: readonly Rule[] = [structureRule, safetyRule, paramsRule, referencesRule, varBoundaryRule, duplicateShotRule];

export interface LintOptions {
  config?: LintConfig;
  env?: LintEnvironment;
}

export interface LintResult {
  doc: VpDocument;
  diagnostics: LintDiagnostic[];
}

export function lintText(text: string, options: LintOptions = {}): LintResult {
  const doc = parseDocument(text);
  return { doc, diagnostics: lintDocument(doc, options) };
}

export function lintDocument(doc: VpDocument, options: LintOptions = {}): LintDiagnostic[] {
  const config = options.config ?? DEFAULT_CONFIG;
  const env = options.env ?? {};
  const found: LintDiagnostic[] = doc.problems.map((p) => fromProblem(doc, p));
  const ctx = { doc, config, env, report: (d: LintDiagnostic) => found.push(d) };
  for (const rule of RULES) {
    try {
      rule.checkDocument?.(ctx);
      for (const shot of doc.shots) {
        // Past this many findings nobody reads on; stopping keeps huge broken files linear.
        if (found.length >= MAX_DIAGNOSTICS) break;
        rule.checkShot?.(shot, ctx);
      }
    } catch (err) {
      // A rule bug must not take the whole lint down; say which rule failed instead.
      found.push({
        rule: 'config/invalid',
        severity: 'error',
        message: `vprompt internal error in rule "${rule.id}": ${(err as Error).message}. Please report it.`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
  if (found.length >= MAX_DIAGNOSTICS) {
    found.length = MAX_DIAGNOSTICS;
    found.push({
      rule: 'format/too-large',
      severity: 'info',
      message: `This file has more than ${MAX_DIAGNOSTICS} problems; vprompt stopped listing them. Fix the first ones or split the file.`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
  }
  const suppressed = suppressions(doc);
  const out: LintDiagnostic[] = [];
  for (const d of found) {
    const rules = suppressed.get(d.range.start.line);
    if (rules && (rules.has('*') || rules.has(d.rule))) continue;
    const level = config.rules[d.rule];
    if (level === 'off') continue;
    out.push(level ? { ...d, severity: level } : d);
  }
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

const DISABLE_NEXT = /^vprompt-disable-next-line\b\s*(.*)$/;

/** Line number → rule ids suppressed on it (`*` = all) by `// vprompt-disable-next-line [rules]`. */
export function suppressions(doc: VpDocument): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  // Lines [runFrom, runTo) are known comment lines and runTo is not: a stack of directives is
  // scanned once, not once per directive (quadratic in the stack's height).
  let runFrom = -1;
  let runTo = -1;
  for (const shot of doc.shots) {
    for (const c of shot.comments) {
      const m = DISABLE_NEXT.exec(c.text);
      if (!m) continue;
      const ids = m[1].split(/[\s,]+/).filter(Boolean);
      let target = c.line + 1;
      // Skip over further comment lines so directives can stack.
      if (target >= runFrom && target <= runTo) target = runTo;
      else {
        runFrom = target;
        while (target < doc.lines.length && /^\s*\/\//.test(doc.lines[target])) target++;
        runTo = target;
      }
      const set = out.get(target) ?? new Set<string>();
      for (const id of ids.length ? ids : ['*']) set.add(id);
      out.set(target, set);
    }
  }
  return out;
}

function fromProblem(doc: VpDocument, p: ParseProblem): LintDiagnostic {
  return {
    rule: p.code as RuleId,
    severity: p.severity,
    message: p.message,
    range: p.range,
    shot: shotAt(doc.shots, p.range.start.line)?.name,
    fixes: problemFixes(doc, p),
  };
}

/** The last shot starting at or before `line`. Binary search: it runs once per finding. */
export function shotAt(shots: readonly Shot[], line: number): Shot | undefined {
  let lo = 0;
  let hi = shots.length; // shots[lo..hi) undecided; shots are in line order
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (shots[mid].startLine <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? shots[lo - 1] : undefined;
}
