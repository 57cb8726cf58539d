// Exponential backoff with full jitter (AWS-style): spreads retries so clients that were
// rate-limited together do not return together.
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  random: () => number;
}

export function backoffDelay(attempt: number, o: BackoffOptions, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0) return Math.min(o.maxMs, retryAfterMs);
  const cap = Math.min(o.maxMs, o.baseMs * 2 ** Math.max(0, attempt));
  // Never less than half the cap, so a retry is a real pause.
  return cap / 2 + o.random() * (cap / 2);
}

/** Parses a Retry-After header (seconds or HTTP date); the real API sends none, but honour it if it appears. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const s = Number(value);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const d = Date.parse(value);
  return Number.isNaN(d) ? undefined : Math.max(0, d - now);
}
