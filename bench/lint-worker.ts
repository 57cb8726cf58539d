// Child process of `npm run bench:lint`: lints every .vprompt file of a folder with the tree it
// is run from (this checkout, or a git worktree of an earlier commit), ROUNDS times, and
// prints the best time as JSON. Both sides of a comparison run through this same harness.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [dir, rounds = '3', grammar = 'on'] = process.argv.slice(2);
async function main(): Promise<void> {
  const root = process.cwd();
  const { lintFile } = (await import(pathToFileURL(resolve(root, 'src/cli/lint.ts')).href)) as typeof import('../src/cli/lint.js');
  const { DEFAULT_CONFIG } = (await import(pathToFileURL(resolve(root, 'src/core/lint/types.ts')).href)) as typeof import('../src/core/lint/types.js');
  if (grammar === 'off') {
    const { setTagger } = (await import(pathToFileURL(resolve(root, 'src/core/lint/grammar/tagger.ts')).href)) as typeof import('../src/core/lint/grammar/tagger.js');
    setTagger(null);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.vprompt')).map((f) => join(dir, f));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const lintAll = () => texts.reduce((n, t, i) => n + lintFile(files[i], t, DEFAULT_CONFIG, {}).diagnostics.length, 0);
  lintAll(); // warm up the JIT, the tries and (when on) the tagger
  let best = Infinity;
  let findings = 0;
  for (let i = 0; i < Number(rounds); i++) {
    const t0 = performance.now();
    findings = lintAll();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  process.stdout.write(JSON.stringify({ seconds: best, findings }));
}

void main();
