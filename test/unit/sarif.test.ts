// vprompt's SARIF must load in GitHub code scanning: validated with Microsoft's SARIF
// multitool, including its GitHub Advanced Security ingestion rules (GHxxxx).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { toSarif } from '../../src/cli/report/sarif.js';
import type { FileReport } from '../../src/cli/lint.js';
import { lintText } from '../../src/core/lint/engine.js';

const require = createRequire(__filename);

function multitool(): string {
  const pkg = require.resolve('@microsoft/sarif-multitool-linux/package.json');
  return join(dirname(pkg), 'Sarif.Multitool');
}

function reportFor(path: string, text: string): FileReport {
  return { path, shots: [], diagnostics: lintText(text).diagnostics };
}

test('SARIF output passes the SARIF and GitHub ingestion validators with no errors', () => {
  const reports = [
    reportFor('examples/city.vprompt', '---\nmodle: x\n---\n# Arrival\na person walking\n# Empty\n'),
    reportFor('shots/b.vprompt', '# One\nA fox trots across a snowy field at dawn, wide shot, serene.\n'),
  ];
  const log = toSarif(reports);
  assert.ok(log.runs[0].results!.length >= 3);
  const dir = mkdtempSync(join(tmpdir(), 'vprompt-sarif-'));
  const file = join(dir, 'vprompt.sarif');
  const out = join(dir, 'validation.sarif');
  writeFileSync(file, JSON.stringify(log));
  const tool = multitool();
  assert.ok(existsSync(tool), 'the SARIF multitool is installed (devDependency)');
  const r = spawnSync(tool, ['validate', '--rule-kind', 'Ghas;Sarif', '-o', out, file], {
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const validation = JSON.parse(readFileSync(out, 'utf8'));
  const findings = validation.runs[0].results as Array<{ ruleId: string; level?: string; message: { id?: string; arguments?: string[] } }>;
  const errors = findings.filter((f) => f.level === 'error' || f.ruleId.startsWith('GH'));
  assert.deepEqual(errors.map((f) => `${f.ruleId} ${f.message.id} ${(f.message.arguments ?? []).join(' ')}`), []);
});

test('regions are 1-based and every result names a described rule', () => {
  const log = toSarif([reportFor('a.vprompt', '# Arrival\na person walking\n')]);
  const run = log.runs[0];
  for (const r of run.results!) {
    assert.equal(run.tool.driver.rules![r.ruleIndex!].id, r.ruleId);
    const region = r.locations![0].physicalLocation!.region!;
    assert.ok(region.startLine! >= 1 && region.startColumn! >= 1);
  }
  const vague = run.results!.find((r) => r.ruleId === 'structure/vague' && r.level === 'note')!;
  assert.deepEqual(vague.locations![0].physicalLocation!.region, { startLine: 2, startColumn: 1, endLine: 2, endColumn: 9 });
});
