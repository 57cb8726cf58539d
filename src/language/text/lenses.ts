// CodeLens titles above each shot: what a draft and a final would cost.
import type { Shot } from '../../core/format/types.js';
import { estimateCost, formatUsd } from '../../core/catalog/cost.js';

const TIER_LABEL = { fast: 'Fast', standard: 'Standard', pro: 'Pro' } as const;

export function lensTitles(shot: Shot): { draft: string; final?: string } {
  const draft = estimateCost(shot.params, 'draft');
  if (!draft) return { draft: shot.params.model ? '$(warning) Unknown model: no estimate' : '$(info) Set a model to see the cost' };
  const final = estimateCost(shot.params, 'final');
  return {
    draft: `▶ Draft · ${TIER_LABEL[draft.tier]} · ${draft.seconds}s · ${draft.resolution} · ≈${formatUsd(draft.usd)}`,
    final: final ? `Final ≈${formatUsd(final.usd)}` : undefined,
  };
}
