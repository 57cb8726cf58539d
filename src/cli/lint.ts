// `vprompt lint`: resolves files, reads them, lints with the same core the editor uses, prints a report.
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { lintText } from '../core/lint/engine.js';
import { DEFAULT_CONFIG, type LintConfig, type LintDiagnostic, type LintEnvironment } from '../core/lint/types.js';
import { analyzeShot, COMPONENTS, type Component } from '../core/lint/components.js';
import { estimateCost } from '../core/catalog/cost.js';
import { isoDay } from '../core/catalog/catalog.js';
import { loadConfigFor, readConfigFile } from './config.js';
import type { Io } from './main.js';
import { formatText } from './report/text.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';

export interface ShotReport {
  name: string;
  line: number;
  components: Record<Component, boolean>;
  estimatedCostUsd: number | null;
}

export interface FileReport {
  /** As shown to the user: relative to the working directory. */
  path: string;
  shots: ShotReport[];
  diagnostics: LintDiagnostic[];
}

export interface LintOptions {
  patterns: string[];
  format: 'text' | 'json' | 'sarif';
  configPath?: string;
}

/** Expands files, folders (→ every .vprompt below) and globs; unmatched patterns are input errors. */
export async function resolveInputs(patterns: string[], cwd: string): Promise<{ files: string[]; errors: string[] }> {
  const files = new Set<string>();
  const errors: string[] = [];
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) {
      files.add(abs);
      continue;
    }
    const globPattern = st?.isDirectory() ? `${pattern.replace(/\/+$/, '')}/**/*.vprompt` : pattern;
    if (!st && !isDynamicPattern(pattern)) {
      errors.push(`${pattern}: no such file or folder.`);
      continue;
    }
    const found = await glob(globPattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'] });
    if (found.length === 0) errors.push(`${pattern}: no .vprompt files match.`);
    for (const f of found) files.add(f);
  }
  return { files: [...files].sort(), errors };
}

function fileEnv(file: string, today: string): LintEnvironment {
  const dir = dirname(file);
  return {
    today,
    statFile(rel) {
      const p = isAbsolute(rel) ? rel : resolve(dir, rel);
      try {
        const st = statSync(p);
        return { exists: true, size: st.size, isFile: st.isFile() };
      } catch {
        return { exists: false };
      }
    },
  };
}

export function lintFile(path: string, text: string, config: LintConfig, env: LintEnvironment): FileReport {
  const { doc, diagnostics } = lintText(text, { config, env });
  const shots = doc.shots.map((s) => {
    const a = analyzeShot(s);
    const components = Object.fromEntries(COMPONENTS.map((c) => [c, a.components[c]])) as Record<Component, boolean>;
    return { name: s.name, line: s.line, components, estimatedCostUsd: roundUsd(estimateCost(s.params, 'draft')?.usd) };
  });
  return { path, shots, diagnostics };
}

export async function runLint(options: LintOptions, io: Io): Promise<number> {
  let explicit: LintConfig | undefined;
  if (options.configPath) {
    const loaded = readConfigFile(resolve(io.cwd, options.configPath));
    if (loaded.error) {
      io.err(`vprompt lint: ${loaded.error}\n`);
      return 2;
    }
    explicit = loaded.config;
  }
  const { files, errors } = await resolveInputs(options.patterns, io.cwd);
  // The one place `vprompt lint` reads the clock: rules judge model lifecycles by this day.
  const today = io.today ?? isoDay(Date.now());
  const reports: FileReport[] = [];
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      errors.push(`${shown}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
      continue;
    }
    const found = explicit ? { config: explicit, diagnostics: [] } : loadConfigFor(file);
    const report = lintFile(shown, text, found.config ?? DEFAULT_CONFIG, fileEnv(file, today));
    report.diagnostics.unshift(...found.diagnostics);
    reports.push(report);
  }
  const out =
    options.format === 'json' ? formatJson(reports) : options.format === 'sarif' ? formatSarif(reports) : formatText(reports, io.color);
  io.out(out);
  for (const e of errors) io.err(`vprompt lint: ${e}\n`);
  if (errors.length) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Cents are what users compare; four decimals keep sub-cent prices without float noise. */
function roundUsd(usd: number | undefined): number | null {
  return usd === undefined ? null : Math.round(usd * 1e4) / 1e4;
}
