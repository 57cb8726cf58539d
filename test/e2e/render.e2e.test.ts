// Rendering as a user meets it in a real VS Code (code-server + Chromium) on the built-in
// simulator: Render Draft from the command palette, the panel lists the job through to
// completed, the MP4 plays in the webview; a job the service fails with 1039 shows its
// category and advice; after a window reload the panel and its jobs come back.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Frame } from 'playwright-core';
import { useVSCode } from './harness/index.js';
import { saveReadmeScreenshot } from './harness/screenshots.js';

const EXTENSION_ID = 'vprompt.vprompt';
const PANEL = 'main#jobs';

// A clean shot the simulated service fails anyway (moderation, error_code 1039): what a
// provider's filter does to prompts no linter flags.
const LIGHTHOUSE = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
---
# Lighthouse
A weathered lighthouse keeper in a yellow oilskin climbing a spiral iron staircase,
late afternoon sun through salt-streaked windows, slow crane shot upward, calm mood.
`;

async function jobRow(frame: Frame, shot: string) {
  return frame.locator('section.shot', { has: frame.locator('h2', { hasText: shot }) }).locator('article.job').first();
}

describe('rendering in a real VS Code', { timeout: 600_000 }, () => {
  const vscode = useVSCode({
    name: 'render',
    files: { 'lighthouse.vprompt': LIGHTHOUSE },
    settings: {
      'vprompt.backend': 'simulator',
      'vprompt.simulator.faults': [{ kind: 'fail-1039', promptIncludes: 'lighthouse keeper' }],
    },
  });
  let panel: Frame;

  it('VPrompt: Render Draft from the command palette lists the job through to completed', async () => {
    const { workbench: wb } = vscode();
    await wb.openFile('city.vprompt');
    await vscode().waitForExtensionActivated(EXTENSION_ID);
    await wb.goToLine(11); // inside shot "Arrival"
    await wb.runCommand('VPrompt: Render Draft');

    panel = await wb.waitForWebview(PANEL);
    const row = await jobRow(panel, 'Arrival');
    await wb.waitFor('the Arrival job to show in the panel', async () => (await row.count()) > 0);
    // The panel opened beside the editor without taking focus: typing still goes to city.vprompt.
    const focused = wb.page.locator('.editor-group-container.active .tab.active');
    assert.equal(await focused.getAttribute('data-resource-name'), 'city.vprompt');
    assert.equal(await wb.page.locator('.editor-group-container.active .monaco-editor.focused').count(), 1, 'the text editor keeps focus');
    await wb.waitFor('the Arrival job to complete', async () => (await row.getAttribute('data-status')) === 'completed', { timeout: 120_000 });
    const text = await row.innerText();
    assert.match(text, /Completed/);
    assert.match(text, /Draft · Fast/);
    assert.match(text, /bytedance\/seedance-2\.0-fast\/text-to-video/);
    assert.match(text, /Prediction/);
    assert.match(text, /≈\$\d+\.\d\d/);

    // The clip is on disk, in the render folder, as the journal says.
    const dir = vscode().path('renders/city/Arrival');
    await wb.waitFor('the draft MP4 in renders/city/Arrival', async () => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.mp4')));
    const journal = readFileSync(vscode().path('renders/.vprompt/journal.jsonl'), 'utf8');
    assert.match(journal, /"type":"submitted"/);
    assert.doesNotMatch(journal, /vprompt-simulator/, 'no key in the journal');
  });

  it('the draft plays in the panel: readyState >= 2 and currentTime advancing', async () => {
    const { workbench: wb } = vscode();
    const video = panel.locator('section.shot', { has: panel.locator('h2', { hasText: 'Arrival' }) }).locator('video').first();
    await wb.waitFor('a <video> for the Arrival draft', async () => (await video.count()) > 0);
    // Replay, as a user would: the tile's button restarts and plays the clip.
    await panel.locator('section.shot', { has: panel.locator('h2', { hasText: 'Arrival' }) }).getByRole('button', { name: 'Replay' }).first().click();
    await wb.waitFor('the video to have data (readyState >= 2)', async () => (await video.evaluate((v: HTMLVideoElement) => v.readyState)) >= 2, { timeout: 30_000 });
    const t0 = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    await wb
      .waitFor('currentTime to advance', async () => (await video.evaluate((v: HTMLVideoElement) => v.currentTime)) > t0 + 0.2 || false, { timeout: 30_000 })
      .catch(async (e: Error) => {
        const tile = panel.locator('figure.clip').first();
        const state = await video.evaluate((v: HTMLVideoElement) => ({ t: v.currentTime, paused: v.paused, readyState: v.readyState, networkState: v.networkState, error: v.error?.message }));
        throw new Error(`${e.message}\nvideo: ${JSON.stringify(state)}, play(): ${(await tile.getAttribute('data-play-error')) ?? 'resolved or pending'}`);
      });
    const info = await video.evaluate((v: HTMLVideoElement) => ({ w: v.videoWidth, h: v.videoHeight, d: v.duration, error: v.error?.code }));
    assert.equal(info.error, undefined);
    assert.deepEqual([info.w, info.h], [1280, 720]);
    assert.ok(Math.abs(info.d - 5) < 0.5, `duration ${info.d}`);
    await wb.moveMouseAway();
    await saveReadmeScreenshot(wb, 'render-panel', 'the panel with a playing preview');
  });

  it('a job failed with 1039 shows the category, the API error and what to do', async () => {
    const { workbench: wb } = vscode();
    await wb.openFile('lighthouse.vprompt');
    await wb.goToLine(7);
    await wb.runCommand('VPrompt: Render Draft');
    // Opening the file may have hidden the panel (same editor group); the render reveals it
    // again in a fresh frame.
    panel = await wb.waitForWebview(PANEL);
    const row = await jobRow(panel, 'Lighthouse');
    await wb.waitFor('the Lighthouse job to fail', async () => (await row.count()) > 0 && (await row.getAttribute('data-status')) === 'failed', { timeout: 120_000 });
    const card = row.locator('.error-card');
    const text = await card.innerText();
    assert.match(text, /Content policy/);
    assert.match(text, /code 1039/);
    assert.match(text, /The API said:/);
    assert.match(text, /Fix the prompt\./);
    assert.match(text, /Reword the shot/);
    // A failed job created nothing to bill twice: retry is offered.
    assert.equal(await row.getByRole('button', { name: 'Retry' }).count(), 1);
    await wb.runCommand('Notifications: Clear All Notifications');
    await wb.moveMouseAway();
    await saveReadmeScreenshot(wb, 'error-card', 'an error card for a job failed with 1039');
  });

  it('after Reload Window the panel and its jobs come back', async () => {
    const { workbench: wb } = vscode();
    await wb.reloadWindow();
    panel = await wb.waitForWebview(PANEL, 90_000);
    const arrival = await jobRow(panel, 'Arrival');
    const lighthouse = await jobRow(panel, 'Lighthouse');
    await wb.waitFor('the jobs to come back from the journal', async () => (await arrival.count()) > 0 && (await lighthouse.count()) > 0, { timeout: 60_000 });
    assert.equal(await arrival.getAttribute('data-status'), 'completed');
    assert.equal(await lighthouse.getAttribute('data-status'), 'failed');
    const video = panel.locator('section.shot', { has: panel.locator('h2', { hasText: 'Arrival' }) }).locator('video').first();
    await wb.waitFor('the restored preview to load', async () => (await video.evaluate((v: HTMLVideoElement) => v.readyState).catch(() => 0)) >= 1, { timeout: 30_000 });
    // Exactly one panel: the serializer restored it, nothing opened a second one.
    assert.equal(await wb.page.locator('.tab', { hasText: 'VPrompt Renders' }).count(), 1);
  });
});
