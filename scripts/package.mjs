#!/usr/bin/env node
// `npm run package`: the release .vsix. A production build (minified, no sourcemaps), then
// vsce with .vscodeignore deciding the contents. Prints the .vsix path as its last line.
//
// Usage: node scripts/package.mjs [--out FILE]   (default: vprompt-<version>.vsix in the repo root)
//
// --no-dependencies: dist/ is bundled by esbuild, node_modules is not shipped.
// --allow-missing-repository: the project has no public repository URL yet.
// --no-rewrite-relative-links: with no repository URL, vsce refuses README links like
// docs/rules.md (it would rewrite them to the repository's web address); keep them relative.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const vsix = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(repoRoot, `${name}-${version}.vsix`);

function step(label, args) {
  console.error(`[package] ${label}`);
  // stdout to stderr: this script's stdout carries only the result path.
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    console.error(`[package] FAILED: ${label} (exit ${r.status ?? r.error})`);
    process.exit(1);
  }
}

mkdirSync(dirname(vsix), { recursive: true });
rmSync(vsix, { force: true });
// Stale dev sourcemaps stay out through .vscodeignore (dist/*.map); the build itself writes none.
step('build (node esbuild.mjs --production)', [join(repoRoot, 'esbuild.mjs'), '--production']);
step(`vsce package -> ${vsix}`, [
  join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  '--no-rewrite-relative-links',
  '--out',
  vsix,
]);
console.error(`[package] ${(statSync(vsix).size / 1024 / 1024).toFixed(2)} MB`);
console.log(vsix);
