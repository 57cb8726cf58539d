// The render panel's page. It only draws what the host sends and posts button clicks back, all
// through the typed protocol. Every string from a prompt, a file name or the API goes in with
// textContent, never as HTML. Runs in the webview (a browser), so no Node or vscode imports,
// and nothing from src/core: the page knows only the panel's DTOs.
import { baselineIndex, diffStats, paramDiff, wordDiff } from '../compare.js';
import type { ClipDto, CompareDto, HostMessage, JobAction, JobDto, PanelMessage, PanelState, TakeDto } from '../protocol.js';

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

function jobAction(action: JobAction, key: string) {
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

/** What a shot's group of jobs says about its takes: how many, and which one is picked. */
interface ShotTakes {
  count: number;
  picked?: JobDto;
}

function shotTakes(group: readonly JobDto[]): ShotTakes {
  let count = 0;
  for (const j of group) count = Math.max(count, j.take?.of ?? 0);
  return { count, picked: group.find((j) => j.picked) };
}

function promoteLabel(job: JobDto, takes: ShotTakes): string {
  const p = takes.picked;
  if (p && p.take) return p.key === job.key ? `Promote ★ take ${p.take.number} to Final (its seed)` : `Promote ★ take ${p.take.number} to Final (the picked take's seed)`;
  return 'Promote to Final (same seed)';
}

function renderJob(job: JobDto, takes: ShotTakes = { count: 0 }): HTMLElement {
  const s = STATUS[job.status] ?? STATUS.failed;
  const row = el('article', `job tone-${s.tone}`);
  row.dataset.jobKey = job.key;
  row.dataset.status = job.status;
  if (job.picked) row.dataset.picked = 'true';
  row.tabIndex = 0;
  row.setAttribute('aria-label', `${job.kind} of ${job.shot || 'unnamed shot'}: ${s.label}`);

  const line = el('div', 'job-line');
  const status = el('span', 'status');
  status.append(icon(s.icon), el('span', 'status-label', s.label));
  if (job.phase) status.append(el('span', 'muted phase', ` · ${job.phase}`));
  line.append(status);
  const tier = job.tier ? job.tier[0].toUpperCase() + job.tier.slice(1) : '—';
  line.append(el('span', `badge kind-${job.kind}`, `${job.kind === 'final' ? 'Final' : 'Draft'} · ${tier}`));
  if (job.take && takes.count > 1) line.append(el('span', 'muted take-number', `take ${job.take.number}`));
  if (job.picked) line.append(el('span', 'picked-mark', '★ picked'));
  line.append(el('span', 'model', job.model));
  const timing = el('span', 'timing muted');
  timing.dataset.elapsed = '1';
  timing.textContent = elapsed(job);
  line.append(timing);
  if (job.predictTime !== undefined) line.append(el('span', 'muted', `predict_time ${job.predictTime.toFixed(1)}s`));
  if (job.estimatedCostUsd !== undefined) line.append(el('span', 'muted cost', `≈${usd(job.estimatedCostUsd)}`));
  line.append(el('span', 'spacer'));
  if (RUNNING.has(job.status)) line.append(button('Stop Waiting', 'debug-stop', jobAction('cancel', job.key)));
  if (takes.count >= 2 && job.take) line.append(button('Compare takes', 'diff', jobAction('compare', job.key), 'text-button'));
  if (job.status === 'completed' && job.kind === 'draft') line.append(button(promoteLabel(job, takes), 'rocket', jobAction('promote', job.key)));
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

/** Jobs group by shot id: two shots with one heading are two groups. */
function groupKey(j: JobDto): string {
  return `${j.file}\u0000${j.shotId}`;
}

/** "A", or "A (2nd)" for the second shot headed "A". */
function shotLabel(shot: string, shotId: string): string {
  const n = Number(shotId.split('\n')[1]);
  const name = shot || '(unnamed shot)';
  if (!Number.isInteger(n) || n < 2) return name;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${name} (${n}${suffix})`;
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
    section.setAttribute('aria-label', `Shot ${shotLabel(j.shot || 'unnamed', j.shotId)}`);
    const h = el('h2', 'shot-title');
    h.append(el('span', undefined, shotLabel(j.shot, j.shotId)), el('span', 'muted file', j.file));
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
  // The list stays in the page (its videos keep their place) while a comparison covers it.
  root.hidden = compare !== undefined;
  compareRoot().hidden = compare === undefined;
  // Oldest first, so that prepending leaves the newest shot on top.
  const list = [...jobs.values()].sort((a, b) => a.createdAt - b.createdAt);
  document.getElementById('empty')!.hidden = list.length > 0 || compare !== undefined;
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
    const takes = shotTakes(group);
    parts.rows.replaceChildren(...group.map((j) => renderJob(j, takes)));
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

// ---------------------------------------------------------------------------------------------
// Compare takes: the takes of one shot side by side, each prompt diffed word by word against the
// previous take (or the picked one), with the parameters that differ. Sent by the host on
// "Compare takes" and again whenever one of the takes changes (a pick here or in another process).

let compare: CompareDto | undefined;
let against: 'previous' | 'picked' = 'previous';
interface TakeColumn {
  article: HTMLElement;
  media: HTMLElement;
  info: HTMLElement;
  /** The clip the column's <video> plays; kept while it stays the same, so playback goes on. */
  src?: string;
}
const columns = new Map<string, TakeColumn>();
let takesRow: HTMLElement | undefined;

function compareRoot(): HTMLElement {
  return document.getElementById('compare')!;
}

function showCompare(c: CompareDto): void {
  if (!compare || compare.file !== c.file || compare.shotId !== c.shotId) {
    columns.clear();
    takesRow = undefined;
    compareRoot().replaceChildren();
  }
  compare = c;
  render();
  renderCompare();
}

function closeCompare(): void {
  compare = undefined;
  columns.clear();
  takesRow = undefined;
  compareRoot().replaceChildren();
  post({ type: 'close-compare' });
  render();
  document.getElementById('jobs')!.querySelector<HTMLElement>('button[title="Compare takes"]')?.focus();
}

function date(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function takeVideo(take: TakeDto, clip: ClipDto): HTMLElement {
  const fig = el('figure', 'clip take-clip');
  const video = el('video');
  video.src = clip.src;
  video.controls = true;
  video.loop = true;
  video.muted = true;
  video.playsInline = true;
  video.preload = 'metadata';
  video.setAttribute('aria-label', `Take ${take.number}: ${clip.name}`);
  fig.append(video);
  const cap = el('figcaption');
  cap.append(
    el('span', 'clip-name', clip.name),
    button('Reveal in Explorer', 'go-to-file', () => post({ type: 'clip-action', action: 'reveal', key: take.key, index: clip.index })),
    button('Open Externally', 'link-external', () => post({ type: 'clip-action', action: 'open-external', key: take.key, index: clip.index })),
  );
  fig.append(cap);
  return fig;
}

function diffLine(before: string | undefined, after: string): HTMLElement {
  const p = el('p', 'prompt-diff');
  if (before === undefined) {
    p.append(el('span', undefined, after));
    return p;
  }
  for (const part of wordDiff(before, after)) {
    if (part.op === 'same') p.append(document.createTextNode(part.text));
    else {
      // The mark covers the words; the space before them stays plain text.
      const space = /^\s*/.exec(part.text)![0];
      if (space) p.append(document.createTextNode(space));
      const mark = el(part.op, `diff-${part.op}`, part.text.slice(space.length));
      mark.title = part.op === 'ins' ? 'added' : 'removed';
      p.append(mark);
    }
  }
  return p;
}

function paramList(take: TakeDto, base: TakeDto | undefined): HTMLElement {
  const wrap = el('div', 'take-params');
  if (!base) {
    wrap.append(el('h3', undefined, 'Parameters'));
    const ul = el('ul', 'param-all');
    for (const p of take.params) {
      const li = el('li');
      li.dataset.param = p.name;
      li.append(el('span', 'param-name', p.name), el('span', 'param-value', p.value));
      ul.append(li);
    }
    wrap.append(ul);
    return wrap;
  }
  const changes = paramDiff(base.params, take.params);
  wrap.append(el('h3', undefined, changes.length ? `Parameters that differ from take ${base.number}` : `Same parameters as take ${base.number}`));
  if (changes.length) {
    const ul = el('ul', 'param-diff');
    ul.setAttribute('aria-label', `Parameters that differ from take ${base.number}`);
    for (const c of changes) {
      const li = el('li');
      li.dataset.param = c.name;
      li.append(el('span', 'param-name', c.name));
      li.append(c.before === undefined ? el('span', 'muted', 'not sent') : el('del', 'diff-del', c.before));
      li.append(el('span', 'muted', ' → '));
      li.append(c.after === undefined ? el('span', 'muted', 'not sent') : el('ins', 'diff-ins', c.after));
      ul.append(li);
    }
    wrap.append(ul);
  }
  const all = el('details', 'param-details');
  all.append(el('summary', undefined, 'All parameters'));
  const ul = el('ul', 'param-all');
  for (const p of take.params) {
    const li = el('li');
    li.append(el('span', 'param-name', p.name), el('span', 'param-value', p.value));
    ul.append(li);
  }
  all.append(ul);
  wrap.append(all);
  return wrap;
}

function takeInfo(take: TakeDto, base: TakeDto | undefined, baseWhy: string): HTMLElement[] {
  const s = STATUS[take.status] ?? STATUS.failed;
  const head = el('header', 'take-head');
  head.append(el('strong', 'take-title', `Take ${take.number}`));
  const tier = take.tier ? take.tier[0].toUpperCase() + take.tier.slice(1) : '—';
  head.append(el('span', `badge kind-${take.kind}`, `${take.kind === 'final' ? 'Final' : 'Draft'} · ${tier}`));
  head.append(el('span', 'spacer'));
  const star = el('button', `pick-toggle${take.picked ? ' picked' : ''}`, take.picked ? '★' : '☆');
  star.type = 'button';
  star.setAttribute('aria-pressed', String(take.picked));
  const label = take.picked ? `Unpick take ${take.number}` : `Pick take ${take.number}`;
  star.title = label;
  star.setAttribute('aria-label', label);
  star.addEventListener('click', () => post({ type: 'pick', key: take.key, picked: !take.picked }));
  head.append(star);

  const status = el('div', `status take-status tone-${s.tone}`);
  status.append(icon(s.icon), el('span', 'status-label', s.label));
  if (take.picked) status.append(el('span', 'picked-mark', '★ picked'));

  const meta = el('dl', 'take-meta');
  const row = (k: string, v: string, cls?: string) => meta.append(el('dt', undefined, k), el('dd', cls, v));
  row('Date', date(take.createdAt));
  row('Model', take.model, 'model');
  row('Seed', take.seed === undefined ? '—' : String(take.seed), 'seed');
  if (take.predictionId) row('Prediction', take.predictionId, 'prediction-id');

  const prompt = el('div', 'take-prompt');
  const h = el('h3', undefined, 'Prompt');
  if (base) {
    const st = diffStats(wordDiff(base.prompt, take.prompt));
    h.append(el('span', 'muted diff-summary', st.inserted || st.deleted ? ` vs take ${base.number}${baseWhy}: +${st.inserted} −${st.deleted} words` : ` same as take ${base.number}${baseWhy}`));
  } else h.append(el('span', 'muted diff-summary', ` ${baseWhy}`));
  prompt.append(h, diffLine(base?.prompt, take.prompt));

  const parts: HTMLElement[] = [head, status, meta, prompt, paramList(take, base)];
  if (take.error) parts.push(el('p', 'take-error', take.error));
  return parts;
}

function compareHead(c: CompareDto): HTMLElement {
  const head = el('div', 'compare-head');
  head.append(button('Back to all renders', 'arrow-left', closeCompare));
  const h = el('h2', 'shot-title');
  h.append(el('span', undefined, `Takes of ${shotLabel(c.shot, c.shotId)}`), el('span', 'muted file', c.file));
  head.append(h, el('span', 'spacer'));
  const picked = c.takes.find((t) => t.picked);
  const mode = against === 'picked' && picked ? 'picked' : 'previous';
  const modes = el('fieldset', 'diff-mode');
  modes.append(el('legend', undefined, 'Diff against'));
  for (const [value, text] of [
    ['previous', 'previous take'],
    ['picked', '★ picked take'],
  ] as const) {
    const lab = el('label');
    const input = el('input');
    input.type = 'radio';
    input.name = 'diff-against';
    input.value = value;
    input.checked = mode === value;
    input.disabled = value === 'picked' && !picked;
    input.addEventListener('change', () => {
      against = value;
      renderCompare();
    });
    lab.append(input, el('span', undefined, text));
    modes.append(lab);
  }
  head.append(modes);
  if (picked && picked.kind === 'draft' && picked.status === 'completed') {
    head.append(button(`Promote ★ take ${picked.number} to Final`, 'rocket', jobAction('promote', picked.key), 'text-button'));
  }
  return head;
}

function renderCompare(): void {
  const c = compare;
  const root = compareRoot();
  if (!c) return;
  root.setAttribute('aria-label', `Compare takes of ${shotLabel(c.shot, c.shotId)}`);
  const head = compareHead(c);
  const old = root.querySelector('.compare-head');
  if (old) old.replaceWith(head);
  else root.prepend(head);
  if (!takesRow) {
    takesRow = el('div', 'takes');
    root.append(takesRow);
  }
  const mode = against === 'picked' && c.takes.some((t) => t.picked) ? 'picked' : 'previous';
  const wanted = new Set<string>();
  c.takes.forEach((take, i) => {
    wanted.add(take.key);
    let col = columns.get(take.key);
    if (!col) {
      const article = el('article', 'take');
      const media = el('div', 'take-media');
      const info = el('div', 'take-info');
      article.append(media, info);
      // Takes only ever join at the end (newest); columns already shown never move.
      takesRow!.append(article);
      col = { article, media, info };
      columns.set(take.key, col);
    }
    const a = col.article;
    a.dataset.takeKey = take.key;
    a.dataset.takeNumber = String(take.number);
    a.dataset.status = take.status;
    a.dataset.picked = String(take.picked);
    a.setAttribute('aria-label', `Take ${take.number}${take.picked ? ', picked' : ''}`);
    const clip = take.clips[0];
    if (clip?.src !== col.src || (!clip && !col.media.firstChild)) {
      col.src = clip?.src;
      col.media.replaceChildren(clip ? takeVideo(take, clip) : el('div', 'no-clip muted', `No clip: ${(STATUS[take.status] ?? STATUS.failed).label.toLowerCase()}`));
    }
    const b = baselineIndex(c.takes, i, mode);
    const base = b === undefined ? undefined : c.takes[b];
    const why = base ? (mode === 'picked' ? ' (★ picked)' : '') : take.picked && mode === 'picked' ? 'the picked take: the others are compared with it' : 'the first take';
    col.info.replaceChildren(...takeInfo(take, base, why));
  });
  for (const [key, col] of columns) {
    if (!wanted.has(key)) {
      col.article.remove();
      columns.delete(key);
    }
  }
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
  } else if (m.type === 'compare') {
    showCompare(m.compare);
    return;
  } else {
    return;
  }
  render();
});

document.getElementById('open-log')!.addEventListener('click', () => post({ type: 'open-log' }));
setInterval(tick, 1000);
post({ type: 'ready' });
