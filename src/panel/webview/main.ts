// The render panel's page. It only draws what the host sends and posts button clicks back, all
// through the typed protocol. Every string from a prompt, a file name or the API goes in with
// textContent, never as HTML. Runs in the webview (a browser), so no Node or vscode imports.
import type { ClipDto, HostMessage, JobDto, PanelMessage, PanelState } from '../protocol.js';

declare function acquireVsCodeApi(): { postMessage(m: PanelMessage): void; getState(): unknown; setState(s: unknown): void };

const vscode = acquireVsCodeApi();
const post = (m: PanelMessage) => vscode.postMessage(m);

let state: PanelState | undefined;
const jobs = new Map<string, JobDto>();

const RUNNING = new Set(['queued', 'submitting', 'rendering', 'downloading']);

const STATUS: Record<string, { icon: string; label: string; tone: string }> = {
  queued: { icon: 'clock', label: 'Queued', tone: 'running' },
  submitting: { icon: 'loading codicon-modifier-spin', label: 'Submitting', tone: 'running' },
  rendering: { icon: 'loading codicon-modifier-spin', label: 'Rendering', tone: 'running' },
  downloading: { icon: 'cloud-download', label: 'Downloading', tone: 'running' },
  completed: { icon: 'pass-filled', label: 'Completed', tone: 'ok' },
  failed: { icon: 'error', label: 'Failed', tone: 'error' },
  'outcome-unknown': { icon: 'question', label: 'Outcome unknown', tone: 'warn' },
  cancelled: { icon: 'circle-slash', label: 'Stopped waiting', tone: 'muted' },
  'not-submitted': { icon: 'circle-slash', label: 'Not submitted', tone: 'error' },
};

const CATEGORY_LABEL: Record<string, string> = {
  auth: 'Authentication',
  quota: 'Quota or balance',
  permission: 'Permission',
  'rate-limit': 'Rate limit',
  'content-policy': 'Content policy',
  'invalid-request': 'Invalid request',
  unavailable: 'Service unavailable',
  'outcome-unknown': 'Outcome unknown',
  region: 'Region',
  expired: 'Expired',
  'output-quality': 'Output check',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function icon(name: string): HTMLSpanElement {
  const s = el('span', `codicon codicon-${name}`);
  s.setAttribute('aria-hidden', 'true');
  return s;
}

function button(label: string, iconName: string, onClick: () => void, cls = 'icon-button'): HTMLButtonElement {
  const b = el('button', cls);
  b.type = 'button';
  b.title = label;
  b.setAttribute('aria-label', label);
  b.append(icon(iconName));
  if (cls.includes('text-button')) b.append(el('span', undefined, label));
  b.addEventListener('click', onClick);
  return b;
}

function usd(n: number | undefined): string {
  return n === undefined ? '' : `$${n.toFixed(2)}`;
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

function elapsed(job: JobDto): string {
  const from = job.submittedAt ?? job.createdAt;
  const to = RUNNING.has(job.status) ? Date.now() : job.updatedAt;
  return seconds(to - from);
}

function jobAction(action: 'copy-id' | 'promote' | 'retry' | 'cancel' | 'open-shot', key: string) {
  return () => post({ type: 'job-action', action, key });
}

function renderError(job: JobDto): HTMLElement | undefined {
  const e = job.error;
  if (!e) return undefined;
  const card = el('div', `error-card tone-${job.status === 'outcome-unknown' || e.category === 'outcome-unknown' ? 'warn' : 'error'}`);
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', 'What went wrong');
  const head = el('div', 'error-head');
  head.append(icon(e.category === 'outcome-unknown' ? 'question' : 'error'), el('strong', 'error-category', CATEGORY_LABEL[e.category] ?? e.category));
  if (e.code !== undefined) head.append(el('span', 'muted error-code', `code ${e.code}`));
  card.append(head);
  card.append(el('p', 'error-message', e.message));
  if (e.apiError) {
    const api = el('p', 'api-error');
    api.append(el('span', 'muted', 'The API said: '), el('q', undefined, e.apiError));
    card.append(api);
  }
  const todo = el('p', 'error-action');
  todo.append(el('strong', undefined, `${e.actionText}.`));
  if (e.retry === 'check-before-resubmit') todo.append(el('span', undefined, ' Check your Atlas dashboard before resubmitting: the job may exist and be billed.'));
  else if (e.category === 'content-policy') todo.append(el('span', undefined, ' Reword the shot (the Problems panel suggests safer wording), then render again.'));
  else if (e.action === 'wait') todo.append(el('span', undefined, ' This is usually temporary.'));
  card.append(todo);
  return card;
}

function renderClip(job: JobDto, clip: ClipDto): HTMLElement {
  const tile = el('figure', 'clip');
  tile.dataset.jobKey = job.key;
  const video = el('video');
  video.src = clip.src;
  video.controls = true;
  video.loop = true;
  video.muted = true;
  video.playsInline = true;
  video.preload = 'metadata';
  video.setAttribute('aria-label', `Draft of ${job.shot || 'unnamed shot'}: ${clip.name}`);
  tile.append(video);
  const cap = el('figcaption');
  cap.append(el('span', 'clip-name', clip.name));
  const tools = el('span', 'clip-tools');
  tools.append(
    button('Replay', 'debug-restart', () => {
      video.currentTime = 0;
      video.play().then(
        () => delete tile.dataset.playError,
        (e: Error) => (tile.dataset.playError = e.message),
      );
    }),
    button('Loop on/off', 'sync', () => {
      video.loop = !video.loop;
      tile.classList.toggle('no-loop', !video.loop);
    }),
    button('Reveal in Explorer', 'go-to-file', () => post({ type: 'clip-action', action: 'reveal', key: job.key, index: clip.index })),
    button('Open Externally', 'link-external', () => post({ type: 'clip-action', action: 'open-external', key: job.key, index: clip.index })),
  );
  cap.append(tools);
  tile.append(cap);
  const checks = renderChecks(job);
  if (checks) tile.append(checks);
  return tile;
}

/** The output checks on a clip: short, wrong size, no audio, AAC (silent in VS Code's preview). */
function renderChecks(job: JobDto): HTMLElement | undefined {
  if (!job.warnings.length) return undefined;
  const list = el('ul', 'clip-checks');
  list.setAttribute('aria-label', 'Output checks');
  for (const w of job.warnings) {
    const li = el('li');
    li.append(icon('warning'), el('span', undefined, w));
    list.append(li);
  }
  return list;
}

function renderJob(job: JobDto): HTMLElement {
  const s = STATUS[job.status] ?? STATUS.failed;
  const row = el('article', `job tone-${s.tone}`);
  row.dataset.jobKey = job.key;
  row.dataset.status = job.status;
  row.tabIndex = 0;
  row.setAttribute('aria-label', `${job.kind} of ${job.shot || 'unnamed shot'}: ${s.label}`);

  const line = el('div', 'job-line');
  const status = el('span', 'status');
  status.append(icon(s.icon), el('span', 'status-label', s.label));
  if (job.phase) status.append(el('span', 'muted phase', ` · ${job.phase}`));
  line.append(status);
  const tier = job.tier ? job.tier[0].toUpperCase() + job.tier.slice(1) : '—';
  line.append(el('span', `badge kind-${job.kind}`, `${job.kind === 'final' ? 'Final' : 'Draft'} · ${tier}`));
  line.append(el('span', 'model', job.model));
  const timing = el('span', 'timing muted');
  timing.dataset.elapsed = '1';
  timing.textContent = elapsed(job);
  line.append(timing);
  if (job.predictTime !== undefined) line.append(el('span', 'muted', `predict_time ${job.predictTime.toFixed(1)}s`));
  if (job.estimatedCostUsd !== undefined) line.append(el('span', 'muted cost', `≈${usd(job.estimatedCostUsd)}`));
  line.append(el('span', 'spacer'));
  if (RUNNING.has(job.status)) line.append(button('Stop Waiting', 'debug-stop', jobAction('cancel', job.key)));
  if (job.status === 'completed' && job.kind === 'draft') line.append(button('Promote to Final (same seed)', 'star-empty', jobAction('promote', job.key)));
  if (job.retrySafe) line.append(button('Retry', 'refresh', jobAction('retry', job.key)));
  line.append(button('Go to Shot', 'go-to-file', jobAction('open-shot', job.key)));
  row.append(line);

  if (job.predictionId) {
    const id = el('div', 'prediction muted');
    id.append(el('span', undefined, 'Prediction '), el('code', 'prediction-id', job.predictionId), button('Copy Prediction ID', 'copy', jobAction('copy-id', job.key)));
    row.append(id);
  }
  const err = renderError(job);
  if (err) row.append(err);
  return row;
}

function groupKey(j: JobDto): string {
  return `${j.file}\u0000${j.shot}`;
}

interface SectionParts {
  section: HTMLElement;
  rows: HTMLElement;
  grid: HTMLElement;
  tiles: Map<string, HTMLElement>;
}
const sections = new Map<string, SectionParts>();

function sectionFor(j: JobDto, root: HTMLElement): SectionParts {
  const k = groupKey(j);
  let parts = sections.get(k);
  if (!parts) {
    const section = el('section', 'shot');
    section.setAttribute('aria-label', `Shot ${j.shot || 'unnamed'}`);
    const h = el('h2', 'shot-title');
    h.append(el('span', undefined, j.shot || '(unnamed shot)'), el('span', 'muted file', j.file));
    const rows = el('div', 'rows');
    const grid = el('div', 'grid');
    section.append(h, rows, grid);
    // New shots go on top; existing sections never move, because moving a <video> pauses it.
    root.prepend(section);
    parts = { section, rows, grid, tiles: new Map() };
    sections.set(k, parts);
  }
  return parts;
}

function render(): void {
  if (!state) return;
  document.getElementById('backend')!.textContent = `on ${state.backend.label}`;
  document.getElementById('spend')!.textContent =
    state.backend.kind === 'simulator' ? 'Simulated: nothing billed' : `Today ≈${usd(state.spendToday)}${state.budgetUsd ? ` of ${usd(state.budgetUsd)}` : ''}`;
  const notice = document.getElementById('notice')!;
  notice.hidden = state.renderingEnabled;
  notice.textContent = state.disabledReason ?? '';

  const root = document.getElementById('jobs')!;
  // Oldest first, so that prepending leaves the newest shot on top.
  const list = [...jobs.values()].sort((a, b) => a.createdAt - b.createdAt);
  document.getElementById('empty')!.hidden = list.length > 0;
  const groups = new Map<string, JobDto[]>();
  for (const j of list) {
    sectionFor(j, root);
    const k = groupKey(j);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.unshift(j);
  }
  for (const [k, parts] of sections) {
    const group = groups.get(k) ?? [];
    if (!group.length) {
      parts.section.remove();
      sections.delete(k);
      continue;
    }
    // Job rows hold no media: redraw them. Clip tiles are kept (a playing video keeps playing).
    parts.rows.replaceChildren(...group.map(renderJob));
    const wanted = new Set<string>();
    for (const j of group) {
      for (const c of j.clips) {
        wanted.add(c.src);
        const existing = parts.tiles.get(c.src);
        if (existing) {
          existing.querySelector('.clip-checks')?.remove();
          const checks = renderChecks(j);
          if (checks) existing.append(checks);
          continue;
        }
        const tile = renderClip(j, c);
        parts.tiles.set(c.src, tile);
        parts.grid.prepend(tile);
      }
    }
    for (const [src, tile] of parts.tiles) {
      if (!wanted.has(src)) {
        tile.remove();
        parts.tiles.delete(src);
      }
    }
  }
}

function tick(): void {
  document.querySelectorAll<HTMLElement>('article.job').forEach((row) => {
    const job = jobs.get(row.dataset.jobKey ?? '');
    const t = row.querySelector<HTMLElement>('[data-elapsed]');
    if (job && t && RUNNING.has(job.status)) t.textContent = elapsed(job);
  });
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const m = event.data;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'state') {
    state = m.state;
    jobs.clear();
    sections.clear();
    document.getElementById('jobs')!.replaceChildren();
    for (const j of m.state.jobs) jobs.set(j.key, j);
  } else if (m.type === 'job') {
    jobs.set(m.job.key, m.job);
  } else if (m.type === 'spend' && state) {
    state.spendToday = m.spendToday;
  } else {
    return;
  }
  render();
});

document.getElementById('open-log')!.addEventListener('click', () => post({ type: 'open-log' }));
setInterval(tick, 1000);
post({ type: 'ready' });
