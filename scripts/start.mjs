// `npm start`: the main job on the built-in simulator. For now: lint every example with the CLI,
// the same way CI or a user would, and explain what the findings mean.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli.js')) {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log('vprompt demo: linting examples/ (the examples include deliberate problems)\n');
const lint = spawnSync(process.execPath, ['dist/cli.js', 'lint', 'examples/'], { stdio: 'inherit' });
if (lint.status === 2) process.exit(2);
console.log('\nEach finding names its rule (see docs/rules.md). Open examples/ in VS Code with the extension for quick fixes.');
