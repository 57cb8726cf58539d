// One render folder, several owners, in a real VS Code (code-server + Chromium) against a
// simulator this test runs on 127.0.0.1 as the "Atlas" API:
// - the editor renders a file while a `vprompt render` process renders the same file: one job
//   per shot at the server, and the CLI and the panel show the same clips;
// - settings and the key change while a batch renders: the session is reconfigured in place
//   (no second engine: nothing is recovered as "never sent", no sent job is offered a Retry),
//   and the new key is used from the next request, without a reload.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDefaultSimulator } from '../../src/sim/defaults.js';
import { replay } from '../../src/core/render/journal.js';
import { repoRoot, useVSCode } from './harness/index.js';
import { cli, finished } from '../support/cliProcess.js';

const KEY_ONE = 'key-one-1111';
const KEY_TWO = 'key-two-2222';
const PANEL = 'main#jobs';

const TWO = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
---
# Harbor
A fishing boat with a red hull leaving a stone harbor at dawn, gulls circling, soft pink
light, slow aerial pull back, calm mood.

# Market
A fruit seller in a striped apron stacking oranges at a busy street market at noon, bright
sun, handheld medium shot, cheerful mood.
`;

const THREE = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
---
# Kite
A girl in a blue raincoat flying a yellow kite on a windy beach in the afternoon, low sun,
wide tracking shot, joyful mood.

# Train
An old steam train crossing a stone viaduct in a green valley at sunset, golden light,
aerial orbit shot, nostalgic mood.

# Lantern
A paper lantern drifting over a dark lake at night, warm glow on the water, slow tilt up,
quiet mood.
`;

interface JobJson {
  shot: string;
  status: string;
  predictionId: string | null;
  outputs: string[];
  reused: string | null;
}

/** The built CLI (what `npx vprompt` runs), as a user in a terminal beside the editor would. */
const cliRender = (cwd: string, env: Record<string, string>, file: string) => finished(cli(['render', file, '--all', '--format', 'json'], cwd, env, join(repoRoot, 'bin', 'vprompt.js')));

describe('one render folder, several owners, in a real VS Code', { timeout: 600_000 }, () => {
  let sim: Awaited<ReturnType<typeof startDefaultSimulator>>;
  before(async () => {
    // Renders take a few real seconds, so both owners are at work at once.
    sim = await startDefaultSimulator({ apiKeys: [KEY_ONE, KEY_TWO], renderMs: () => 6000 });
  });
  after(async () => {
    await sim?.close();
  });

  const vscode = useVSCode({
    name: 'sessions',
    settings: { 'vprompt.backend': 'atlas' },
    machineSettings: {
      get 'vprompt.apiBaseUrl'() {
        return sim.url;
      },
    },
    env: { ATLASCLOUD_API_KEY: KEY_ONE },
    files: { 'two.vprompt': TWO, 'three.vprompt': THREE },
  });

  it('Render All Drafts while a CLI renders the same file: one job per shot; both show the same clips', async () => {
    const session = vscode();
    const { workbench: wb } = session;
    await wb.openFile('two.vprompt');
    await session.waitForExtensionActivated('vprompt.vprompt');
    const created = sim.stats.created;
    const cli = cliRender(session.workspaceDir, { ATLASCLOUD_API_KEY: KEY_ONE, VPROMPT_API_BASE: sim.url }, 'two.vprompt');
    // The CLI's first submit is on its way: the editor now asks for the same two shots.
    await wb.waitFor('the CLI to submit', async () => sim.stats.submits > 0, { timeout: 60_000 });
    await wb.runCommand('VPrompt: Render All Drafts');
    const panel = await wb.waitForWebview(PANEL);
    const r = await cli;
    assert.equal(r.code, 0, r.err);
    const jobs = (JSON.parse(r.out) as { jobs: JobJson[] }).jobs;
    assert.deepEqual(jobs.map((j) => j.status), ['completed', 'completed']);
    for (const shot of ['Harbor', 'Market']) {
      const section = panel.locator('section.shot', { has: panel.locator('h2', { hasText: shot }) });
      const row = section.locator('article.job').first();
      await wb.waitFor(`the ${shot} job to complete in the panel`, async () => (await row.getAttribute('data-status')) === 'completed', { timeout: 120_000 });
      const cliJob = jobs.find((j) => j.shot === shot)!;
      const clip = cliJob.outputs[0].split('/').pop()!;
      assert.match(clip, /^pred_\w+-0\.mp4$/);
      const text = await row.innerText();
      assert.ok(text.includes(cliJob.predictionId!), `${shot}: the panel shows the CLI's prediction ${cliJob.predictionId}`);
      const video = section.locator('figure.clip video');
      await wb.waitFor(`the ${shot} clip tile`, async () => (await video.count()) > 0);
      const srcs = await video.evaluateAll((vs) => vs.map((v) => (v as HTMLVideoElement).getAttribute('src') ?? ''));
      assert.ok(srcs.some((s) => s.includes(clip)), `${shot}: the panel plays the same file ${clip} (${srcs.join(', ')})`);
    }
    assert.equal(sim.stats.created - created, 2, 'one job per shot across the editor and the CLI');
    const journal = replay(readFileSync(session.path('renders/.vprompt/journal.jsonl'), 'utf8'));
    const intents = [...journal.jobs.values()].filter((j) => j.intent.file === 'two.vprompt');
    assert.equal(intents.length, 2, 'one intent per shot in the shared journal');
  });

  it('settings and the key changed mid-batch: one session goes on, nothing is resent or offered a Retry, the new key is used without a reload', async () => {
    const session = vscode();
    const { workbench: wb, page } = session;
    await wb.openFile('three.vprompt');
    const before = sim.stats.created;
    await wb.runCommand('VPrompt: Render All Drafts');
    const panel = await wb.waitForWebview(PANEL);
    await wb.waitFor('the batch to be submitted', async () => sim.stats.created - before >= 1, { timeout: 60_000 });

    // Mid-batch: the max wait and the per-model limits change in the user settings file…
    const settingsFile = join(session.userDataDir, 'User', 'settings.json');
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(settingsFile, JSON.stringify({ ...settings, 'vprompt.maxWaitSeconds': 1200, 'vprompt.limits': { 'bytedance/seedance-2.0-fast/text-to-video': { concurrency: 2 } } }, null, 2));
    // …and the key is replaced through VPrompt: Set API Key.
    const keyTwoBefore = sim.stats.keys[`…${KEY_TWO.slice(-4)}`] ?? 0;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('>VPrompt: Set API Key');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'VPrompt: Set API Key' }).first().click();
    await wb.waitFor('the key input box', async () => (await page.locator('.quick-input-widget', { hasText: 'Atlas Cloud API key' }).count()) > 0);
    await input.fill(KEY_TWO);
    await page.keyboard.press('Enter');
    await wb.waitForNotification(/API key saved/);
    const checked = (sim.stats.keys[`…${KEY_TWO.slice(-4)}`] ?? 0) - keyTwoBefore; // the key check itself

    for (const shot of ['Kite', 'Train', 'Lantern']) {
      const row = panel.locator('section.shot', { has: panel.locator('h2', { hasText: shot }) }).locator('article.job').first();
      await wb.waitFor(`the ${shot} job to complete`, async () => (await row.getAttribute('data-status')) === 'completed', { timeout: 120_000 });
    }
    assert.equal(sim.stats.created - before, 3, 'three shots, three jobs: nothing sent twice');
    assert.ok((sim.stats.keys[`…${KEY_TWO.slice(-4)}`] ?? 0) - keyTwoBefore > checked, 'polls and downloads after the change carried the new key');
    const journal = replay(readFileSync(session.path('renders/.vprompt/journal.jsonl'), 'utf8'));
    const mine = [...journal.jobs.values()].filter((j) => j.intent.file === 'three.vprompt');
    assert.equal(mine.length, 3);
    for (const j of mine) {
      assert.equal(j.state, 'downloaded', `${j.intent.shot}: ${j.state} ${j.error?.message ?? ''}`);
      assert.notEqual(j.error?.code, 'cancelled', 'no queued intent was closed as never sent by a second engine');
    }
    assert.equal(await panel.getByRole('button', { name: 'Retry' }).count(), 0, 'no sent job is offered as safe to retry');
  });
});
