// When to poll a job. The article's schedule (5 s, ×1.5, capped at 60 s) is the fallback;
// with history for this model/duration/resolution, polls cluster where completion is likely,
// so completion is noticed sooner with no more requests. Offsets are ms since submit.

const ARTICLE_FIRST_MS = 5000;
const ARTICLE_FACTOR = 1.5;
const ARTICLE_CAP_MS = 60_000;
/** Samples needed before the learned schedule is trusted. */
export const MIN_SAMPLES = 3;

export function articleSchedule(maxWaitMs: number): number[] {
  const out: number[] = [];
  let t = 0;
  let wait = ARTICLE_FIRST_MS;
  while (t + wait <= maxWaitMs) {
    t += wait;
    out.push(t);
    wait = Math.min(wait * ARTICLE_FACTOR, ARTICLE_CAP_MS);
  }
  if (out[out.length - 1] !== maxWaitMs) out.push(maxWaitMs);
  return out;
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/**
 * Poll offsets for a job whose past render times (ms, same kind of job) are `history`.
 * One early poll catches fast failures (moderation answers in seconds); then a grid across
 * the likely completion window [q05, q95·1.05] with as many polls as the article's schedule
 * would spend up to that point; past it, the article's growth resumes.
 */
export function adaptiveSchedule(historyMs: readonly number[], maxWaitMs: number): number[] {
  if (historyMs.length < MIN_SAMPLES) return articleSchedule(maxWaitMs);
  const sorted = [...historyMs].sort((a, b) => a - b);
  const lo = Math.max(quantile(sorted, 0.05) * 0.97, 1000);
  const hi = Math.max(quantile(sorted, 0.95) * 1.05, lo + 1000);
  const budget = articleSchedule(hi).filter((t) => t <= hi).length;
  const early = Math.min(ARTICLE_FIRST_MS, lo / 2);
  // Keep one of the article's polls for the early check. Short renders (under 20 s) get a few
  // more: there the article spends almost nothing and a poll costs little next to the lag.
  const k = Math.max(hi < 20_000 ? 5 : 2, budget - 1);
  const out: number[] = [early];
  for (let i = 0; i < k; i++) out.push(lo + ((hi - lo) * i) / (k - 1));
  let t = hi;
  let wait = Math.max((hi - lo) / (k - 1), 1000);
  while (t + wait <= maxWaitMs) {
    wait = Math.min(wait * ARTICLE_FACTOR, ARTICLE_CAP_MS);
    t += wait;
    out.push(t);
  }
  const sortedOut = [...new Set(out.map((x) => Math.round(x)))].filter((x) => x > 0 && x <= maxWaitMs).sort((a, b) => a - b);
  if (sortedOut[sortedOut.length - 1] !== maxWaitMs) sortedOut.push(maxWaitMs);
  return sortedOut;
}
