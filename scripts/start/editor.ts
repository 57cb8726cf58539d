// The editor half of `npm start` (scripts/start.mjs runs it): VS Code with the extension and a
// copy of examples/ on the built-in simulator, in a profile of its own.
//
//   node --import tsx scripts/start/editor.ts desktop
//       `code --user-data-dir <profile> --extensionDevelopmentPath=<repo> <copy of examples/>`;
//       returns once `code` has handed the window over.
//   node --import tsx scripts/start/editor.ts web <extension.vsix>
//       code-server (the real-VS-Code test harness, after scripts/e2e/setup.mjs) with the .vsix
//       installed, on 127.0.0.1:$PORT (PORT unset: a free port); prints the URL, serves until
//       SIGINT/SIGTERM/SIGHUP, then stops code-server's whole process group.
//
// Reuses test/e2e/harness for installing the extension, the settings file and the quiet
// BASE_SETTINGS; code-server is started here rather than with the harness's startCodeServer,
// which binds port 0 only and shuts down after 120 s without a browser (right for tests, not
// for a server a person opens by hand).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { withoutOuterNpm } from '../e2e/env.mjs';
import { installExtension, writeUserSettings, type CodeServerDirs } from '../../test/e2e/harness/codeServer.js';
import { cacheDir, loadE2EEnv, repoRoot } from '../../test/e2e/harness/env.js';
import { LineBuffer } from '../../test/e2e/harness/logs.js';
import { BASE_SETTINGS } from '../../test/e2e/harness/session.js';
import { WaitAbortedError, waitFor } from '../../test/e2e/harness/wait.js';

// codeServer.ts, imported above, answers these signals for the test runner by SIGKILLing its own
// servers and exiting at once; here they mean "stop the server cleanly", so they are ours alone.
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
for (const signal of STOP_SIGNALS) process.removeAllListeners(signal);

const say = (msg: string): void => console.log(`[start] ${msg}`);

/** The user settings both editors start with: the harness's quiet workbench, on the simulator. */
const SETTINGS: Record<string, unknown> = {
  ...BASE_SETTINGS,
  // The copy of examples/ lives in a temp folder VS Code has never seen; without this the
  // extension would stay off in Restricted Mode until the folder is trusted.
  'security.workspace.trust.enabled': false,
  'vprompt.backend': 'simulator',
};

/**
 * A fresh profile: `<root>/ud` (user-data-dir with SETTINGS), `<root>/ext` (extensions dir) and
 * `<root>/workspace` (a copy of examples/: the repo's own folder is never written to).
 * Short paths under the temp dir: code-server puts a unix socket in the user-data-dir.
 */
function prepareProfile(): CodeServerDirs & { workspace: string } {
  const root = mkdtempSync(join(tmpdir(), 'vprompt-start-'));
  const dirs = { root, userDataDir: join(root, 'ud'), extensionsDir: join(root, 'ext'), workspace: join(root, 'workspace') };
  mkdirSync(dirs.extensionsDir, { recursive: true });
  cpSync(join(repoRoot, 'examples'), dirs.workspace, { recursive: true });
  writeUserSettings(dirs, SETTINGS);
  say(`copied examples/ to ${dirs.workspace}`);
  say(`user settings (vprompt.backend = simulator) in ${join(dirs.userDataDir, 'User', 'settings.json')}`);
  return dirs;
}

function desktop(): number {
  const dirs = prepareProfile();
  const args = [`--user-data-dir=${dirs.userDataDir}`, `--extensionDevelopmentPath=${repoRoot}`, dirs.workspace];
  say(`code ${args.join(' ')}`);
  const r = spawnSync('code', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`[start] \`code\` failed (exit ${r.status ?? r.error?.message})`);
    return 1;
  }
  console.log(
    `\nvprompt is open in VS Code (Extension Development Host) on ${dirs.workspace}, a copy of examples/, on the simulator.` +
      `\nIts profile stays in ${dirs.root} while the window is open; delete the folder when you are done.`,
  );
  return 0;
}

/** A port from $PORT (0 when unset: the OS picks a free one and code-server reports it). */
function portFromEnv(): number {
  const raw = process.env.PORT?.trim();
  if (!raw) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT=${raw} is not a port number (0-65535)`);
  return port;
}

/** Kills the process group led by `child` (code-server runs detached: the extension host and the pty host are in it). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

async function web(vsix: string): Promise<number> {
  const e2e = loadE2EEnv();
  const port = portFromEnv();
  const dirs = prepareProfile();
  const removeProfile = (): void => rmSync(dirs.root, { recursive: true, force: true });
  process.on('exit', removeProfile);

  say(`installing ${relative(repoRoot, vsix)} into ${dirs.extensionsDir}`);
  installExtension(dirs, vsix);

  const logDir = join(cacheDir, 'start');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, 'code-server.log');
  rmSync(logFile, { force: true });
  const args = [
    e2e.codeServerEntry,
    '--config', join(dirs.root, 'code-server.yaml'),
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    dirs.workspace,
  ];
  say(`starting code-server ${e2e.codeServerVersion} (Node ${e2e.nodeVersion}) on 127.0.0.1:${port || '<free port>'}; its output goes to ${relative(repoRoot, logFile)}`);
  const output = new LineBuffer(logFile);
  const child = spawn(e2e.node, args, {
    env: {
      ...withoutOuterNpm(process.env),
      PATH: `${dirname(e2e.node)}:${process.env.PATH ?? ''}`,
      // No marketplace (there is no service URL to reach), and code-server's own state out of $HOME.
      EXTENSIONS_GALLERY: '{}',
      XDG_CONFIG_HOME: join(dirs.root, 'xdg-config'),
      XDG_DATA_HOME: join(dirs.root, 'xdg-data'),
      XDG_CACHE_HOME: join(dirs.root, 'xdg-cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (d) => output.push(d));
  child.stderr!.on('data', (d) => output.push(d));
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (err) => {
      spawnError = err;
      resolve();
    });
  });
  // If this process ends without stop() (an uncaught error), do not leave the server behind.
  process.on('exit', () => killGroup(child, 'SIGKILL'));

  let stopping: Promise<void> | undefined;
  const stop = (why: string): Promise<void> =>
    (stopping ??= (async () => {
      say(`${why}: stopping code-server (process group ${child.pid})`);
      killGroup(child, 'SIGTERM');
      const graceful = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(r, 10_000, false).unref())]);
      if (!graceful) say('code-server did not stop within 10 s; killing it');
      // SIGKILL whatever is left of the group (the leader may exit before its children do).
      killGroup(child, 'SIGKILL');
      await exited;
      await output.close();
      removeProfile();
      say(`stopped; removed ${dirs.root}`);
    })());
  const signalled = new Promise<string>((resolve) => {
    for (const signal of STOP_SIGNALS) process.on(signal, () => resolve(signal));
    // Orphaned (scripts/start.mjs was killed outright): nobody is left to send the signal.
    const parent = process.ppid;
    setInterval(() => process.ppid !== parent && resolve('parent process gone'), 1000).unref();
  });

  const died = (what: string): string => `code-server ${what}\n--- last lines of ${logFile} ---\n${output.tail(30)}`;
  let url: string;
  try {
    const base = await Promise.race([
      signalled.then((s) => Promise.reject(new Error(`${s} before code-server was ready`))),
      waitFor(
        'code-server to report "HTTP server listening on"',
        () => {
          if (spawnError || child.exitCode !== null || child.signalCode !== null) {
            throw new WaitAbortedError(`code-server exited before it was ready (${spawnError?.message ?? child.exitCode ?? child.signalCode})`);
          }
          return /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output.tail(200))?.[1];
        },
        { timeout: 90_000, context: () => `--- last lines of ${logFile} ---\n${output.tail(30)}` },
      ),
    ]);
    // Slashes may stay as they are in a query: the path reads as a path.
    url = `${base}/?folder=${encodeURIComponent(dirs.workspace).replace(/%2F/g, '/')}`;
    // The page a browser will load: check it answers before sending anyone there.
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (res.status !== 200) throw new Error(died(`answered HTTP ${res.status} for ${url}`));
  } catch (err) {
    await stop('start failed');
    console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }

  console.log(`\nvprompt is running in VS Code at ${url} — open it in a browser; Ctrl+C stops it.\n`);
  const outcome = await Promise.race([signalled.then((s) => ({ signal: s })), exited.then(() => ({ signal: undefined }))]);
  if (outcome.signal === undefined) {
    console.error(`[start] ${died(`exited by itself (${child.exitCode ?? child.signalCode})`)}`);
    await stop('code-server exited');
    return 1;
  }
  await stop(outcome.signal);
  // Ctrl+C is how this command ends: a normal exit, not a failure.
  return 0;
}

async function main(): Promise<number> {
  const [mode, vsix] = process.argv.slice(2);
  if (mode === 'desktop') return desktop();
  if (mode === 'web' && vsix) return web(vsix);
  console.error('usage: node --import tsx scripts/start/editor.ts desktop | web <extension.vsix>');
  return 2;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[start] ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
