// Code actions as the `vscode` API returns them in a real VS Code (code-server). The e2e probe
// extension (probe/) calls `vscode.executeCodeActionProvider` in the extension host and applies
// the action a test names; the test also reads the Problems panel and the editor as a user does.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { formatProblems, useVSCode } from './harness/index.js';
import { applyCodeActionInHost, installProbe } from './probe/index.js';

const EXTENSION_ID = 'vprompt.vprompt';
const FM = '---\nmodel: bytedance/seedance-2.0-fast/text-to-video\n---\n';
const BODY = 'A courier in a yellow rain jacket cycles through a neon-lit alley at night, low-angle tracking shot, 35mm, tense.';
// Two "# A" (lines 4 and 10, 1-based) and three "# C".
const DUPES = `${FM}# A\n${BODY}\n\n# B\n${BODY}\n\n# A\n${BODY}\n`;
const TRIPLE = `${FM}# C\n${BODY}\n\n# C\n${BODY}\n\n# C\n${BODY}\n`;
const ERROR = 0; // vscode.DiagnosticSeverity.Error

describe('code actions through vscode.executeCodeActionProvider', { timeout: 400_000 }, () => {
  const vscode = useVSCode({ name: 'code-actions', files: { 'dupes.vprompt': DUPES, 'triple.vprompt': TRIPLE } });

  before(async () => {
    const session = vscode();
    await session.workbench.openFile('dupes.vprompt');
    await session.waitForExtensionActivated(EXTENSION_ID);
    await installProbe(session);
  }, { timeout: 180_000 });

  it('two "# A" headings: format/duplicate-shot on the second; "Rename to "A 2"" clears it', async () => {
    const session = vscode();
    const { workbench: wb } = session;
    const shown = await wb.waitForProblem({ file: 'dupes.vprompt', code: 'format/duplicate-shot' });
    assert.deepEqual([shown.line, shown.column, shown.severity], [10, 3, 'error']);
    assert.match(shown.message, /already named "A" \(line 4\)/);

    const r = await applyCodeActionInHost(session, { id: 'rename', file: 'dupes.vprompt', rule: 'format/duplicate-shot', title: 'Rename to "A 2"' });
    assert.deepEqual(
      r.before.map((d) => [d.line, d.character, d.endCharacter, d.severity, d.source]),
      [[9, 2, 3, ERROR, 'vprompt']],
      'one finding, on the second heading\'s text',
    );
    const rename = r.offered.find((a) => a.title === 'Rename to "A 2"');
    assert.deepEqual(rename, { title: 'Rename to "A 2"', kind: 'quickfix', isPreferred: true }, JSON.stringify(r.offered));
    assert.ok(r.offered.some((a) => a.title === 'Disable format/duplicate-shot for this line'), JSON.stringify(r.offered));
    assert.equal(r.applied, true);
    assert.deepEqual(r.text.split('\n').filter((l) => l.startsWith('#')), ['# A', '# B', '# A 2']);
    assert.deepEqual(r.after.filter((d) => d.code === 'format/duplicate-shot'), []);

    // What the user sees: the finding leaves the Problems panel and the editor has the new name.
    await wb.waitForNoProblem({ file: 'dupes.vprompt', code: 'format/duplicate-shot' });
    const text = await wb.readEditorText();
    assert.equal(text.split('\n')[9], '# A 2', text);
    const left = (await wb.readProblems()).filter((p) => p.file.endsWith('dupes.vprompt'));
    assert.ok(!left.some((p) => p.code === 'format/duplicate-shot'), formatProblems(left));
  });

  it('three "# C": the fix-all source action renames both duplicates, each to its own name', async () => {
    const session = vscode();
    await session.workbench.openFile('triple.vprompt');
    const r = await applyCodeActionInHost(session, {
      id: 'fix-all',
      file: 'triple.vprompt',
      rule: 'format/duplicate-shot',
      title: 'Fix all auto-fixable vprompt problems',
      kind: 'source.fixAll.vprompt',
    });
    assert.deepEqual(r.before.map((d) => d.line), [6, 9]);
    assert.deepEqual(r.offered.map((a) => [a.title, a.kind]), [['Fix all auto-fixable vprompt problems', 'source.fixAll.vprompt']]);
    assert.equal(r.applied, true);
    assert.deepEqual(r.text.split('\n').filter((l) => l.startsWith('#')), ['# C', '# C 2', '# C 3']);
    await session.workbench.waitForNoProblem({ file: 'triple.vprompt', code: 'format/duplicate-shot' });
  });
});
