// Lint diagnostics and quick fixes as a user meets them in a real VS Code (code-server): open an
// example, read the Problems panel, fix findings with Ctrl+., watch them go away.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatProblems, repoRoot, useVSCode, type Problem } from './harness/index.js';
import { saveReadmeScreenshot } from './harness/screenshots.js';

const EXTENSION_ID = 'vprompt.vprompt';
// The example that shows typical problems (examples/problems.vprompt, with examples/.vpromptrc.json).
const FILE = 'problems.vprompt';

/** What `vprompt lint --format json` (the same core, from the CLI bundle) reports for a file. */
function cliFindings(path: string): string[] {
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'lint', '--format', 'json', path], { encoding: 'utf8' });
  assert.ok(r.stdout.trim().startsWith('{'), `vprompt lint --format json printed JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  const report = JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ rule: string; severity: string; line: number; column: number }> }> };
  return report.files
    .flatMap((f) => f.diagnostics)
    .filter((d) => d.severity !== 'hint') // VS Code keeps hints out of the Problems panel
    .map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)
    .sort();
}

const key = (p: Problem) => `${p.line}:${p.column} ${p.severity} ${p.code}`;

describe('lint in a real VS Code', { timeout: 600_000 }, () => {
  const vscode = useVSCode({ name: 'lint' }); // workspace: a copy of examples/

  it('lists the findings of examples/problems.vprompt in the Problems panel', async () => {
    const { workbench: wb } = vscode();
    await wb.openFile(FILE);
    await vscode().waitForExtensionActivated(EXTENSION_ID);

    // Shot "Alley" (line 7) has subject, action and environment but no camera language.
    const alley = await wb.waitForProblem({ file: FILE, code: 'structure/missing-camera', line: 7 });
    assert.equal(alley.severity, 'warning');
    assert.match(alley.message, /Shot "Alley" has no camera/);
    assert.equal(alley.source, 'vprompt');

    // Shot "Standoff" (line 11): a shooting is blocked outright, visible blood is a warning.
    const shooting = await wb.waitForProblem({ file: FILE, code: 'safety/visual', message: /"shoots the guard"/ });
    assert.deepEqual([shooting.line, shooting.severity], [11, 'error']);
    const blood = await wb.waitForProblem({ file: FILE, code: 'safety/visual', message: /"blood"/ });
    assert.deepEqual([blood.line, blood.severity], [11, 'warning']);

    // Shot "Thin" misses camera language too: one finding per shot, each on its own heading.
    await wb.waitForProblem({ file: FILE, code: 'structure/missing-camera', line: 13 });

    await wb.moveMouseAway();
    await wb.screenshot('problems-panel');
  });

  it('the Problems panel shows exactly what `vprompt lint` reports', async () => {
    const { workbench: wb } = vscode();
    const expected = cliFindings(vscode().path(FILE));
    assert.ok(expected.length > 0);
    // Same core, same .vpromptrc.json: wait for the panel to settle on the CLI's list.
    let shown: string[] = [];
    const settled = await wb
      .waitFor('the Problems panel to list what the CLI reports', async () => {
        shown = (await wb.readProblems()).filter((p) => p.file.endsWith(FILE)).map(key).sort();
        return JSON.stringify(shown) === JSON.stringify(expected);
      })
      .catch(() => false);
    assert.deepEqual(shown, expected, settled ? undefined : 'the Problems panel never matched the CLI (diff below)');
  });

  it('"Add camera: line" (Ctrl+.) fixes shot "Alley" and leaves shot "Thin" flagged', async () => {
    const { workbench: wb } = vscode();
    const offered = await wb.applyQuickFix({ file: FILE, code: 'structure/missing-camera', message: /"Alley"/ }, 'Add camera: line');
    assert.ok(offered.includes('Add camera: line'), `offered: ${offered.join(' | ')}`);

    await wb.waitForNoProblem({ file: FILE, code: 'structure/missing-camera', message: /"Alley"/ });
    await wb.moveMouseAway();
    await wb.screenshot('after-camera-fix');
    const text = await wb.readEditorText();
    const cameraLine = text.split('\n').findIndex((l) => /^camera: \S/.test(l));
    assert.ok(cameraLine > text.split('\n').indexOf('# Alley'), `a camera line inside shot "Alley":\n${text}`);
    assert.ok(cameraLine < text.split('\n').indexOf('# Standoff'), `a camera line inside shot "Alley":\n${text}`);
    // The fix is a snippet: the editor inserts the first choice fitted to the shot (a courier in
    // an alley: a street scene), not a fixed sample and not the snippet's own syntax.
    assert.equal(text.split('\n')[cameraLine], 'camera: medium tracking shot, 35mm, cinematic and tense');
    await wb.page.keyboard.press('Escape'); // leave snippet mode before the next test types

    const left = await wb.readProblems();
    assert.ok(left.some((p) => p.code === 'structure/missing-camera' && /"Thin"/.test(p.message)), formatProblems(left));
  });

  it('a rewording quick fix from .vpromptrc.json replaces "blood" and clears that finding only', async () => {
    const { workbench: wb } = vscode();
    // examples/.vpromptrc.json adds the project's own rewording for "blood".
    const title = 'Replace "blood" with "theatrical red paint"';
    // Open the Quick Fix menu once for the README's picture, then pick the fix from it.
    await wb.goToProblem({ file: FILE, code: 'safety/visual', message: /"blood"/ });
    await wb.openQuickFixMenu();
    await saveReadmeScreenshot(wb, 'quick-fix', 'diagnostics with a quick fix');
    await wb.page.keyboard.press('Escape');
    const offered = await wb.applyQuickFixAtCursor(title);
    assert.ok(offered.includes(title), `offered: ${offered.join(' | ')}`);

    await wb.waitForNoProblem({ file: FILE, code: 'safety/visual', message: /"blood"/ });
    const text = await wb.readEditorText();
    assert.match(text, /theatrical red paint on the floor/);
    assert.doesNotMatch(text, /\bblood\b/);
    // The blocked shooting is a different finding: still there.
    await wb.waitForProblem({ file: FILE, code: 'safety/visual', message: /"shoots the guard"/ });
  });
});

describe('a fresh window: the walkthrough and the ▶ Draft lens', { timeout: 300_000 }, () => {
  const vscode = useVSCode({ name: 'walkthrough' });

  it('is listed and shows its four steps; its first button makes a prompt file', async () => {
    const { workbench: wb, page } = vscode();
    await wb.openFile('city.vprompt');
    await vscode().waitForExtensionActivated(EXTENSION_ID);
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input').fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Open Walkthrough' }).first().click();
    const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with vprompt' });
    await wb.waitFor('the walkthrough in the list', async () => (await pick.count()) > 0);
    await pick.first().click();
    for (const step of ['Write a shot', 'Fix a lint problem', 'Render a draft on the simulator', 'Set your API key']) {
      await wb.waitFor(`the step "${step}"`, async () => (await page.locator('.getting-started-step', { hasText: step }).count()) > 0);
    }
    await page.locator('.getting-started-step', { hasText: 'Write a shot' }).first().click();
    await page.getByRole('button', { name: 'Create a Prompt File' }).first().click();
    await wb.waitFor('a new untitled .vprompt editor with a shot', async () => /# First shot/.test(await wb.readEditorText().catch(() => '')));
    await wb.screenshot('walkthrough');
  });

  it('the ▶ Draft lens renders from a fresh window (render layer not loaded yet): with no key it offers a key or the simulator', async () => {
    const { workbench: wb, page } = vscode();
    await wb.openFile('city.vprompt');
    const lens = page.locator('.codelens-decoration a', { hasText: '▶ Draft' }).first();
    await wb.waitFor('the ▶ Draft lens', async () => (await lens.count()) > 0);
    await lens.click();
    // The default backend is Atlas and no key is set: the render asks instead of failing.
    const text = await wb.waitForNotification(/No Atlas Cloud API key is set/);
    assert.match(text, /Set one to render on Atlas, or render on the built-in simulator/);
  });
});
