#!/usr/bin/env node
// Installs what the real-VS-Code e2e suite needs, on a fresh Debian machine or an already
// prepared one (idempotent: every step checks first and is skipped when already done).
//
//   1. Debian packages: Chromium (the browser Playwright drives) and the headers code-server's
//      native modules build against. apt-get only runs when one is missing.
//   2. Node 24, from the `node-linux-<arch>@24` npm package: code-server 4.139 needs it and the
//      machine ships Node 20. Nothing is downloaded outside the npm registry.
//   3. code-server (real VS Code server + web workbench) installed with Node 24 first on PATH,
//      so its postinstall builds native modules for Node 24's ABI.
//
// Everything lands in .vscode-test/ (git-ignored). A finished step leaves a `.complete`
// marker; a folder without one is a half-failed earlier run and is removed before retrying.
// The result is described in .vscode-test/e2e-env.json, which test/e2e/harness reads.
//
// Usage: node scripts/e2e/setup.mjs [--force]   (--force reinstalls Node 24 and code-server)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutOuterNpm } from './env.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;
// chromium: the browser; lib*-dev + pkg-config: code-server's native modules (kerberos needs
// gssapi.h from libkrb5-dev); fonts: readable screenshots; ffmpeg: test media for render tests.
export const APT_PACKAGES = ['chromium', 'fonts-dejavu-core', 'fonts-liberation', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'ffmpeg'];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(repoRoot, '.vscode-test');
export const envFile = join(cacheDir, 'e2e-env.json');
const nodeDir = join(cacheDir, `node${NODE_MAJOR}`);
const codeServerDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);

const force = process.argv.includes('--force');
const started = Date.now();

function log(msg) {
  const s = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[e2e setup ${s}s] ${msg}`);
}

function fail(msg) {
  console.error(`[e2e setup] FAILED: ${msg}`);
  process.exit(1);
}

/** Runs a command with output into a log file (the tail is printed if it fails). */
function run(cmd, args, { env = process.env, logFile, cwd = repoRoot } = {}) {
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (logFile) writeFileSync(logFile, `$ ${cmd} ${args.join(' ')}\n${out}`, { flag: 'a' });
  return { ok: r.status === 0 && !r.error, status: r.status, out: r.error ? String(r.error) : out };
}

function tail(text, n = 40) {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

// ---------------------------------------------------------------------------------------------
// 1. Debian packages
function aptInstalled(pkg) {
  const r = run('dpkg-query', ['-W', '-f=${Status}', pkg]);
  return r.ok && r.out.includes('install ok installed');
}

function ensureAptPackages() {
  if (process.platform !== 'linux') fail('the e2e suite runs on Linux (Debian) only');
  const missing = APT_PACKAGES.filter((p) => !aptInstalled(p));
  if (missing.length === 0) {
    log(`apt: all present (${APT_PACKAGES.join(', ')})`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : run('sh', ['-c', 'command -v sudo']).ok ? ['sudo', '-n'] : null;
  if (!sudo) fail(`missing Debian packages ${missing.join(' ')}; install them as root (apt-get install ${missing.join(' ')})`);
  const apt = (args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    // Lock::Timeout: another apt run (e.g. a background install) may hold the dpkg lock; wait for
    // it instead of failing. noninteractive: CI has no stdin.
    return run(cmd, ['-o', 'DPkg::Lock::Timeout=900', ...rest], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  log(`apt: missing ${missing.join(', ')}; running apt-get update`);
  const upd = apt(['update']);
  if (!upd.ok) fail(`apt-get update failed:\n${tail(upd.out)}`);
  log(`apt: installing ${missing.join(' ')}`);
  const inst = apt(['install', '-y', '--no-install-recommends', ...missing]);
  if (!inst.ok) fail(`apt-get install failed:\n${tail(inst.out)}`);
  const still = missing.filter((p) => !aptInstalled(p));
  if (still.length) fail(`apt-get reported success but these are not installed: ${still.join(' ')}`);
  log('apt: done');
}

// ---------------------------------------------------------------------------------------------
// 2 + 3. npm-installed tools, each in its own prefix with a completion marker.
function readMarker(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, '.complete'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Installs `spec` into its own npm prefix `dir`, then `verify()`s it. A folder without a marker
 * (an earlier install died half-way: half-built native modules, partial tarballs) is removed
 * first; a failed attempt is removed and retried once.
 */
function ensureNpmPrefix({ name, dir, spec, env, verify }) {
  const marker = readMarker(dir);
  if (marker && !force) {
    const v = verify();
    if (v.ok) {
      log(`${name}: present (${v.detail})`);
      return;
    }
    log(`${name}: marker present but check failed (${v.detail}); reinstalling`);
  }
  const logFile = join(cacheDir, `${name}-install.log`);
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (existsSync(dir)) {
      log(`${name}: removing ${existsSync(join(dir, '.complete')) ? 'previous' : 'half-finished'} install in ${dir}`);
      rmSync(dir, { recursive: true, force: true });
    }
    mkdirSync(dir, { recursive: true });
    // Own package.json so npm treats this folder as the project root, not the repo.
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `e2e-${name}`, private: true }, null, 2));
    log(`${name}: npm install ${spec} (attempt ${attempt}/2, log: ${logFile})`);
    const r = run('npm', ['install', '--prefix', dir, '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts=false', spec], {
      env,
      logFile,
      cwd: dir,
    });
    const v = r.ok ? verify() : { ok: false, detail: `npm exited ${r.status}` };
    if (v.ok) {
      writeFileSync(join(dir, '.complete'), JSON.stringify({ spec, installedAt: new Date().toISOString() }) + '\n');
      log(`${name}: installed (${v.detail})`);
      return;
    }
    console.error(`[e2e setup] ${name}: attempt ${attempt} failed: ${v.detail}\n${tail(r.out)}`);
  }
  rmSync(dir, { recursive: true, force: true });
  fail(`${name}: install failed twice; see ${logFile}`);
}

function main() {
  log(`cache folder ${cacheDir}${process.env.CI ? ' (CI)' : ''}`);
  mkdirSync(cacheDir, { recursive: true });
  ensureAptPackages();

  // 2. Node 24
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!arch) fail(`no node-linux package for arch ${process.arch}`);
  const nodePkgDir = join(nodeDir, 'node_modules', `node-linux-${arch}`);
  const node24 = join(nodePkgDir, 'bin', 'node');
  ensureNpmPrefix({
    name: `node${NODE_MAJOR}`,
    dir: nodeDir,
    spec: `node-linux-${arch}@${NODE_MAJOR}`,
    env: withoutOuterNpm(process.env),
    verify: () => {
      const r = run(node24, ['-v']);
      const v = r.out.trim();
      return { ok: r.ok && v.startsWith(`v${NODE_MAJOR}.`), detail: r.ok ? `node ${v}` : 'node binary missing' };
    },
  });
  const nodeVersion = run(node24, ['-v']).out.trim();

  // 3. code-server, installed and later run by Node 24. nodedir: the machine's npm config points
  // node-gyp at Node 20's headers; native modules must be built against Node 24's, which the
  // node-linux package ships in include/.
  const node24Env = {
    ...withoutOuterNpm(process.env),
    PATH: `${dirname(node24)}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodePkgDir,
  };
  const csPkg = join(codeServerDir, 'node_modules', 'code-server');
  const csEntry = join(csPkg, 'out', 'node', 'entry.js');
  ensureNpmPrefix({
    name: `code-server-${CODE_SERVER_VERSION}`,
    dir: codeServerDir,
    spec: `code-server@${CODE_SERVER_VERSION}`,
    env: node24Env,
    verify: () => {
      // --config: without it code-server writes a default config into the user's home.
      const r = run(node24, [csEntry, '--config', join(codeServerDir, 'config.yaml'), '--version'], { env: node24Env });
      if (!r.ok || !r.out.includes(CODE_SERVER_VERSION)) return { ok: false, detail: `code-server --version: ${tail(r.out, 3)}` };
      // The postinstall (which npm may skip) installs the VS Code server's own modules.
      const vsMods = join(csPkg, 'lib', 'vscode', 'node_modules');
      if (!existsSync(join(vsMods, '@vscode', 'spdlog'))) return { ok: false, detail: `postinstall did not run (no ${vsMods})` };
      return { ok: true, detail: r.out.trim().split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION)) };
    },
  });

  const env = {
    codeServerVersion: CODE_SERVER_VERSION,
    node: node24,
    nodeVersion,
    codeServerEntry: csEntry,
    chromium: '/usr/bin/chromium',
  };
  if (!existsSync(env.chromium)) fail(`${env.chromium} not found after installing chromium`);
  writeFileSync(envFile, JSON.stringify(env, null, 2) + '\n');
  log(`ready: wrote ${envFile}`);
}

main();
