// The spend ledger: what each completed render is estimated to have cost, and an optional
// budget that refuses a submit which would go past it (the estimate is shown either way).
import type { RenderError } from '../api/errors.js';

export interface LedgerEntry {
  at: number;
  key: string;
  model: string;
  usd: number;
  predictionId?: string;
}

export interface LedgerStore {
  append(line: string): void;
  readAll(): string;
}

export class Ledger {
  private entries: LedgerEntry[] = [];

  constructor(private readonly store: LedgerStore) {
    for (const line of store.readAll().split('\n')) {
      try {
        const e = JSON.parse(line) as LedgerEntry;
        if (typeof e.usd === 'number' && typeof e.at === 'number') this.entries.push(e);
      } catch {
        // a damaged line loses one record of spend, never the ledger
      }
    }
  }

  /** Records a finished job's estimate when it completed: the one rule for what counts as spend. */
  recordOutcome(o: { key: string; model: string; status: string; estimatedCostUsd?: number; predictionId?: string }, at: number): void {
    if (o.status === 'completed' && o.estimatedCostUsd !== undefined) this.record({ at, key: o.key, model: o.model, usd: o.estimatedCostUsd, predictionId: o.predictionId });
  }

  record(e: LedgerEntry): void {
    this.store.append(JSON.stringify(e));
    this.entries.push(e);
  }

  /** Spend since local midnight of `now`. */
  today(now: number): number {
    const d = new Date(now);
    const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    return this.entries.filter((e) => e.at >= midnight).reduce((s, e) => s + e.usd, 0);
  }

  total(): number {
    return this.entries.reduce((s, e) => s + e.usd, 0);
  }

  /** A RenderError when submitting `usd` more would exceed the daily budget. */
  check(budgetUsd: number | undefined, usd: number, now: number): RenderError | undefined {
    if (budgetUsd === undefined) return undefined;
    const spent = this.today(now);
    if (spent + usd <= budgetUsd + 1e-9) return undefined;
    return {
      category: 'quota',
      action: 'fix-request',
      retry: 'never',
      code: 'budget',
      message: `Not submitted: this render (≈$${usd.toFixed(2)}) would take today's spend from $${spent.toFixed(2)} past the $${budgetUsd.toFixed(2)} budget. Raise the budget or render less.`,
    };
  }
}
