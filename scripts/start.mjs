// `npm start`: the main job on the built-in simulator — lint every example, then render the
// clean ones as drafts (no key needed, nothing billed) into renders/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/cli.js')) {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit', env: { ...process.env, ATLASCLOUD_API_KEY: '', VPROMPT_API_BASE: '' } });

console.log('1/2  vprompt lint examples/  (problems.vprompt has deliberate problems)\n');
const lint = cli('lint', 'examples/');
if (lint.status === 2) process.exit(2);

console.log('\n2/2  vprompt render --all on the built-in simulator (drafts, Fast tier)\n');
let failed = 0;
for (const file of ['examples/city.vprompt', 'examples/product.vprompt']) {
  const r = cli('render', file, '--all', '--out', 'renders');
  if (r.status !== 0) failed++;
}
console.log(`\nDone. Clips are in renders/ (real MP4s you can play); the journal and logs in renders/.vprompt/.`);
console.log('Open examples/ in VS Code with the extension for quick fixes and cost lenses.');
process.exit(failed ? 1 : 0);
