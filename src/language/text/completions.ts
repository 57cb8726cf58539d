// What to complete where: front-matter keys and values, model ids, durations valid for the
// chosen model, component labels, and camera/lighting vocabulary in shot text.
import type { VpDocument } from '../../core/format/types.js';
import { FRONT_MATTER_KEYS, OVERRIDE_KEYS } from '../../core/format/frontMatterSchema.js';
import { allModels, allowedDurations, getModel } from '../../core/catalog/catalog.js';
import { CAMERA_PHRASES, LIGHTING_PHRASES, MOOD_WORDS } from '../../core/lint/lexicon/cinematography.js';
import { shotAt } from '../../core/lint/engine.js';

export interface Suggestion {
  label: string;
  kind: 'key' | 'value' | 'model' | 'label' | 'vocabulary';
  insertText?: string;
  detail?: string;
}

const LABEL_HINTS: Record<string, string> = {
  subject: 'who or what, with detail',
  action: 'what happens, and how it moves',
  environment: 'where, with time of day',
  lighting: 'light quality and direction',
  camera: 'framing, movement, lens',
  mood: 'tone and style',
  audio: 'ambience, sound effects',
  dialogue: 'spoken lines',
  negative: 'what to keep out',
};

/** Expand "a|b c?" lexicon patterns into readable phrases (first alternative, optional kept). */
function phrases(patterns: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    if (p.includes('@')) continue;
    out.add(p.split(/\s+/).map((w) => w.replace(/\?$/, '').split('|')[0]).join(' '));
  }
  return [...out];
}

function valuesFor(key: string, doc: VpDocument, line: number): Suggestion[] {
  const shot = shotAt(doc.shots, line);
  const modelId = shot?.params.model ?? doc.frontMatter?.params.model;
  const model = getModel(modelId);
  switch (key) {
    case 'model':
      return allModels().map((m) => ({ label: m.id, kind: 'model', detail: `${m.name} · ${m.tier} · ${m.task}` }));
    case 'tier':
      return ['fast', 'standard', 'pro'].map((v) => ({ label: v, kind: 'value' }));
    case 'duration':
      return (model ? allowedDurations(model, { resolution: shot?.params.resolution }) : [4, 5, 6, 8, 10]).map((d) => ({
        label: String(d),
        kind: 'value',
        detail: model ? `allowed by ${model.name}` : undefined,
      }));
    case 'resolution':
      return (model?.resolutions ?? ['480p', '720p', '1080p', '4k']).map((v) => ({ label: v, kind: 'value' }));
    case 'aspect_ratio':
      return (model?.aspectRatios ?? ['16:9', '9:16', '1:1']).map((v) => ({ label: `"${v}"`, kind: 'value' }));
    case 'audio':
      return ['true', 'false'].map((v) => ({ label: v, kind: 'value', detail: model ? `${model.name}: audio ${model.audio}` : undefined }));
    default:
      return [];
  }
}

/** Suggestions for the cursor at (line, character) in `doc`. */
export function completionsAt(doc: VpDocument, line: number, character: number): Suggestion[] {
  const text = (doc.lines[line] ?? '').slice(0, character);
  const fm = doc.frontMatter;
  const inFrontMatter = fm ? line > fm.range.start.line && line < fm.range.end.line : false;
  const keyValue = /^\s*@?([a-z_]+)\s*:\s*[^\s]*$/.exec(text);
  if ((inFrontMatter || text.trimStart().startsWith('@')) && keyValue) return valuesFor(keyValue[1], doc, line);
  if (inFrontMatter && /^[a-z_]*$/.test(text)) {
    return FRONT_MATTER_KEYS.map((k) => ({ label: k, kind: 'key', insertText: `${k}: ` }));
  }
  if (/^@[a-z_]*$/.test(text)) return OVERRIDE_KEYS.map((k) => ({ label: `@${k}`, kind: 'key', insertText: `@${k}: ` }));
  if (/^\s*[a-z]*$/i.test(text) && !inFrontMatter) {
    const labels = Object.entries(LABEL_HINTS).map(([l, hint]) => ({ label: `${l}:`, kind: 'label' as const, insertText: `${l}: `, detail: hint }));
    if (text.trim() === '') return labels;
    return [...labels, ...vocabulary()];
  }
  return inFrontMatter ? [] : vocabulary();
}

let vocab: Suggestion[] | undefined;
function vocabulary(): Suggestion[] {
  vocab ??= [
    ...phrases(CAMERA_PHRASES).map((p) => ({ label: p, kind: 'vocabulary' as const, detail: 'camera' })),
    ...phrases(LIGHTING_PHRASES).map((p) => ({ label: p, kind: 'vocabulary' as const, detail: 'lighting' })),
    ...phrases(MOOD_WORDS).map((p) => ({ label: p, kind: 'vocabulary' as const, detail: 'mood' })),
  ];
  return vocab;
}
