// The one message protocol between the render panel's webview and the extension host. Both
// sides import these types; nothing else crosses the boundary, and what crosses is the panel's
// own DTOs (dto.ts), never the core's records or views. Strings here may come from a prompt, a
// file name or the API: the webview renders every one of them as text.
import type { CompareDto, JobDto, PanelStateDto } from './dto.js';

export type { ClipDto, CompareDto, ErrorDto, JobDto, JobStatus, ParamValue, TakeDto, TakeRef } from './dto.js';
export type PanelState = PanelStateDto;

/** Host → webview. */
export type HostMessage =
  | { type: 'state'; state: PanelStateDto }
  | { type: 'job'; job: JobDto }
  | { type: 'spend'; spendToday: number }
  /** The takes of the shot the page asked to compare, sent again whenever one of them changes. */
  | { type: 'compare'; compare: CompareDto };

/** What a button on a job or clip asks for. */
export type JobAction = 'copy-id' | 'promote' | 'retry' | 'cancel' | 'open-shot' | 'compare';
export type ClipAction = 'reveal' | 'open-external';

/** Webview → host. */
export type PanelMessage =
  | { type: 'ready' }
  | { type: 'job-action'; action: JobAction; key: string }
  | { type: 'clip-action'; action: ClipAction; key: string; index: number }
  /** ★: pick this take of its shot (its other takes are unpicked), or unpick it. */
  | { type: 'pick'; key: string; picked: boolean }
  /** The page left the comparison: stop sending it. */
  | { type: 'close-compare' }
  | { type: 'open-log' };

const JOB_ACTIONS: readonly string[] = ['copy-id', 'promote', 'retry', 'cancel', 'open-shot', 'compare'];
const CLIP_ACTIONS: readonly string[] = ['reveal', 'open-external'];

/** Job keys are short ids the host made; anything else is not one of ours. */
function isKey(k: unknown): k is string {
  return typeof k === 'string' && k.length > 0 && k.length <= 200;
}

/** The host checks every message: a webview is a page, and a page is not trusted input. */
export function parsePanelMessage(raw: unknown): PanelMessage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'open-log':
    case 'close-compare':
      return { type: m.type };
    case 'job-action':
      return isKey(m.key) && JOB_ACTIONS.includes(String(m.action)) ? { type: 'job-action', action: m.action as JobAction, key: m.key } : undefined;
    case 'clip-action':
      return isKey(m.key) && Number.isInteger(m.index) && (m.index as number) >= 0 && CLIP_ACTIONS.includes(String(m.action))
        ? { type: 'clip-action', action: m.action as ClipAction, key: m.key, index: m.index as number }
        : undefined;
    case 'pick':
      return isKey(m.key) && typeof m.picked === 'boolean' ? { type: 'pick', key: m.key, picked: m.picked } : undefined;
    default:
      return undefined;
  }
}
