// The one test command (README, `npm test`, `.ci/run`): unit tests on Node's test runner via tsx,
// then the real-VS-Code suite. `--unit` runs only the first part.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = only.length ? only : findTests('test/unit');
const full = !process.argv.includes('--unit') && !only.length;
// The full run installs system tools first (idempotent), so unit tests that use ffprobe/ffmpeg
// when present get them on a fresh machine too.
if (full) {
  const setup = spawnSync(process.execPath, [join('scripts', 'e2e', 'setup.mjs')], { stdio: 'inherit' });
  if (setup.status !== 0) process.exit(setup.status ?? 1);
}
const unit = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
if (unit.status !== 0) process.exit(unit.status ?? 1);
if (!full) process.exit(0);

// The real-VS-Code suite (scripts/e2e/run.mjs): installs code-server + Chromium on first use,
// packages the extension as a .vsix and drives it through the workbench.
const e2e = spawnSync(process.execPath, [join('scripts', 'e2e', 'run.mjs')], { stdio: 'inherit' });
process.exit(e2e.status ?? 1);
