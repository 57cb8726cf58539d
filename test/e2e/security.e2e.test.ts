// Security review, in a real VS Code (code-server + Chromium), against a simulator this test
// runs on 127.0.0.1 with its own secret key:
// - the key, set through VPrompt: Set API Key, renders (one completes, one fails), and then
//   appears in no file of the workspace or render folder, no log, no settings file, no
//   webview message and nowhere in the panel;
// - a shot name, a file name and an API error text carrying HTML and script show as inert text;
// - the panel's CSP blocks inline script, and files outside its resource roots do not load.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Frame } from 'playwright-core';
import { startDefaultSimulator } from '../../src/sim/defaults.js';
import type { RunningSimulator } from '../../src/sim/server.js';
import { useVSCode } from './harness/index.js';

const KEY = `sk-e2e-${randomBytes(12).toString('hex')}`;
const HTML_NAME = '<img src=x onerror="window.__pwned=1"> Lighthouse';
const HTML_FILE = '<svg onload=alert(1)>.vprompt';
const HTML_ERROR = 'Rejected: <img src=x onerror="window.__pwned=2"><script>window.__pwned=3</script><b>bold</b>';

const EVIL = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
---
# ${HTML_NAME}
A weathered lighthouse keeper in a yellow oilskin climbing a spiral iron staircase,
late afternoon sun through salt-streaked windows, slow crane shot upward, calm mood.
`;

/** Every regular file under `dir` (following no symlinks), skipping `skip`. */
function filesUnder(dir: string, skip: (path: string) => boolean = () => false): string[] {
  const out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (skip(p)) continue;
    const st = statSync(p, { throwIfNoEntry: false });
    if (st?.isDirectory()) out.push(...filesUnder(p, skip));
    else if (st?.isFile()) out.push(p);
  }
  return out;
}

let sim: RunningSimulator;
/** A loopback server standing in for an attacker's host: it must never be contacted. */
let evil: { url: string; requests: string[]; close(): Promise<void> };

async function startEvil(): Promise<typeof evil> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} auth=${req.headers.authorization ?? ''}`);
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise((r) => server.close(() => r())) };
}

describe('security in a real VS Code', { timeout: 600_000 }, () => {
  before(async () => {
    evil = await startEvil();
    sim = await startDefaultSimulator({
      apiKeys: [KEY],
      balance: 42,
      faults: [{ kind: 'fail-1039', promptIncludes: 'lighthouse keeper', message: HTML_ERROR }],
    });
  });
  after(async () => {
    await sim?.close();
    await evil?.close();
  });

  const vscode = useVSCode({
    name: 'security',
    settings: { 'vprompt.backend': 'atlas' },
    // vprompt.apiBaseUrl is machine-scoped: only the machine's settings can point the key at
    // an API (getters: the simulator's URL is known once before() has run).
    machineSettings: {
      get 'vprompt.apiBaseUrl'() {
        return sim.url;
      },
    },
    files: {
      [HTML_FILE]: EVIL,
      // The workspace tries to send the key elsewhere: ignored.
      get '.vscode/settings.json'() {
        return JSON.stringify({ 'vprompt.apiBaseUrl': evil.url });
      },
    },
  });
  let panel: Frame;
  const messages: unknown[] = [];

  async function recordMessages(frame: Frame): Promise<void> {
    await frame.evaluate(() => {
      const w = window as unknown as { __msgs?: string[] };
      if (w.__msgs) return;
      w.__msgs = [];
      window.addEventListener('message', (e) => w.__msgs!.push(JSON.stringify(e.data)));
    });
  }

  async function collectMessages(frame: Frame): Promise<void> {
    const got = await frame.evaluate(() => (window as unknown as { __msgs?: string[] }).__msgs ?? []);
    messages.push(...got.map((m) => JSON.parse(m)));
  }

  it('VPrompt: Set API Key checks the key against the API and stores it', async () => {
    const { workbench: wb, page } = vscode();
    await wb.openFile('city.vprompt');
    await vscode().waitForExtensionActivated('vprompt.vprompt');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('>VPrompt: Set API Key');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'VPrompt: Set API Key' }).first().click();
    await wb.waitFor('the key input box', async () => (await page.locator('.quick-input-widget', { hasText: 'Atlas Cloud API key' }).count()) > 0);
    assert.equal(await input.getAttribute('type'), 'password', 'the key is typed into a password box');
    await input.fill(KEY);
    await page.keyboard.press('Enter');
    const note = await wb.waitForNotification(/API key saved/);
    assert.match(note, /Balance: \$42\.00/);
  });

  it('renders with the key: one draft completes, one fails with an API error full of HTML', async () => {
    const { workbench: wb } = vscode();
    await wb.goToLine(11);
    await wb.runCommand('VPrompt: Render Draft');
    panel = await wb.waitForWebview('main#jobs');
    await recordMessages(panel);
    const arrival = panel.locator('article.job[data-status="completed"]');
    await wb.waitFor('the Arrival draft to complete', async () => (await arrival.count()) > 0, { timeout: 120_000 });

    await wb.openFile(HTML_FILE);
    await wb.goToLine(8);
    await wb.runCommand('VPrompt: Render Draft');
    panel = await wb.waitForWebview('main#jobs');
    await recordMessages(panel);
    const failed = panel.locator('article.job[data-status="failed"]');
    await wb.waitFor('the HTML-named job to fail', async () => (await failed.count()) > 0, { timeout: 120_000 });
    await collectMessages(panel);
    assert.ok(messages.length > 0, 'webview messages were recorded');
    assert.ok(sim.stats.submits >= 2);
    assert.deepEqual(evil.requests, [], "the workspace's own apiBaseUrl was never used");
  });

  it('VPrompt: Check Service Health shows reachability, latency, balance and the render-time trend', async () => {
    const { workbench: wb, page } = vscode();
    await wb.runCommand('VPrompt: Check Service Health');
    const dialog = page.locator('.monaco-dialog-box');
    await wb.waitFor('the health dialog', async () => (await dialog.count()) > 0);
    const text = await dialog.innerText();
    assert.match(text, /Atlas Cloud \(127\.0\.0\.1:\d+\): reachable in \d+ ms\./);
    assert.match(text, /Balance: \$4[12]\.\d\d\./); // the simulator charges for renders
    assert.match(text, /Seedance 2\.0 Fast.*: median [\d.]+ s over the last 1 render/);
    await page.keyboard.press('Escape');
    await wb.waitFor('the dialog to close', async () => (await dialog.count()) === 0);
  });

  it('HTML and script in a shot name, a file name and the API error text render as inert text', async () => {
    const card = panel.locator('article.job[data-status="failed"] .error-card');
    assert.equal((await card.locator('q').innerText()).trim(), HTML_ERROR);
    const title = panel.locator('section.shot h2', { hasText: 'Lighthouse' });
    assert.equal((await title.locator('span').first().innerText()).trim(), HTML_NAME);
    assert.equal((await title.locator('.file').innerText()).trim(), HTML_FILE);
    const injected = await panel.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      imgs: document.querySelectorAll('#jobs img').length,
      svgs: document.querySelectorAll('#jobs svg').length,
      bold: document.querySelectorAll('#jobs b').length,
      scripts: document.querySelectorAll('#jobs script').length,
    }));
    assert.deepEqual(injected, { pwned: undefined, imgs: 0, svgs: 0, bold: 0, scripts: 0 });
  });

  it('the CSP blocks inline script, and a file outside the resource roots does not load', async () => {
    const blocked = await panel.evaluate(
      () =>
        new Promise<{ violated: string; ran: boolean }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve({ violated: e.violatedDirective, ran: (window as unknown as { __inline?: number }).__inline === 1 }), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.body.append(s);
        }),
    );
    assert.equal(blocked.ran, false);
    assert.match(blocked.violated, /^script-src/);

    // The clip the panel shows loads; the same URL pointed at a file outside the roots does not.
    const src = await panel.locator('video').first().getAttribute('src');
    assert.ok(src);
    const clip = readdirSync(vscode().path('renders/city/Arrival')).find((f) => f.endsWith('.mp4'))!;
    const clipPath = vscode().path(`renders/city/Arrival/${clip}`);
    const encoded = [clipPath, encodeURI(clipPath), encodeURIComponent(clipPath)].find((p) => src.includes(p));
    assert.ok(encoded, `the webview URL ${src} names the clip's path`);
    const outside = src.replace(encoded, encoded === clipPath ? '/etc/hostname' : encodeURIComponent('/etc/hostname').replace(/%2F/g, encoded.includes('%2F') ? '%2F' : '/'));
    const load = (url: string) =>
      panel.evaluate(
        (u) =>
          new Promise<string>((resolve) => {
            const v = document.createElement('video');
            v.muted = true;
            v.addEventListener('loadeddata', () => resolve('loaded'), { once: true });
            v.addEventListener('error', () => resolve('error'), { once: true });
            v.src = u;
          }),
        url,
      );
    assert.equal(await load(src), 'loaded');
    assert.equal(await load(outside), 'error');
  });

  it('the key is in no file, log, settings file, webview message or panel text', async () => {
    const { page } = vscode();
    const session = vscode();
    const places: Array<[string, string]> = [];
    // SecretStorage's own store (state.vscdb) is where the key belongs; everything else is searched.
    const isSecretStore = (p: string) => /state\.vscdb/.test(p);
    for (const f of [...filesUnder(session.workspaceDir), ...filesUnder(session.userDataDir, isSecretStore)]) {
      places.push([relative(session.workspaceDir, f).startsWith('..') ? f : relative(session.workspaceDir, f), readFileSync(f, 'latin1')]);
    }
    places.push(['webview messages', JSON.stringify(messages)]);
    places.push(['panel DOM', await panel.evaluate(() => document.documentElement.outerHTML)]);
    places.push(['workbench DOM', await page.evaluate(() => document.documentElement.outerHTML)]);
    places.push(['code-server output', session.codeServerLog(100_000)]);
    const journal = places.find(([p]) => p.endsWith('journal.jsonl'));
    assert.ok(journal && journal[1].includes('"type":"submitted"'), 'the render folder state was searched');
    assert.ok(places.some(([p]) => /VPrompt Renders/.test(p)), 'the render log channel was searched');
    const leaks = places.filter(([, text]) => text.includes(KEY)).map(([p]) => p);
    assert.deepEqual(leaks, [], `the key appears in: ${leaks.join(', ')}`);
    assert.ok(places.length > 20, `${places.length} places searched`);
  });
});
