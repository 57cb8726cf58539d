// `npm start`: vprompt on the built-in simulator (no key needed, nothing billed).
//
//   1. The CLI: lint every example, then render the clean ones as drafts into renders/.
//   2. The editor: VS Code with the extension and a copy of examples/ (vprompt.backend =
//      simulator), in a profile of its own (scripts/start/editor.ts):
//      - desktop VS Code when `code` is on the PATH (opens a window, then this command ends);
//      - otherwise the real-VS-Code test harness: scripts/e2e/setup.mjs (code-server + Node 24,
//        skipped when present), scripts/e2e/package.mjs (the .vsix), and code-server on
//        127.0.0.1:$PORT (a free port when PORT is unset) until Ctrl+C.
//
// Usage: npm start [-- --no-editor | --web]
//   --no-editor  only the CLI part (also when CI is set: CI and headless runs never block)
//   --web        code-server even when `code` is on the PATH
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('Usage: npm start [-- --no-editor | --web]\n  --no-editor  CLI demo only (implied when CI is set)\n  --web        serve VS Code with code-server even when `code` is on the PATH\n  PORT=n       port for code-server on 127.0.0.1 (default: a free one)');
  process.exit(0);
}
const unknown = argv.filter((a) => !['--no-editor', '--web'].includes(a));
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(' ')} (try --help)`);
  process.exit(2);
}
const ci = !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);

/** The executable `name` on the PATH (what `command -v` finds), or undefined. */
function onPath(name) {
  const exts = process.platform === 'win32' ? ['.cmd', '.exe', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const ext of exts) {
      const p = join(dir || '.', name + ext);
      try {
        accessSync(p, constants.X_OK);
        return p;
      } catch {
        /* not here */
      }
    }
  }
  return undefined;
}

const editor = argv.includes('--no-editor') || ci ? undefined : argv.includes('--web') || !onPath('code') ? 'web' : 'desktop';
const steps = ['build', 'lint', 'render', ...(editor === 'web' ? ['setup', 'package', 'serve'] : editor === 'desktop' ? ['open'] : [])];
let n = 0;
const step = (msg) => console.log(`\n[start ${++n}/${steps.length}] ${msg}\n`);
const node = (args, opts = {}) => spawnSync(process.execPath, args, { stdio: 'inherit', ...opts });

step('build the extension and the CLI (node esbuild.mjs)');
if (node(['esbuild.mjs']).status !== 0) process.exit(1);

// The simulator: no key, no API base, whatever the shell has set.
const cli = (...args) => node(['dist/cli.js', ...args], { env: { ...process.env, ATLASCLOUD_API_KEY: '', VPROMPT_API_BASE: '' } });

step('vprompt lint examples/  (problems.vprompt has deliberate problems)');
const lint = cli('lint', 'examples/');
if (lint.status === 2) process.exit(2);

step('vprompt render --all on the built-in simulator (drafts, Fast tier)');
let failed = 0;
for (const file of ['examples/city.vprompt', 'examples/product.vprompt']) {
  if (cli('render', file, '--all', '--out', 'renders').status !== 0) failed++;
}
console.log(`\nClips are in renders/ (real MP4s you can play); the journal and logs in renders/.vprompt/.`);
if (failed) console.error(`${failed} of the example renders failed (see above).`);

if (!editor) {
  console.log(`\nSkipping VS Code (${ci ? 'CI is set' : '--no-editor'}). Run \`npm start\` without it to open examples/ in VS Code with the extension.`);
  process.exit(failed ? 1 : 0);
}

const editorScript = ['--import', 'tsx', join('scripts', 'start', 'editor.ts')];
if (editor === 'desktop') {
  step('open VS Code (`code` is on the PATH) with the extension from this folder and a copy of examples/');
  const r = node([...editorScript, 'desktop']);
  process.exit(r.status === 0 && !failed ? 0 : r.status || 1);
}

console.log(`\n${argv.includes('--web') ? '--web' : '`code` is not on the PATH'}: serving VS Code with the real-VS-Code test harness (code-server) on 127.0.0.1.`);
step('install code-server and Node 24 into .vscode-test/ if missing (scripts/e2e/setup.mjs)');
const setup = node([join('scripts', 'e2e', 'setup.mjs')]);
if (setup.status !== 0) process.exit(setup.status ?? 1);

step('package the extension (scripts/e2e/package.mjs)');
const pkg = node([join('scripts', 'e2e', 'package.mjs')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const vsix = pkg.stdout.trim().split('\n').pop();
if (pkg.status !== 0 || !vsix || !existsSync(vsix)) {
  console.error(`Packaging failed (exit ${pkg.status}).`);
  process.exit(pkg.status || 1);
}

step('start code-server with the extension and a copy of examples/ (scripts/start/editor.ts)');
const server = spawn(process.execPath, [...editorScript, 'web', vsix], { stdio: 'inherit' });
// Ctrl+C reaches the server script as well (same process group): it stops code-server and
// exits; wait for that instead of ending first. A signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}
// npm does not pass on a signal sent to npm alone (`kill <npm pid>`, `timeout npm start`): it
// exits and leaves this script behind. A new parent means that happened; stop the server too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
}, 1000).unref();
server.on('exit', (code) => process.exit(code === 0 && !failed ? 0 : code || 1));
