// File-backed stores for the journal, render-time memory and spend ledger. Each journal line
// is written with one write() and flushed (fsync) before the caller moves on.
import { appendFileSync, closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JournalStore } from '../core/render/journal.js';
import type { KeyValueStore } from '../core/render/renderTimes.js';

export class FileJournalStore implements JournalStore {
  private tailChecked = false;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  append(line: string): void {
    const fd = openSync(this.path, 'a+');
    try {
      // A crash mid-write can leave a last line with no newline; appending straight after it
      // would glue this entry onto the damaged line and lose it on the next replay too.
      const prefix = !this.tailChecked && endsMidLine(fd) ? '\n' : '';
      writeSync(fd, `${prefix}${line}\n`);
      fsyncSync(fd);
      this.tailChecked = true;
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

  readSince(offset: number, partialTail = false): { text: string; offset: number } {
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { text: '', offset };
      throw e;
    }
    try {
      const size = fstatSync(fd).size;
      if (size <= offset) return { text: '', offset: Math.min(offset, size) };
      const buf = Buffer.alloc(size - offset);
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, offset + got);
        if (n === 0) break;
        got += n;
      }
      // Only whole lines: another process may be writing the last one right now.
      const end = partialTail ? got : buf.lastIndexOf(0x0a, got - 1) + 1;
      return { text: buf.subarray(0, end).toString('utf8'), offset: offset + end };
    } finally {
      closeSync(fd);
    }
  }
}

function endsMidLine(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
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
