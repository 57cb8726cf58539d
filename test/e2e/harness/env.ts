// Where things are: the repo, the tools scripts/e2e/setup.mjs installed, and where test
// artifacts (screenshots, logs) go.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// __dirname: the repo's .ts files are CommonJS modules (package.json has no "type": "module").
export const repoRoot = resolve(__dirname, '..', '..', '..');
export const cacheDir = join(repoRoot, '.vscode-test');
/** Screenshots and copied logs, one folder per suite (test-results/ is git-ignored). */
export const artifactsRoot = join(repoRoot, 'test-results', 'e2e');

/** What setup.mjs installed (see its envFile). */
export interface E2EEnv {
  codeServerVersion: string;
  /** Node 24 binary that runs code-server. */
  node: string;
  nodeVersion: string;
  /** code-server's CLI entry (run as `node entry.js ...`). */
  codeServerEntry: string;
  chromium: string;
}

let cached: E2EEnv | undefined;

export function loadE2EEnv(): E2EEnv {
  if (cached) return cached;
  const file = join(cacheDir, 'e2e-env.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`node scripts/e2e/setup.mjs\` (or \`npm run test:e2e\`) first`);
  }
  const env = JSON.parse(readFileSync(file, 'utf8')) as E2EEnv;
  for (const p of [env.node, env.codeServerEntry, env.chromium]) {
    if (!existsSync(p)) throw new Error(`${p} (from ${file}) is missing: re-run \`node scripts/e2e/setup.mjs\``);
  }
  cached = env;
  return env;
}
