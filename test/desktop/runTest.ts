// Desktop launcher: runs the in-host suite (./suite) inside a real VS Code desktop (Electron)
// through @vscode/test-electron — the standard way on machines that can download VS Code or have
// one installed. It is not part of `npm test`: this project's CI machines cannot download VS Code,
// so there the same behaviour is proven through code-server (test/e2e, scripts/e2e/run.mjs).
//
// Run:  node --import tsx test/desktop/runTest.ts        (npm run test:desktop)
//   VSCODE_EXECUTABLE_PATH=/path/to/code   use a local VS Code build instead of downloading one
//   VSCODE_VERSION=1.90.0                  version to download (default: stable)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';

const repoRoot = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  // The extension under test, built exactly as it ships (dist/).
  const build = spawnSync(process.execPath, [join(repoRoot, 'esbuild.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('extension build failed');

  // The extension host loads tests as CommonJS JavaScript: bundle the suite (vscode stays external).
  const suiteOut = join(repoRoot, '.vscode-test', 'desktop-suite', 'index.js');
  await esbuild.build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    outfile: suiteOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: true,
  });

  // A throwaway copy of examples/ and a fresh profile, like the e2e sessions.
  const tmp = mkdtempSync(join(tmpdir(), 'vprompt-desktop-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  try {
    const code = await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteOut,
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      version: process.env.VSCODE_VERSION || undefined,
      extensionTestsEnv: { VPROMPT_E2E: '1' },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out of the way
        '--disable-workspace-trust',
        '--skip-welcome',
        '--user-data-dir',
        join(tmp, 'user-data'),
      ],
    });
    process.exitCode = code;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('desktop test run failed:', err);
  process.exit(1);
});
