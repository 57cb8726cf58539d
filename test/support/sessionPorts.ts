// Ports for render sessions in one test process that stand in for several processes sharing
// one render folder: the folder's files are shared in-memory stores, the lock is one mutex
// with an owner per session, and a test can declare an owner dead (its process "killed").
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/core/render/clock.js';
import type { FolderLock } from '../../src/core/render/folderLock.js';
import type { SessionPorts, SessionSettings } from '../../src/core/render/renderSession.js';
import { undiciTransport } from '../../src/node/undiciTransport.js';
import { diskClipFiles } from '../../src/node/clipFiles.js';
import { diskReferenceFiles } from '../../src/node/referenceFiles.js';
import { MemoryLines } from './memoryStore.js';

export class SharedFolder {
  readonly outDir = mkdtempSync(join(tmpdir(), 'vprompt-folder-'));
  private readonly lines = new Map<string, MemoryLines>();
  private readonly kv = new Map<string, string>();
  private tail: Promise<unknown> = Promise.resolve();
  readonly dead = new Set<string>();
  /** How many steps ran inside the lock, for tests that check the lock was used. */
  locked = 0;
  private owners = 0;

  store(path: string): MemoryLines {
    let s = this.lines.get(path);
    if (!s) this.lines.set(path, (s = new MemoryLines()));
    return s;
  }

  lock(): FolderLock {
    const owner = `owner-${++this.owners}`;
    return {
      owner,
      exclusive: <T>(fn: () => T | Promise<T>): Promise<T> => {
        const run = this.tail.then(() => {
          this.locked++;
          return fn();
        });
        this.tail = run.then(
          () => undefined,
          () => undefined,
        );
        return run;
      },
      alive: async (o) => !this.dead.has(o),
      close: async () => {
        this.dead.add(owner);
      },
    };
  }

  ports(clock: Clock, o: Partial<SessionPorts> = {}): SessionPorts {
    return {
      transport: undiciTransport,
      download: undiciTransport,
      clock,
      random: Math.random,
      files: {
        lines: (path) => this.store(path),
        kv: (path) => ({ read: () => this.kv.get(path), write: (t: string) => void this.kv.set(path, t) }),
        appendLine: () => undefined,
        clips: diskClipFiles,
        references: diskReferenceFiles,
      },
      lock: async () => this.lock(),
      followIntervalMs: 1000,
      ...o,
    };
  }

  settings(baseUrl: string, over: Partial<SessionSettings> = {}): SessionSettings {
    return {
      outDir: this.outDir,
      backend: 'atlas',
      apiBaseUrl: baseUrl,
      apiKey: 'k-one',
      maxWaitSeconds: 900,
      limits: {},
      fallbackModels: {},
      references: { allowOutside: false },
      ...over,
    };
  }
}
