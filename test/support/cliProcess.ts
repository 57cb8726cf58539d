// `vprompt` as a real child process, for tests that need one (crashes, several processes on
// one folder): from source through tsx, or a built entry such as bin/vprompt.js.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MAIN = resolve('src/cli/main.ts');
// The child runs in a temp folder, so point --import at this repo's tsx explicitly.
const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Starts the CLI with `args` in `cwd`; `entry` runs a built script instead of the source. */
export function cli(args: string[], cwd: string, env: Record<string, string>, entry?: string): ChildProcess {
  const argv = entry ? [entry, ...args] : ['--import', TSX, MAIN, ...args];
  return spawn(process.execPath, argv, { cwd, env: { ...process.env, VPROMPT_TEST_CRASH_AT: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Its exit and everything it printed. */
export function finished(child: ChildProcess): Promise<Run> {
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((r) => child.on('close', (code, signal) => r({ code, signal, out, err })));
}
