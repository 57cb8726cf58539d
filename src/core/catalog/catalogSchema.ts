// The shape of models.json, as a zod schema: the unit tests validate the bundled catalog with
// it, and the types below come from it. Not imported at run time (see catalog.ts).
import { z } from 'zod';

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
});
export type ModelInfo = z.infer<typeof modelSchema>;

export const catalogSchema = z.object({
  version: z.literal(1),
  asOf: z.string(),
  sources: z.record(z.string(), z.object({ title: z.string(), asOf: z.string(), confidence: z.enum(['doc', '3rd', 'inf']) })),
  aliases: z.record(z.string(), z.string()),
  models: z.array(modelSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;
