// The bundled model catalog (models.json): capabilities, prices and limits, each figure with
// its source. Its zod schema (catalogSchema.ts) is checked by the unit tests, so a bad edit fails
// loudly there, not in a user's editor.
import data from './models.json';
import { didYouMean } from '../text/didYouMean.js';
import type { Catalog, ModelInfo } from './catalogSchema.js';

export type { ModelInfo } from './catalogSchema.js';

// Not parsed at run time: zod would add most of the language bundle's size to every activation.
// test/unit/catalog.test.ts validates models.json against catalogSchema instead.
export const CATALOG = data as unknown as Catalog;
const byId = new Map(CATALOG.models.map((m) => [m.id, m]));

export function getModel(id: string | undefined): ModelInfo | undefined {
  return id ? byId.get(id) : undefined;
}

export function allModels(): readonly ModelInfo[] {
  return CATALOG.models;
}

/** The pinned id to use instead of an alias such as `-latest`, or undefined when `id` is not an alias. */
export function unpinnedAlias(id: string): { pinned?: string } | undefined {
  if (CATALOG.aliases[id]) return { pinned: CATALOG.aliases[id] };
  return /(^|[/-])latest([/-]|$)/i.test(id) ? {} : undefined;
}

/** Did-you-mean for an unknown id; a bare id such as `seedance-2.0-fast` finds its full path. */
export function suggestModel(id: string): string | undefined {
  const ids = CATALOG.models.map((m) => m.id);
  const bare = ids.find((full) => full.split('/')[1] === id) ?? ids.find((full) => full.split('/').slice(1).join('/') === id);
  if (bare) return bare.endsWith('/text-to-video') ? bare : (ids.find((f) => f.split('/')[1] === id && f.endsWith('/text-to-video')) ?? bare);
  return didYouMean(id, ids, 0.25);
}

function sibling(model: ModelInfo, pick: (m: ModelInfo) => boolean): ModelInfo | undefined {
  return CATALOG.models.find((m) => m.family === model.family && m.task === model.task && pick(m));
}

/** Drafts always use the Fast (cheapest) tier of the model's family, same task. */
export function draftModelFor(id: string): ModelInfo | undefined {
  const model = getModel(id);
  return model && (sibling(model, (m) => m.draft) ?? model);
}

/** Finals use the requested tier when the family has it, else Standard, else the model itself. */
export function finalModelFor(id: string, tier?: string): ModelInfo | undefined {
  const model = getModel(id);
  if (!model) return undefined;
  return (tier ? sibling(model, (m) => m.tier === tier) : undefined) ?? sibling(model, (m) => m.tier === 'standard' && !m.draft) ??
    sibling(model, (m) => m.tier === 'standard') ?? model;
}

/** Durations this model accepts with these settings (Veo needs 8 s for 1080p/4k and references). */
export function allowedDurations(model: ModelInfo, params: { resolution?: string; references?: unknown[] } = {}): number[] {
  const c = model.constraints;
  if (c && ((params.resolution && c.requires8sFor.includes(params.resolution)) || (c.requires8sWithReferences && (params.references?.length ?? 0) > 0))) {
    return model.durations.filter((d) => d === 8);
  }
  return model.durations;
}

export function nearestDuration(allowed: readonly number[], d: number): number {
  return allowed.reduce((best, x) => (Math.abs(x - d) < Math.abs(best - d) || (Math.abs(x - d) === Math.abs(best - d) && x > best) ? x : best), allowed[0]);
}

export function sourceFor(model: ModelInfo, figure: string): { title: string; asOf: string; confidence: string } | undefined {
  const key = model.sources[figure];
  return key ? CATALOG.sources[key] : undefined;
}
