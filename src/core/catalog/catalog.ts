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

export type CatalogSource = Catalog['sources'][string];

/** Where a model stands on a given day, once the provider has deprecated or retired it. */
export interface Lifecycle {
  state: 'deprecated' | 'retired';
  /** The day that state began (YYYY-MM-DD). */
  since: string;
  source?: CatalogSource;
  /** The announced shutdown of a deprecated model, when there is one. */
  retires?: { date: string; source?: CatalogSource };
  replacement?: ModelInfo;
  /** Whose suggestion the replacement is (the source names it). */
  replacementSource?: CatalogSource;
}

/** The UTC calendar day of a timestamp, as lifecycles are judged (YYYY-MM-DD). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The model's lifecycle on `today` (YYYY-MM-DD), or undefined while it is current. The day
 * comes from the caller (the CLI and the editor pass today's date, tests a fixed one): no
 * clock is read here. Without a day nothing is judged.
 */
export function lifecycleOf(model: ModelInfo, today: string | undefined): Lifecycle | undefined {
  if (!today) return undefined;
  const src = (key: string | undefined) => (key ? CATALOG.sources[key] : undefined);
  const replacement = getModel(model.replacement);
  const common = { replacement, replacementSource: replacement ? src(model.sources.replacement) : undefined };
  if (model.retired && model.retired.date <= today) return { state: 'retired', since: model.retired.date, source: src(model.retired.source), ...common };
  if (model.deprecated && model.deprecated.date <= today) {
    const retires = model.retired && { date: model.retired.date, source: src(model.retired.source) };
    return { state: 'deprecated', since: model.deprecated.date, source: src(model.deprecated.source), retires, ...common };
  }
  return undefined;
}

/**
 * "was retired on 2026-09-24 (source: …, as of …)" or "has been deprecated since … and retires
 * on …": the state, its day and its source, to follow a model's name.
 */
export function lifecycleText(life: Lifecycle): string {
  const cite = (s: CatalogSource | undefined) => (s ? ` (source: ${s.title}, as of ${s.asOf})` : '');
  if (life.state === 'retired') return `was retired on ${life.since}${cite(life.source)}`;
  const retires = life.retires ? ` and retires on ${life.retires.date}${life.retires.source !== life.source ? cite(life.retires.source) : ''}` : '';
  return `has been deprecated since ${life.since}${cite(life.source)}${retires}`;
}

function listPrice(m: ModelInfo): number {
  return m.pricePerSecond[m.defaultResolution] ?? m.pricePerSecond['*'] ?? Math.max(...Object.values(m.pricePerSecond));
}

/**
 * The did-you-mean after a lifecycle finding: the replacement, whose suggestion it is, and
 * what it costs when that is more than the model it replaces (never dearer without a word).
 */
export function replacementText(model: ModelInfo, life: Lifecycle): string {
  const r = life.replacement;
  if (!r) return ' Pick a current model of the same task (completion lists them).';
  const dearer = listPrice(r) > listPrice(model) + 1e-9 ? `; it costs more, $${listPrice(r)}/s against $${listPrice(model)}/s` : '';
  const whose = life.replacementSource ? ` ${life.replacementSource.title}.` : '';
  return ` Did you mean "${r.id}" (${r.name}${dearer})?${whose}`;
}
