// `npm run bench:activation` — bundle sizes, and the time to require() dist/extension.js and call
// activate(), against a hello-world extension bundled the same way and measured in the same run.
// Each sample is a fresh Node process (cold module cache) with a stubbed `vscode` module, so this
// is the bundle's own load + activate cost, not what a VS Code extension host adds on top.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const SAMPLES = 15;
const REPO = resolve(__dirname, '..'); // .ts files here are CommonJS (package.json has no "type")
const DIST = join(REPO, 'dist');
const BUNDLE = join(DIST, 'extension.js');

// Loaded with --require before the probe: answers require('vscode') with a Proxy where every
// property is a callable, constructible stub returning disposable-like stubs, so new API use in
// activate() keeps working without editing this file.
const STUB = String.raw`'use strict';
const Module = require('node:module');
const path = require('node:path');

// Prototype of every stub. esbuild's __toESM copies only own keys and inherits the rest from
// the module's prototype, so named imports (vscode.languages) must resolve through here.
const fallbackChildren = new Map();
const FALLBACK = new Proxy(Object.create(null), {
  get(t, p) {
    if (p === 'then' || typeof p === 'symbol') return undefined;
    if (!fallbackChildren.has(p)) fallbackChildren.set(p, stub(p));
    return fallbackChildren.get(p);
  },
});

function stub(name) {
  const children = new Map();
  const target = function () {};
  // No own name/length and no Function.prototype above, so code may assign any property.
  delete target.name;
  delete target.length;
  Object.setPrototypeOf(target, null);
  let protoMade = false;
  return new Proxy(target, {
    get(t, p, receiver) {
      if (p === 'then') return undefined; // not a thenable: awaiting a stub resolves at once
      if (p === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '[vscode stub ' + name + ']');
      if (p === Symbol.iterator) return function* () {}; // collections (textDocuments, ...) are empty
      if (p === 'prototype') {
        if (!protoMade) { t.prototype = stub(name + '.prototype'); protoMade = true; }
        return t.prototype;
      }
      if (typeof p === 'symbol' || Object.hasOwn(t, p)) return Reflect.get(t, p, receiver);
      if (!children.has(p)) children.set(p, stub(name + '.' + p));
      return children.get(p);
    },
    getPrototypeOf: () => FALLBACK,
    apply: () => stub(name + '()'),
    // Object.create(newTarget.prototype) lets "class X extends vscode.Y" instances keep X's methods.
    construct: (t, args, newTarget) => Object.create(newTarget.prototype),
  });
}

const api = stub('vscode');
const id = path.join(__dirname, 'vscode.js');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? id : resolveFilename.call(this, request, ...rest);
};
const mod = new Module(id);
mod.filename = id;
mod.loaded = true;
mod.exports = api;
require.cache[id] = mod;

function uri(fsPath) {
  const u = Object.create(stub('Uri'));
  return Object.assign(u, {
    scheme: 'file', authority: '', path: fsPath, fsPath, query: '', fragment: '',
    toString: () => 'file://' + fsPath, toJSON: () => ({ scheme: 'file', path: fsPath }), with: () => u,
  });
}
const memento = () => ({ get: (k, d) => d, update: async () => {}, keys: () => [], setKeysForSync() {} });

exports.makeContext = function (extensionPath, storageDir) {
  // Unknown members fall back to stubs, like the API itself.
  return Object.assign(Object.create(stub('context')), {
    subscriptions: [],
    extensionPath,
    extensionUri: uri(extensionPath),
    asAbsolutePath: (p) => path.join(extensionPath, p),
    extensionMode: 1, // Production
    globalState: memento(),
    workspaceState: memento(),
    secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: stub('onDidChange') },
    storageUri: uri(path.join(storageDir, 'workspace')),
    globalStorageUri: uri(path.join(storageDir, 'global')),
    logUri: uri(path.join(storageDir, 'log')),
    storagePath: path.join(storageDir, 'workspace'),
    globalStoragePath: path.join(storageDir, 'global'),
    logPath: path.join(storageDir, 'log'),
  });
};
`;

// One sample: the context is made before the clock starts; only require() and activate() are timed.
const PROBE = String.raw`'use strict';
const { performance } = require('node:perf_hooks');
const { makeContext } = require('./vscode-stub.cjs');
const [bundle, extensionPath, storageDir] = process.argv.slice(2);
const context = makeContext(extensionPath, storageDir);
(async () => {
  const t0 = performance.now();
  const ext = require(bundle);
  const t1 = performance.now();
  const r = ext.activate(context);
  if (r && typeof r.then === 'function') await r;
  const t2 = performance.now();
  const out = { requireMs: t1 - t0, activateMs: t2 - t1, subscriptions: context.subscriptions.length };
  // Exit at once: timers activate() started would otherwise keep the process alive.
  process.stdout.write(JSON.stringify(out), () => process.exit(0));
})().catch((e) => { console.error(e); process.exit(1); });
`;

const HELLO = `import * as vscode from 'vscode';
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('hello.world', () => vscode.window.showInformationMessage('Hello World')));
}
export function deactivate(): void {}
`;

interface Sample {
  requireMs: number;
  activateMs: number;
  subscriptions: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Mirrors esbuild.mjs's production options for the extension build (cjs, node20, vscode external). */
async function buildBaseline(dir: string): Promise<string> {
  const src = join(dir, 'hello', 'src', 'extension.ts');
  const out = join(dir, 'hello', 'dist', 'extension.js');
  mkdirSync(dirname(src), { recursive: true });
  writeFileSync(src, HELLO);
  await esbuild.build({
    entryPoints: [src],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: false,
    minify: true,
    logLevel: 'warning',
    external: ['vscode'],
    banner: { js: "const __vpromptImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  return out;
}

function sample(dir: string, bundle: string, extensionPath: string): Sample {
  const r = spawnSync(
    process.execPath,
    ['--require', join(dir, 'vscode-stub.cjs'), join(dir, 'probe.cjs'), bundle, extensionPath, join(dir, 'storage')],
    { cwd: REPO, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`activation probe failed for ${relative(REPO, bundle)} (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as Sample;
}

function row(label: string, xs: Sample[]): string {
  const cell = (v: number[]) => `${median(v).toFixed(2).padStart(8)} [${Math.min(...v).toFixed(2)}–${Math.max(...v).toFixed(2)}]`.padEnd(26);
  return `  ${label.padEnd(18)} ${cell(xs.map((s) => s.requireMs))} ${cell(xs.map((s) => s.activateMs))} ${cell(xs.map((s) => s.requireMs + s.activateMs))}`;
}

async function main(): Promise<void> {
  const buildStart = Date.now();
  console.log('building: node esbuild.mjs --production (minified, no sourcemaps) ...');
  const build = spawnSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`build failed (exit ${build.status})`);
  const dirty = git('status', '--porcelain', '--', 'src', 'package.json', 'esbuild.mjs').split('\n').filter(Boolean).length;
  console.log(`measured build: production, from HEAD ${git('rev-parse', '--short', 'HEAD') || '?'}${dirty ? ` plus ${dirty} uncommitted change(s) under src/, package.json, esbuild.mjs` : ' (clean working tree)'}`);
  const built = statSync(BUNDLE);

  console.log('\nbundle sizes (dist/):');
  for (const f of filesUnder(DIST)) {
    const st = statSync(f);
    // A production build writes no .map files, so any left are from an earlier dev build.
    const note = st.mtimeMs < buildStart - 1000 ? '  (stale: not written by this build)' : '';
    console.log(`  ${relative(REPO, f).padEnd(24)} ${String(st.size).padStart(10)} B ${kb(st.size).padStart(9)} KB${note}`);
  }
  const vsixDir = join(REPO, '.vscode-test', 'vsix');
  const vsixes = existsSync(vsixDir) ? filesUnder(vsixDir).filter((f) => f.endsWith('.vsix')) : [];
  if (vsixes.length === 0) console.log('  .vsix: none in .vscode-test/vsix/ (npm run test:e2e packs one)');
  for (const f of vsixes) {
    const st = statSync(f);
    console.log(`  ${relative(REPO, f).padEnd(24)} ${String(st.size).padStart(10)} B ${kb(st.size).padStart(9)} KB  (packed ${st.mtime.toISOString()}, not by this run)`);
  }

  const dir = mkdtempSync(join(tmpdir(), 'vprompt-bench-'));
  try {
    writeFileSync(join(dir, 'vscode-stub.cjs'), STUB);
    writeFileSync(join(dir, 'probe.cjs'), PROBE);
    const hello = await buildBaseline(dir);
    const helloDir = dirname(dirname(hello));
    console.log(`  baseline hello-world bundle: ${statSync(hello).size} B (same esbuild options, minified)`);

    // One discarded pair warms the OS file cache; then interleave, alternating who goes first.
    sample(dir, BUNDLE, REPO);
    sample(dir, hello, helloDir);
    const vp: Sample[] = [];
    const base: Sample[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      if (i % 2) base.push(sample(dir, hello, helloDir));
      vp.push(sample(dir, BUNDLE, REPO));
      if (!(i % 2)) base.push(sample(dir, hello, helloDir));
    }

    const vpMs = median(vp.map((s) => s.requireMs + s.activateMs));
    const baseMs = median(base.map((s) => s.requireMs + s.activateMs));
    const ratio = vpMs / baseMs;
    console.log(`\nactivation, ms: median [min–max] of ${SAMPLES} interleaved samples, each a fresh Node ${process.version} process`);
    console.log(`  ${''.padEnd(18)} ${'require()'.padEnd(26)} ${'activate()'.padEnd(26)} ${'require + activate'.padEnd(26)}`);
    console.log(row('vprompt', vp));
    console.log(row('hello-world', base));
    const r = (k: keyof Sample) => (median(vp.map((s) => s[k])) / median(base.map((s) => s[k]))).toFixed(1);
    console.log(`  ratio vprompt / hello-world (medians): require ${r('requireMs')}x, activate ${r('activateMs')}x, require + activate ${ratio.toFixed(1)}x`);
    console.log(`  disposables pushed on context.subscriptions: vprompt ${vp[0].subscriptions}, hello-world ${base[0].subscriptions}`);
    console.log(
      '\nWhat this measures: require() of the bundle plus activate() in a plain Node process with a stubbed\n' +
        '`vscode` module (API calls cost nothing), not inside a VS Code extension host. The host\'s own work,\n' +
        'real API calls, and anything activate() defers to timers or later events are not included.',
    );
    const after = statSync(BUNDLE);
    if (after.mtimeMs !== built.mtimeMs || after.size !== built.size) {
      console.log('WARNING: dist/extension.js was rebuilt by something else during this run; figures may mix builds.');
    }
    console.log('note: dist/ now holds the production build; `npm run build` restores the dev build with sourcemaps.');
    console.log(JSON.stringify({ bundleBytes: built.size, activateMsMedian: +vpMs.toFixed(3), baselineMsMedian: +baseMs.toFixed(3), ratio: +ratio.toFixed(2) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
