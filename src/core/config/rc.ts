// Loads `.vpromptrc.json`: rule levels and project safety terms. A malformed or invalid file
// is reported on the exact key or value and linting continues with the defaults; it never throws.
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../schemas/vpromptrc.schema.json';
import type { Pos } from '../format/types.js';
import { DEFAULT_CONFIG, RULE_IDS, type LintConfig, type LintDiagnostic } from '../lint/types.js';
import { didYouMean } from '../text/didYouMean.js';
import { jsonPositions, type JsonSpan } from './jsonPositions.js';

export const RC_FILE = '.vpromptrc.json';

let validator: ReturnType<Ajv['compile']> | undefined;

function at(text: string, offset: number): Pos {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** "/safety/flag/0/term" → safety.flag[0].term; rule ids (which contain "/") are quoted. */
function readablePath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `["${p}"]`;
  }
  return out || 'the file';
}

const escape = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1');

interface Located {
  message: string;
  /** Offsets in the text; [0, 0] = top of the file. */
  span: [number, number];
}

function locate(e: ErrorObject, spans: Map<string, JsonSpan>): Located {
  const here = spans.get(e.instancePath);
  const valueSpan = here?.value ?? [0, 0];
  const where = readablePath(e.instancePath);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(schemaAt(e.schemaPath)?.properties ?? {}).filter((k) => k !== '$schema');
      const hint = didYouMean(key, known);
      const span = spans.get(`${e.instancePath}/${escape(key)}`);
      return {
        message:
          `unknown key "${key}"${e.instancePath ? ` in ${where}` : ''}` +
          (hint ? ` (did you mean "${hint}"?)` : known.length ? ` (known keys: ${known.join(', ')})` : ''),
        span: span?.key ?? span?.value ?? valueSpan,
      };
    }
    case 'propertyNames':
      return ruleIdProblem(String((e.params as { propertyName?: string }).propertyName ?? ''), spans, valueSpan);
    case 'enum':
      return {
        message: `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
        span: valueSpan,
      };
    case 'required':
      return { message: `${where} needs "${(e.params as { missingProperty: string }).missingProperty}"`, span: valueSpan };
    case 'type':
      return { message: `${where} must be ${articled(String((e.params as { type: string }).type))}`, span: valueSpan };
    case 'minLength':
      return { message: `${where} must not be empty`, span: valueSpan };
    default:
      return { message: `${where} ${e.message ?? 'is invalid'}`, span: valueSpan };
  }
}

function ruleIdProblem(name: string, spans: Map<string, JsonSpan>, fallback: [number, number]): Located {
  const hint = didYouMean(name, RULE_IDS);
  const span = spans.get(`/rules/${escape(name)}`);
  return {
    message: `"${name}" is not a rule id` + (hint ? ` (did you mean "${hint}"?)` : ' (see docs/rules.md for the list)'),
    span: span?.key ?? fallback,
  };
}

function articled(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** The sub-schema an error's schemaPath points into (for listing known keys), or undefined. */
function schemaAt(schemaPath: string): { properties?: Record<string, unknown> } | undefined {
  let node: unknown = schema;
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node as { properties?: Record<string, unknown> } | undefined;
}

/** Parses and validates an rc file's text. `problems` are diagnostics on the rc file itself. */
export function parseConfig(text: string, sourcePath: string): { config: LintConfig; problems: LintDiagnostic[] } {
  const problem = (message: string, span: [number, number]): LintDiagnostic => {
    const start = at(text, span[0]);
    const end = span[1] > span[0] ? at(text, span[1]) : { line: start.line, character: start.character + 1 };
    return {
      rule: 'config/invalid',
      severity: 'error',
      // file:line:col first so the CLI, which shows it away from the rc file, still says where.
      message: `${sourcePath}:${start.line + 1}:${start.character + 1}: ${message}. vprompt uses its default settings until this is fixed.`,
      range: { start, end },
    };
  };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { config: DEFAULT_CONFIG, problems: [problem('the file is empty; write {} or settings such as {"rules": {"structure/vague": "off"}}', [0, 0])] };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    const offset = m ? Number(m[1]) + (text.length - body.length) : Math.max(0, text.trimEnd().length - 1);
    return { config: DEFAULT_CONFIG, problems: [problem(`not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/s, '')}`, [offset, offset])] };
  }
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validator(data)) {
    const spans = jsonPositions(text);
    const seen = new Set<string>();
    const problems: LintDiagnostic[] = [];
    for (const e of validator.errors ?? []) {
      // A bad rule id yields both an enum error (with propertyName) and a propertyNames error: keep one.
      if (e.keyword === 'enum' && e.propertyName !== undefined) continue;
      const { message, span } = locate(e, spans);
      if (seen.has(message)) continue;
      seen.add(message);
      problems.push(problem(message, span));
    }
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
