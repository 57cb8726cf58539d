// Virtual time that still lets I/O run: a sleep advances the clock at once but resolves on the
// next turn of the event loop, so a session following another's job (a loop of sleeps) does
// not starve the loopback HTTP the other session is waiting on.
import { abortError, type Clock } from '../../src/core/render/clock.js';

export class YieldingClock implements Clock {
  t = 1_700_000_000_000;
  now(): number {
    return this.t;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError());
    this.t += Math.max(0, ms);
    return new Promise((resolve) => setImmediate(resolve));
  }
}
