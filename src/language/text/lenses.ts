// CodeLens titles above each shot (what a draft and a final would cost) and the breakdown the
// lens shows when clicked. Plain data only, so both are unit-tested.
import type { RenderParams, Shot } from '../../core/format/types.js';
import { estimateCost, formatUsd, type CostEstimate } from '../../core/catalog/cost.js';
import { getModel, lifecycleOf, lifecycleText, replacementText, type Lifecycle } from '../../core/catalog/catalog.js';

const TIER_LABEL = { fast: 'Fast', standard: 'Standard', pro: 'Pro' } as const;

export interface LensTitles {
  draft: string;
  final?: string;
}

function lifeOf(e: CostEstimate | undefined, today: string | undefined): Lifecycle | undefined {
  const m = e && getModel(e.model);
  return m && lifecycleOf(m, today);
}

/**
 * `today` (YYYY-MM-DD) is the day model lifecycles are judged by: a retired model gets no
 * render lens (it cannot render), a deprecated one is marked.
 */
export function lensTitles(shot: Pick<Shot, 'params'>, today?: string): LensTitles {
  const draft = estimateCost(shot.params, 'draft');
  if (!draft) return { draft: shot.params.model ? '$(warning) Unknown model: no cost estimate' : '$(info) Set a model to see the cost' };
  const final = estimateCost(shot.params, 'final');
  const life = lifeOf(draft, today);
  if (life?.state === 'retired') return { draft: `$(error) ${draft.name} was retired on ${life.since}: change the model` };
  const finalLife = lifeOf(final, today);
  const mark = (l: Lifecycle | undefined) => (l ? ` · $(warning) ${l.state === 'retired' ? 'retired' : 'deprecated'}` : '');
  return {
    draft: `▶ Draft · ${TIER_LABEL[draft.tier]} · ${draft.seconds}s · ${draft.resolution} · ≈${formatUsd(draft.usd)}${mark(life)}`,
    final: final ? `Final ≈${formatUsd(final.usd)}${mark(finalLife)}` : undefined,
  };
}

function line(kind: string, e: CostEstimate, today: string | undefined): string {
  const m = getModel(e.model);
  const life = lifeOf(e, today);
  if (m && life?.state === 'retired') return `${kind}: ${e.name} (${e.model}) ${lifecycleText(life)}, so it cannot render and costs nothing.${replacementText(m, life).replace(/\.$/, '')}`;
  const note = m && life ? ` (${e.name} ${lifecycleText(life)})` : '';
  return `${kind}: ${e.name} (${TIER_LABEL[e.tier]}), ${e.seconds} s × $${e.usdPerSecond}/s at ${e.resolution} = ${formatUsd(e.usd)}${note}`;
}

/** The text the lens reveals: each estimate's model, seconds, rate and total (and a retired or deprecated model, on `today`). */
export function costBreakdown(shotName: string, params: RenderParams, today?: string): string {
  const name = `Shot "${shotName || 'unnamed'}"`;
  const draft = estimateCost(params, 'draft');
  if (!draft) {
    return params.model
      ? `${name}: no cost estimate, "${params.model}" is not a known model id.`
      : `${name}: no cost estimate. Set "model:" in the front matter or "@model:" in the shot.`;
  }
  const final = estimateCost(params, 'final');
  const adjusted =
    params.resolution && params.resolution !== draft.resolution ? ` Drafts render at ${draft.resolution}: the draft model has no ${params.resolution}.` : '';
  return `${name} — ${line('Draft', draft, today)}${final ? `; ${line('Final', final, today)}` : ''}.${adjusted} List prices per output second, from the bundled model catalog.`;
}

/** The last render of a shot, for the lens after the cost ones ("✓ Draft 2 min ago", "✗ content-policy"). */
export function lastResultTitle(
  view: { status: string; kind: string; updatedAt: number; error?: { category: string } } | undefined,
  now: number,
): string | undefined {
  if (!view) return undefined;
  const mins = Math.max(0, Math.round((now - view.updatedAt) / 60_000));
  const ago = mins < 1 ? 'just now' : mins < 60 ? `${mins} min ago` : mins < 48 * 60 ? `${Math.round(mins / 60)} h ago` : `${Math.round(mins / 1440)} days ago`;
  const kind = view.kind === 'final' ? 'Final' : 'Draft';
  switch (view.status) {
    case 'completed':
      return `$(pass) ${kind} rendered ${ago}`;
    case 'failed':
    case 'not-submitted':
      return `$(error) ${kind} ${view.status === 'failed' ? 'failed' : 'not submitted'}: ${view.error?.category ?? 'error'} (${ago})`;
    case 'outcome-unknown':
      return `$(question) ${kind} outcome unknown: check before resubmitting`;
    case 'cancelled':
      return `$(circle-slash) Stopped waiting for the ${kind.toLowerCase()} (${ago})`;
    default:
      return `$(sync~spin) ${kind} ${view.status}…`;
  }
}

/**
 * The takes lens: "2 takes · changed since last take · Render Another Take". Another take is
 * rendered on purpose (a new seed, so it differs even from an unchanged shot).
 */
export function takesTitle(t: { takes: number; changed?: boolean }): { title: string; tooltip: string } {
  const count = `${t.takes} take${t.takes === 1 ? '' : 's'}`;
  const state = t.changed === true ? ' · changed since last take' : t.changed === false ? ' · unchanged' : '';
  const tooltip =
    t.changed === false
      ? 'The shot asks for exactly what its last take rendered: Render Draft costs nothing (up to date). Click to render another take on purpose (billed).'
      : 'Click to render another take on purpose (billed).';
  return { title: `$(history) ${count}${state} · Render Another Take`, tooltip };
}
