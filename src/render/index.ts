// The render bundle's entry (dist/render.js), loaded by src/render/lazy.ts the first time a
// render command runs or VS Code restores the render panel: builds the service, the panel, the
// status bar item, the log channel and the CodeLens hook, and answers the commands. The
// backend (and the simulator) start on the first render or when a restored panel needs them.
import * as vscode from 'vscode';
import type { VpCodeLens } from '../language/codeLens.js';
import type { LintService } from '../language/lintService.js';
import { RenderPanel } from '../panel/renderPanel.js';
import { ApiKeyStore } from './apiKey.js';
import { RenderCommands } from './commands.js';
import type { CommandId } from './ids.js';
import { RenderService } from './renderService.js';
import { affectsRender } from './settings.js';
import { RenderStatusBar } from './statusBar.js';

export interface Rendering {
  run(id: CommandId, args: unknown[]): unknown;
  restorePanel(panel: vscode.WebviewPanel): Promise<void>;
  /** Starts the engine (which resumes the journal's unfinished jobs); quiet when it cannot. */
  resumeUnfinished(): Promise<void>;
}

export function registerRendering(context: vscode.ExtensionContext, lint: LintService, lens: VpCodeLens): Rendering {
  // A LogOutputChannel: levels, timestamps, and it never pops open by itself.
  const log = vscode.window.createOutputChannel('VPrompt Renders', { log: true });
  const keys = new ApiKeyStore(context.secrets);
  const service = new RenderService(keys, log);
  let panel: RenderPanel | undefined;
  const commands = new RenderCommands({ service, lint, keys, log, panel: () => panel! });
  panel = new RenderPanel(context.extensionUri, service, {
    promote: async (key) => {
      const v = service.viewOf(key);
      if (v) await commands.promote(v);
    },
    retry: async (key) => {
      const v = service.viewOf(key);
      if (v) await commands.retry(v);
    },
    openShot: async (key) => {
      const v = service.viewOf(key);
      if (v) await commands.openShot(v);
    },
    pick: (key, picked) => commands.pick(key, picked),
    openLog: () => log.show(true),
  });
  lens.setResults({
    lastByShot: (uri) => service.lastByShot(uri),
    takeSummary: (uri, shot) => service.takeSummary(uri, shot),
    onDidChange: service.onDidChangeJob,
  });
  context.subscriptions.push(
    log,
    keys,
    service,
    panel,
    new RenderStatusBar(service),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The open session takes the new settings in place, from its next request on.
      if (affectsRender(e)) void service.reconfigure();
    }),
    keys.onDidChange(() => void service.reconfigure()),
  );
  const handlers = commands.handlers();
  return {
    run: (id, args) => handlers[id](...args),
    restorePanel: (p) => panel!.restore(p),
    resumeUnfinished: async () => {
      const r = await service.ensureEngine(false);
      if (!r.ok) log.info(`Not resuming earlier renders now: ${r.message}`);
    },
  };
}
