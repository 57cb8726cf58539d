// Remembers how long renders took per model/duration/resolution, for the adaptive poller,
// the "predict_time jumped" warning and the health trend. Storage is injected.

export interface KeyValueStore {
  read(): string | undefined;
  write(text: string): void;
}

const KEEP = 50;

export interface RenderTimeKey {
  model: string;
  duration?: number;
  resolution?: string;
}

export class RenderTimes {
  private data: Record<string, number[]> = {};

  constructor(private readonly store?: KeyValueStore) {
    try {
      const text = store?.read();
      if (text) {
        const parsed = JSON.parse(text) as unknown;
        if (parsed && typeof parsed === 'object') {
          for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
            if (Array.isArray(v)) this.data[k] = v.filter((x): x is number => typeof x === 'number' && x > 0).slice(-KEEP);
          }
        }
      }
    } catch {
      this.data = {}; // a damaged cache only costs learning, never a render
    }
  }

  private static key(k: RenderTimeKey): string {
    return `${k.model}|${k.duration ?? ''}|${k.resolution ?? ''}`;
  }

  record(k: RenderTimeKey, ms: number): void {
    // A key with no duration or resolution is the model's own key: count the render once.
    for (const key of new Set([RenderTimes.key(k), `${k.model}||`])) {
      const list = (this.data[key] ??= []);
      list.push(ms);
      if (list.length > KEEP) list.splice(0, list.length - KEEP);
    }
    try {
      this.store?.write(JSON.stringify(this.data));
    } catch {
      // not fatal: see constructor
    }
  }

  /** Exact-key history, else the model's history when it is all there is. */
  history(k: RenderTimeKey): number[] {
    const exact = this.data[RenderTimes.key(k)] ?? [];
    return exact.length ? exact : (this.data[`${k.model}||`] ?? []);
  }

  median(model: string): number | undefined {
    const list = [...(this.data[`${model}||`] ?? [])].sort((a, b) => a - b);
    return list.length ? list[Math.floor(list.length / 2)] : undefined;
  }

  /** True when this render took well over (2×) the recent median for its model: a leading sign of trouble. */
  isSpike(model: string, ms: number): boolean {
    const list = this.data[`${model}||`] ?? [];
    if (list.length < 5) return false;
    const sorted = [...list].sort((a, b) => a - b);
    return ms > 2 * sorted[Math.floor(sorted.length / 2)];
  }

  models(): string[] {
    return Object.keys(this.data)
      .filter((k) => k.endsWith('||'))
      .map((k) => k.slice(0, -2));
  }

  recent(model: string, n = 10): number[] {
    return (this.data[`${model}||`] ?? []).slice(-n);
  }
}
