// The HTTP seam: the client speaks to this interface, so tests and the simulator exercise
// the real client over real sockets, while unit tests can script responses.
import type { Readable } from 'node:stream';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array | FormData;
  /** Abort the request after this long with no complete response. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | undefined>;
  text(): Promise<string>;
  /** Streamed body, for downloads. */
  stream(): Readable;
}

export type HttpTransport = (req: HttpRequest) => Promise<HttpResponse>;

/** Thrown by a transport for socket-level failures. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** No byte of the request can have reached the server. */
    readonly beforeSend: boolean,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

// Connection never established: the request provably never left this machine.
const BEFORE_SEND = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_INVALID_URL', 'ERR_BAD_URL']);

/**
 * The host name could not be resolved. ENOTFOUND is the resolver's definite answer (no such
 * host: a typo in the API base, or no network to ask): waiting does not change it. EAI_AGAIN
 * is a temporary resolver failure (a timeout, a resolver restarting): worth one or two quick
 * retries, no more. Both are before-send: no connection was ever opened.
 */
export const DNS_NOT_FOUND = 'ENOTFOUND';
export const DNS_TRY_AGAIN = 'EAI_AGAIN';

export function isDnsFailure(code: string | undefined): boolean {
  return code === DNS_NOT_FOUND || code === DNS_TRY_AGAIN;
}

export function toNetworkError(e: unknown): NetworkError {
  if (e instanceof NetworkError) return e;
  const err = e as { code?: string; cause?: { code?: string }; message?: string; name?: string };
  const code = err?.code ?? err?.cause?.code ?? (err?.name === 'AbortError' ? 'ABORTED' : 'NETWORK');
  return new NetworkError(err?.message ?? String(e), code, BEFORE_SEND.has(code));
}
