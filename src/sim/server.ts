// The Atlas API simulator: a real HTTP server on 127.0.0.1 speaking the published shapes
// (the {code,message,data} envelope, {code,msg,request_id,data:null} errors, 401 for unknown
// paths, no Retry-After on 429, X-Request-ID everywhere), with per-model rate limits,
// configurable render times and fault injection. It is vprompt's offline backend and test bed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { FaultPlan, type FaultKind, type FaultRule } from './faults.js';

export interface Clock {
  now(): number;
}

export interface ClipSpec {
  width: number;
  height: number;
  durationSeconds: number;
  audio: false | 'flac' | 'aac';
  seed: number;
}

export interface SimOptions {
  port?: number;
  clock?: Clock;
  random?: () => number;
  /** Render time for a job in ms; default 2–4 s, scaled up a little with duration. */
  renderMs?: (job: { model: string; duration: number; resolution: string }) => number;
  /** Per-model limits; `*` is the default for models not named. */
  limits?: Record<string, { rpm: number; concurrency: number }>;
  faults?: FaultRule[];
  /** Accepted API keys; default: any non-empty key. */
  apiKeys?: string[];
  balance?: number;
  /** 400 message for an invalid body, or undefined when valid. */
  validate?: (body: Record<string, unknown>) => string | undefined;
  /** true when the model exists for this account (404 otherwise). */
  knownModel?: (id: string) => boolean;
  /** Models that always make audio (no request field for it). */
  alwaysAudio?: (model: string) => boolean;
  /** Blocks prompts the way a provider's moderation would (→ failed, error_code 1039). */
  moderate?: (prompt: string) => boolean;
  /** Builds the MP4 for an output. */
  makeClip: (spec: ClipSpec) => Uint8Array | Promise<Uint8Array>;
  /** Model list for GET /api/v1/models, each with its input schema (served at /schemas/...). */
  catalog?: () => Array<{ model: string; schema: object }>;
  /** Pixel size for a resolution/aspect request. */
  dimensions: (resolution: string, aspect: string) => { width: number; height: number };
}

export interface SimJob {
  id: string;
  model: string;
  body: Record<string, unknown>;
  createdAt: number;
  renderMs: number;
  fate: 'completed' | 'failed' | 'timeout' | 'expired';
  error?: string;
  errorCode?: number;
  outputs: number;
  nsfw: boolean;
  clipFaults: FaultKind[];
  polls: number;
}

export interface SimStats {
  submits: number;
  created: number;
  polls: number;
  rateLimited: number;
  downloads: number;
  uploads: number;
  faults: Record<string, number>;
  /** Authorization headers seen on output/upload-file downloads (must stay 0). */
  authOnDownloads: number;
  /** API requests by the key they carried (its last 4 characters), for tests of key changes. */
  keys: Record<string, number>;
}

export interface RunningSimulator {
  url: string;
  jobs: Map<string, SimJob>;
  stats: SimStats;
  faults: FaultPlan;
  /** Emits 'submit' when a submit request arrives and 'created' when a job is created, for tests and logs. */
  events: EventEmitter;
  close(): Promise<void>;
}

const DEFAULT_LIMIT = { rpm: 20, concurrency: 4 };
const JSON_TYPE = { 'content-type': 'application/json' };

export async function startSimulator(options: SimOptions): Promise<RunningSimulator> {
  const clock = options.clock ?? { now: () => Date.now() };
  const random = options.random ?? Math.random;
  const started = clock.now();
  const faults = new FaultPlan(options.faults ?? []);
  const jobs = new Map<string, SimJob>();
  const uploads = new Map<string, Uint8Array>();
  const clips = new Map<string, Uint8Array>();
  const submitTimes = new Map<string, number[]>();
  const stats: SimStats = { submits: 0, created: 0, polls: 0, rateLimited: 0, downloads: 0, uploads: 0, faults: {}, authOnDownloads: 0, keys: {} };
  let balance = options.balance ?? 100;
  let baseUrl = '';
  const sockets = new Set<Socket>();
  const events = new EventEmitter();

  const renderMs = options.renderMs ?? ((j) => 2000 + random() * 2000 + Math.max(0, j.duration - 5) * 100);
  const limitFor = (model: string) => options.limits?.[model] ?? options.limits?.['*'] ?? DEFAULT_LIMIT;
  const ctx = (model?: string, prompt?: string) => ({ model, prompt, elapsedMs: clock.now() - started, random });

  const status = (job: SimJob): string => {
    const age = clock.now() - job.createdAt;
    if (age < Math.min(200, job.renderMs / 4)) return 'created';
    if (age < job.renderMs) return 'processing';
    return job.fate;
  };
  const active = (model: string) => [...jobs.values()].filter((j) => j.model === model && (status(j) === 'created' || status(j) === 'processing')).length;

  function send(res: ServerResponse, code: number, body: unknown, requestId: string): void {
    res.writeHead(code, { ...JSON_TYPE, 'x-request-id': requestId });
    res.end(JSON.stringify(body));
  }
  const fail = (res: ServerResponse, code: number, msg: string, requestId: string) =>
    send(res, code, { code, msg, request_id: requestId, data: null }, requestId);

  function predictionView(job: SimJob) {
    const s = status(job);
    const view: Record<string, unknown> = {
      id: job.id,
      model: job.model,
      status: s,
      outputs: [],
      error: null,
      created_at: new Date(job.createdAt).toISOString(),
    };
    if (s === 'completed') {
      view.outputs = Array.from({ length: job.outputs }, (_, i) => `${baseUrl}/outputs/${job.id}/${i}.mp4`);
      view.metrics = { predict_time: Math.round(job.renderMs) / 1000 };
      view.completed_at = new Date(job.createdAt + job.renderMs).toISOString();
      if (job.nsfw) view.has_nsfw_contents = [true];
    }
    if (s === 'failed') {
      view.error = job.error;
      view.error_code = job.errorCode;
      view.completed_at = new Date(job.createdAt + job.renderMs).toISOString();
    }
    if (s === 'timeout') view.error = 'Task timed out';
    return view;
  }

  async function readBody(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomBytes(8).toString('hex');
    const url = new URL(req.url ?? '/', 'http://sim');
    const path = url.pathname;
    const auth = req.headers.authorization;
    const keyOk = () => {
      const m = /^Bearer (.+)$/.exec(auth ?? '');
      return Boolean(m && (options.apiKeys ? options.apiKeys.includes(m[1]) : m[1].trim()));
    };

    // Output and uploaded files: storage-like hosts, no auth expected (and none should arrive).
    const out = /^\/outputs\/([\w-]+)\/(\d+)\.mp4$/.exec(path);
    if (req.method === 'GET' && out) {
      if (auth) stats.authOnDownloads++;
      const job = jobs.get(out[1]);
      if (!job || status(job) !== 'completed' || Number(out[2]) >= job.outputs) return fail(res, 404, 'not found', requestId);
      if (faults.take(['output-404'], ctx(job.model))) return fail(res, 404, 'not found', requestId);
      stats.downloads++;
      const bytes = await clipFor(job);
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(bytes.length), 'x-request-id': requestId });
      res.end(Buffer.from(bytes));
      return;
    }
    const file = /^\/files\/([\w-]+)$/.exec(path);
    if (req.method === 'GET' && file) {
      if (auth) stats.authOnDownloads++;
      const bytes = uploads.get(file[1]);
      if (!bytes) return fail(res, 404, 'not found', requestId);
      res.writeHead(200, { 'content-length': String(bytes.length), 'x-request-id': requestId });
      res.end(Buffer.from(bytes));
      return;
    }

    if (req.method === 'GET' && path === '/api/v1/models') {
      const data = (options.catalog?.() ?? []).map((m) => ({ model: m.model, type: 'Video', schema: `${baseUrl}/schemas/${encodeURIComponent(m.model)}.json` }));
      return send(res, 200, { code: 200, message: 'success', data }, requestId);
    }
    const schemaPath = /^\/schemas\/(.+)\.json$/.exec(path);
    if (req.method === 'GET' && schemaPath) {
      const entry = options.catalog?.().find((m) => m.model === decodeURIComponent(schemaPath[1]));
      if (!entry) return fail(res, 404, 'not found', requestId);
      return send(res, 200, { openapi: '3.0.0', components: { schemas: { Input: entry.schema } } }, requestId);
    }
    if (!['/api/v1/model/generateVideo', '/api/v1/model/uploadMedia', '/public/v1/balance'].includes(path) && !path.startsWith('/api/v1/model/prediction/')) {
      // The real API answers unknown paths with 401, which looks like a bad key.
      return fail(res, 401, 'unauthorized', requestId);
    }
    const isSubmit = req.method === 'POST' && path === '/api/v1/model/generateVideo';
    if (isSubmit) {
      stats.submits++;
      events.emit('submit');
    }
    const bearer = /^Bearer (.+)$/.exec(auth ?? '')?.[1];
    if (bearer) stats.keys[`…${bearer.slice(-4)}`] = (stats.keys[`…${bearer.slice(-4)}`] ?? 0) + 1;
    if (!keyOk()) return fail(res, 401, 'unauthorized', requestId);

    if (faults.take(['503'], ctx())) return fail(res, 503, 'service temporarily unavailable', requestId);

    if (req.method === 'GET' && path === '/public/v1/balance') {
      return send(res, 200, { code: 200, message: 'success', data: { balance } }, requestId);
    }

    if (req.method === 'POST' && path === '/api/v1/model/uploadMedia') {
      const raw = await readBody(req);
      const id = randomBytes(8).toString('hex');
      uploads.set(id, raw);
      stats.uploads++;
      return send(res, 200, { code: 200, message: 'success', data: { download_url: `${baseUrl}/files/${id}` } }, requestId);
    }

    if (isSubmit) {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse((await readBody(req)).toString('utf8')) as Record<string, unknown>;
      } catch {
        return fail(res, 400, 'invalid JSON body', requestId);
      }
      const model = typeof body.model === 'string' ? body.model : '';
      const prompt = typeof body.prompt === 'string' ? body.prompt : '';
      if (!model) return fail(res, 400, 'model is required', requestId);
      if (options.knownModel && !options.knownModel(model)) return fail(res, 404, `model ${model} not found`, requestId);
      const invalid = options.validate?.(body);
      if (invalid) return fail(res, 400, invalid, requestId);
      const slow = faults.take(['slow'], ctx(model, prompt));
      if (slow?.delayMs) await new Promise((r) => setTimeout(r, slow.delayMs));
      const limit = limitFor(model);
      const now = clock.now();
      const recent = (submitTimes.get(model) ?? []).filter((t) => now - t < 60_000);
      if (faults.take(['429'], ctx(model, prompt)) || recent.length >= limit.rpm || active(model) >= limit.concurrency) {
        stats.rateLimited++;
        return fail(res, 429, 'rate limit exceeded', requestId);
      }
      recent.push(now);
      submitTimes.set(model, recent);
      const job = createJob(model, body, prompt);
      const after = faults.take(['submit-500-after-create', 'submit-504-after-create', 'submit-reset-after-create', 'malformed-submit'], ctx(model, prompt));
      if (after?.kind === 'submit-500-after-create') return fail(res, 500, 'internal server error', requestId);
      if (after?.kind === 'submit-504-after-create') return fail(res, 504, 'gateway timeout', requestId);
      if (after?.kind === 'submit-reset-after-create') return void req.socket.destroy();
      if (after?.kind === 'malformed-submit') {
        res.writeHead(200, { ...JSON_TYPE, 'x-request-id': requestId });
        return void res.end('{"code":200,"data":{"oops"');
      }
      return send(res, 200, { code: 200, message: 'success', data: { id: job.id, status: 'created' } }, requestId);
    }

    const poll = /^\/api\/v1\/model\/prediction\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && poll) {
      stats.polls++;
      const job = jobs.get(decodeURIComponent(poll[1]));
      if (!job) return fail(res, 404, 'prediction not found', requestId);
      job.polls++;
      const f = faults.take(['poll-500', 'poll-reset', 'malformed-poll'], ctx(job.model));
      if (f?.kind === 'poll-500') return fail(res, 500, 'internal server error', requestId);
      if (f?.kind === 'poll-reset') return void req.socket.destroy();
      if (f?.kind === 'malformed-poll') {
        res.writeHead(200, { ...JSON_TYPE, 'x-request-id': requestId });
        return void res.end('<html>bad gateway</html>');
      }
      // Mirror the API's drift: the code sometimes arrives as a string.
      return send(res, 200, { code: random() < 0.5 ? 200 : '200', message: 'success', data: predictionView(job) }, requestId);
    }
    return fail(res, 401, 'unauthorized', requestId);
  }

  function createJob(model: string, body: Record<string, unknown>, prompt: string): SimJob {
    const id = `pred_${randomBytes(6).toString('hex')}`;
    const duration = Number(body.duration ?? 5) || 5;
    const resolution = String(body.resolution ?? '720p');
    const job: SimJob = {
      id,
      model,
      body,
      createdAt: clock.now(),
      renderMs: renderMs({ model, duration, resolution }),
      fate: 'completed',
      outputs: 1,
      nsfw: false,
      clipFaults: [],
      polls: 0,
    };
    const c = ctx(model, prompt);
    const moderated = options.moderate?.(prompt) ?? false;
    const blocked = moderated ? undefined : faults.take(['fail-1039'], c);
    if (moderated || blocked) {
      job.fate = 'failed';
      job.error = blocked?.message ?? 'Input rejected by content moderation: the prompt may contain sensitive content.';
      job.errorCode = 1039;
      job.renderMs = Math.min(job.renderMs, 800);
    } else {
      const end = faults.take(['timeout', 'expired', 'fewer-outputs', 'nsfw'], c);
      if (end?.kind === 'timeout' || end?.kind === 'expired') job.fate = end.kind;
      if (end?.kind === 'fewer-outputs') job.outputs = 0;
      if (end?.kind === 'nsfw') {
        job.outputs = 0;
        job.nsfw = true;
      }
      for (const k of ['short-duration', 'wrong-resolution', 'no-audio', 'aac-audio'] as const) {
        if (faults.take([k], c)) job.clipFaults.push(k);
      }
    }
    jobs.set(id, job);
    stats.created++;
    events.emit('created', job);
    const price = 0.1 * duration;
    balance = Math.max(0, balance - price);
    return job;
  }

  async function clipFor(job: SimJob): Promise<Uint8Array> {
    const cached = clips.get(job.id);
    if (cached) return cached;
    const b = job.body;
    let { width, height } = options.dimensions(String(b.resolution ?? '720p'), String(b.aspect_ratio ?? '16:9'));
    const size = typeof b.size === 'string' ? /^(\d+)\*(\d+)$/.exec(b.size) : null;
    if (size) [width, height] = [Number(size[1]), Number(size[2])];
    let durationSeconds = Number(b.duration ?? 5) || 5;
    const wantsAudio = b.generate_audio === true || b.sound === true || b.audio === true || (options.alwaysAudio?.(job.model) ?? false);
    let audio: ClipSpec['audio'] = wantsAudio ? 'flac' : false;
    if (job.clipFaults.includes('short-duration')) durationSeconds = Math.max(1, Math.floor(durationSeconds / 2));
    if (job.clipFaults.includes('wrong-resolution')) [width, height] = [Math.round(width / 2 / 16) * 16, Math.round(height / 2 / 16) * 16];
    if (job.clipFaults.includes('no-audio')) audio = false;
    if (job.clipFaults.includes('aac-audio') && wantsAudio) audio = 'aac';
    const bytes = await options.makeClip({ width, height, durationSeconds, audio, seed: Number(b.seed ?? 0) });
    clips.set(job.id, bytes);
    return bytes;
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) fail(res, 500, `simulator error: ${(e as Error).message}`, 'sim');
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    jobs,
    get stats() {
      return { ...stats, faults: faults.counts() };
    },
    faults,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
