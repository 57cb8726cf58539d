// Fault injection for the simulator: each rule names a fault, what it applies to, and how
// often, so a test can say "the next submit gets a 504 after the job was created".

export const FAULT_KINDS = [
  '429', // submit answered 429 (no Retry-After, like the real API)
  '503', // any API call answered 503
  'submit-500-after-create', // the job exists, the client sees 500
  'submit-504-after-create', // the job exists, the client sees 504
  'submit-reset-after-create', // the job exists, the connection is destroyed
  'poll-500',
  'poll-reset',
  'slow', // delay the response by delayMs
  'malformed-submit', // 200 with a body that is not the documented shape (job created)
  'malformed-poll',
  'fail-1039', // the job fails with error_code 1039 (moderation)
  'fewer-outputs', // completed with fewer outputs than requested
  'nsfw', // completed with has_nsfw_contents [true] and the output withheld
  'timeout', // the job ends with status timeout
  'expired', // the job ends with status expired
  'output-404', // the output URL answers 404
  'short-duration', // the clip is shorter than asked
  'wrong-resolution', // the clip is smaller than asked
  'no-audio', // audio asked for, none delivered
  'aac-audio', // audio delivered as AAC (silent in VS Code desktop's preview)
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  kind: FaultKind;
  /** How many times it fires; default: always. */
  times?: number;
  /** Only for this model id / prompts containing this text. */
  model?: string;
  promptIncludes?: string;
  /** Active window in ms since the simulator started. */
  fromMs?: number;
  untilMs?: number;
  /** Fire with this probability (uses the simulator's seeded random). */
  probability?: number;
  /** For 'slow'. */
  delayMs?: number;
  /** For 'fail-1039': the job's error text instead of the usual one (tests show API text as inert text). */
  message?: string;
}

export interface FaultContext {
  model?: string;
  prompt?: string;
  elapsedMs: number;
  random: () => number;
}

export class FaultPlan {
  private readonly fired = new Map<FaultRule, number>();
  constructor(private readonly rules: FaultRule[] = []) {}

  /** Returns the first matching rule of these kinds and counts it as fired. */
  take(kinds: readonly FaultKind[], ctx: FaultContext): FaultRule | undefined {
    for (const rule of this.rules) {
      if (!kinds.includes(rule.kind)) continue;
      if (rule.model && rule.model !== ctx.model) continue;
      if (rule.promptIncludes && !(ctx.prompt ?? '').includes(rule.promptIncludes)) continue;
      if (rule.fromMs !== undefined && ctx.elapsedMs < rule.fromMs) continue;
      if (rule.untilMs !== undefined && ctx.elapsedMs >= rule.untilMs) continue;
      const n = this.fired.get(rule) ?? 0;
      if (rule.times !== undefined && n >= rule.times) continue;
      if (rule.probability !== undefined && ctx.random() >= rule.probability) continue;
      this.fired.set(rule, n + 1);
      return rule;
    }
    return undefined;
  }

  add(rule: FaultRule): void {
    this.rules.push(rule);
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [rule, n] of this.fired) out[rule.kind] = (out[rule.kind] ?? 0) + n;
    return out;
  }
}
