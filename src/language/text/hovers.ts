// What hovers say, as Markdown strings from plain data (no vscode here, so it is unit-tested).
import type { Shot } from '../../core/format/types.js';
import { getModel, sourceFor, unpinnedAlias, type ModelInfo } from '../../core/catalog/catalog.js';
import { estimateCost, formatUsd, pricePerSecond } from '../../core/catalog/cost.js';
import { analyzeShot, COMPONENTS } from '../../core/lint/components.js';
import type { LintDiagnostic } from '../../core/lint/types.js';

export function modelHover(id: string): string | undefined {
  const m: ModelInfo | undefined = getModel(id) ?? getModel(unpinnedAlias(id)?.pinned ?? '');
  if (!m) return undefined;
  const prices = Object.entries(m.pricePerSecond)
    .map(([res, usd]) => `${res === '*' ? 'any resolution' : res}: $${usd}/s`)
    .join(', ');
  const src = sourceFor(m, 'pricePerSecond');
  const lines = [
    `**${m.name}** · ${m.tier} tier · ${m.task}`,
    '',
    `- Durations: ${m.durations.length > 6 ? `${m.durations[0]}–${m.durations[m.durations.length - 1]}` : m.durations.join(', ')} s (default ${m.defaultDuration})`,
    `- Resolutions: ${m.resolutions.join(', ')}; aspect ratios: ${m.aspectRatios.join(', ')}`,
    `- Audio: ${m.audio === 'none' ? 'none' : m.audio === 'always' ? 'always on' : `optional (default ${m.audioDefault ? 'on' : 'off'})`}`,
    `- References: up to ${m.references.total}`,
    `- Price: ${prices} (5 s at ${m.defaultResolution} ≈ ${formatUsd(5 * pricePerSecond(m, m.defaultResolution))})`,
    `- Limits: ${m.limits.rpm} requests/min, ${m.limits.concurrency} at once`,
    ...(m.notes.length ? ['', ...m.notes.map((n) => `_${n}_`)] : []),
    '',
    src ? `Source: ${src.title}, as of ${src.asOf} (${src.confidence}).` : '',
  ];
  return lines.join('\n');
}

export function shotHover(shot: Shot): string {
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
    draft ? `Draft: ${draft.name}, ${draft.seconds} s at ${draft.resolution} ≈ ${formatUsd(draft.usd)}` : 'No model set: cost unknown.',
    final && final.model !== draft?.model ? `Final: ${final.name} ≈ ${formatUsd(final.usd)}` : '',
  ].join('\n');
}

export function safetyHover(d: LintDiagnostic): string {
  return [
    `**${d.rule}** · ${d.category} · ${d.tier}`,
    '',
    d.message,
    ...(d.suggestions?.length ? ['', 'Safer wording:', ...d.suggestions.map((s) => `- ${s}`)] : []),
  ].join('\n');
}
