// Downloads an output at once (its URL expires), streamed to a `.part` file with a size cap,
// sniffed as MP4, then renamed: a crash or a bad file never leaves something that looks like
// a finished clip, and a `.part` left by a crash is removed before the next try. No
// Authorization header goes to storage hosts.
import { dirname } from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HttpTransport } from '../api/http.js';
import { toNetworkError } from '../api/http.js';

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

export type DownloadResult =
  | { ok: true; path: string; bytes: number }
  | { ok: false; reason: 'http' | 'too-large' | 'not-mp4' | 'network' | 'disk'; message: string; status?: number; code?: string };

/** Opens the stream a clip's bytes are written to (its `.part` path). A seam for tests: disk full, crashes. */
export type OpenSink = (partPath: string) => Writable;

/** The files a download touches, as a port (src/node/clipFiles.ts on disk). */
export interface ClipFiles {
  /** The size of a saved clip, or undefined when there is none at that path. */
  sizeOf(path: string): number | undefined;
  mkdirp(dir: string): void;
  openSink: OpenSink;
  /** Removes a file if it is there; a path that cannot hold one is not an error. */
  remove(path: string): void;
  /** The first `n` bytes of a file. */
  readHead(path: string, n: number): Uint8Array;
  rename(from: string, to: string): void;
}

const DISK_CODES: Record<string, string> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a file is in the way of the folder',
  EISDIR: 'a folder is in the way of the file',
};

/** The message for a clip that could not be written; the job stays resumable. */
export function diskMessage(code: string, destPath: string): string {
  const what = DISK_CODES[code] ?? code;
  const fix = code === 'ENOSPC' || code === 'EDQUOT' ? 'free space' : 'fix the folder';
  const head = code === 'ENOSPC' ? `Disk full while saving ${destPath}` : `Cannot save ${destPath} (${code}: ${what})`;
  return `${head}; the job is kept, ${fix} and run again to fetch it.`;
}

/** True when the first bytes look like an ISO-BMFF file (an `ftyp` box first). */
export function looksLikeMp4(head: Uint8Array): boolean {
  if (head.length < 12) return false;
  const type = String.fromCharCode(head[4], head[5], head[6], head[7]);
  return type === 'ftyp';
}


export async function downloadOutput(
  transport: HttpTransport,
  url: string,
  destPath: string,
  files: ClipFiles,
  options: { maxBytes?: number; timeoutMs?: number; signal?: AbortSignal; openSink?: OpenSink } = {},
): Promise<DownloadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const part = `${destPath}.part`;
  const dropPart = (p: string) => files.remove(p);
  // A .part is never a clip: one left by a crashed run is dropped, whatever happens next.
  dropPart(part);
  let res;
  try {
    // Deliberately no headers: output URLs are pre-signed storage links, never the API.
    res = await transport({ method: 'GET', url, headers: {}, timeoutMs: options.timeoutMs, signal: options.signal });
  } catch (e) {
    const n = toNetworkError(e);
    return { ok: false, reason: 'network', code: n.code, message: `Could not download ${destPath} (${n.code}); the job finished and is kept, run again to fetch it.` };
  }
  if (res.status !== 200) {
    await res.text().catch(() => '');
    return {
      ok: false,
      reason: 'http',
      status: res.status,
      message:
        res.status === 404 || res.status === 403
          ? `The output URL answered ${res.status}: it has probably expired. Render again if you need the clip.`
          : `The output URL answered ${res.status}.`,
    };
  }
  const declared = Number(res.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.stream().destroy();
    return { ok: false, reason: 'too-large', message: `The clip is ${(declared / 1e6).toFixed(0)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB download cap.` };
  }
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(Object.assign(new Error('too large'), { code: 'VPROMPT_TOO_LARGE' }));
      else done(null, chunk);
    },
  });
  try {
    files.mkdirp(dirname(destPath));
    await pipeline(res.stream(), cap, (options.openSink ?? files.openSink)(part));
  } catch (e) {
    dropPart(part);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'VPROMPT_TOO_LARGE') {
      return { ok: false, reason: 'too-large', message: `The clip is over the ${(maxBytes / 1e6).toFixed(0)} MB download cap.` };
    }
    if (code in DISK_CODES) return { ok: false, reason: 'disk', code, message: diskMessage(code, destPath) };
    return { ok: false, reason: 'network', code, message: `The download of ${destPath} broke off (${code || (e as Error).message}); the job is kept, run again to fetch it.` };
  }
  if (!looksLikeMp4(files.readHead(part, 12))) {
    dropPart(part);
    return { ok: false, reason: 'not-mp4', message: 'The downloaded output is not an MP4 file; it was discarded.' };
  }
  files.rename(part, destPath);
  return { ok: true, path: destPath, bytes };
}
