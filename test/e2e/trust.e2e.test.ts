// Restricted Mode in a real VS Code: an untrusted folder still gets linting, but rendering is
// off and says why, and nothing is submitted or written to a render folder.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useVSCode } from './harness/index.js';

describe('an untrusted workspace', { timeout: 300_000 }, () => {
  const vscode = useVSCode({
    name: 'trust',
    workspaceTrust: 'restricted',
    // Even a workspace asking for the simulator cannot turn rendering on.
    files: { '.vscode/settings.json': JSON.stringify({ 'vprompt.backend': 'simulator' }) },
  });

  it('lints, and refuses to render with the reason', async () => {
    const { workbench: wb } = vscode();
    await wb.openFile('problems.vprompt');
    await vscode().waitForExtensionActivated('vprompt.vprompt');
    await wb.waitForProblem({ file: 'problems.vprompt', code: 'safety/visual' });

    await wb.openFile('city.vprompt');
    await wb.goToLine(11);
    await wb.runCommand('VPrompt: Render Draft');
    const text = await wb.waitForNotification(/Rendering is off in Restricted Mode/);
    assert.match(text, /untrusted workspace must not be able to spend your API credit/);
    assert.equal(existsSync(vscode().path('renders')), false, 'no render folder, no journal: nothing was submitted');
  });
});
