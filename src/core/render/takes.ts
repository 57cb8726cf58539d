// Takes: every render of a shot is a take, keyed by a hash of the request the shot asks for
// (model included). Rendering again what has a completed take costs nothing; a take in flight
// (in this process or another) is followed, never sent twice; `--new-take` renders on purpose.
import { createHash } from 'node:crypto';
import type { Journal, JobRecord } from './journal.js';

/** JSON with object keys sorted, so equal bodies hash equally whatever order built them. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * `requestHash`: the request as the shot asks for it — a seed vprompt picked itself (so a draft
 * can be promoted with it) is left out, since the shot did not ask for it. `bodyHash`: the
 * exact body sent.
 */
export function requestHashes(body: Record<string, unknown>, autoSeed: boolean): { requestHash: string; bodyHash: string } {
  const bodyHash = sha(canonical(body));
  if (!autoSeed) return { requestHash: bodyHash, bodyHash };
  const { seed: _seed, ...asked } = body;
  return { requestHash: sha(canonical(asked)), bodyHash };
}

/** A job that may still produce clips: not sent yet, rendering, or finished with clips to fetch. */
export function inFlight(r: JobRecord): boolean {
  if (r.state === 'pending' || r.state === 'submitted') return true;
  if (r.state === 'finished') return r.status === 'completed' && r.outputs.length > 0;
  return r.state === 'downloaded' && r.retryDownload === true && r.outputs.length > 0;
}

/** A take whose clips are saved (a clip-quality warning still counts: the clip exists). */
export function completed(r: JobRecord): boolean {
  return r.state === 'downloaded' && !r.retryDownload && r.files.length > 0 && (!r.error || r.error.category === 'output-quality');
}

function shotIdOf(r: JobRecord): string {
  return r.intent.shotId ?? r.intent.shot;
}

/** The jobs of one shot, oldest first. */
export function takeRecords(journal: Journal, file: string, shotId: string): JobRecord[] {
  return [...journal.jobs.values()].filter((r) => r.intent.file === file && shotIdOf(r) === shotId).sort((a, b) => a.intent.at - b.intent.at);
}

/** A job in flight for the same request (any file), newest first; `exact` matches the body sent instead. */
export function inFlightFor(journal: Journal, hashes: { requestHash: string; bodyHash: string }, exact: boolean): JobRecord | undefined {
  let best: JobRecord | undefined;
  for (const r of journal.jobs.values()) {
    if (!inFlight(r)) continue;
    const hit = r.intent.bodyHash === hashes.bodyHash || (!exact && r.intent.requestHash === hashes.requestHash);
    if (hit && (!best || r.intent.at > best.intent.at)) best = r;
  }
  return best;
}

/** The newest completed take of this shot for this request. */
export function completedTake(journal: Journal, file: string, shotId: string, requestHash: string): JobRecord | undefined {
  return takeRecords(journal, file, shotId)
    .filter((r) => r.intent.requestHash === requestHash && completed(r))
    .pop();
}

export interface TakeSummary {
  /** Completed takes of the shot (any request). */
  takes: number;
  /** Whether the shot asks for something else than its newest take (undefined: no take yet). */
  changed?: boolean;
  picked?: string;
}

/** For the CodeLens: how many takes a shot has, and whether it changed since the last one. */
export function takeSummary(journal: Journal, file: string, shotId: string, currentHash: (kind: 'draft' | 'final') => string | undefined): TakeSummary {
  const done = takeRecords(journal, file, shotId).filter(completed);
  const last = done[done.length - 1];
  if (!last) return { takes: 0 };
  const now = currentHash(last.intent.kind);
  return {
    takes: done.length,
    changed: now === undefined || last.intent.requestHash === undefined ? undefined : now !== last.intent.requestHash,
    picked: done.find((r) => r.picked)?.intent.key,
  };
}
