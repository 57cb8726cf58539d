// Test-only extension for the e2e suite (see index.ts next to it): what a test cannot reach
// through the workbench's DOM, asked of the real `vscode` API in the real extension host.
//
// "vprompt probe: Apply Code Action" reads .vprompt-probe/request.json from the workspace,
//   { "id": "rename", "file": "dupes.vprompt", "rule": "format/duplicate-shot",
//     "title": "Rename to \"A 2\"", "kind": "source.fixAll.vprompt" (optional) }
// waits for a diagnostic of that rule on the file, asks `vscode.executeCodeActionProvider` for
// the code actions at its range (of that kind, if given), applies the one with that title,
// waits for the rule's diagnostics to clear, and writes everything it saw to
// .vprompt-probe/result-<id>.json (written last, so its presence means the probe is done).
'use strict';
const vscode = require('vscode');

const codeOf = (d) => (typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? ''));

/** Resolves with the diagnostics of `uri` once `ok` holds for them; rejects after `timeoutMs`. */
function diagnosticsWhere(uri, ok, what, timeoutMs) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = vscode.languages.getDiagnostics(uri);
      if (!ok(d)) return;
      done();
      resolve(d);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; have: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(codeOf))}`));
    }, timeoutMs);
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

const plain = (d) => ({ code: codeOf(d), message: d.message, severity: d.severity, source: d.source, line: d.range.start.line, character: d.range.start.character, endCharacter: d.range.end.character });

async function applyCodeAction() {
  const root = vscode.workspace.workspaceFolders[0].uri;
  const dir = vscode.Uri.joinPath(root, '.vprompt-probe');
  const result = {};
  let id = 'unknown';
  try {
    const request = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, 'request.json'))).toString('utf8'));
    result.request = request;
    id = String(request.id);
    const uri = vscode.Uri.joinPath(root, request.file);
    const doc = await vscode.workspace.openTextDocument(uri);
    const of = (ds) => ds.filter((d) => codeOf(d) === request.rule);
    const before = of(await diagnosticsWhere(uri, (ds) => of(ds).length > 0, `a ${request.rule} diagnostic`, 30_000));
    result.before = before.map(plain);
    const target = before[0];
    const actions = request.kind
      ? await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, target.range, request.kind)
      : await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, target.range);
    result.offered = actions.map((a) => ({ title: a.title, kind: a.kind && a.kind.value, isPreferred: Boolean(a.isPreferred) }));
    const action = actions.find((a) => a.title === request.title);
    if (!action) throw new Error(`no code action titled ${JSON.stringify(request.title)}`);
    if (!action.edit) throw new Error(`code action ${JSON.stringify(request.title)} has no edit`);
    result.applied = await vscode.workspace.applyEdit(action.edit);
    result.after = (await diagnosticsWhere(uri, (ds) => of(ds).length === 0, `the ${request.rule} diagnostics to clear`, 30_000)).map(plain);
    result.text = doc.getText();
  } catch (e) {
    result.error = String((e && e.stack) || e);
  }
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, `result-${id}.json`), Buffer.from(JSON.stringify(result, null, 2)));
}

exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('vpromptProbe.applyCodeAction', applyCodeAction));
};
exports.deactivate = () => undefined;
