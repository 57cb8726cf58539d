// The one message protocol between the render panel's webview and the extension host. Both
// sides import these types; nothing else crosses the boundary. Strings here may come from a
// prompt, a file name or the API: the webview renders every one of them as text.
import type { JobView } from '../core/render/session.js';

export interface ClipDto {
  /** A webview URI the <video> can load (inside the render folder). */
  src: string;
  /** The file name, for the tile's caption. */
  name: string;
  index: number;
}

export type JobDto = Omit<JobView, 'outputs'> & { clips: ClipDto[] };

export interface PanelState {
  jobs: JobDto[];
  /** Today's estimated spend, in USD. */
  spendToday: number;
  budgetUsd?: number;
  backend: { kind: 'atlas' | 'simulator'; label: string };
  /** Rendering is off in an untrusted workspace; the panel says why. */
  renderingEnabled: boolean;
  disabledReason?: string;
}

/** Host → webview. */
export type HostMessage =
  | { type: 'state'; state: PanelState }
  | { type: 'job'; job: JobDto }
  | { type: 'spend'; spendToday: number };

/** What a button on a job or clip asks for. */
export type JobAction = 'copy-id' | 'promote' | 'retry' | 'cancel' | 'open-shot';
export type ClipAction = 'reveal' | 'open-external';

/** Webview → host. */
export type PanelMessage =
  | { type: 'ready' }
  | { type: 'job-action'; action: JobAction; key: string }
  | { type: 'clip-action'; action: ClipAction; key: string; index: number }
  | { type: 'open-log' };

const JOB_ACTIONS: readonly string[] = ['copy-id', 'promote', 'retry', 'cancel', 'open-shot'];
const CLIP_ACTIONS: readonly string[] = ['reveal', 'open-external'];

/** The host checks every message: a webview is a page, and a page is not trusted input. */
export function parsePanelMessage(raw: unknown): PanelMessage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'open-log':
      return { type: m.type };
    case 'job-action':
      return typeof m.key === 'string' && JOB_ACTIONS.includes(String(m.action)) ? { type: 'job-action', action: m.action as JobAction, key: m.key } : undefined;
    case 'clip-action':
      return typeof m.key === 'string' && Number.isInteger(m.index) && CLIP_ACTIONS.includes(String(m.action))
        ? { type: 'clip-action', action: m.action as ClipAction, key: m.key, index: m.index as number }
        : undefined;
    default:
      return undefined;
  }
}
