// Structured log records, one per stage as the article lists: on request (model, prompt
// hash — never the prompt — duration, resolution, mode, time), on response (prediction id,
// initial status, any error), on completion (final status, predict_time, error, output URL).
import { createHash } from 'node:crypto';

export type LogRecord =
  | {
      stage: 'request';
      at: string;
      jobKey: string;
      model: string;
      promptHash: string;
      duration?: number;
      resolution?: string;
      mode: 'draft' | 'final';
      attempt: number;
    }
  | {
      stage: 'response';
      at: string;
      jobKey: string;
      model: string;
      predictionId?: string;
      status?: string;
      requestId?: string;
      error?: { category: string; code?: string | number; message: string };
    }
  | {
      stage: 'completion';
      at: string;
      jobKey: string;
      model: string;
      predictionId: string;
      status: string;
      predictTime?: number;
      error?: { message: string; code?: string | number };
      outputUrl?: string;
    }
  | { stage: 'warning'; at: string; jobKey: string; model: string; predictionId?: string; message: string };

export function promptHash(prompt: string): string {
  return createHash('sha256').update(prompt).digest('hex').slice(0, 16);
}

/** One JSON object per line: greppable, and safe to ship to any log store. */
export function formatLogLine(r: LogRecord): string {
  return JSON.stringify(r);
}
