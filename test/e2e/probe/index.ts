// The e2e probe (extension.js here): a test-only extension installed next to vprompt, for what
// only the `vscode` API can observe, such as what `vscode.executeCodeActionProvider` returns.
// It is packed into a .vsix here (no build step: plain JavaScript) and installed into a running
// session.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { installExtension } from '../harness/codeServer.js';
import { cacheDir } from '../harness/env.js';
import type { VSCodeSession } from '../harness/index.js';

export const PROBE_ID = 'vprompt-test.e2e-probe';

/** Packs test/e2e/probe into .vscode-test/vsix/e2e-probe.vsix and returns its path. */
export async function packProbe(): Promise<string> {
  const manifest = JSON.parse(readFileSync(join(__dirname, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string; displayName: string; description: string; engines: { vscode: string } };
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension=".json" ContentType="application/json"/><Default Extension=".js" ContentType="application/javascript"/><Default Extension=".vsixmanifest" ContentType="text/xml"/></Types>');
  zip.file(
    'extension.vsixmanifest',
    `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${manifest.name}" Version="${manifest.version}" Publisher="${manifest.publisher}"/>
    <DisplayName>${manifest.displayName}</DisplayName>
    <Description xml:space="preserve">${manifest.description}</Description>
    <Properties><Property Id="Microsoft.VisualStudio.Code.Engine" Value="${manifest.engines.vscode}"/></Properties>
  </Metadata>
  <Installation><InstallationTarget Id="Microsoft.VisualStudio.Code"/></Installation>
  <Dependencies/>
  <Assets><Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true"/></Assets>
</PackageManifest>
`,
  );
  for (const f of ['package.json', 'extension.js']) zip.file(`extension/${f}`, readFileSync(join(__dirname, f)));
  const out = join(cacheDir, 'vsix', 'e2e-probe.vsix');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return out;
}

/**
 * Installs the probe into a running session's extensions folder. The running code-server
 * notices the install and adds the extension without a reload: its command then shows in the
 * palette, which is what applyCodeActionInHost waits for.
 */
export async function installProbe(session: VSCodeSession): Promise<void> {
  const vsix = await packProbe();
  installExtension({ root: dirname(session.userDataDir), userDataDir: session.userDataDir, extensionsDir: session.extensionsDir }, vsix);
}

export interface CodeActionRequest {
  /** Names the result file (result-<id>.json): one per request. */
  id: string;
  /** Workspace-relative path of the file. */
  file: string;
  /** The rule whose first diagnostic's range is asked for code actions. */
  rule: string;
  /** Title of the action to apply. */
  title: string;
  /** Only actions of this kind (e.g. source.fixAll.vprompt), as the third argument. */
  kind?: string;
}

export interface PlainDiagnostic {
  code: string;
  message: string;
  /** vscode.DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  source?: string;
  line: number;
  character: number;
  endCharacter: number;
}

export interface CodeActionResult {
  request: CodeActionRequest;
  /** The rule's diagnostics before (the action was asked for at the first one's range). */
  before: PlainDiagnostic[];
  /** What vscode.executeCodeActionProvider returned there. */
  offered: Array<{ title: string; kind?: string; isPreferred: boolean }>;
  /** What workspace.applyEdit returned for the chosen action's edit. */
  applied: boolean;
  /** The file's diagnostics once none of the rule's were left. */
  after: PlainDiagnostic[];
  /** The document's text after the edit (unsaved). */
  text: string;
}

/**
 * Runs "vprompt probe: Apply Code Action" from the command palette for `request` and returns
 * what the probe saw. Fails with the probe's own error if it could not do it.
 */
export async function applyCodeActionInHost(session: VSCodeSession, request: CodeActionRequest): Promise<CodeActionResult> {
  mkdirSync(session.path('.vprompt-probe'), { recursive: true });
  const resultFile = session.path(`.vprompt-probe/result-${request.id}.json`);
  rmSync(resultFile, { force: true });
  writeFileSync(session.path('.vprompt-probe/request.json'), JSON.stringify(request));
  await session.workbench.runCommand('vprompt probe: Apply Code Action');
  const result = await session.workbench.waitFor(
    `the probe to write ${resultFile}`,
    () => existsSync(resultFile) && (JSON.parse(readFileSync(resultFile, 'utf8')) as CodeActionResult & { error?: string }),
    { timeout: 90_000 },
  );
  if (result.error) throw new Error(`the probe failed on ${JSON.stringify(request)}:\n${result.error}\nwhat it saw: ${JSON.stringify({ ...result, error: undefined }, null, 2)}`);
  return result;
}
