// Smooths bursts per model: a concurrency cap (jobs rendering at once) and a sliding-window
// requests-per-minute cap, both adapting down on 429 and creeping back after successes (AIMD).
// Hand-written rather than a limiter library because those run on real timers; this one
// runs on the injected Clock, so its behaviour is tested exactly and without waiting.
import { abortError, type Clock } from './clock.js';

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

interface Waiter {
  resolve(release: () => void): void;
  reject(error: Error): void;
  /** Takes the waiter's abort listener off its signal (once the wait ends either way). */
  detach(): void;
}

export class ModelLimiter {
  private effConcurrency: number;
  private effRpm: number;
  private active = 0;
  private readonly starts: number[] = [];
  private pausedUntil = 0;
  private streak = 0;
  /** Acquires not yet granted, first come first served. A cancelled one leaves at once. */
  private readonly queue: Waiter[] = [];
  /** Set while the head of the queue sleeps out a pause or the RPM window. */
  private timer: AbortController | undefined;
  private readonly rtts: number[] = [];
  /** Raised by a 429 that came despite the window: the slack was too small for this server. */
  private slackFloor = MIN_SLACK_MS;

  constructor(
    public limits: Limits,
    private readonly clock: Clock,
  ) {
    this.effConcurrency = limits.concurrency;
    this.effRpm = limits.rpm;
  }

  /**
   * New limits from the settings, from the next grant on: a lower cap takes effect at once
   * (jobs already rendering finish), a higher one is the new ceiling the limits grow back to.
   */
  setLimits(limits: Limits): void {
    if (limits.concurrency === this.limits.concurrency && limits.rpm === this.limits.rpm) return;
    const raised = limits.concurrency > this.limits.concurrency || limits.rpm > this.limits.rpm;
    this.limits = limits;
    this.effConcurrency = raised ? limits.concurrency : Math.min(this.effConcurrency, limits.concurrency);
    this.effRpm = raised ? limits.rpm : Math.min(this.effRpm, limits.rpm);
    this.pump();
  }

  get state() {
    return { active: this.active, concurrency: this.effConcurrency, rpm: this.effRpm, inWindow: this.inWindow(), slackMs: this.slack(), queued: this.queue.length };
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
   * returns a release function to call when the job is no longer rendering. Aborting `signal`
   * rejects at once with an AbortError and takes this waiter out of the queue; the others keep
   * their places. The listener it puts on `signal` is removed when the wait ends.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise<() => void>((resolve, reject) => {
      const onAbort = () => {
        const i = this.queue.indexOf(waiter);
        if (i < 0) return; // granted already
        this.queue.splice(i, 1);
        waiter.detach();
        reject(abortError());
        // Nothing left to wait for: stop the head's sleep (a real timer would keep the process up).
        if (this.queue.length === 0) this.stopTimer();
      };
      const waiter: Waiter = { resolve, reject, detach: () => signal?.removeEventListener('abort', onAbort) };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** Grants slots to the head of the queue while the limits allow; else arranges to try again. */
  private pump(): void {
    while (this.queue.length) {
      if (this.timer) return; // the head is sleeping out a pause or the window; it pumps on waking
      const now = this.clock.now();
      if (now < this.pausedUntil) return this.sleepThenPump(this.pausedUntil - now);
      if (this.active >= this.effConcurrency) return; // a release pumps
      if (this.inWindow() >= this.effRpm) return this.sleepThenPump(this.starts[0] + WINDOW_MS + this.slack() - now);
      const waiter = this.queue.shift()!;
      waiter.detach();
      this.active++;
      this.starts.push(now);
      waiter.resolve(this.releaser());
    }
  }

  private sleepThenPump(ms: number): void {
    const timer = new AbortController();
    this.timer = timer;
    this.clock.sleep(ms, timer.signal).then(
      () => {
        if (this.timer !== timer) return;
        this.timer = undefined;
        this.pump();
      },
      (error: unknown) => {
        if (this.timer !== timer) return; // stopped: the queue emptied
        // A clock that fails to sleep: fail the waiters rather than retry in a tight loop.
        this.timer = undefined;
        for (const w of this.queue.splice(0)) {
          w.detach();
          w.reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
    );
  }

  private stopTimer(): void {
    const timer = this.timer;
    this.timer = undefined;
    timer?.abort();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.pump();
    };
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
    private limitsFor: (model: string) => Limits,
    private readonly clock: Clock,
  ) {}

  /** Limits changed in the settings: every model's limiter takes its new limits in place. */
  reconfigure(limitsFor: (model: string) => Limits): void {
    this.limitsFor = limitsFor;
    for (const [model, l] of this.limiters) l.setLimits(limitsFor(model));
  }

  for(model: string): ModelLimiter {
    let l = this.limiters.get(model);
    if (!l) this.limiters.set(model, (l = new ModelLimiter(this.limitsFor(model), this.clock)));
    return l;
  }
}
