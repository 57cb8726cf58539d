// The render folder's lock across processes, on proper-lockfile (a lock directory created
// atomically with mkdir, its mtime refreshed while held, taken over once stale): a process
// killed while holding it blocks the others for at most STALE_MS. Each session also holds an
// owner lock for its whole life, so another process can tell whether a job's owner still runs.
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import type { FolderLock } from '../core/render/folderLock.js';

/** A lock whose mtime is this old belongs to a dead (or frozen) process; the least proper-lockfile allows. */
export const STALE_MS = 5000;
/** Owners refresh every OWNER_UPDATE_MS and count as gone after OWNER_STALE_MS without. */
const OWNER_STALE_MS = 10_000;
const OWNER_UPDATE_MS = 2000;

export interface FileFolderLockOptions {
  /** Told when a lock was taken over while held (the process stalled past STALE_MS). */
  onCompromised?: (message: string) => void;
}

export async function openFolderLock(stateDir: string, o: FileFolderLockOptions = {}): Promise<FolderLock> {
  const owners = join(stateDir, 'owners');
  mkdirSync(owners, { recursive: true });
  const host = hostname().replace(/[^\w.-]/g, '_');
  const owner = `${host}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const compromised = (what: string) => (e: Error) => o.onCompromised?.(`The render folder's ${what} lock was taken over (${e.message}); another process may now act on the same jobs.`);
  const releaseOwner = await lockfile.lock(join(owners, owner), {
    realpath: false,
    stale: OWNER_STALE_MS,
    update: OWNER_UPDATE_MS,
    onCompromised: compromised('owner'),
  });
  const folder = join(stateDir, 'folder');
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;
  return {
    owner,
    exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
      // One step at a time inside the process too; the lock file orders processes.
      const run = tail.then(async () => {
        const release = await lockfile.lock(folder, {
          realpath: false,
          stale: STALE_MS,
          retries: { retries: 400, factor: 1.2, minTimeout: 10, maxTimeout: 100 },
          onCompromised: compromised('folder'),
        });
        try {
          return await fn();
        } finally {
          await release().catch(() => undefined);
        }
      });
      tail = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    async alive(other: string): Promise<boolean> {
      if (other === owner) return !closed;
      if (!/^[\w.-]+$/.test(other)) return false;
      // Same machine: a process that is gone is known at once, without waiting for staleness.
      const m = /^(.*)-(\d+)-[a-z0-9]+$/.exec(other);
      if (m && m[1] === host && !pidRuns(Number(m[2]))) return false;
      return lockfile.check(join(owners, other), { realpath: false, stale: OWNER_STALE_MS }).catch(() => false);
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await releaseOwner().catch(() => undefined);
    },
  };
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
