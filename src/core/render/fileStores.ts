// File-backed stores for the journal, render-time memory and spend ledger. Each journal line
// is written with one write() and flushed (fsync) before the caller moves on.
import { appendFileSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JournalStore } from './journal.js';
import type { KeyValueStore } from './renderTimes.js';

export class FileJournalStore implements JournalStore {
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  append(line: string): void {
    const fd = openSync(this.path, 'a');
    try {
      writeSync(fd, `${line}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  readAll(): string {
    try {
      return readFileSync(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw e;
    }
  }
}

/** Whole-file JSON written via a temp file and rename, so a crash never leaves half a file. */
export class FileKeyValueStore implements KeyValueStore {
  constructor(readonly path: string) {}

  read(): string | undefined {
    try {
      return readFileSync(this.path, 'utf8');
    } catch {
      return undefined;
    }
  }

  write(text: string): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, this.path);
  }
}

export function appendLine(path: string, line: string): void {
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, `${line}\n`);
}
