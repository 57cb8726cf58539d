// Starting and stopping code-server (the real VS Code server + web workbench) in isolation:
// its own user-data-dir, extensions dir, config file and XDG folders, bound to 127.0.0.1 only.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withoutOuterNpm } from '../../../scripts/e2e/env.mjs';
import { loadE2EEnv } from './env.js';
import { LineBuffer } from './logs.js';
import { WaitAbortedError, waitFor } from './wait.js';

export interface CodeServerDirs {
  /** Session temp root; code-server's own config and XDG folders go here. */
  root: string;
  userDataDir: string;
  extensionsDir: string;
}

/** Environment for code-server and everything it spawns (the extension host inherits it). */
function codeServerEnv(dirs: CodeServerDirs, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = loadE2EEnv();
  return {
    // The extension host inherits this: keep `npm test`'s own variables out of it.
    ...withoutOuterNpm(process.env),
    // Node 24 first: code-server and its children run under the Node its modules were built for.
    PATH: `${dirname(env.node)}:${process.env.PATH ?? ''}`,
    // '{}' = a gallery without a service URL: VS Code disables the marketplace instead of
    // reaching out to a host this machine cannot reach.
    EXTENSIONS_GALLERY: '{}',
    // Keep code-server's own state out of the user's home.
    XDG_CONFIG_HOME: join(dirs.root, 'xdg-config'),
    XDG_DATA_HOME: join(dirs.root, 'xdg-data'),
    XDG_CACHE_HOME: join(dirs.root, 'xdg-cache'),
    // Marks the process tree as an e2e run (an extension may use it for test-only hooks).
    VPROMPT_E2E: '1',
    ...extra,
  };
}

function baseArgs(dirs: CodeServerDirs): string[] {
  return ['--config', join(dirs.root, 'code-server.yaml'), '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

/** `code-server --install-extension <vsix>` into the session's extensions dir. */
export function installExtension(dirs: CodeServerDirs, vsixPath: string): string {
  const env = loadE2EEnv();
  const r = spawnSync(env.node, [env.codeServerEntry, ...baseArgs(dirs), '--force', '--install-extension', vsixPath], {
    env: codeServerEnv(dirs),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`Installing ${vsixPath} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${out}`);
  }
  return out.trim();
}

/** Writes the user settings the workbench starts with. */
export function writeUserSettings(dirs: CodeServerDirs, settings: Record<string, unknown>): void {
  const file = join(dirs.userDataDir, 'User', 'settings.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2) + '\n');
}

/**
 * Settings of the machine code-server runs on (ud/Machine/settings.json). In a remote window
 * — and code-server's workbench is one — machine-scoped settings are read only from here.
 */
export function writeMachineSettings(dirs: CodeServerDirs, settings: Record<string, unknown>): void {
  const file = join(dirs.userDataDir, 'Machine', 'settings.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(settings, null, 2) + '\n');
}

export interface RunningCodeServer {
  url: string;
  process: ChildProcess;
  output: LineBuffer;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// Last resort if the test process ends without running cleanup (an uncaught error, Ctrl+C, the
// runner killing it): code-server runs in its own process group, which would outlive us.
process.on('exit', () => {
  for (const p of live) killGroup(p, 'SIGKILL');
});
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
for (const signal of Object.keys(SIGNAL_EXIT_CODES) as Array<keyof typeof SIGNAL_EXIT_CODES>) {
  process.once(signal, () => {
    for (const p of live) killGroup(p, 'SIGKILL');
    // Exit as the signal would have (a listener cancels the default action; re-raising would
    // not help while Playwright listens too). Playwright kills Chromium in its 'exit' handler.
    process.exit(SIGNAL_EXIT_CODES[signal]);
  });
}

function killGroup(p: ChildProcess, signal: NodeJS.Signals): void {
  if (p.pid === undefined || p.exitCode !== null || p.signalCode !== null) return;
  try {
    process.kill(-p.pid, signal);
  } catch {
    try {
      p.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

export async function startCodeServer(
  dirs: CodeServerDirs,
  folder: string,
  opts: { logFile: string; env?: Record<string, string>; startTimeout?: number },
): Promise<RunningCodeServer> {
  const env = loadE2EEnv();
  const args = [
    env.codeServerEntry,
    ...baseArgs(dirs),
    '--auth', 'none',
    // Port 0: the OS picks a free port (no race with a probe-then-bind), code-server logs it.
    '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // If this test process is SIGKILLed (no handler runs), Chromium dies with it and code-server
    // then shuts itself down once no connection has been open for a while, instead of lingering.
    '--idle-timeout-seconds', '120',
    folder,
  ];
  const output = new LineBuffer(opts.logFile);
  const child = spawn(env.node, args, {
    env: codeServerEnv(dirs, opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group so stop() reaches the server's children (extension host, pty host...).
    detached: true,
  });
  live.add(child);
  child.stdout!.on('data', (d) => output.push(d));
  child.stderr!.on('data', (d) => output.push(d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => live.delete(child));

  const stop = async (): Promise<void> => {
    killGroup(child, 'SIGTERM');
    const graceful = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(r, 10_000, false).unref())]);
    if (!graceful) {
      killGroup(child, 'SIGKILL');
      await exited;
    }
    // The group may outlive its leader (e.g. an extension host still shutting down).
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* group is empty: nothing left */
      }
    }
    await output.close();
  };

  try {
    const url = await waitFor(
      'code-server to report "HTTP server listening on"',
      () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new WaitAbortedError(`code-server exited early (${child.exitCode ?? child.signalCode})`);
        }
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output.tail(200));
        return m?.[1];
      },
      { timeout: opts.startTimeout ?? 60_000, context: () => `--- code-server output ---\n${output.tail(40)}` },
    );
    return { url, process: child, output, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
