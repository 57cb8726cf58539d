// The render session's ports on Node: files under the render folder, undici for HTTP, the
// system clock, proper-lockfile for the folder lock, and the built-in simulator loaded only
// when the simulator backend is used (it brings the MP4 writer). The CLI and the editor both
// build their sessions through here.
import { checkClip } from './checkClip.js';
import { systemClock } from '../core/render/clock.js';
import type { CrashHooks } from './crashPoints.js';
import { openRenderSession, type SessionPorts, type SessionSettings, type RenderSession } from '../core/render/renderSession.js';
import type { FaultRule } from '../sim/faults.js';
import { diskClipFiles } from './clipFiles.js';
import { diskReferenceFiles } from './referenceFiles.js';
import { FileJournalStore, FileKeyValueStore, appendLine } from './fileStores.js';
import { openFolderLock } from './folderLock.js';
import { undiciTransport } from './undiciTransport.js';

export interface NodePortOptions {
  /** Simulator options for the simulator backend. */
  simulator?: { faults?: FaultRule[]; renderSeconds?: number };
  crash?: CrashHooks;
  log?: SessionPorts['log'];
  onLockCompromised?: (message: string) => void;
}

export function nodeSessionPorts(o: NodePortOptions = {}): SessionPorts {
  return {
    transport: undiciTransport,
    download: undiciTransport,
    clock: systemClock,
    random: Math.random,
    files: {
      lines: (path) => new FileJournalStore(path),
      kv: (path) => new FileKeyValueStore(path),
      appendLine,
      clips: diskClipFiles,
      references: diskReferenceFiles,
    },
    lock: (stateDir) => openFolderLock(stateDir, { onCompromised: o.onLockCompromised }),
    startSimulator: async () => {
      const { startDefaultSimulator, SIMULATOR_KEY } = await import('../sim/defaults.js');
      const seconds = o.simulator?.renderSeconds;
      const running = await startDefaultSimulator({ faults: o.simulator?.faults ?? [], ...(seconds ? { renderMs: () => seconds * 1000 } : {}) });
      return { url: running.url, apiKey: SIMULATOR_KEY, close: () => running.close() };
    },
    checkClip,
    crashAt: o.crash?.crashAt,
    openSink: o.crash?.openSink,
    log: o.log,
  };
}

/** The one way the CLI and the editor open a render folder's session. */
export function openNodeSession(settings: SessionSettings, o: NodePortOptions = {}): Promise<RenderSession> {
  return openRenderSession(settings, nodeSessionPorts(o));
}
