// The render folder's lock, as a port: the budget check and the intent record are one step
// across every process that shares the folder (editors, CLIs), and a job's owner can be asked
// whether it still runs. The Node adapter (src/node/folderLock.ts) does this with lock files;
// `InProcessLock` serves one process (tests, and folders no other process uses).

export interface FolderLock {
  /** This session's owner id, written on the intents it journals. */
  readonly owner: string;
  /** Runs `fn` while holding the folder's lock: no other process runs its step meanwhile. */
  exclusive<T>(fn: () => T | Promise<T>): Promise<T>;
  /** Whether the session that wrote `owner` still runs (its process alive and not stuck). */
  alive(owner: string): Promise<boolean>;
  /** Gives up the owner registration; the session's jobs may then be taken over. */
  close(): Promise<void>;
}

/** A mutex for one process: steps run one after another in call order. */
export class InProcessLock implements FolderLock {
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Owners known to be alive: this one, plus any a test adds. */
  readonly living = new Set<string>();

  constructor(readonly owner: string) {
    this.living.add(owner);
  }

  exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
    const run = this.tail.then(fn);
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  async alive(owner: string): Promise<boolean> {
    return owner === this.owner ? !this.closed : this.living.has(owner);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.living.delete(this.owner);
  }
}
