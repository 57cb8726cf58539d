// Validates front matter and `@key` overrides against the JSON Schema in schemas/, and turns
// ajv's errors into messages that say what to write instead.
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../schemas/frontmatter.schema.json';
import { didYouMean } from '../text/didYouMean.js';
import { parseScalar } from './parse.js';

export interface SchemaIssue {
  kind: 'unknown-key' | 'invalid-value';
  /** Top-level key, or `vars.<name>`. */
  key: string;
  message: string;
  suggestion?: string;
}

export const FRONT_MATTER_KEYS = Object.keys(schema.properties);
export const OVERRIDE_KEYS = FRONT_MATTER_KEYS.filter((k) => k !== 'vars');

const HINTS: Record<string, string> = {
  model: 'a full model id such as "bytedance/seedance-2.0-fast/text-to-video"',
  tier: 'one of fast, standard, pro',
  duration: 'a whole number of seconds, e.g. 5',
  resolution: 'one of 480p, 720p, 1080p, 4k',
  aspect_ratio: 'a quoted ratio such as "16:9"',
  audio: 'true or false',
  seed: 'a whole number ≥ 0',
  negative: 'text',
  references: 'a list such as [refs/hero.png, asset://abc123]',
  vars: 'name: text pairs',
};

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(data: unknown): ErrorObject[] {
  // Compiled on first use so that loading the module (extension activation) stays cheap.
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(data) ? [] : (validator.errors ?? []);
}

function toIssue(e: ErrorObject): SchemaIssue {
  const path = e.instancePath.split('/').filter(Boolean);
  if (e.keyword === 'additionalProperties' && path.length === 0) {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const suggestion = didYouMean(key, FRONT_MATTER_KEYS);
    return {
      kind: 'unknown-key',
      key,
      suggestion,
      message:
        `Unknown setting "${key}".` +
        (suggestion ? ` Did you mean "${suggestion}"?` : ` Known settings: ${FRONT_MATTER_KEYS.join(', ')}.`),
    };
  }
  if (e.keyword === 'propertyNames' || (path[0] === 'vars' && e.keyword === 'pattern' && path.length === 1)) {
    const name = String((e.params as { propertyName?: string }).propertyName ?? '');
    return { kind: 'invalid-value', key: `vars.${name}`, message: `Variable name "${name}" must be letters, digits, "_" or "-", starting with a letter.` };
  }
  const key = path[0] ?? '';
  if (key === 'vars' && path.length > 1) {
    return { kind: 'invalid-value', key: `vars.${path[1]}`, message: `Variable "${path[1]}" must be text.` };
  }
  return { kind: 'invalid-value', key, message: `"${key}" must be ${HINTS[key] ?? 'valid'}.` };
}

export function validateFrontMatter(data: unknown): SchemaIssue[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  for (const e of validate(data)) {
    // propertyNames errors come in pairs; keep one issue per key.
    if (e.keyword === 'propertyNames' && !(e.params as { propertyName?: string }).propertyName) continue;
    const issue = toIssue(e);
    if (seen.has(issue.kind + issue.key)) continue;
    seen.add(issue.kind + issue.key);
    issues.push(issue);
  }
  return issues;
}

/** Checks one `@key: value` line; returns undefined when it is fine. */
// The same few overrides ("@duration: 8") recur on every shot: validate each once.
const overrideResults = new Map<string, SchemaIssue | undefined>();

export function validateOverride(key: string, rawValue: string): SchemaIssue | undefined {
  const memo = `${key}\u0000${rawValue}`;
  if (overrideResults.has(memo)) return overrideResults.get(memo);
  const result = validateOverrideUncached(key, rawValue);
  if (overrideResults.size >= 2000) overrideResults.clear(); // bounded: fuzzed files have endless distinct values
  overrideResults.set(memo, result);
  return result;
}

function validateOverrideUncached(key: string, rawValue: string): SchemaIssue | undefined {
  if (!OVERRIDE_KEYS.includes(key)) {
    const suggestion = didYouMean(key, OVERRIDE_KEYS);
    return {
      kind: 'unknown-key',
      key,
      suggestion,
      message:
        key === 'vars'
          ? 'Variables are file-wide: define them under "vars:" in the front matter.'
          : `Unknown override "@${key}".` +
            (suggestion ? ` Did you mean "@${suggestion}"?` : ` Overridable settings: ${OVERRIDE_KEYS.join(', ')}.`),
    };
  }
  const issues = validateFrontMatter({ [key]: parseScalar(rawValue) });
  return issues[0];
}
