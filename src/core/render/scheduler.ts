// Smooths bursts per model: a concurrency cap (jobs rendering at once) and a sliding-window
// requests-per-minute cap, both adapting down on 429 and creeping back after successes (AIMD).
// Hand-written rather than a limiter library because those run on real timers; this one
// runs on the injected Clock, so its behaviour is tested exactly and without waiting.
import type { Clock } from './clock.js';

export interface Limits {
  rpm: number;
  concurrency: number;
}

const WINDOW_MS = 60_000;
/**
 * The server stamps a submit when it arrives, a little after we record it, so the window slides
 * with some slack: twice the slowest recent submit round trip (an upper bound on that delay),
 * at least MIN_SLACK_MS, and DEFAULT_SLACK_MS until a round trip has been seen.
 */
const DEFAULT_SLACK_MS = 1500;
const MIN_SLACK_MS = 250;
const MAX_SLACK_MS = 5000;
const RTT_SAMPLES = 10;
/** Successes in a row before the effective limits grow back by one step. */
const GROW_AFTER = 3;

export class ModelLimiter {
  private effConcurrency: number;
  private effRpm: number;
  private active = 0;
  private readonly starts: number[] = [];
  private pausedUntil = 0;
  private streak = 0;
  private tail: Promise<void> = Promise.resolve();
  private wake: (() => void) | undefined;
  private readonly rtts: number[] = [];
  /** Raised by a 429 that came despite the window: the slack was too small for this server. */
  private slackFloor = MIN_SLACK_MS;

  constructor(
    readonly limits: Limits,
    private readonly clock: Clock,
  ) {
    this.effConcurrency = limits.concurrency;
    this.effRpm = limits.rpm;
  }

  get state() {
    return { active: this.active, concurrency: this.effConcurrency, rpm: this.effRpm, inWindow: this.inWindow(), slackMs: this.slack() };
  }

  private slack(): number {
    if (!this.rtts.length) return Math.max(DEFAULT_SLACK_MS, this.slackFloor);
    return Math.min(MAX_SLACK_MS, Math.max(this.slackFloor, 2 * Math.max(...this.rtts)));
  }

  private inWindow(): number {
    const now = this.clock.now();
    const span = WINDOW_MS + this.slack();
    while (this.starts.length && now - this.starts[0] >= span) this.starts.shift();
    return this.starts.length;
  }

  /**
   * Waits (in FIFO order) for a concurrency slot and an RPM token, records the submit, and
   * returns a release function to call when the job is no longer rendering.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    const turn = this.tail.then(() => this.waitForSlot(signal));
    // The next waiter queues behind this one whether it succeeds or is cancelled.
    this.tail = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async waitForSlot(signal?: AbortSignal): Promise<() => void> {
    for (;;) {
      if (signal?.aborted) throw Object.assign(new Error('cancelled'), { name: 'AbortError' });
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now, signal);
        continue;
      }
      if (this.active >= this.effConcurrency) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          signal?.addEventListener('abort', () => resolve(), { once: true });
        });
        continue;
      }
      if (this.inWindow() >= this.effRpm) {
        await this.clock.sleep(this.starts[0] + WINDOW_MS + this.slack() - now, signal);
        continue;
      }
      this.active++;
      this.starts.push(now);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        this.active--;
        const w = this.wake;
        this.wake = undefined;
        w?.();
      };
    }
  }

  /** A 429: halve concurrency, cut the rate, and pause the model for `pauseMs`. */
  onRateLimited(pauseMs: number): void {
    this.streak = 0;
    this.slackFloor = Math.min(MAX_SLACK_MS, this.slackFloor * 2);
    this.effConcurrency = Math.max(1, Math.ceil(this.effConcurrency / 2));
    this.effRpm = Math.max(1, Math.floor(this.effRpm * 0.75));
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + pauseMs);
  }

  /** A submit was accepted; `rttMs` is how long its request took, for the window's slack. */
  onSubmitted(rttMs?: number): void {
    if (rttMs !== undefined && rttMs >= 0) {
      this.rtts.push(rttMs);
      if (this.rtts.length > RTT_SAMPLES) this.rtts.shift();
    }
    if (++this.streak < GROW_AFTER) return;
    this.streak = 0;
    this.effConcurrency = Math.min(this.limits.concurrency, this.effConcurrency + 1);
    this.effRpm = Math.min(this.limits.rpm, this.effRpm + Math.max(1, Math.round(this.limits.rpm / 10)));
  }
}

export class Scheduler {
  private readonly limiters = new Map<string, ModelLimiter>();
  constructor(
    private readonly limitsFor: (model: string) => Limits,
    private readonly clock: Clock,
  ) {}

  for(model: string): ModelLimiter {
    let l = this.limiters.get(model);
    if (!l) this.limiters.set(model, (l = new ModelLimiter(this.limitsFor(model), this.clock)));
    return l;
  }
}
