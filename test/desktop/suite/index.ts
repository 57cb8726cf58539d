// In-host suite for the desktop launcher (../runTest.ts): runs inside VS Code's extension host
// with the real `vscode` API. @vscode/test-electron calls run(); a rejection fails the run.
// Kept to what the API can observe directly (diagnostics, code actions); what a user sees in the
// workbench is covered by test/e2e.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'vprompt.vprompt';

/** Resolves when `uri` has diagnostics that satisfy `ok`, or rejects after `timeoutMs`. */
function waitForDiagnostics(uri: vscode.Uri, ok: (d: readonly vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (ok(d)) {
        done();
        resolve(d);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for diagnostics on ${uri.fsPath}; have: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.code))}`));
    }, timeoutMs);
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

const tests: Array<[string, () => Promise<void>]> = [
  [
    'the extension activates on a .vprompt file',
    async () => {
      const files = await vscode.workspace.findFiles('**/*.vprompt');
      assert.ok(files.length > 0, 'examples/ has .vprompt files');
      const doc = await vscode.workspace.openTextDocument(files[0]!);
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'vprompt');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      await ext.activate();
      assert.ok(ext.isActive);
    },
  ],
  [
    'every example gets lint diagnostics with vprompt rule ids, and fixes are offered',
    async () => {
      const files = await vscode.workspace.findFiles('**/*.vprompt');
      let sawAny = false;
      for (const uri of files) {
        await vscode.workspace.openTextDocument(uri);
        // A clean example legitimately has none: give each file a bounded chance to report.
        const diags = await waitForDiagnostics(uri, (d) => d.length > 0, 5_000).catch(() => [] as readonly vscode.Diagnostic[]);
        for (const d of diags) {
          assert.match(codeOf(d), /^[a-z]+\/[a-z0-9-]+$/, `rule id of "${d.message}"`);
          sawAny = true;
          const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
          assert.ok(Array.isArray(actions));
        }
      }
      assert.ok(sawAny, 'at least one example has a lint finding');
    },
  ],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, fn] of tests) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (err) {
      console.log(`not ok - ${name}\n  ${String(err instanceof Error ? err.stack : err).replace(/\n/g, '\n  ')}`);
      failures.push(name);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} desktop test(s) failed: ${failures.join('; ')}`);
}
