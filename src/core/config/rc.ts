// Loads `.vpromptrc.json`: rule levels and project safety terms. A malformed or invalid file
// is reported precisely and linting continues with the defaults; it never throws.
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../schemas/vpromptrc.schema.json';
import { DEFAULT_CONFIG, RULE_IDS, type LintConfig, type LintDiagnostic } from '../lint/types.js';
import { didYouMean } from '../text/didYouMean.js';

export const RC_FILE = '.vpromptrc.json';

let validator: ReturnType<Ajv['compile']> | undefined;

function at(text: string, offset: number) {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the file';
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    return `unknown key "${key}" in ${where}`;
  }
  if (e.keyword === 'propertyNames' || (e.keyword === 'enum' && e.propertyName)) {
    const name = String((e.params as { propertyName?: string }).propertyName ?? '');
    const hint = didYouMean(name, RULE_IDS);
    return `"${name}" is not a rule id${hint ? ` (did you mean "${hint}"?)` : ''}`;
  }
  if (e.keyword === 'enum') return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return `${where} ${e.message ?? 'is invalid'}`;
}

/** Parses and validates an rc file's text. `problems` are diagnostics on the rc file itself. */
export function parseConfig(text: string, sourcePath: string): { config: LintConfig; problems: LintDiagnostic[] } {
  const problem = (message: string, offset = 0): LintDiagnostic => {
    const p = at(text, offset);
    return {
      rule: 'config/invalid',
      severity: 'error',
      message: `${sourcePath}: ${message}. vprompt uses its default settings until this is fixed.`,
      range: { start: p, end: { line: p.line, character: p.character + 1 } },
    };
  };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    return { config: DEFAULT_CONFIG, problems: [problem(`not valid JSON (${(e as Error).message})`, m ? Number(m[1]) : 0)] };
  }
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validator(data)) {
    const seen = new Set<string>();
    const problems = (validator.errors ?? [])
      .filter((e) => !(e.keyword === 'enum' && e.propertyName))
      .map(describe)
      .filter((m) => !seen.has(m) && seen.add(m))
      .map((m) => problem(m, 0));
    return { config: DEFAULT_CONFIG, problems };
  }
  const d = data as { rules?: LintConfig['rules']; safety?: Partial<LintConfig['safety']> };
  return {
    config: {
      rules: d.rules ?? {},
      safety: { flag: d.safety?.flag ?? [], accept: d.safety?.accept ?? [], rewordings: d.safety?.rewordings ?? {} },
    },
    problems: [],
  };
}
