#!/usr/bin/env node
// Runs the real-VS-Code e2e suite: install what it needs (setup.mjs, idempotent), package the
// extension once (package.mjs), then the test files on Node's test runner, one file at a time
// (each starts its own code-server + Chromium; two at once would starve a 2-core machine).
//
// Usage: node scripts/e2e/run.mjs [test/e2e/some.e2e.test.ts ...]
//   VPROMPT_E2E_VSIX=path  test that .vsix instead of packaging the repo
//   VPROMPT_E2E_KEEP=1     keep each session's temp folder (user-data-dir, workspace copy)
//   --screenshots          also refresh the README's pictures in docs/screenshots/ (npm run screenshots)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const e2eDir = join(repoRoot, 'test', 'e2e');
const t0 = Date.now();
const secs = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

function run(label, args, opts = {}) {
  const started = Date.now();
  console.log(`[e2e] ${label}`);
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  console.log(`[e2e] ${label}: ${r.status === 0 ? 'done' : `FAILED (exit ${r.status ?? r.signal})`} in ${secs(started)}`);
  return r;
}

const setup = run('setup', [join(repoRoot, 'scripts', 'e2e', 'setup.mjs')]);
if (setup.status !== 0) process.exit(setup.status ?? 1);

let vsix = process.env.VPROMPT_E2E_VSIX;
if (!vsix) {
  const started = Date.now();
  console.log('[e2e] package the extension');
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'e2e', 'package.mjs')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  vsix = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !vsix || !existsSync(vsix)) {
    console.error(`[e2e] packaging FAILED (exit ${r.status})`);
    process.exit(r.status || 1);
  }
  console.log(`[e2e] packaged ${relative(repoRoot, vsix)} in ${secs(started)}`);
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = only.length
  ? only
  : readdirSync(e2eDir)
      .filter((n) => n.endsWith('.e2e.test.ts'))
      .sort()
      .map((n) => relative(repoRoot, join(e2eDir, n)));
if (files.length === 0) {
  console.error('[e2e] no test/e2e/*.e2e.test.ts files');
  process.exit(1);
}

const tests = run(
  `run ${files.length} e2e test file(s)`,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { env: { ...process.env, VPROMPT_E2E_VSIX: vsix, ...(process.argv.includes('--screenshots') ? { VPROMPT_SCREENSHOTS: '1' } : {}) } },
);
console.log(`[e2e] total ${secs(t0)}; screenshots and logs in test-results/e2e/`);
process.exit(tests.status ?? 1);
