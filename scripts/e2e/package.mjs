#!/usr/bin/env node
// Packages the extension for the e2e suite exactly as a release is packaged (scripts/package.mjs:
// production build + vsce), into .vscode-test/vsix/, so the suite tests what ships. Prints the
// .vsix path as its last line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const vsix = join(repoRoot, '.vscode-test', 'vsix', `${name}-${version}.vsix`);
const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'package.mjs'), '--out', vsix], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
process.exit(r.status ?? 1);
