// The production transport over undici. Redirects are never followed: a redirect could
// carry the Authorization header to another origin.
import { request } from 'undici';
import type { HttpRequest, HttpResponse, HttpTransport } from '../core/api/http.js';
import { toNetworkError } from '../core/api/http.js';

export const undiciTransport: HttpTransport = async (req: HttpRequest): Promise<HttpResponse> => {
  try {
    let body = req.body;
    let sendHeaders = req.headers;
    if (body instanceof FormData) {
      // Serialise multipart bodies with the platform's encoder (it picks the boundary).
      const encoded = new Response(body);
      sendHeaders = { ...sendHeaders, 'content-type': encoded.headers.get('content-type') ?? 'multipart/form-data' };
      body = new Uint8Array(await encoded.arrayBuffer());
    }
    const res = await request(req.url, {
      method: req.method,
      headers: sendHeaders,
      body: body as never,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
      signal: req.signal,
      maxRedirections: 0,
    } as never);
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(res.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    let consumed = false;
    return {
      status: res.statusCode,
      headers,
      async text() {
        consumed = true;
        try {
          return await res.body.text();
        } catch (e) {
          throw toNetworkError(e);
        }
      },
      stream() {
        if (consumed) throw new Error('response body already read');
        consumed = true;
        return res.body;
      },
    };
  } catch (e) {
    throw toNetworkError(e);
  }
};
