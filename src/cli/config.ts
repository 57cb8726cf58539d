// Finds and reads `.vpromptrc.json` for the CLI: `--config FILE`, else the nearest one above
// each linted file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseConfig, RC_FILE } from '../core/config/rc.js';
import { DEFAULT_CONFIG, type LintConfig, type LintDiagnostic } from '../core/lint/types.js';

export function readConfigFile(path: string): { config?: LintConfig; error?: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { error: `cannot read config ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).` };
  }
  const { config, problems } = parseConfig(text, path);
  if (problems.length) return { error: problems.map((p) => p.message).join('\n') };
  return { config };
}

/** The folder of the nearest rc file at or above `file`'s folder, if any. */
export function findRcDir(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, RC_FILE))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

const cache = new Map<string, { config: LintConfig; diagnostics: LintDiagnostic[] }>();

/** The nearest rc file up the tree from `file`; its problems come back as diagnostics to show with the file. */
export function loadConfigFor(file: string): { config: LintConfig; diagnostics: LintDiagnostic[] } {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const candidate = join(dir, RC_FILE);
    if (existsSync(candidate)) {
      const hit = cache.get(candidate);
      if (hit) return hit;
      let text = '';
      try {
        text = readFileSync(candidate, 'utf8');
      } catch (e) {
        text = '';
        const r = { config: DEFAULT_CONFIG, diagnostics: [{ rule: 'config/invalid' as const, severity: 'error' as const, message: `${candidate}: cannot read (${(e as NodeJS.ErrnoException).code}); using defaults.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
        cache.set(candidate, r);
        return r;
      }
      const { config, problems } = parseConfig(text, relative(process.cwd(), candidate) || candidate);
      // The rc file's own problems are reported on line 1 of the linted file, so they are seen.
      const r = { config, diagnostics: problems.map((p) => ({ ...p, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } })) };
      cache.set(candidate, r);
      return r;
    }
    if (dirname(dir) === dir) return { config: DEFAULT_CONFIG, diagnostics: [] };
  }
}
