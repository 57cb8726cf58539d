// Takes and their comparison in a real VS Code (code-server + Chromium) on the built-in
// simulator: a shot rendered, edited and rendered again, then Render Another Take; Compare
// takes shows the three side by side with the changed words marked and the parameters that
// differ; ★ picks a take (journaled; a pick written by another process shows too); Promote to
// Final renders with the picked take's seed and says which take it promotes.
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Frame, Locator } from 'playwright-core';
import { useVSCode } from './harness/index.js';
import { saveReadmeScreenshot } from './harness/screenshots.js';

const EXTENSION_ID = 'vprompt.vprompt';
const PANEL = 'main#jobs';
const FILE = 'takes.vprompt';
const SHOT_LINE = 7; // "A courier … at night," (1-based)

const TAKES = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
---
# Courier
A courier in a yellow rain jacket cycles through a neon-lit alley at night,
wet cobblestones, low-angle tracking shot, 35mm lens, tense mood.
`;

interface Entry {
  type: string;
  key: string;
  kind?: 'draft' | 'final';
  shotId?: string;
  picked?: boolean;
  body?: Record<string, unknown>;
}

describe('comparing takes in a real VS Code', { timeout: 900_000 }, () => {
  const vscode = useVSCode({
    name: 'takes',
    files: { [FILE]: TAKES },
    settings: { 'vprompt.backend': 'simulator' },
  });
  let panel: Frame;
  /** Take keys, oldest first, as the compare view lists them. */
  let keys: string[] = [];

  const journal = (): Entry[] =>
    readFileSync(vscode().path('renders/.vprompt/journal.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Entry);
  const intentOf = (key: string) => journal().find((e) => e.type === 'intent' && e.key === key)!;
  const section = () => panel.locator('section.shot', { has: panel.locator('h2', { hasText: 'Courier' }) });
  const completedRows = () => section().locator('article.job[data-status="completed"]');
  const take = (n: number): Locator => panel.locator(`#compare article.take[data-take-number="${n}"]`);

  async function renderAndWait(command: string, completed: number): Promise<void> {
    const { workbench: wb } = vscode();
    await wb.goToLine(SHOT_LINE);
    await wb.runCommand(command);
    panel = await wb.waitForWebview(PANEL);
    await wb.waitFor(`${completed} completed take(s) of Courier in the panel`, async () => (await completedRows().count()) === completed, { timeout: 120_000 });
  }

  it('a shot rendered, edited and rendered again, then Render Another Take: three takes', async () => {
    const { workbench: wb } = vscode();
    await wb.openFile(FILE);
    await vscode().waitForExtensionActivated(EXTENSION_ID);
    await renderAndWait('VPrompt: Render Draft', 1);

    // Edit the shot as a user does: select "night" and type "dawn", save, render again.
    const line = TAKES.split('\n')[SHOT_LINE - 1];
    await wb.goToLine(SHOT_LINE, line.indexOf('night') + 1);
    await wb.page.keyboard.press('Control+Shift+ArrowRight');
    await wb.page.keyboard.type('dawn');
    await wb.save();
    assert.match((await wb.readEditorText()).split('\n')[SHOT_LINE - 1], /alley at dawn,$/);
    await renderAndWait('VPrompt: Render Draft', 2);

    // The same text again, on purpose: another take (a new seed).
    await renderAndWait('VPrompt: Render Another Take', 3);
    const drafts = journal().filter((e) => e.type === 'intent' && e.shotId === 'Courier');
    assert.equal(drafts.length, 3);
    assert.equal(new Set(drafts.map((d) => d.body!.seed)).size, 3, 'three seeds');
  });

  it('Compare takes shows them side by side: clip, number, date, model, seed, status, prompt diff, differing parameters', async () => {
    const { workbench: wb } = vscode();
    await section().locator('article.job').first().getByRole('button', { name: 'Compare takes' }).click();
    await wb.waitFor('three takes in the compare view', async () => (await panel.locator('#compare article.take').count()) === 3);
    assert.equal(await panel.locator(PANEL).isHidden(), true, 'the comparison covers the list');
    keys = await panel.locator('#compare article.take').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.takeKey!));
    assert.deepEqual(
      keys,
      journal()
        .filter((e) => e.type === 'intent' && e.shotId === 'Courier')
        .map((e) => e.key),
      'oldest first',
    );

    // Side by side: one row, left to right.
    const boxes = await Promise.all([1, 2, 3].map(async (n) => (await take(n).boundingBox())!));
    assert.ok(boxes.every((b) => Math.abs(b.y - boxes[0].y) < 2), JSON.stringify(boxes));
    assert.ok(boxes[0].x < boxes[1].x && boxes[1].x < boxes[2].x, JSON.stringify(boxes));

    for (const n of [1, 2, 3]) {
      const t = take(n);
      const seed = String(intentOf(keys[n - 1]).body!.seed);
      await wb.waitFor(`take ${n}'s clip to load`, async () => (await t.locator('video').evaluate((v: HTMLVideoElement) => v.readyState).catch(() => 0)) >= 1, { timeout: 30_000 });
      assert.equal(await t.locator('.take-title').innerText(), `Take ${n}`);
      assert.equal(await t.locator('.take-meta .seed').innerText(), seed);
      assert.equal(await t.locator('.take-meta .model').innerText(), 'bytedance/seedance-2.0-fast/text-to-video');
      assert.match(await t.locator('.take-meta').innerText(), /Date\s+\S+/);
      assert.match(await t.locator('.take-status').innerText(), /Completed/);
      assert.equal(await t.getByRole('button', { name: `Pick take ${n}` }).getAttribute('aria-pressed'), 'false');
    }

    // Take 2 against take 1: "night" deleted, "dawn" inserted, nothing else; the seed differs.
    const diff2 = take(2).locator('.prompt-diff');
    assert.deepEqual(await diff2.locator('del').allInnerTexts(), ['night']);
    assert.deepEqual(await diff2.locator('ins').allInnerTexts(), ['dawn']);
    assert.match(await take(2).locator('.diff-summary').innerText(), /vs take 1: \+1 −1 words/);
    const seed2 = take(2).locator('.param-diff li[data-param="seed"]');
    assert.equal(await seed2.locator('del').innerText(), String(intentOf(keys[0]).body!.seed));
    assert.equal(await seed2.locator('ins').innerText(), String(intentOf(keys[1]).body!.seed));
    assert.deepEqual(await take(2).locator('.param-diff li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.param)), ['seed']);
    // Take 3 asked for the same words as take 2: no marks, only the seed differs.
    assert.equal(await take(3).locator('.prompt-diff ins, .prompt-diff del').count(), 0);
    assert.match(await take(3).locator('.diff-summary').innerText(), /same as take 2/);
    assert.deepEqual(await take(3).locator('.param-diff li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.param)), ['seed']);
    // The first take is the baseline: its prompt as sent, unmarked.
    assert.equal(await take(1).locator('.prompt-diff ins, .prompt-diff del').count(), 0);
    assert.match(await take(1).locator('.prompt-diff').innerText(), /alley at night/);
  });

  it('★ picks a take: the view shows it, the journal has it; a pick from another process shows too', async () => {
    const { workbench: wb } = vscode();
    await take(2).getByRole('button', { name: 'Pick take 2' }).click();
    await wb.waitFor('take 2 to show picked', async () => (await take(2).getAttribute('data-picked')) === 'true');
    assert.equal(await take(2).getByRole('button', { name: 'Unpick take 2' }).getAttribute('aria-pressed'), 'true');
    assert.match(await take(2).locator('.take-status').innerText(), /★ picked/);
    assert.deepEqual(
      journal()
        .filter((e) => e.type === 'picked')
        .map((e) => [e.key, e.picked]),
      [[keys[1], true]],
    );

    // Diff against the picked take: take 1 and take 3 are compared with take 2.
    await panel.getByRole('radio', { name: '★ picked take' }).check();
    await wb.waitFor('take 1 diffed against the picked take', async () => /vs take 2 \(★ picked\)/.test(await take(1).locator('.diff-summary').innerText()));
    assert.deepEqual(await take(1).locator('.prompt-diff ins').allInnerTexts(), ['night']);
    assert.deepEqual(await take(1).locator('.prompt-diff del').allInnerTexts(), ['dawn']);
    await panel.getByRole('radio', { name: 'previous take' }).check();

    // The picture for the README: the panel's group maximized, so the three takes fit side by side.
    await wb.runCommand('View: Focus Right Editor Group', { id: 'workbench.action.focusRightGroup' });
    await wb.runCommand('View: Toggle Maximize Editor Group', { id: 'workbench.action.toggleMaximizeEditorGroup' });
    await wb.runCommand('View: Toggle Primary Side Bar Visibility', { id: 'workbench.action.toggleSidebarVisibility' });
    await wb.waitFor('the three takes to fit side by side', async () => {
      const row = (await panel.locator('#compare .takes').boundingBox())!;
      const last = (await take(3).boundingBox())!;
      return last.x + last.width <= row.x + row.width + 1;
    });
    await wb.moveMouseAway();
    await saveReadmeScreenshot(wb, 'compare-takes', 'three takes of a shot compared, one picked');
    await wb.runCommand('View: Toggle Primary Side Bar Visibility', { id: 'workbench.action.toggleSidebarVisibility' });
    await wb.runCommand('View: Toggle Maximize Editor Group', { id: 'workbench.action.toggleMaximizeEditorGroup' });
    await wb.waitFor('the editor and the panel side by side again', async () => (await wb.page.locator('.editor-group-container').count()) === 2 && (await wb.page.locator('.editor-group-container').first().isVisible()));

    // Another process (a CLI, another window) picks take 3: it writes what RenderSession.pick writes.
    const at = Date.now();
    appendFileSync(
      vscode().path('renders/.vprompt/journal.jsonl'),
      `${JSON.stringify({ type: 'picked', key: keys[1], at, picked: false })}\n${JSON.stringify({ type: 'picked', key: keys[2], at, picked: true })}\n`,
    );
    await wb.waitFor('the pick made elsewhere to show', async () => (await take(3).getAttribute('data-picked')) === 'true' && (await take(2).getAttribute('data-picked')) === 'false', { timeout: 30_000 });

    // And back to take 2, here.
    await take(2).getByRole('button', { name: 'Pick take 2' }).click();
    await wb.waitFor('take 2 to show picked again', async () => (await take(2).getAttribute('data-picked')) === 'true' && (await take(3).getAttribute('data-picked')) === 'false');
    const picks = journal().filter((e) => e.type === 'picked');
    assert.deepEqual(picks.slice(-2).map((e) => [e.key, e.picked]), [
      [keys[2], false],
      [keys[1], true],
    ]);
  });

  it('Promote to Final from another take uses the picked take\'s seed and says which take it promotes', async () => {
    const { workbench: wb } = vscode();
    await panel.getByRole('button', { name: 'Back to all renders' }).click();
    await wb.waitFor('the list to come back', async () => (await panel.locator(PANEL).isVisible()) && (await panel.locator('#compare').isHidden()));
    // Click Promote on take 1 (not the picked one): the row says it promotes ★ take 2.
    const row1 = section().locator(`article.job[data-job-key="${keys[0]}"]`);
    assert.match(await row1.innerText(), /take 1/);
    const promote = row1.getByRole('button', { name: /^Promote ★ take 2 to Final/ });
    await wb.waitFor('take 1\'s row to offer promoting the picked take', async () => (await promote.count()) === 1);
    await promote.click();

    const pickedSeed = intentOf(keys[1]).body!.seed as number;
    assert.notEqual(pickedSeed, intentOf(keys[0]).body!.seed);
    const dialog = wb.page.locator('.monaco-dialog-box');
    await wb.waitFor('the final\'s confirmation', async () => (await dialog.count()) > 0);
    const text = await dialog.innerText();
    assert.match(text, /Render a final on the simulator/);
    assert.ok(text.includes(`Promotes take 2 of "Courier", the picked (★) take, with its seed ${pickedSeed}.`), text);
    await dialog.getByRole('button', { name: 'Render Final' }).click();

    await wb.waitFor('the final to complete', async () => (await section().locator('article.job[data-status="completed"] .kind-final').count()) === 1, { timeout: 180_000 });
    const finals = journal().filter((e) => e.type === 'intent' && e.kind === 'final' && e.shotId === 'Courier');
    assert.equal(finals.length, 1);
    assert.equal(finals[0].body!.seed, pickedSeed, 'the final was sent with the picked take\'s seed');
    assert.equal(finals[0].body!.prompt, intentOf(keys[1]).body!.prompt);
  });
});
