// `vprompt render` against an API host that does not resolve: the CLI process, as a user runs
// it, reports the host at once instead of retrying for minutes, and submits nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MAIN = resolve('src/cli/main.ts');
// The child runs in a temp folder, so point --import at this repo's tsx explicitly.
const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const SHOT = '---\nmodel: bytedance/seedance-2.0-fast/text-to-video\nduration: 4\nresolution: 480p\n---\n# Fox\nA red fox trots across a snowy field at dawn, wide tracking shot, serene.\n';
const HOST = 'api.vprompt.invalid';

function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((r) => child.on('close', (code) => r({ code, out, err })));
}

test(`--api-base http://${HOST}: the render fails at once, naming the host, and nothing is submitted`, { timeout: 60_000 }, async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'vprompt-render-dns-'));
  writeFileSync(join(cwd, 'fox.vprompt'), SHOT);
  const r = await run(['render', 'fox.vprompt', '--shot', 'Fox', '--format', 'json', '--api-base', `http://${HOST}`], cwd, { ATLASCLOUD_API_KEY: 'test-key-123', VPROMPT_API_BASE: '' });
  assert.equal(r.code, 1, `${r.out}\n${r.err}`);
  const { jobs } = JSON.parse(r.out);
  assert.equal(jobs.length, 1);
  const [job] = jobs;
  assert.equal(job.status, 'failed');
  assert.equal(job.predictionId, null, 'no job was created');
  assert.equal(job.error.category, 'network');
  assert.ok(job.error.message.includes(`Cannot resolve the API host "${HOST}"`), job.error.message);
  assert.match(job.error.message, /--api-base/);
  assert.match(job.error.message, /Nothing was sent\./);
  // The journal has the intent and its failure, never a submitted prediction.
  const journal = join(cwd, 'renders', '.vprompt', 'journal.jsonl');
  assert.ok(existsSync(journal));
  const entries = readFileSync(journal, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string });
  assert.ok(!entries.some((e) => e.type === 'submitted'), JSON.stringify(entries));
  assert.ok(entries.some((e) => e.type === 'submit-failed'), JSON.stringify(entries));
});
