// A test clock whose sleeps wait until the test opens the gate, so a job can be held mid-poll
// (to cancel it, or to "crash" there) without real waiting; once open, sleeps pass at once.
import { abortError, type Clock } from '../../src/core/render/clock.js';

export class GatedClock implements Clock {
  private open = false;
  private readonly waiting = new Set<() => void>();
  constructor(public t = 1_700_000_000_000) {}

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError());
    if (this.open) {
      this.t += Math.max(0, ms);
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const wake = () => {
        this.waiting.delete(wake);
        signal?.removeEventListener('abort', onAbort);
        this.t += Math.max(0, ms);
        resolve();
      };
      const onAbort = () => {
        this.waiting.delete(wake);
        reject(abortError());
      };
      this.waiting.add(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** From now on sleeps pass at once, and the ones waiting wake. */
  openGate(): void {
    this.open = true;
    for (const wake of [...this.waiting]) wake();
  }
}

/** Resolves when `check` holds after some change event (or already holds). */
export function when(subscribe: (listener: () => void) => () => void, check: () => unknown): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const off = subscribe(() => {
      if (check()) {
        off();
        resolve();
      }
    });
  });
}
