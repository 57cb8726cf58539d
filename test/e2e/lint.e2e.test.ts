// Lint diagnostics and quick fixes as a user meets them in a real VS Code (code-server): open a
// .vprompt file, read the Problems panel, fix a finding with Ctrl+., watch it go away.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblems, useVSCode } from './harness/index.js';

const EXTENSION_ID = 'vprompt.vprompt';

// A test-owned file, so the expectations below don't move when examples/ is edited: shot
// "Alley" has subject, action and environment but no camera language; shot "Duel" is fully
// specified but shows blood, which video models' violence filters often block.
const FIXTURE = 'lint-e2e.vprompt';
const FIXTURE_TEXT = [
  '# Alley', // line 1
  'A woman in a long red wool coat walks briskly through a rain-slicked alley at night,',
  'neon reflections on wet pavement.',
  '',
  '# Duel', // line 5
  'A knight walks slowly through a snowy castle courtyard at dawn, blood on the snow,',
  'wide shot, slow push in, tense mood.',
  '',
].join('\n');

describe('lint in a real VS Code', { timeout: 600_000 }, () => {
  const vscode = useVSCode({ name: 'lint', files: { [FIXTURE]: FIXTURE_TEXT } });

  it('activates on a .vprompt file and lists its findings in the Problems panel', async () => {
    const { workbench: wb } = vscode();
    await wb.openFile(FIXTURE);
    await vscode().waitForExtensionActivated(EXTENSION_ID);

    const camera = await wb.waitForProblem({ file: FIXTURE, code: 'structure/missing-camera' });
    assert.equal(camera.line, 1, 'on the heading of shot "Alley"');
    assert.equal(camera.severity, 'warning');
    assert.match(camera.message, /Alley/);

    const safety = await wb.waitForProblem({ file: FIXTURE, code: 'safety/visual' });
    assert.equal(safety.line, 6, 'on the line that shows blood');
    assert.ok(safety.severity === 'error' || safety.severity === 'warning', `severity ${safety.severity}`);

    // Shot "Duel" names its camera: only "Alley" is missing one.
    const all = await wb.readProblems();
    const missingCamera = all.filter((p) => p.file.endsWith(FIXTURE) && p.code === 'structure/missing-camera');
    assert.deepEqual(missingCamera.map((p) => p.line), [1], formatProblems(all));
    assert.ok(all.every((p) => p.source === '' || /vprompt/i.test(p.source)), `every finding comes from vprompt:\n${formatProblems(all)}`);

    await wb.moveMouseAway();
    await wb.screenshot('problems-panel');
  });

  it('a quick fix (Ctrl+.) adds the camera line and the problem goes away', async () => {
    const { workbench: wb } = vscode();
    const offered = await wb.applyQuickFix({ file: FIXTURE, code: 'structure/missing-camera' }, /^Add camera/);
    assert.ok(offered.some((t) => /^Add camera/.test(t)), `offered: ${offered.join(' | ')}`);

    await wb.waitForNoProblem({ file: FIXTURE, code: 'structure/missing-camera' });
    await wb.moveMouseAway();
    await wb.screenshot('after-quick-fix');
    const text = await wb.readEditorText();
    assert.match(text, /^camera: .+$/m, 'a camera line was inserted');
    assert.ok(text.indexOf('camera:') < text.indexOf('# Duel'), 'inside shot "Alley"');
    // Unrelated findings stay.
    await wb.waitForProblem({ file: FIXTURE, code: 'safety/visual' });
  });

  it('a rewording quick fix replaces the risky term and clears safety/visual', async () => {
    const { workbench: wb } = vscode();
    const reword = /^Replace "blood" with "(.+)"$/;
    const offered = await wb.applyQuickFix({ file: FIXTURE, code: 'safety/visual' }, reword);
    const chosen = offered.find((t) => reword.test(t));
    assert.ok(chosen, `offered: ${offered.join(' | ')}`);
    const replacement = reword.exec(chosen)![1]!;

    await wb.waitForNoProblem({ file: FIXTURE, code: 'safety/visual' });
    const text = await wb.readEditorText();
    assert.ok(text.includes(`${replacement} on the snow`), `"blood" became "${replacement}":\n${text}`);
    assert.ok(!/\bblood\b/.test(text));
  });
});
