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

/** Local midnight of the day `now` falls in: where "today's spend" starts. */
export function localMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

export class Ledger {
  private entries: LedgerEntry[] = [];

  constructor(private readonly store: LedgerStore) {
    this.refresh();
  }

  /** Reads the ledger again: other processes sharing the render folder record spend too. */
  refresh(): void {
    const entries: LedgerEntry[] = [];
    for (const line of this.store.readAll().split('\n')) {
      try {
        const e = JSON.parse(line) as LedgerEntry;
        if (typeof e.usd === 'number' && typeof e.at === 'number') entries.push(e);
      } catch {
        // a damaged line loses one record of spend, never the ledger
      }
    }
    this.entries = entries;
  }

  /** Whether a job's spend is recorded already (by this process or another). */
  has(key: string): boolean {
    return this.entries.some((e) => e.key === key);
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
    const midnight = localMidnight(now);
    return this.entries.filter((e) => e.at >= midnight).reduce((s, e) => s + e.usd, 0);
  }

  total(): number {
    return this.entries.reduce((s, e) => s + e.usd, 0);
  }

  /**
   * A RenderError when submitting `usd` more would exceed the daily budget. `inFlightUsd` is
   * what renders already sent (by any process) but not yet recorded will cost.
   */
  check(budgetUsd: number | undefined, usd: number, now: number, inFlightUsd = 0): RenderError | undefined {
    if (budgetUsd === undefined) return undefined;
    const spent = this.today(now) + inFlightUsd;
    if (spent + usd <= budgetUsd + 1e-9) return undefined;
    const flight = inFlightUsd > 0 ? ` (including $${inFlightUsd.toFixed(2)} for renders in flight)` : '';
    return {
      category: 'quota',
      action: 'fix-request',
      retry: 'never',
      code: 'budget',
      message: `Not submitted: this render (≈$${usd.toFixed(2)}) would take today's spend from $${spent.toFixed(2)}${flight} past the $${budgetUsd.toFixed(2)} budget. Raise the budget or render less.`,
    };
  }
}
