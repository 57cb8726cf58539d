#!/usr/bin/env node
// Builds the extension and packages it as a .vsix, the artifact users install, so the e2e suite
// tests what ships (.vscodeignore decides the contents). Prints the .vsix path as its last line.
//
// --no-dependencies: dist/ is bundled by esbuild, node_modules is not shipped.
// --allow-missing-repository / --skip-license: vsce would otherwise stop to ask (CI has no stdin).
// --no-rewrite-relative-links: with no repository URL, vsce refuses README links like
// docs/rules.md (it would rewrite them to the repository's web address); keep them relative.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(repoRoot, '.vscode-test', 'vsix');
const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const vsix = join(outDir, `${name}-${version}.vsix`);

function step(label, cmd, args) {
  console.error(`[e2e package] ${label}`);
  // stdout to stderr: this script's stdout carries only the result path.
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    console.error(`[e2e package] FAILED: ${label} (exit ${r.status ?? r.error})`);
    process.exit(1);
  }
}

mkdirSync(outDir, { recursive: true });
rmSync(vsix, { force: true });
step('build (node esbuild.mjs)', process.execPath, [join(repoRoot, 'esbuild.mjs')]);
step(`vsce package -> ${vsix}`, process.execPath, [
  join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  '--skip-license',
  '--no-rewrite-relative-links',
  '--out',
  vsix,
]);
console.log(vsix);
