// Downloads' files on disk: the `.part` sink, the MP4 sniff, the rename into place.
import { closeSync, createWriteStream, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import type { ClipFiles } from '../core/render/download.js';

export const diskClipFiles: ClipFiles = {
  sizeOf(path) {
    try {
      return statSync(path).size;
    } catch {
      return undefined;
    }
  },
  mkdirp: (dir) => void mkdirSync(dir, { recursive: true }),
  openSink: (partPath) => createWriteStream(partPath),
  remove(path) {
    try {
      rmSync(path, { force: true });
    } catch {
      // ENOTDIR and the like: nothing can be there to remove; the write reports the path.
    }
  },
  readHead(path, n) {
    const head = new Uint8Array(n);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, n, 0);
    } finally {
      closeSync(fd);
    }
    return head;
  },
  rename: (from, to) => renameSync(from, to),
};
