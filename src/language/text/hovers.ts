// What hovers say, as Markdown from plain data (no vscode here, so it is unit-tested):
// a model's capabilities and price on a model line, what the model accepts on a setting,
// why a term is risky on a safety finding, a variable's text, and a shot's components on its heading.
import type { Shot, TextRange, VpDocument } from '../../core/format/types.js';
import { allowedDurations, getModel, lifecycleOf, lifecycleText, replacementText, sourceFor, unpinnedAlias, type ModelInfo } from '../../core/catalog/catalog.js';
import { estimateCost, formatUsd, pricePerSecond } from '../../core/catalog/cost.js';
import { analyzeShot, COMPONENTS } from '../../core/lint/components.js';
import { shotAt } from '../../core/lint/engine.js';
import type { LintDiagnostic } from '../../core/lint/types.js';

export interface HoverInfo {
  markdown: string;
  range: TextRange;
}

function resolveModel(id: string): ModelInfo | undefined {
  return getModel(id) ?? getModel(unpinnedAlias(id)?.pinned);
}

function durationsText(m: ModelInfo): string {
  return m.durations.length > 6 ? `${m.durations[0]}–${m.durations[m.durations.length - 1]}` : m.durations.join(', ');
}

/** The lifecycle line for a model on `today`, or nothing while it is current. */
function lifecycleLines(m: ModelInfo, today: string | undefined): string[] {
  const life = lifecycleOf(m, today);
  if (!life) return [];
  const head = life.state === 'retired' ? '**Retired**: ' : '**Deprecated**: ';
  const what = life.state === 'retired' ? ': requests to it fail, nothing renders on it.' : '.';
  return ['', `${head}${m.name} ${lifecycleText(life)}${what}${replacementText(m, life)}`];
}

/** `today` (YYYY-MM-DD) is the day lifecycles are judged by; without it none is shown. */
export function modelHover(id: string, today?: string): string | undefined {
  const m = resolveModel(id);
  if (!m) return undefined;
  const prices = Object.entries(m.pricePerSecond)
    .map(([res, usd]) => `${res === '*' ? 'any resolution' : res}: $${usd}/s`)
    .join(', ');
  const src = sourceFor(m, 'pricePerSecond');
  const lines = [
    `**${m.name}** · ${m.tier} tier · ${m.task}`,
    ...lifecycleLines(m, today),
    ...(m.id !== id ? ['', `\`${id}\` currently points at \`${m.id}\`; pin that id so results stay reproducible.`] : []),
    '',
    `- Durations: ${durationsText(m)} s (default ${m.defaultDuration})`,
    `- Resolutions: ${m.resolutions.join(', ')}; aspect ratios: ${m.aspectRatios.join(', ')}`,
    `- Audio: ${m.audio === 'none' ? 'none' : m.audio === 'always' ? 'always on' : `optional (default ${m.audioDefault ? 'on' : 'off'})`}`,
    `- References: ${m.references.total ? `up to ${m.references.total}` : 'none (text only)'}`,
    `- Price: ${prices} (5 s at ${m.defaultResolution} ≈ ${formatUsd(5 * pricePerSecond(m, m.defaultResolution))})`,
    `- Limits: ${m.limits.rpm} requests/min, ${m.limits.concurrency} at once`,
    ...(m.notes.length ? ['', ...m.notes.map((n) => `_${n}_`)] : []),
    ...(src ? ['', `Source: ${src.title}, as of ${src.asOf} (${src.confidence}).`] : []),
  ];
  return lines.join('\n');
}

/** What the model accepts for one setting, on that setting's line. */
export function settingHover(key: string, params: Shot['params']): string | undefined {
  const m = params.model ? resolveModel(params.model) : undefined;
  if (!m) return undefined;
  switch (key) {
    case 'duration': {
      const allowed = allowedDurations(m, { resolution: params.resolution, references: params.references });
      const why = allowed.length < m.durations.length ? ` with ${params.references?.length ? 'reference images' : params.resolution}` : '';
      return `**${m.name}** accepts ${allowed.join(', ')} s${why} (default ${m.defaultDuration} s).`;
    }
    case 'resolution':
      return `**${m.name}** renders ${m.resolutions.map((r) => `${r} (${formatUsd(pricePerSecond(m, r))}/s)`).join(', ')}; default ${m.defaultResolution}.`;
    case 'aspect_ratio':
      return `**${m.name}** accepts aspect ratios ${m.aspectRatios.join(', ')}.`;
    case 'audio':
      return `**${m.name}** audio: ${m.audio === 'none' ? 'none (clips are silent)' : m.audio === 'always' ? 'always on' : `optional, default ${m.audioDefault ? 'on' : 'off'}`}.`;
    default:
      return undefined;
  }
}

/** One cost line: the estimate, or that its model is retired (no render, so no cost). */
function costLine(kind: 'Draft' | 'Final', e: NonNullable<ReturnType<typeof estimateCost>>, today: string | undefined): string {
  const m = getModel(e.model);
  const life = m && lifecycleOf(m, today);
  if (m && life?.state === 'retired') return `${kind}: ${e.name} ${lifecycleText(life)}: no render, no cost.${replacementText(m, life)}`;
  return `${kind}: ${e.name}, ${e.seconds} s at ${e.resolution} ≈ ${formatUsd(e.usd)}${life ? ` (deprecated${life.retires ? `, retires ${life.retires.date}` : ''})` : ''}`;
}

export function shotHover(shot: Shot, today?: string): string {
  const a = analyzeShot(shot);
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const parts = COMPONENTS.map((c) => `${mark(a.components[c])} ${c}${a.evidence[c].length ? ` — ${a.evidence[c].slice(0, 3).join(', ')}` : ''}`);
  const draft = estimateCost(shot.params, 'draft');
  const final = estimateCost(shot.params, 'final');
  return [
    `**${shot.name || 'Unnamed shot'}**`,
    '',
    ...parts.map((p) => `- ${p}`),
    `- mood: ${a.mood ? a.evidence.mood.slice(0, 3).join(', ') : '—'}`,
    '',
    draft ? costLine('Draft', draft, today) : 'No known model: cost unknown.',
    ...(final ? ['', costLine('Final', final, today)] : []),
  ].join('\n');
}

export function safetyHover(d: LintDiagnostic, docsLink?: string): string {
  return [
    `**${docsLink ? `[${d.rule}](${docsLink})` : d.rule}**${d.category ? ` · ${d.category}` : ''}${d.tier ? ` · ${d.tier === 'block' ? 'likely blocked' : d.tier === 'warn' ? 'may be blocked' : 'worth a look'}` : ''}`,
    '',
    d.message,
    ...(d.suggestions?.length ? ['', 'Safer wording:', ...d.suggestions.map((s) => `- ${s}`)] : []),
    '',
    'A blocked prompt fails the same way on retry: change the words, not the seed.',
  ].join('\n');
}

function contains(r: TextRange, line: number, character: number): boolean {
  const afterStart = line > r.start.line || (line === r.start.line && character >= r.start.character);
  const beforeEnd = line < r.end.line || (line === r.end.line && character <= r.end.character);
  return afterStart && beforeEnd;
}

function lineSpan(line: number, start: number, end: number): TextRange {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The hover for (line, character), or undefined. `docsLink(rule)` gives a rule's docs URL. */
export function hoverAt(
  doc: VpDocument,
  diagnostics: readonly LintDiagnostic[],
  line: number,
  character: number,
  docsLink?: (rule: string) => string,
  /** The day model lifecycles are judged by (YYYY-MM-DD); the editor passes today's. */
  today?: string,
): HoverInfo | undefined {
  const raw = doc.lines[line] ?? '';
  const fm = doc.frontMatter;
  const inFrontMatter = !!fm && line > fm.range.start.line && line < fm.range.end.line;
  const setting = inFrontMatter ? /^([a-z_]+)(\s*:\s*)(.*?)\s*$/.exec(raw) : /^@([a-z_]+)(\s*:\s*)(.*?)\s*$/.exec(raw);
  if (setting) {
    const keyStart = inFrontMatter ? 0 : 1;
    const valueStart = keyStart + setting[1].length + setting[2].length;
    const range = lineSpan(line, keyStart, valueStart + setting[3].length);
    const key = setting[1];
    if (key === 'model') {
      const md = modelHover(setting[3].replace(/^["']|["']$/g, ''), today);
      if (md) return { markdown: md, range };
    } else {
      const params = inFrontMatter ? (fm?.params ?? {}) : (shotAt(doc.shots, line)?.params ?? {});
      const md = settingHover(key, params);
      if (md) return { markdown: md, range };
    }
  }

  const safety = diagnostics.filter((d) => d.rule.startsWith('safety/') && contains(d.range, line, character));
  if (safety.length) {
    return { markdown: safety.map((d) => safetyHover(d, docsLink?.(d.rule))).join('\n\n---\n\n'), range: safety[0].range };
  }

  for (const m of raw.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
    const start = m.index ?? 0;
    if (character < start || character > start + m[0].length) continue;
    const value = fm?.vars[m[1]];
    if (value === undefined) return undefined;
    return { markdown: `**{{${m[1]}}}** expands to:\n\n> ${value}`, range: lineSpan(line, start, start + m[0].length) };
  }

  const shot = shotAt(doc.shots, line);
  if (shot && shot.line === line && /^#(\s|$)/.test(raw)) return { markdown: shotHover(shot, today), range: lineSpan(line, 0, raw.length) };
  return undefined;
}
