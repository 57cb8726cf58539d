// Atlas Cloud client: submit, poll, upload, catalog, balance. Every failure comes back as a
// classified RenderError (never a throw), and the API key only ever goes to the API origin.
import type { z } from 'zod';
import { classifyHttp, classifyNetwork, type HttpFailure, type RenderError } from './errors.js';
import { parseRetryAfter } from '../render/backoff.js';
import { DNS_TRY_AGAIN, NetworkError, toNetworkError, type HttpTransport } from './http.js';
import { systemClock } from '../render/clock.js';
import { balanceSchema, catalogSchema, envelopeSchema, errorBodySchema, predictionSchema, uploadSchema, type Prediction } from './schemas.js';

export const DEFAULT_API_BASE = 'https://api.atlascloud.ai';

export type Result<T> = { ok: true; value: T; requestId?: string } | { ok: false; error: RenderError };

export interface ClientOptions {
  baseUrl: string;
  apiKey?: string;
  transport: HttpTransport;
  /** Per-request timeout; submits that time out count as outcome-unknown. */
  timeoutMs?: number;
  /**
   * Pauses before each quick retry of a temporary DNS failure (EAI_AGAIN), and how long.
   * Default: the system clock, DNS_RETRY_DELAYS_MS. Tests pass their own.
   */
  dnsRetry?: { delaysMs: readonly number[]; sleep(ms: number, signal?: AbortSignal): Promise<void> };
}

/**
 * A temporary DNS failure (EAI_AGAIN) is retried after these pauses, then reported: a resolver
 * hiccup clears in a moment, one that lasts longer is a network problem to report, not to wait
 * out. No connection was ever opened, so resending (a submit too) cannot double-bill.
 */
export const DNS_RETRY_DELAYS_MS: readonly number[] = [250, 1000];

const submitSchema = envelopeSchema(predictionSchema.partial({ status: true }).required({ id: true }));
const pollSchema = envelopeSchema(predictionSchema);

export class AtlasClient {
  readonly origin: string;
  private readonly base: string;
  private readonly host: string;

  constructor(private readonly options: ClientOptions) {
    const url = new URL(options.baseUrl);
    this.origin = url.origin;
    this.host = url.hostname;
    this.base = url.href.replace(/\/+$/, '');
  }

  get hasKey(): boolean {
    return Boolean(this.options.apiKey);
  }

  /** A new key (Set API Key) applies from the next request, also to jobs already running. */
  setApiKey(key: string | undefined): void {
    this.options.apiKey = key;
  }

  submit(body: Record<string, unknown>, signal?: AbortSignal): Promise<Result<Prediction>> {
    return this.call('submit', 'POST', '/api/v1/model/generateVideo', JSON.stringify(body), submitSchema, signal).then((r) =>
      r.ok ? { ...r, value: { ...r.value.data, status: r.value.data.status ?? 'created', outputs: r.value.data.outputs ?? [] } as Prediction } : r,
    );
  }

  getPrediction(id: string, signal?: AbortSignal): Promise<Result<Prediction>> {
    return this.call('poll', 'GET', `/api/v1/model/prediction/${encodeURIComponent(id)}`, undefined, pollSchema, signal).then((r) =>
      r.ok ? { ...r, value: r.value.data as Prediction } : r,
    );
  }

  async uploadMedia(fileName: string, bytes: Uint8Array, mime: string): Promise<Result<string>> {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }), fileName);
    const r = await this.call('upload', 'POST', '/api/v1/model/uploadMedia', form, uploadSchema);
    return r.ok ? { ...r, value: r.value.data.download_url } : r;
  }

  async listModels(): Promise<Result<Array<{ model: string; type?: string; schema?: string }>>> {
    const r = await this.call('catalog', 'GET', '/api/v1/models', undefined, catalogSchema);
    return r.ok ? { ...r, value: r.value.data } : r;
  }

  async balance(): Promise<Result<number>> {
    const r = await this.call('balance', 'GET', '/public/v1/balance', undefined, balanceSchema);
    return r.ok ? { ...r, value: r.value.data.balance } : r;
  }

  private async call<S extends z.ZodTypeAny>(
    phase: HttpFailure['phase'],
    method: 'GET' | 'POST',
    path: string,
    body: string | FormData | undefined,
    schema: S,
    signal?: AbortSignal,
  ): Promise<Result<z.infer<S>>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (typeof body === 'string') headers['content-type'] = 'application/json';
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    let res;
    const dnsRetry = this.options.dnsRetry ?? { delaysMs: DNS_RETRY_DELAYS_MS, sleep: systemClock.sleep };
    for (let attempt = 0; ; attempt++) {
      try {
        res = await this.options.transport({ method, url: this.base + path, headers, body, timeoutMs: this.options.timeoutMs, signal });
        break;
      } catch (e) {
        const n = e instanceof NetworkError ? e : toNetworkError(e);
        if (n.code === DNS_TRY_AGAIN && attempt < dnsRetry.delaysMs.length && !signal?.aborted) {
          try {
            await dnsRetry.sleep(dnsRetry.delaysMs[attempt], signal);
            continue;
          } catch {
            // Cancelled during the pause: report the failure as it stands.
          }
        }
        return { ok: false, error: this.scrub(classifyNetwork({ phase, code: n.code, message: n.message, beforeSend: n.beforeSend, host: this.host })) };
      }
    }
    const requestId = res.headers['x-request-id'];
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      const n = toNetworkError(e);
      // The status line arrived, so the request was received: a submit's outcome is unknown.
      return { ok: false, error: this.scrub(classifyNetwork({ phase, code: n.code, message: n.message, beforeSend: false, host: this.host })) };
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (res.status < 200 || res.status >= 300) {
      const parsed = errorBodySchema.safeParse(json);
      return { ok: false, error: this.scrub({ ...classifyHttp({ phase, status: res.status, body: parsed.success ? parsed.data : text.slice(0, 500), requestId, retryAfterMs: parseRetryAfter(res.headers['retry-after'], Date.now()) }) }) };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const detail = json === undefined ? 'not JSON' : parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).slice(0, 3).join('; ');
      const error: RenderError =
        phase === 'submit'
          ? {
              category: 'outcome-unknown',
              action: 'wait',
              retry: 'check-before-resubmit',
              message: `The API accepted the submit but its answer could not be read (${detail}); the render may exist. Check before resubmitting.`,
              code: 'malformed-response',
              requestId,
            }
          : {
              category: 'unavailable',
              action: 'wait',
              retry: 'backoff',
              message: `The API's answer could not be read (${detail}); vprompt retries.`,
              code: 'malformed-response',
              requestId,
            };
      return { ok: false, error: this.scrub(error) };
    }
    return { ok: true, value: parsed.data, requestId };
  }

  /** Belt and braces: no error text may ever carry the key, whatever a server echoes back. */
  private scrub(e: RenderError): RenderError {
    const key = this.options.apiKey;
    // Real keys are long; scrubbing a toy one-letter key would only mangle the message.
    if (!key || key.length < 8) return e;
    const clean = (s?: string) => (s && s.includes(key) ? s.split(key).join('[redacted]') : s);
    return { ...e, message: clean(e.message)!, apiError: clean(e.apiError) };
  }
}
