// What to complete where: front-matter keys and values, `@key` overrides, model ids, durations
// valid for the chosen model, `{{vars}}`, component labels, camera/lighting/mood vocabulary in
// shot text, rule ids after a disable directive. Plain data in and out (no vscode), so it is
// unit-tested; src/language/completion.ts turns it into CompletionItems.
import type { VpDocument } from '../../core/format/types.js';
import { FRONT_MATTER_KEYS, OVERRIDE_KEYS } from '../../core/format/frontMatterSchema.js';
import { allModels, allowedDurations, finalModelFor, getModel, lifecycleOf, lifecycleText, replacementText, unpinnedAlias, type ModelInfo } from '../../core/catalog/catalog.js';
import { formatUsd, pricePerSecond } from '../../core/catalog/cost.js';
import { CAMERA_PHRASES, LIGHTING_PHRASES, MOOD_WORDS } from '../../core/lint/lexicon/cinematography.js';
import { shotAt } from '../../core/lint/engine.js';
import { RULE_IDS } from '../../core/lint/types.js';
import { RULE_SUMMARIES } from '../../core/lint/ruleDocs.js';

export type SuggestionKind = 'key' | 'value' | 'model' | 'label' | 'vocabulary' | 'variable' | 'rule';

export interface Suggestion {
  label: string;
  kind: SuggestionKind;
  insertText?: string;
  detail?: string;
  documentation?: string;
  /** Columns [start, end) on the cursor's line that the suggestion replaces; default: the word at the cursor. */
  replace?: [number, number];
  /** Open completion again after inserting (a key, then its values). */
  retrigger?: boolean;
}

export const TRIGGER_CHARACTERS = [':', '@', ' ', '{'];

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

const KEY_HINTS: Record<string, string> = {
  model: 'model id, e.g. bytedance/seedance-2.0-fast/text-to-video',
  tier: 'fast | standard | pro: the tier finals render on',
  duration: 'seconds; the model decides which are allowed',
  resolution: '480p | 720p | 1080p | 4k',
  aspect_ratio: 'e.g. "16:9"',
  audio: 'true | false: native audio',
  seed: 'whole number, for repeatable renders',
  negative: 'what to keep out of every shot',
  references: 'reference images/videos: [refs/a.png]',
  vars: 'text to reuse as {{name}}',
};

/** Keys whose values we can list: completing the key opens the value list right away. */
const KEYS_WITH_VALUES = new Set(['model', 'tier', 'duration', 'resolution', 'aspect_ratio', 'audio']);

/** A few camera moves the lexicon only has as "verb @direction" patterns. */
const DIRECTED_MOVES = ['dolly in', 'dolly out', 'push in', 'pull back', 'pan left', 'pan right', 'pan across', 'tilt up', 'tilt down', 'zoom in', 'zoom out', 'crane up'];

/**
 * Readable phrases from lexicon patterns ("a|b c?" syntax): every alternative of the first word
 * (minus inflections such as pans/panning), the first alternative of the rest; an optional first
 * word gives the phrase with and without it. Patterns with @classes are left to DIRECTED_MOVES.
 */
export function phrasesOf(patterns: readonly string[]): string[] {
  const out = new Map<string, string>();
  const add = (p: string) => {
    const k = p.toLowerCase();
    if (!out.has(k)) out.set(k, p);
  };
  for (const pattern of patterns) {
    if (pattern.includes('@')) continue;
    const tokens = pattern.split(/\s+/);
    const [first, ...rest] = tokens;
    const tail = rest.map((t) => t.replace(/\?$/, '').split('|')[0]);
    const firstOptional = first.endsWith('?');
    const alts: string[] = [];
    for (const a of first.replace(/\?$/, '').split('|')) {
      if (!alts.some((k) => k.slice(0, 3) === a.slice(0, 3))) alts.push(a);
    }
    for (const a of alts) add([a, ...tail].join(' '));
    if (firstOptional && tail.length) add(tail.join(' '));
  }
  return [...out.values()];
}

type Family = 'camera' | 'lighting' | 'mood';
/** Lexicon entries that help recognise a component but say nothing as a completion. */
const GENERIC = new Set(['framed', 'composition', 'light', 'lighting', 'glow', 'mood', 'tone', 'aesthetic', 'locked shot']);
let vocab: Array<{ phrase: string; family: Family }> | undefined;
export function vocabulary(): ReadonlyArray<{ phrase: string; family: Family }> {
  // Built on first use: completion is the only consumer, and activation should not pay for it.
  if (vocab) return vocab;
  const seen = new Set<string>();
  const family = (f: Family, phrases: string[]) =>
    phrases.filter((p) => !GENERIC.has(p) && !seen.has(p.toLowerCase()) && !!seen.add(p.toLowerCase())).map((phrase) => ({ phrase, family: f }));
  vocab = [
    ...family('camera', [...phrasesOf(CAMERA_PHRASES), ...DIRECTED_MOVES]),
    ...family('lighting', phrasesOf(LIGHTING_PHRASES)),
    ...family('mood', phrasesOf(MOOD_WORDS)),
  ];
  return vocab;
}

/** Which vocabulary family a labeled line wants first. */
const LABEL_FAMILY: Record<string, Family> = { camera: 'camera', lighting: 'lighting', environment: 'lighting', setting: 'lighting', mood: 'mood', style: 'mood' };

function resolveModel(id: string | undefined): ModelInfo | undefined {
  if (!id) return undefined;
  return getModel(id) ?? getModel(unpinnedAlias(id)?.pinned);
}

/** Lines [first, last] of the front matter's content, also while its closing "---" is not typed yet. */
function frontMatterLines(doc: VpDocument): [number, number] | undefined {
  if (doc.frontMatter) return [doc.frontMatter.range.start.line + 1, doc.frontMatter.range.end.line - 1];
  if ((doc.lines[0] ?? '').trimEnd() !== '---') return undefined;
  const heading = doc.lines.findIndex((l, i) => i > 0 && /^#(\s|$)/.test(l));
  return [1, heading < 0 ? doc.lines.length - 1 : heading - 1];
}

/** A front-matter value as written, for when the YAML does not parse mid-edit. */
function rawFrontMatterValue(doc: VpDocument, key: string): string | undefined {
  const fm = frontMatterLines(doc);
  if (!fm) return undefined;
  for (let i = fm[0]; i <= fm[1]; i++) {
    const m = new RegExp(`^${key}\\s*:\\s*["']?([^"'\\s#]+)`).exec(doc.lines[i] ?? '');
    if (m) return m[1];
  }
  return undefined;
}

/** `vars:` entries as written, for when the YAML does not parse mid-edit. */
function rawVars(doc: VpDocument): Record<string, string> {
  const fm = frontMatterLines(doc);
  const out: Record<string, string> = {};
  if (!fm) return out;
  let inVars = false;
  for (let i = fm[0]; i <= fm[1]; i++) {
    const l = doc.lines[i] ?? '';
    if (/^\S/.test(l)) inVars = /^vars\s*:\s*$/.test(l);
    const m = inVars ? /^\s+([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(l) : null;
    if (m) out[m[1]] = m[2].replace(/^["']|["']$/g, '');
  }
  return out;
}

interface Context {
  model?: ModelInfo;
  resolution?: string;
  references?: unknown[];
  /** The day model lifecycles are judged by (YYYY-MM-DD); undefined = offer every model. */
  today?: string;
}

function contextAt(doc: VpDocument, line: number, inFrontMatter: boolean): Context {
  if (inFrontMatter) {
    const p = doc.frontMatter?.params ?? {};
    return {
      model: resolveModel(p.model ?? rawFrontMatterValue(doc, 'model')),
      resolution: p.resolution ?? rawFrontMatterValue(doc, 'resolution'),
      references: p.references,
    };
  }
  const shot = shotAt(doc.shots, line);
  const p = shot?.params ?? doc.frontMatter?.params ?? {};
  return { model: resolveModel(p.model ?? rawFrontMatterValue(doc, 'model')), resolution: p.resolution, references: p.references };
}

function modelDoc(m: ModelInfo): string {
  const durations = m.durations.length > 6 ? `${m.durations[0]}–${m.durations[m.durations.length - 1]}` : m.durations.join(', ');
  return [
    `${m.name} (${m.tier} tier, ${m.task})`,
    `Durations: ${durations} s · resolutions: ${m.resolutions.join(', ')}`,
    `Audio: ${m.audio} · ${formatUsd(pricePerSecond(m, m.defaultResolution))}/s at ${m.defaultResolution}`,
  ].join('\n');
}

function valuesFor(key: string, ctx: Context): Suggestion[] {
  const { model } = ctx;
  switch (key) {
    case 'model': {
      // Retired models are never offered; deprecated ones come last, marked, with their replacement.
      const current: Suggestion[] = [];
      const deprecated: Suggestion[] = [];
      for (const m of allModels()) {
        const life = lifecycleOf(m, ctx.today);
        if (life?.state === 'retired') continue;
        const price = `${m.name} · ${m.tier} · ${formatUsd(pricePerSecond(m, m.defaultResolution))}/s`;
        if (!life) current.push({ label: m.id, kind: 'model', detail: price, documentation: modelDoc(m) });
        else {
          deprecated.push({
            label: m.id,
            kind: 'model',
            detail: `${price} · deprecated${life.retires ? `, retires ${life.retires.date}` : ''}`,
            documentation: `${modelDoc(m)}\n${m.name} ${lifecycleText(life)}.${replacementText(m, life)}`,
          });
        }
      }
      return [...current, ...deprecated];
    }
    case 'tier':
      return (['fast', 'standard', 'pro'] as const).map((t) => {
        const final = model ? finalModelFor(model.id, t) : undefined;
        return { label: t, kind: 'value', detail: final && final.tier === t ? `finals on ${final.name}` : undefined };
      });
    case 'duration': {
      const allowed = model ? allowedDurations(model, { resolution: ctx.resolution, references: ctx.references }) : [4, 5, 6, 8, 10];
      return allowed.map((d) => ({
        label: String(d),
        kind: 'value',
        detail: model ? `${d} s, allowed by ${model.name}${allowed.length === 1 && model.constraints ? ` at ${ctx.resolution ?? 'this setup'}` : ''}${d === model.defaultDuration ? ' (default)' : ''}` : `${d} s (set a model to see what it allows)`,
      }));
    }
    case 'resolution':
      return (model?.resolutions ?? ['480p', '720p', '1080p', '4k']).map((r) => ({
        label: r,
        kind: 'value',
        detail: model ? `${formatUsd(pricePerSecond(model, r))}/s on ${model.name}${r === model.defaultResolution ? ' (default)' : ''}` : undefined,
      }));
    case 'aspect_ratio':
      // Quoted: YAML reads an unquoted 16:9 as a base-60 number.
      return (model?.aspectRatios ?? ['16:9', '9:16', '1:1']).map((r) => ({ label: `"${r}"`, kind: 'value', detail: model ? `accepted by ${model.name}` : undefined }));
    case 'audio':
      return ['true', 'false'].map((v) => ({
        label: v,
        kind: 'value',
        detail: model ? `${model.name}: audio ${model.audio === 'optional' ? `optional, default ${model.audioDefault ? 'on' : 'off'}` : model.audio === 'always' ? 'always on' : 'not available'}` : undefined,
      }));
    default:
      return [];
  }
}

/** Value suggestions replacing the value already on the line; a space follows a bare colon. */
function valueSuggestions(key: string, raw: string, valueStart: number, ctx: Context): Suggestion[] {
  const valueEnd = valueStart + (/^\S*/.exec(raw.slice(valueStart))?.[0].length ?? 0);
  const needsSpace = raw[valueStart - 1] === ':';
  return valuesFor(key, ctx).map((s) => ({ ...s, insertText: (needsSpace ? ' ' : '') + (s.insertText ?? s.label), replace: [valueStart, valueEnd] }));
}

/** Start of the longest run before `character` (at a word start) that `phrase` begins with, else the word's start. */
function phraseStart(text: string, character: number, wordStart: number, phrase: string): number {
  const lower = phrase.toLowerCase();
  for (let s = Math.max(0, character - phrase.length); s < wordStart; s++) {
    if (s > 0 && /[\w'-]/.test(text[s - 1])) continue;
    if (lower.startsWith(text.slice(s, character).toLowerCase())) return s;
  }
  return wordStart;
}

function vocabularySuggestions(raw: string, character: number, label: string | undefined): Suggestion[] {
  const wordStart = character - (/[\w'-]*$/.exec(raw.slice(0, character))?.[0].length ?? 0);
  const first = label ? LABEL_FAMILY[label] : undefined;
  const all = vocabulary();
  const ordered = first ? [...all.filter((v) => v.family === first), ...all.filter((v) => v.family !== first)] : all;
  return ordered.map(({ phrase, family }) => ({
    label: phrase,
    kind: 'vocabulary',
    detail: family,
    replace: [phraseStart(raw, character, wordStart, phrase), character],
  }));
}

/**
 * Suggestions for the cursor at (line, character). `trigger` is the character that opened
 * completion automatically, if any: a space or colon only completes values, so typing prose
 * does not pop a list after every word.
 */
export function completionsAt(doc: VpDocument, line: number, character: number, trigger?: string, today?: string): Suggestion[] {
  const raw = doc.lines[line] ?? '';
  const text = raw.slice(0, character);
  const fm = frontMatterLines(doc);
  const inFrontMatter = !!fm && line >= fm[0] && line <= fm[1];
  const onlyValues = trigger === ' ' || trigger === ':';

  if (inFrontMatter) {
    const kv = /^([a-z_]+)[ \t]*:[ \t]*(\S*)$/.exec(text);
    if (kv) return valueSuggestions(kv[1], raw, character - kv[2].length, { ...contextAt(doc, line, true), today });
    if (onlyValues || trigger) return [];
    if (!/^[a-z_]*$/.test(text)) return [];
    const present = new Set(
      Array.from({ length: fm[1] - fm[0] + 1 }, (_, k) => fm[0] + k)
        .filter((l) => l !== line)
        .map((l) => /^([a-z_]+)\s*:/.exec(doc.lines[l] ?? '')?.[1])
        .filter((k): k is string => !!k),
    );
    const keyEnd = /^[a-z_]*/.exec(raw)?.[0].length ?? 0;
    const hasColon = /^[a-z_]*\s*:/.test(raw);
    return FRONT_MATTER_KEYS.filter((k) => !present.has(k)).map((k) => ({
      label: k,
      kind: 'key',
      detail: KEY_HINTS[k],
      insertText: hasColon ? k : k === 'vars' ? 'vars:\n  ' : `${k}: `,
      replace: [0, keyEnd],
      retrigger: !hasColon && KEYS_WITH_VALUES.has(k),
    }));
  }

  if (/^#(\s|$)/.test(raw)) return []; // headings are names, not prompt text

  const directive = /^\s*\/\/\s*vprompt-disable-next-line\b((?:[\s,]+[\w/-]+)*)[\s,]+([\w/-]*)$/.exec(text);
  if (directive) {
    if (trigger && trigger !== ' ') return [];
    const used = new Set(directive[1].split(/[\s,]+/).filter(Boolean));
    return RULE_IDS.filter((id) => !used.has(id)).map((id) => ({
      label: id,
      kind: 'rule',
      detail: RULE_SUMMARIES[id],
      replace: [character - directive[2].length, character + (/^[\w/-]*/.exec(raw.slice(character))?.[0].length ?? 0)],
    }));
  }
  if (/^\s*\/\//.test(raw)) return [];

  const override = /^@([a-z_]+)[ \t]*:[ \t]*(\S*)$/.exec(text);
  if (override) return valueSuggestions(override[1], raw, character - override[2].length, { ...contextAt(doc, line, false), today });
  if (/^@[a-z_]*$/.test(text)) {
    if (onlyValues || (trigger && trigger !== '@')) return [];
    const keyEnd = /^@[a-z_]*/.exec(raw)?.[0].length ?? 1;
    const hasColon = /^@[a-z_]*\s*:/.test(raw);
    return OVERRIDE_KEYS.map((k) => ({
      label: `@${k}`,
      kind: 'key',
      detail: KEY_HINTS[k],
      insertText: hasColon ? `@${k}` : `@${k}: `,
      replace: [0, keyEnd],
      retrigger: !hasColon && KEYS_WITH_VALUES.has(k),
    }));
  }

  const openVar = /\{\{\s*([\w-]*)$/.exec(text);
  if (openVar) {
    if (trigger && trigger !== '{') return [];
    const vars = Object.keys(doc.frontMatter?.vars ?? {}).length ? doc.frontMatter!.vars : rawVars(doc);
    const closed = /^\s*[\w-]*\s*\}\}/.test(raw.slice(character));
    const nameEnd = character + (/^[\w-]*/.exec(raw.slice(character))?.[0].length ?? 0);
    return Object.entries(vars).map(([name, value]) => ({
      label: name,
      kind: 'variable',
      detail: value.length > 60 ? `${value.slice(0, 57)}…` : value,
      insertText: closed ? name : `${name}}}`,
      replace: [character - openVar[1].length, nameEnd],
    }));
  }
  if (trigger) return [];

  const labelled = /^\s*([A-Za-z]+)\s*:/.exec(raw);
  const label = labelled && labelled[0].length <= character ? labelled[1].toLowerCase() : undefined;
  const atLineStart = /^\s*[A-Za-z]*$/.test(text);
  if (atLineStart && !labelled) {
    const wordStart = text.length - text.trimStart().length;
    const labels: Suggestion[] = Object.entries(LABEL_HINTS).map(([l, hint]) => ({
      label: `${l}:`,
      kind: 'label',
      insertText: `${l}: `,
      detail: hint,
      replace: [wordStart, character],
    }));
    return text.trim() === '' ? labels : [...labels, ...vocabularySuggestions(raw, character, undefined)];
  }
  return vocabularySuggestions(raw, character, label);
}
