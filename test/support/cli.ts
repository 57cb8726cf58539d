// Runs the CLI in-process with captured output, and makes throwaway project folders.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main.js';

/** `extra.today` fixes the day model lifecycles are judged by (otherwise today's date). */
export async function run(args: string[], cwd: string, extra: Pick<Io, 'today'> = {}) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), cwd, color: false, ...extra });
  return { code, out, err };
}

/** A temp folder holding `files` (relative path → text). */
export function workspace(files: Record<string, string>, prefix = 'vprompt-ws-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
