// zod schemas for Atlas responses, tolerant of drift: codes as number or string, unknown
// fields kept, `succeeded` read as `completed`, missing optional fields defaulted.
import { z } from 'zod';

const code = z.union([z.number(), z.string()]).transform((c) => Number(c));

export const TERMINAL_STATUSES = ['completed', 'failed', 'timeout', 'expired'] as const;
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

const status = z
  .string()
  .transform((s) => s.toLowerCase())
  .transform((s) => (s === 'succeeded' || s === 'success' ? 'completed' : s === 'canceled' || s === 'cancelled' ? 'failed' : s));

export const predictionSchema = z
  .object({
    id: z.string().min(1),
    status,
    model: z.string().optional(),
    outputs: z.array(z.string()).nullish().transform((o) => o ?? []),
    error: z.string().nullish(),
    error_code: z.union([z.number(), z.string()]).nullish(),
    metrics: z
      .object({ predict_time: z.union([z.number(), z.string()]).transform(Number).nullish() })
      .passthrough()
      .nullish(),
    created_at: z.string().nullish(),
    completed_at: z.string().nullish(),
    has_nsfw_contents: z.array(z.boolean()).nullish(),
  })
  .passthrough();
export type Prediction = z.infer<typeof predictionSchema>;

export const envelopeSchema = <T extends z.ZodTypeAny>(data: T) =>
  z
    .object({
      code: code.optional(),
      message: z.string().optional(),
      msg: z.string().optional(),
      data,
    })
    .passthrough();

export const errorBodySchema = z
  .object({ code: code.optional(), msg: z.string().optional(), message: z.string().optional(), request_id: z.string().optional() })
  .passthrough();

export const uploadSchema = envelopeSchema(z.object({ download_url: z.string().url() }).passthrough());

export const catalogSchema = envelopeSchema(
  z.array(
    z
      .object({
        model: z.string(),
        type: z.string().optional(),
        schema: z.string().optional(),
        price: z.unknown().optional(),
      })
      .passthrough(),
  ),
).or(
  // Some deployments return the bare list.
  z.array(z.object({ model: z.string(), type: z.string().optional(), schema: z.string().optional() }).passthrough()).transform((data) => ({ data, code: 200 })),
);

export const balanceSchema = envelopeSchema(
  z.object({ balance: z.union([z.number(), z.string()]).transform(Number) }).passthrough(),
);

export function isTerminal(s: string): s is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(s);
}
