#!/usr/bin/env node
// `npm run audit`: the packages that actually ship inside the extension bundles (from
// esbuild's metafile, with their installed versions), then `npm audit` of the production
// dependencies at high severity. Exit 0 only when the audit ran and found no high or
// critical advisory; when the advisory service cannot be reached, it says so and exits 3
// (unknown is not clean).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const shipped = new Map();
for (const [entry, external] of [
  ['src/extension.ts', ['vscode', './render.js', './nlp.js']],
  ['src/render/index.ts', ['vscode', './nlp.js']],
  ['src/core/lint/grammar/nlp.ts', []],
]) {
  const r = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', external, write: false, metafile: true, logLevel: 'silent', outfile: 'out.js' });
  for (const input of Object.keys(r.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m || shipped.has(m[1])) continue;
    const { version } = JSON.parse(readFileSync(join('node_modules', m[1], 'package.json'), 'utf8'));
    shipped.set(m[1], version);
  }
}
console.log('Packages bundled into the extension:');
for (const [name, version] of [...shipped].sort()) console.log(`  ${name}@${version}`);

const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
if (!report || report.error || !report.metadata) {
  // Say what failed without echoing the endpoint's address.
  const why = report?.statusCode ? `the advisory endpoint answered HTTP ${report.statusCode}` : report?.error?.code ? `npm error ${report.error.code}` : 'no answer';
  console.error(`\nnpm audit could not run here: ${why}\nThe advisory service is not reachable from this machine; run \`npm run audit\` where it is.`);
  process.exit(3);
}
const v = report.metadata.vulnerabilities;
console.log(`\nnpm audit (production dependencies): critical ${v.critical}, high ${v.high}, moderate ${v.moderate}, low ${v.low}`);
for (const [name, info] of Object.entries(report.vulnerabilities ?? {})) {
  if (['high', 'critical'].includes(info.severity)) console.log(`  ${info.severity}: ${name} ${info.range}${shipped.has(name) ? ' (bundled)' : ''}`);
}
process.exit(v.critical + v.high > 0 ? 1 : 0);
