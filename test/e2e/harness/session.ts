// One isolated VS Code session: a fresh extensions dir with the packaged extension installed, a
// fresh user-data-dir with the settings a test wants, a copy of a workspace folder, code-server
// on 127.0.0.1, and headless Chromium showing the workbench. dispose() always stops both
// processes and copies the logs next to the screenshots.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installExtension, startCodeServer, writeMachineSettings, writeUserSettings, type CodeServerDirs, type RunningCodeServer } from './codeServer.js';
import { artifactsRoot, loadE2EEnv, repoRoot } from './env.js';
import { allLogFiles, exthostLogFiles, LineBuffer, tailFile } from './logs.js';
import { WaitAbortedError, waitFor } from './wait.js';
import { formatProblems, Workbench } from './workbench.js';

/** Chromium flags: headless as root in a container, and no traffic beyond 127.0.0.1. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Every host name fails to resolve: the workbench is reached by IP, nothing else should be.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * Settings every session starts with: a quiet workbench (no welcome page, chat, tips or
 * update/marketplace/telemetry traffic) so tests see only what the extension does.
 */
export const BASE_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'npm.fetchOnlinePackageInfo': false,
  'editor.minimap.enabled': false,
  'editor.accessibilitySupport': 'off',
  'window.commandCenter': false,
  'workbench.editor.enablePreview': false,
  'files.autoSave': 'off',
};

// Session temp folders not yet disposed. If the process exits without dispose() (a signal:
// codeServer.ts exits on SIGTERM/SIGINT/SIGHUP), remove them then.
const liveRoots = new Set<string>();
process.on('exit', () => {
  if (process.env.VPROMPT_E2E_KEEP === '1') return;
  for (const root of liveRoots) rmSync(root, { recursive: true, force: true });
});

export interface LaunchOptions {
  /** Names the artifacts folder: test-results/e2e/<name>/. */
  name: string;
  /** The extension to install. Default: the repo's vsix (see resolveVsix). */
  vsix?: string;
  /** Folder copied as the workspace. Default: the repo's examples/. */
  workspace?: string;
  /** Extra files written into the workspace copy, by relative path. */
  files?: Record<string, string>;
  /** User settings merged over BASE_SETTINGS. */
  settings?: Record<string, unknown>;
  /** Machine settings (machine-scoped ones, e.g. vprompt.apiBaseUrl, apply only from here in code-server). */
  machineSettings?: Record<string, unknown>;
  /**
   * 'disabled' (default): workspace trust off, everything runs.
   * 'restricted': trust on and the folder untrusted, i.e. Restricted Mode.
   */
  workspaceTrust?: 'disabled' | 'restricted';
  /** Extra environment for code-server and so the extension host. */
  env?: Record<string, string>;
  viewport?: { width: number; height: number };
  /** Keep the temp folder (user-data-dir, workspace copy) after dispose. Also VPROMPT_E2E_KEEP=1. */
  keep?: boolean;
}

export interface VSCodeSession {
  workbench: Workbench;
  page: Page;
  browser: Browser;
  codeServer: RunningCodeServer;
  /** The workspace copy the window has open (absolute path). */
  workspaceDir: string;
  userDataDir: string;
  extensionsDir: string;
  artifactsDir: string;
  /** Absolute path of a workspace file. */
  path(rel: string): string;
  /** Last lines of the remote extension host log (where activation errors land). */
  exthostLog(lines?: number): string;
  /** Last lines of code-server's own output. */
  codeServerLog(lines?: number): string;
  /**
   * Waits for the extension host log to report that `extensionId` is being activated; fails at
   * once if the log already says its activation failed.
   */
  waitForExtensionActivated(extensionId: string, timeout?: number): Promise<void>;
  dispose(): Promise<void>;
}

/** The packaged extension: $VPROMPT_E2E_VSIX, or package the repo now (scripts/e2e/package.mjs). */
export function resolveVsix(): string {
  const fromEnv = process.env.VPROMPT_E2E_VSIX;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`VPROMPT_E2E_VSIX=${fromEnv} does not exist`);
    return fromEnv;
  }
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'e2e', 'package.mjs')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const vsix = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !existsSync(vsix)) throw new Error(`Packaging the extension failed (exit ${r.status}):\n${r.stdout}`);
  return vsix;
}

export async function launchVSCode(opts: LaunchOptions): Promise<VSCodeSession> {
  const env = loadE2EEnv();
  const vsix = opts.vsix ?? resolveVsix();
  const artifactsDir = join(artifactsRoot, opts.name.replace(/[^\w.-]+/g, '_'));
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });

  const workspaceSource = opts.workspace ?? join(repoRoot, 'examples');
  if (!existsSync(workspaceSource)) throw new Error(`workspace folder ${workspaceSource} does not exist`);

  // Short temp path: code-server puts a unix socket in the user-data-dir (108-byte limit).
  const root = mkdtempSync(join(tmpdir(), 'vprompt-e2e-'));
  if (!opts.keep) liveRoots.add(root);
  const dirs: CodeServerDirs = { root, userDataDir: join(root, 'ud'), extensionsDir: join(root, 'ext') };
  mkdirSync(dirs.extensionsDir, { recursive: true });
  const workspaceDir = join(root, 'workspace');
  cpSync(workspaceSource, workspaceDir, { recursive: true });
  for (const [rel, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(join(workspaceDir, rel, '..'), { recursive: true });
    writeFileSync(join(workspaceDir, rel), text);
  }

  writeUserSettings(dirs, {
    ...BASE_SETTINGS,
    'security.workspace.trust.enabled': opts.workspaceTrust === 'restricted',
    ...(opts.workspaceTrust === 'restricted' ? { 'security.workspace.trust.startupPrompt': 'never' } : {}),
    ...opts.settings,
  });
  if (opts.machineSettings) writeMachineSettings(dirs, { ...opts.machineSettings });

  let codeServer: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let disposed = false;
  const consoleLog = new LineBuffer(join(artifactsDir, 'browser-console.log'), 500);

  const exthostLog = (n = 40) => {
    const f = exthostLogFiles(dirs.userDataDir)[0];
    return f ? tailFile(f, n) : '(no extension host log yet)';
  };
  const codeServerLog = (n = 40) => codeServer?.output.tail(n) ?? '(code-server not started)';

  let workbench: Workbench | undefined;
  let failureShots = 0;
  let collecting = false;
  const diagnostics = async (): Promise<string> => {
    // Never wait in here: a wait that fails would collect diagnostics again.
    if (collecting) return '';
    collecting = true;
    try {
      return await collectDiagnostics();
    } finally {
      collecting = false;
    }
  };
  const collectDiagnostics = async (): Promise<string> => {
    const parts: string[] = [];
    if (workbench && browser?.isConnected()) {
      try {
        const shot = await workbench.screenshot(`failure-${++failureShots}`);
        parts.push(`screenshot: ${relative(repoRoot, shot)}`);
      } catch {
        /* page gone */
      }
      try {
        const rendered = await workbench.renderedProblems();
        if (rendered) parts.push(`--- Problems panel (rows in view) ---\n${formatProblems(rendered)}`);
      } catch {
        /* panel unavailable */
      }
    }
    const activationErrors = activationFailures(dirs.userDataDir);
    if (activationErrors) parts.push(`--- extension activation errors ---\n${activationErrors}`);
    parts.push(`--- code-server output (last 25 lines) ---\n${codeServerLog(25)}`);
    parts.push(`--- extension host log (last 40 lines) ---\n${exthostLog(40)}`);
    const errors = consoleLog.tail(10);
    if (errors) parts.push(`--- browser console errors (last 10) ---\n${errors}`);
    parts.push(`artifacts: ${relative(repoRoot, artifactsDir)}/`);
    return parts.join('\n');
  };

  const dispose = async (): Promise<void> => {
    if (disposed) return;
    disposed = true;
    try {
      if (workbench && browser?.isConnected()) await workbench.screenshot('final').catch(() => undefined);
    } finally {
      await browser?.close().catch(() => undefined);
      await codeServer?.stop();
      await consoleLog.close();
      // Keep every log with the screenshots: that is what one reads after a CI failure.
      for (const f of allLogFiles(dirs.userDataDir)) {
        const dest = join(artifactsDir, 'logs', relative(join(dirs.userDataDir, 'logs'), f).split(/[\\/]/).slice(1).join('__'));
        mkdirSync(join(dest, '..'), { recursive: true });
        copyFileSync(f, dest);
      }
      liveRoots.delete(root);
      if (!(opts.keep || process.env.VPROMPT_E2E_KEEP === '1')) rmSync(root, { recursive: true, force: true });
      else console.log(`[e2e] kept session folder ${root}`);
    }
  };

  try {
    installExtension(dirs, vsix);
    codeServer = await startCodeServer(dirs, workspaceDir, { logFile: join(artifactsDir, 'code-server.log'), env: opts.env });
    browser = await chromium.launch({ executablePath: env.chromium, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    const context = await browser.newContext({
      viewport: opts.viewport ?? { width: 1400, height: 900 },
      // readEditorText() copies through the real clipboard.
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    // tsx compiles this code with esbuild's keepNames, which wraps functions in __name(...);
    // functions handed to page.evaluate run in the page, where __name must exist too.
    await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleLog.push(`[console.error] ${m.text()}\n`);
    });
    page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}\n`));
    workbench = new Workbench({ page, artifactsDir, diagnostics });
    await page.goto(`${codeServer.url}/?folder=${encodeURIComponent(workspaceDir)}`, { timeout: 60_000 });
    await workbench.waitForReady();

    const session: VSCodeSession = {
      workbench,
      page,
      browser,
      codeServer,
      workspaceDir,
      userDataDir: dirs.userDataDir,
      extensionsDir: dirs.extensionsDir,
      artifactsDir,
      path: (rel) => join(workspaceDir, rel),
      exthostLog,
      codeServerLog,
      // Resolves once the host has started activating the extension with no failure logged so
      // far; an activate() that throws a moment later shows under "extension activation
      // errors" in the next failing wait (the log has no "activated" line to wait for).
      waitForExtensionActivated: (extensionId, timeout = 60_000) =>
        waitFor(
          `extension ${extensionId} to activate (extension host log)`,
          () => {
            const log = exthostLogFiles(dirs.userDataDir).map((f) => tailFile(f, 5000)).join('\n');
            const id = extensionId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const failed = new RegExp(`Activating extension '?${id}'? failed[^\\n]*`, 'i').exec(log);
            if (failed) throw new WaitAbortedError(`extension ${extensionId} failed to activate: ${failed[0]}`);
            return log.includes(`ExtensionService#_doActivateExtension ${extensionId},`) || undefined;
          },
          { timeout, interval: 200, context: diagnostics },
        ).then(() => undefined),
      dispose,
    };
    return session;
  } catch (err) {
    if (err instanceof Error && workbench && !/artifacts:/.test(err.message)) err.message += `\n${await diagnostics()}`;
    await dispose();
    throw err;
  }
}

/**
 * node:test glue: launches one session for the enclosing suite (before) and always disposes it
 * (after), whatever the tests did. Returns a getter for the session.
 */
export function useVSCode(opts: LaunchOptions): () => VSCodeSession {
  let session: VSCodeSession | undefined;
  before(async () => {
    session = await launchVSCode(opts);
  }, { timeout: 180_000 });
  after(async () => {
    await session?.dispose();
  }, { timeout: 60_000 });
  return () => {
    if (!session) throw new Error('VS Code session not started (did the before hook fail?)');
    return session;
  };
}

/** "Activating extension X failed" entries of the extension host logs, with their stack heads. */
function activationFailures(userDataDir: string): string {
  const out: string[] = [];
  for (const f of exthostLogFiles(userDataDir)) {
    const lines = tailFile(f, 5000).split('\n');
    lines.forEach((l, i) => {
      if (/Activating extension .* failed/.test(l)) out.push(...lines.slice(i, i + 4));
    });
  }
  return out.join('\n');
}
