// Log access for failure messages and debugging: code-server's own output (kept in memory and
// in a file) and the extension host's logs under the user-data-dir.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

/** Keeps the last `max` lines of a stream in memory and mirrors everything to a file. */
export class LineBuffer {
  private lines: string[] = [];
  private partial = '';
  private readonly file: WriteStream;
  private listeners = new Set<(line: string) => void>();

  constructor(filePath: string, private readonly max = 2000) {
    this.file = createWriteStream(filePath, { flags: 'a' });
  }

  push(chunk: Buffer | string): void {
    const text = this.partial + chunk.toString();
    this.file.write(chunk);
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      this.lines.push(line);
      for (const l of this.listeners) l(line);
    }
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }

  /** Calls `fn` for each complete line from now on; returns an unsubscribe function. */
  onLine(fn: (line: string) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  tail(n = 40): string {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].slice(-n).join('\n');
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.file.end(resolve));
  }
}

/** Last `n` lines of a text file ('' if it does not exist). */
export function tailFile(path: string, n = 40): string {
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
}

/** All files under `dir` whose name matches, newest session folder first. */
function findFiles(dir: string, match: (name: string, path: string) => boolean, depth = 4): string[] {
  if (!existsSync(dir) || depth < 0) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue; // removed while we looked
    }
    if (st.isDirectory()) out.push(...findFiles(p, match, depth - 1));
    else if (match(name, p)) out.push(p);
  }
  return out.sort().reverse();
}

/** The remote extension host logs: `UD/logs/<stamp>/exthost<N>/remoteexthost.log`. */
export function exthostLogFiles(userDataDir: string): string[] {
  return findFiles(join(userDataDir, 'logs'), (name, p) => name === 'remoteexthost.log' && /[\\/]exthost\d*[\\/]/.test(p));
}

/**
 * Output-channel logs written by extensions in the remote extension host
 * (`exthost<N>/output_logging_*` and `exthost<N>/<extension id>/*.log`).
 */
export function extensionOutputLogFiles(userDataDir: string): string[] {
  return findFiles(join(userDataDir, 'logs'), (name, p) => name.endsWith('.log') && /[\\/]exthost\d*[\\/].+[\\/]/.test(p));
}

/** Every .log file under the user-data-dir's logs folder (copied into artifacts at the end). */
export function allLogFiles(userDataDir: string): string[] {
  return findFiles(join(userDataDir, 'logs'), (name) => name.endsWith('.log'), 6);
}
