// Reads vprompt's settings and the project's .vpromptrc.json for a document. The rc file wins
// over settings for the same rule; a broken rc file is shown as a diagnostic on that file.
import * as vscode from 'vscode';
import { parseConfig, RC_FILE } from '../core/config/rc.js';
import { DEFAULT_CONFIG, type LintConfig, type LintDiagnostic, type RuleId, type RuleLevel } from '../core/lint/types.js';

export interface DocumentConfig {
  config: LintConfig;
  rcUri?: vscode.Uri;
  rcProblems: LintDiagnostic[];
}

const rcCache = new Map<string, { text: string; parsed: ReturnType<typeof parseConfig> }>();

async function readRc(uri: vscode.Uri): Promise<{ text: string; parsed: ReturnType<typeof parseConfig> } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  const text = new TextDecoder().decode(bytes);
  const hit = rcCache.get(uri.toString());
  if (hit && hit.text === text) return hit;
  const entry = { text, parsed: parseConfig(text, vscode.workspace.asRelativePath(uri)) };
  rcCache.set(uri.toString(), entry);
  return entry;
}

/** The nearest .vpromptrc.json from the document's folder up to its workspace folder. */
export async function findRc(doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder || doc.uri.scheme === 'untitled') return undefined;
  let dir = vscode.Uri.joinPath(doc.uri, '..');
  for (let i = 0; i < 32; i++) {
    const candidate = vscode.Uri.joinPath(dir, RC_FILE);
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // not here; go up
    }
    if (dir.path === folder.uri.path || dir.path.length <= folder.uri.path.length) return undefined;
    dir = vscode.Uri.joinPath(dir, '..');
  }
  return undefined;
}

export async function configFor(doc: vscode.TextDocument): Promise<DocumentConfig> {
  const settings = vscode.workspace.getConfiguration('vprompt', doc.uri);
  const fromSettings = settings.get<Partial<Record<RuleId, RuleLevel>>>('rules') ?? {};
  const rcUri = await findRc(doc);
  const rc = rcUri ? await readRc(rcUri) : undefined;
  // Keep the config object stable when nothing is merged: rule tries are cached per config object.
  const base = rc?.parsed.config ?? DEFAULT_CONFIG;
  return {
    config: Object.keys(fromSettings).length === 0 ? base : { ...base, rules: { ...fromSettings, ...base.rules } },
    rcUri,
    rcProblems: rc?.parsed.problems ?? [],
  };
}

export function forgetRc(uri: vscode.Uri): void {
  rcCache.delete(uri.toString());
}
