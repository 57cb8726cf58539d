// The extension host killed (SIGKILL) in the middle of a render batch, in a real VS Code: two
// jobs are being polled and a third submit has reached the API without an answer. After the
// host restarts, the two polled jobs resume and finish with no second
// submit, and the unanswered one is shown as outcome-unknown (check before resubmitting),
// never silently resubmitted. The simulator runs in this test process so it outlives the host.
// VS Code restarts the host itself; the panel (which closed with it) is opened again.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startDefaultSimulator } from '../../src/sim/defaults.js';
import type { RunningSimulator } from '../../src/sim/server.js';
import { useVSCode } from './harness/index.js';

const KEY = 'sk-e2e-crash-0123456789';
const FILE = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
---
# Harbour
A red fishing boat with peeling paint rocking gently in a small stone harbour at dawn,
soft pink light on calm water, slow aerial orbit, peaceful mood.

# Market
A fruit seller in a straw hat stacking oranges on a wooden cart in a busy street market,
bright midday sun and striped awnings, handheld medium shot, cheerful mood.

# Lantern
A paper lantern drifting up into a starry night sky over a quiet mountain lake, marker-slow,
warm candle glow against deep blue, static wide shot, calm mood.
`;

/** Pids of the descendants of `pid` (from /proc), with their command lines. */
function descendants(pid: number): Array<{ pid: number; cmd: string }> {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const out: Array<{ pid: number; cmd: string }> = [];
  const walk = (p: number) => {
    for (const [child, pp] of parent) {
      if (pp !== p) continue;
      let cmd = '';
      try {
        cmd = readFileSync(`/proc/${child}/cmdline`, 'utf8').replace(/\0/g, ' ');
      } catch {
        /* gone */
      }
      out.push({ pid: child, cmd });
      walk(child);
    }
  };
  walk(pid);
  return out;
}

let sim: RunningSimulator;

describe('the extension host killed mid-batch', { timeout: 600_000 }, () => {
  before(async () => {
    sim = await startDefaultSimulator({
      apiKeys: [KEY],
      // Long enough that the kill lands while two jobs are being polled.
      renderMs: () => 12_000,
      // The third submit reaches the API and is answered only after the host is gone.
      faults: [{ kind: 'slow', promptIncludes: 'marker-slow', delayMs: 6_000 }],
    });
  });
  after(async () => {
    await sim?.close();
  });

  const vscode = useVSCode({
    name: 'crash',
    files: { 'batch.vprompt': FILE },
    settings: { 'vprompt.backend': 'atlas' },
    machineSettings: {
      get 'vprompt.apiBaseUrl'() {
        return sim.url;
      },
    },
    // The key from the environment (the fallback to secret storage).
    env: { ATLASCLOUD_API_KEY: KEY },
  });

  it('resumes the polled jobs with no second submit and reports the unanswered one as outcome-unknown', async () => {
    const { workbench: wb } = vscode();
    await wb.openFile('batch.vprompt');
    await vscode().waitForExtensionActivated('vprompt.vprompt');

    const ready = new Promise<void>((resolve) => {
      const check = () => {
        if (sim.stats.created >= 2 && sim.stats.submits >= 3) {
          sim.events.off('created', check);
          sim.events.off('submit', check);
          resolve();
        }
      };
      sim.events.on('created', check);
      sim.events.on('submit', check);
    });
    await wb.runCommand('VPrompt: Render All Drafts');
    await ready;
    // Two answers journaled (those jobs are now being polled); the third submit is still held.
    const journal = () => readFileSync(vscode().path('renders/.vprompt/journal.jsonl'), 'utf8');
    await wb.waitFor('two submits journaled', () => journal().match(/"type":"submitted"/g)?.length === 2);
    const host = descendants(vscode().codeServer.process.pid!).find((p) => p.cmd.includes('--type=extensionHost'));
    assert.ok(host, 'the extension host process');
    process.kill(host.pid, 'SIGKILL');
    assert.equal(journal().match(/"type":"intent"/g)?.length, 3, 'three intents journaled before the kill');

    // VS Code restarts the extension host by itself; vprompt activates again (the file is open)
    // and picks the journal's jobs up in the background. The panel went with the old host.
    await wb.waitFor('a new extension host', () => descendants(vscode().codeServer.process.pid!).some((p) => p.cmd.includes('--type=extensionHost') && p.pid !== host.pid), { timeout: 60_000 });
    await wb.runCommand('VPrompt: Show Render Panel');
    // Frames come and go while the orphaned panel is closed: look the rows up afresh each time.
    const row = async (shot: string) => {
      for (const f of wb.webviewFrames()) {
        if (f.isDetached()) continue;
        const r = f.locator('section.shot', { has: f.locator('h2', { hasText: shot }) }).locator('article.job').first();
        if ((await r.count().catch(() => 0)) > 0) return r;
      }
      return undefined;
    };
    const status = async (shot: string) => (await row(shot))?.getAttribute('data-status').catch(() => null);
    await wb.waitFor('Harbour and Market to complete after the restart', async () => (await status('Harbour')) === 'completed' && (await status('Market')) === 'completed', { timeout: 120_000 });
    await wb.waitFor('Lantern to show as outcome-unknown', async () => (await status('Lantern')) === 'outcome-unknown');
    const lantern = (await row('Lantern'))!;
    assert.match(await lantern.innerText(), /Check your Atlas dashboard before resubmitting/);
    assert.equal(await lantern.getByRole('button', { name: 'Retry' }).count(), 0, 'no retry for a job that may exist');

    assert.equal(sim.stats.submits, 3, 'no submit was sent twice');
    assert.equal(sim.stats.created, 3, 'the unanswered submit did create a job: it is reported, not resubmitted');
    for (const shot of ['Harbour', 'Market']) {
      assert.equal(readdirSync(vscode().path(`renders/batch/${shot}`)).filter((f) => f.endsWith('.mp4')).length, 1, shot);
    }
    assert.equal(await wb.page.locator('.tab', { hasText: 'VPrompt Renders' }).count(), 1, 'one render panel');
    await wb.screenshot('after-crash');
  });
});
