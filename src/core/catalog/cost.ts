// Cost estimates: output seconds × the model's price per second at that resolution. Drafts
// are priced on the family's Fast tier, finals on the chosen tier. Rounded only for display.
import type { RenderParams } from '../format/types.js';
import { draftModelFor, finalModelFor, getModel, unpinnedAlias, type ModelInfo } from './catalog.js';

export interface CostEstimate {
  model: string;
  name: string;
  tier: ModelInfo['tier'];
  seconds: number;
  resolution: string;
  usdPerSecond: number;
  usd: number;
}

export function pricePerSecond(model: ModelInfo, resolution: string): number {
  return model.pricePerSecond[resolution] ?? model.pricePerSecond['*'] ?? Math.max(...Object.values(model.pricePerSecond));
}

export function modelForKind(modelId: string | undefined, kind: 'draft' | 'final', tier?: string): ModelInfo | undefined {
  // An unpinned alias is priced as the version it points at today (the lint says to pin it).
  if (modelId && !getModel(modelId)) modelId = unpinnedAlias(modelId)?.pinned;
  if (!modelId || !getModel(modelId)) return undefined;
  return kind === 'draft' ? draftModelFor(modelId) : finalModelFor(modelId, tier);
}

export function estimateCost(params: RenderParams, kind: 'draft' | 'final'): CostEstimate | undefined {
  const model = modelForKind(params.model, kind, params.tier);
  if (!model) return undefined;
  const seconds = params.duration ?? model.defaultDuration;
  const resolution = params.resolution && model.resolutions.includes(params.resolution) ? params.resolution : model.defaultResolution;
  const usdPerSecond = pricePerSecond(model, resolution);
  return { model: model.id, name: model.name, tier: model.tier, seconds, resolution, usdPerSecond, usd: seconds * usdPerSecond };
}

export function formatUsd(usd: number): string {
  return `$${(Math.round(usd * 100 + 1e-9) / 100).toFixed(2)}`;
}
