// The failure taxonomy: every way a render can go wrong maps to one category, which says
// which of three things the user should do (fix the request, fix the prompt, or wait) and
// whether vprompt may retry on its own. Submits are never retried once they may have
// reached the server: that is how duplicate paid renders happen.
import { DNS_TRY_AGAIN, isDnsFailure } from './http.js';

export const ERROR_CATEGORIES = [
  'auth',
  'quota',
  'permission',
  'rate-limit',
  'content-policy',
  'invalid-request',
  'unavailable',
  'outcome-unknown',
  'region',
  'expired',
  'output-quality',
  'network',
] as const;
export type ErrorCategory = (typeof ERROR_CATEGORIES)[number];

export type UserAction = 'fix-request' | 'fix-prompt' | 'wait';

/** What the pipeline may do by itself. */
export type RetryPolicy =
  | 'never' // a person must change something first
  | 'backoff' // safe to resend after a delay (nothing was created)
  | 'check-before-resubmit'; // a job may exist and bill: look it up, never blindly resend

export interface RenderError {
  category: ErrorCategory;
  action: UserAction;
  retry: RetryPolicy;
  /** What happened and what to do, in one or two sentences. */
  message: string;
  /** HTTP status, API error_code, or a network error code. */
  code?: string | number;
  /** The API's own error text, shown verbatim (as text) to the user. */
  apiError?: string;
  requestId?: string;
  /** From a Retry-After header, if the server ever sends one. */
  retryAfterMs?: number;
}

const ACTION: Record<ErrorCategory, UserAction> = {
  auth: 'fix-request',
  quota: 'fix-request',
  permission: 'fix-request',
  'rate-limit': 'wait',
  'content-policy': 'fix-prompt',
  'invalid-request': 'fix-request',
  unavailable: 'wait',
  'outcome-unknown': 'wait',
  region: 'fix-request',
  expired: 'fix-request',
  'output-quality': 'fix-prompt',
  // The API host cannot be resolved: the API base URL or this machine's network needs fixing.
  network: 'fix-request',
};

export const ACTION_TEXT: Record<UserAction, string> = {
  'fix-request': 'Fix the request',
  'fix-prompt': 'Fix the prompt',
  wait: 'Wait and retry',
};

function make(category: ErrorCategory, retry: RetryPolicy, message: string, extra: Partial<RenderError> = {}): RenderError {
  return { category, action: ACTION[category], retry, message, ...extra };
}

export interface HttpFailure {
  phase: 'submit' | 'poll' | 'upload' | 'catalog' | 'balance' | 'download';
  status: number;
  /** Parsed body when it was JSON. */
  body?: unknown;
  requestId?: string;
  retryAfterMs?: number;
}

function bodyText(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return typeof body === 'string' ? body : undefined;
  const b = body as Record<string, unknown>;
  const t = b.msg ?? b.message ?? b.error ?? (b.data as Record<string, unknown> | undefined)?.error;
  return typeof t === 'string' ? t : undefined;
}

/** Classifies an HTTP error response. 403 needs the body: quota and scope look alike otherwise. */
export function classifyHttp(f: HttpFailure): RenderError {
  const apiError = bodyText(f.body);
  const extra = { code: f.status, apiError, requestId: f.requestId, retryAfterMs: f.retryAfterMs };
  const submit = f.phase === 'submit';
  switch (f.status) {
    case 400:
      return make('invalid-request', 'never', 'The API rejected the request as invalid. Check the model\'s parameters (duration, resolution, aspect ratio) and run `vprompt lint`.', extra);
    case 401:
      return make('auth', 'never', 'The API key was refused (401). Check ATLASCLOUD_API_KEY or run "VPrompt: Set API Key"; a wrong API base URL path also answers 401.', extra);
    case 402:
      return make('quota', 'never', 'Insufficient balance (402). Add credit to the account, then render again.', extra);
    case 403:
      if (apiError && /quota|credit|balance|exhaust|limit/i.test(apiError)) {
        return make('quota', 'never', 'The account\'s quota or credit is exhausted (403). Add billing or upgrade the plan, then render again.', extra);
      }
      return make('permission', 'never', 'The key is not permitted to use this model (403). Regenerate the key with the right scope or pick another model.', extra);
    case 404:
      return f.phase === 'poll'
        ? make('expired', 'never', 'The prediction was not found (404): it may have expired. Render again if you still need it.', extra)
        : make('permission', 'never', 'The model is not available to this account (404). Check the model id with `vprompt lint` or choose another model.', extra);
    case 413:
      return make('invalid-request', 'never', 'The request is too large (413, over 50 MB). Upload references separately and pass asset ids.', extra);
    case 429:
      return make('rate-limit', 'backoff', 'Rate limited (429). vprompt slows down and retries by itself; lower the per-model limits in settings if this persists.', extra);
    case 451:
      return make('region', 'never', 'The API is not available from this region (451). This cannot be fixed by retrying.', extra);
    case 503:
      return make('unavailable', 'backoff', 'The service is temporarily unavailable (503). Wait and try again; check the status dashboard if it lasts.', extra);
    case 500:
    case 502:
    case 504:
      if (submit) {
        return make('outcome-unknown', 'check-before-resubmit', `The server failed after the submit was sent (${f.status}); the render may still have been created and billed. Check for it before resubmitting.`, extra);
      }
      return make('unavailable', 'backoff', `The server failed (${f.status}) while checking status; vprompt keeps polling.`, extra);
    default:
      if (f.status >= 500) {
        return submit
          ? make('outcome-unknown', 'check-before-resubmit', `Unexpected server error ${f.status} after the submit was sent; the render may exist. Check before resubmitting.`, extra)
          : make('unavailable', 'backoff', `Unexpected server error ${f.status}; vprompt keeps polling.`, extra);
      }
      return make('invalid-request', 'never', `Unexpected HTTP ${f.status} from the API. Check the API base URL and the request.`, extra);
  }
}

export interface NetworkFailure {
  phase: HttpFailure['phase'];
  code?: string;
  message: string;
  /** True when no byte of the request reached the server (e.g. connection refused, DNS). */
  beforeSend: boolean;
  /** The API host the request was for, named in DNS failures. */
  host?: string;
}

/**
 * A network fault on submit is only safe to retry when the request provably never left. A
 * host name that does not resolve is not retried at all (the client retries EAI_AGAIN once or
 * twice itself, briefly): backing off for minutes would only delay "check the API base URL".
 */
export function classifyNetwork(f: NetworkFailure): RenderError {
  const extra = { code: f.code ?? 'NETWORK' };
  if (isDnsFailure(f.code)) {
    const host = f.host ? `the API host "${f.host}"` : 'the API host';
    const why = f.code === DNS_TRY_AGAIN ? `${f.code}, a temporary DNS failure that did not clear on retry` : f.code;
    if (f.phase === 'poll') {
      // The job exists whatever happens here; the pipeline keeps polling until its max wait.
      return make('network', 'backoff', `Cannot resolve ${host} (${why}) while checking on the job: check vprompt.apiBaseUrl / --api-base and your network. The job is not affected; vprompt keeps checking.`, extra);
    }
    return make('network', 'never', `Cannot resolve ${host} (${why}): check vprompt.apiBaseUrl / --api-base and your network. Nothing was sent.`, extra);
  }
  if (f.beforeSend) {
    return make('unavailable', 'backoff', `Cannot reach the API (${f.code ?? f.message}). Check the network or the API base URL; nothing was submitted.`, extra);
  }
  if (f.phase === 'submit') {
    return make('outcome-unknown', 'check-before-resubmit', `The connection failed after the submit was sent (${f.code ?? f.message}); the render may have been created and billed. Check before resubmitting.`, extra);
  }
  return make('unavailable', 'backoff', `Network error while talking to the API (${f.code ?? f.message}); vprompt retries.`, extra);
}

/** error_code 1039 and friends: a finished job whose status is failed. */
export function classifyFailedJob(job: { error?: string | null; error_code?: string | number | null; status: string }): RenderError {
  const apiError = job.error ?? undefined;
  const code = job.error_code ?? undefined;
  if (String(code) === '1039' || (apiError && /moderat|safety|policy|nsfw|sensitive/i.test(apiError))) {
    return make('content-policy', 'never', 'Blocked by content moderation (1039). Retrying the same prompt will not help: reword it (vprompt lint shows risky terms and safer rewordings), and check dialogue and audio separately.', { code: code ?? 1039, apiError });
  }
  if (job.status === 'timeout') {
    return make('unavailable', 'never', 'The service gave up rendering this job (timeout). This is usually load: wait, then render again.', { code: code ?? 'timeout', apiError });
  }
  if (job.status === 'expired') {
    return make('expired', 'never', 'The job\'s outputs have expired and can no longer be downloaded. Render again if you still need it.', { code: code ?? 'expired', apiError });
  }
  if (apiError && /duration|resolution|aspect|parameter|invalid|unsupported/i.test(apiError)) {
    return make('invalid-request', 'never', 'The model rejected a parameter combination. Fix the settings (`vprompt lint` checks them) and render again.', { code, apiError });
  }
  return make('unavailable', 'never', 'The render failed on the server. Read the API\'s error below; if it names no cause, wait and render again.', { code, apiError });
}

export function contentPolicyFromOutputs(requested: number, received: number, nsfw: boolean): RenderError | undefined {
  if (nsfw) {
    return make('content-policy', 'never', 'Some output was flagged as unsafe (has_nsfw_contents) and withheld. Reword the prompt; retrying the same prompt rarely helps.', { code: 'nsfw' });
  }
  if (received < requested) {
    return make('content-policy', 'never', `Only ${received} of ${requested} clips came back: the missing ones were most likely removed by a safety filter. Reword the prompt.`, { code: 'missing-outputs' });
  }
  return undefined;
}

export function outputQualityError(message: string, code: string): RenderError {
  return make('output-quality', 'never', message, { code });
}

/** The render finished waiting locally but the job's fate is not known (max wait, cancel, crash). */
export function outcomeUnknown(message: string, code: string): RenderError {
  return make('outcome-unknown', 'check-before-resubmit', message, { code });
}
