// Reading the `vprompt.rules` setting. Plain data, so it is unit-tested.
import { RULE_IDS, type RuleId, type RuleLevel } from '../../core/lint/types.js';

const LEVELS = new Set(['off', 'error', 'warning', 'info', 'hint']);
const RULES = new Set<string>(RULE_IDS);

/** Settings are edited by hand too: keep only known rule ids with known levels. */
export function rulesFromSettings(value: unknown): Partial<Record<RuleId, RuleLevel>> {
  const out: Partial<Record<RuleId, RuleLevel>> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [rule, level] of Object.entries(value as Record<string, unknown>)) {
    if (RULES.has(rule) && typeof level === 'string' && LEVELS.has(level)) out[rule as RuleId] = level as RuleLevel;
  }
  return out;
}
