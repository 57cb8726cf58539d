// The shape of models.json, as a zod schema: the unit tests validate the bundled catalog with
// it, and the types below come from it. Not imported at run time (see catalog.ts).
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date, YYYY-MM-DD');
/** A lifecycle step (deprecated, retired): the day it took effect and the source that says so. */
const lifecycleStep = z.object({ date: isoDate, source: z.string() });

const modelSchema = z.object({
  id: z.string().regex(/^[\w.-]+\/[\w.-]+\/[\w-]+$/),
  family: z.string(),
  name: z.string(),
  tier: z.enum(['fast', 'standard', 'pro']),
  /** The model drafts use in this family and task (the cheapest tier). */
  draft: z.boolean(),
  task: z.enum(['text-to-video', 'image-to-video', 'reference-to-video']),
  durations: z.array(z.number().int().positive()).min(1),
  defaultDuration: z.number().int().positive(),
  resolutions: z.array(z.string()).min(1),
  defaultResolution: z.string(),
  aspectRatios: z.array(z.string()).min(1),
  audio: z.enum(['none', 'optional', 'always']),
  audioDefault: z.boolean(),
  references: z.object({ images: z.number(), videos: z.number(), audio: z.number(), total: z.number() }),
  maxPromptChars: z.number().int().positive(),
  pricePerSecond: z.record(z.string(), z.number().positive()),
  limits: z.object({ rpm: z.number().positive(), concurrency: z.number().int().positive() }),
  constraints: z.object({ requires8sFor: z.array(z.string()), requires8sWithReferences: z.boolean() }).optional(),
  fields: z.object({
    audio: z.string().nullable(),
    resolution: z.string().nullable(),
    aspectRatio: z.string().nullable(),
    references: z.string().nullable(),
  }),
  notes: z.array(z.string()),
  sources: z.record(z.string(), z.string()),
  /** From this day the provider discourages the model and has usually named a shutdown date. */
  deprecated: lifecycleStep.optional(),
  /** From this day requests to the model fail. */
  retired: lifecycleStep.optional(),
  /** A current model of the same task to suggest instead (its reasoning: `sources.replacement`). */
  replacement: z.string().optional(),
});
export type ModelInfo = z.infer<typeof modelSchema>;

const sourceSchema = z.object({
  title: z.string(),
  asOf: z.string(),
  confidence: z.enum(['doc', '3rd', 'inf']),
  url: z.url().optional(),
  note: z.string().optional(),
});

export const catalogSchema = z
  .object({
    version: z.literal(1),
    asOf: z.string(),
    sources: z.record(z.string(), sourceSchema),
    aliases: z.record(z.string(), z.string()),
    models: z.array(modelSchema),
  })
  .superRefine((c, ctx) => {
    // Cross-references a flat schema cannot see: sources named, replacements that exist and fit.
    const byId = new Map(c.models.map((m) => [m.id, m]));
    const price = (m: ModelInfo) => m.pricePerSecond[m.defaultResolution] ?? m.pricePerSecond['*'] ?? Math.max(...Object.values(m.pricePerSecond));
    c.models.forEach((m, i) => {
      const at = (...path: Array<string | number>) => ['models', i, ...path];
      for (const [figure, key] of Object.entries(m.sources)) {
        if (!c.sources[key]) ctx.addIssue({ code: 'custom', path: at('sources', figure), message: `unknown source "${key}"` });
      }
      for (const step of ['deprecated', 'retired'] as const) {
        const s = m[step];
        if (s && !c.sources[s.source]) ctx.addIssue({ code: 'custom', path: at(step, 'source'), message: `unknown source "${s.source}"` });
      }
      if (m.deprecated && m.retired && m.deprecated.date > m.retired.date) {
        ctx.addIssue({ code: 'custom', path: at('deprecated', 'date'), message: 'deprecated after it was retired' });
      }
      if (m.replacement === undefined) return;
      const r = byId.get(m.replacement);
      if (!r) return ctx.addIssue({ code: 'custom', path: at('replacement'), message: `unknown model "${m.replacement}"` });
      if (r.task !== m.task) ctx.addIssue({ code: 'custom', path: at('replacement'), message: `${r.id} is ${r.task}, not ${m.task}` });
      if (r.retired || r.deprecated) ctx.addIssue({ code: 'custom', path: at('replacement'), message: `${r.id} is itself deprecated or retired` });
      if (!m.sources.replacement) ctx.addIssue({ code: 'custom', path: at('sources', 'replacement'), message: 'a replacement needs a source saying whose suggestion it is' });
      // A dearer replacement is allowed only when the model's notes say so.
      if (price(r) > price(m) + 1e-9 && !m.notes.some((n) => /\bcosts? more\b|\bdearer\b/i.test(n))) {
        ctx.addIssue({ code: 'custom', path: at('replacement'), message: `${r.id} costs more per second than ${m.id}; say so in notes or pick another` });
      }
    });
    for (const [alias, target] of Object.entries(c.aliases)) {
      if (!byId.has(target)) ctx.addIssue({ code: 'custom', path: ['aliases', alias], message: `unknown model "${target}"` });
    }
  });
export type Catalog = z.infer<typeof catalogSchema>;
