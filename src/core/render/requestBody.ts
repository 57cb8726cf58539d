// Builds the API request for a shot (flat JSON, the model's own field names) and validates it
// with ajv against that model's input schema before anything is sent. The bundled schema is
// derived from the catalog; a live schema from the API's model list can replace it.
import Ajv from 'ajv';
import type { Shot } from '../format/types.js';
import type { ModelInfo } from '../catalog/catalog.js';
import { modelForKind, estimateCost } from '../catalog/cost.js';
import { promptHash } from './log.js';
import type { Expectation } from './pipeline.js';

export interface BuiltRequest {
  model: ModelInfo;
  body: Record<string, unknown>;
  prompt: string;
  promptHash: string;
  estimatedCostUsd: number;
  expect: Expectation;
}

export type BuildResult = { ok: true; request: BuiltRequest } | { ok: false; message: string };

const LABEL_ORDER = ['subject', 'action', 'environment', 'lighting', 'camera', 'mood'] as const;
const NEGATIVE_FAMILIES = new Set(['veo3.1', 'wan-2.6', 'wan-2.7']);

/** Pixel size for a resolution and aspect ratio (even numbers, short side = the "p" value). */
export function pixelSize(resolution: string, aspect: string): { width: number; height: number } {
  const short = resolution === '4k' ? 2160 : resolution === '2k' ? 1440 : Number.parseInt(resolution, 10) || 720;
  const [w, h] = aspect.split(':').map(Number);
  const ratio = w && h ? w / h : 16 / 9;
  const even = (x: number) => Math.max(2, Math.round(x / 2) * 2);
  return ratio >= 1 ? { width: even(short * ratio), height: short } : { width: short, height: even(short / ratio) };
}

/** The prompt text sent to the model: prose as written, labeled lines in component order, then audio. */
export function promptFor(shot: Shot, withAudio: boolean): { prompt: string; negative: string } {
  const prose: string[] = [];
  const labeled = new Map<string, string[]>();
  const audio: string[] = [];
  const negative: string[] = [];
  for (const seg of shot.segments) {
    const text = seg.text.trim();
    if (!text) continue;
    if (seg.channel === 'negative') negative.push(text);
    else if (seg.label === 'audio' || seg.channel === 'audio') {
      // Quoted dialogue inside prose stays in the prose, where it was written.
      if (!seg.label) prose.push(`"${text}"`);
      else audio.push(text);
    } else if (seg.label) {
      const list = labeled.get(seg.label) ?? [];
      list.push(text);
      labeled.set(seg.label, list);
    } else prose.push(text);
  }
  const parts = [prose.join(' ')];
  for (const l of LABEL_ORDER) if (labeled.has(l)) parts.push(labeled.get(l)!.join(', '));
  let prompt = parts.filter(Boolean).map((p) => p.replace(/[.\s]+$/, '')).join('. ');
  if (prompt) prompt += '.';
  if (withAudio && audio.length) prompt += ` Audio: ${audio.join('; ')}`;
  return { prompt, negative: [shot.params.negative, ...negative].filter(Boolean).join(', ') };
}

/** The bundled input schema, derived from the catalog (also what the simulator publishes). */
export function inputSchema(model: ModelInfo): object {
  const properties: Record<string, unknown> = {
    model: { const: model.id },
    prompt: { type: 'string', minLength: 1, maxLength: model.maxPromptChars },
    duration: { enum: model.durations },
    seed: { type: 'integer', minimum: 0 },
    negative_prompt: { type: 'string' },
  };
  if (model.fields.resolution === 'resolution') properties.resolution = { enum: model.resolutions };
  if (model.fields.resolution === 'size') properties.size = { type: 'string', pattern: '^\\d+\\*\\d+$' };
  if (model.fields.aspectRatio) properties[model.fields.aspectRatio] = { enum: model.aspectRatios };
  if (model.fields.audio) properties[model.fields.audio] = { type: 'boolean' };
  if (model.fields.references) {
    properties[model.fields.references] =
      model.fields.references === 'image' ? { type: 'string', minLength: 1 } : { type: 'array', items: { type: 'string' }, maxItems: model.references.total };
  }
  return { type: 'object', required: ['model', 'prompt'], additionalProperties: false, properties };
}

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<Ajv['compile']>>();
const liveSchemas = new Map<string, object>();

/** Use a schema fetched from the API (components.schemas.Input) instead of the bundled one. */
export function setLiveSchema(modelId: string, schema: object): void {
  liveSchemas.set(modelId, schema);
  compiled.delete(modelId);
}

export function validateBody(model: ModelInfo, body: Record<string, unknown>): string | undefined {
  let validate = compiled.get(model.id);
  if (!validate) {
    try {
      validate = ajv.compile(liveSchemas.get(model.id) ?? inputSchema(model));
    } catch {
      validate = ajv.compile(inputSchema(model)); // a broken live schema falls back to the bundled one
    }
    compiled.set(model.id, validate);
  }
  if (validate(body)) return undefined;
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath.slice(1) || 'body'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`)
    .join('; ');
}

export function buildRequest(shot: Shot, kind: 'draft' | 'final', references: string[] = []): BuildResult {
  const p = shot.params;
  if (!p.model) return { ok: false, message: 'No model is set for this shot. Add "model:" to the front matter.' };
  const model = modelForKind(p.model, kind, p.tier);
  if (!model) return { ok: false, message: `Unknown model "${p.model}". Run \`vprompt lint\` for a did-you-mean.` };
  const duration = p.duration ?? model.defaultDuration;
  const resolution = p.resolution && model.resolutions.includes(p.resolution) ? p.resolution : model.defaultResolution;
  const aspect = p.aspect_ratio ?? '16:9';
  const audio = model.audio === 'always' ? true : model.audio === 'none' ? false : (p.audio ?? model.audioDefault);
  const { prompt, negative } = promptFor(shot, audio);
  const body: Record<string, unknown> = { model: model.id, prompt, duration };
  if (model.fields.resolution === 'resolution') body.resolution = resolution;
  if (model.fields.resolution === 'size') {
    const { width, height } = pixelSize(resolution, aspect);
    body.size = `${width}*${height}`;
  }
  if (model.fields.aspectRatio) body[model.fields.aspectRatio] = aspect;
  if (model.fields.audio) body[model.fields.audio] = audio;
  if (p.seed !== undefined) body.seed = p.seed;
  if (negative && NEGATIVE_FAMILIES.has(model.family)) body.negative_prompt = negative;
  if (references.length && model.fields.references) body[model.fields.references] = model.fields.references === 'image' ? references[0] : references;
  const invalid = validateBody(model, body);
  if (invalid) return { ok: false, message: `The request does not fit ${model.name}'s input schema: ${invalid}. Run \`vprompt lint\` to fix the settings.` };
  const size = pixelSize(resolution, aspect);
  return {
    ok: true,
    request: {
      model,
      body,
      prompt,
      promptHash: promptHash(prompt),
      estimatedCostUsd: estimateCost(p, kind)?.usd ?? 0,
      expect: { outputs: 1, durationSeconds: duration, width: size.width, height: size.height, audio },
    },
  };
}
