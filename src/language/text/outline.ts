// The outline (one symbol per shot, plus the front matter) and folding ranges, from a parsed
// document. Plain data only; outline.ts and folding.ts wrap these for VS Code.
import type { Shot, TextRange, VpDocument } from '../../core/format/types.js';
import { getModel, unpinnedAlias } from '../../core/catalog/catalog.js';

export interface OutlineSymbol {
  kind: 'front-matter' | 'shot';
  name: string;
  detail: string;
  /** The whole block. */
  range: TextRange;
  /** What the outline highlights and reveals: the heading text. */
  selectionRange: TextRange;
}

/** "5s · 720p" with the model's defaults filled in, plus the model when the shot overrides it. */
export function shotDetail(shot: Shot): string {
  const p = shot.params;
  const model = p.model ? (getModel(p.model) ?? getModel(unpinnedAlias(p.model)?.pinned)) : undefined;
  const seconds = p.duration ?? model?.defaultDuration;
  const resolution = p.resolution ?? model?.defaultResolution;
  const ownModel = shot.overrides.some((o) => o.key === 'model') ? (model?.name ?? p.model) : undefined;
  return [seconds !== undefined ? `${seconds}s` : '', resolution ?? '', ownModel ?? ''].filter(Boolean).join(' · ');
}

const lineEnd = (doc: VpDocument, line: number) => doc.lines[line]?.length ?? 0;

export function outlineSymbols(doc: VpDocument): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  const fm = doc.frontMatter;
  if (fm) {
    out.push({
      kind: 'front-matter',
      name: 'Front matter',
      detail: fm.params.model ?? '',
      range: fm.range,
      selectionRange: { start: fm.range.start, end: { line: fm.range.start.line, character: lineEnd(doc, fm.range.start.line) } },
    });
  }
  for (const s of doc.shots) {
    const end = Math.max(s.lastContentLine, s.nameRange.end.line);
    out.push({
      kind: 'shot',
      name: s.name || '(unnamed shot)',
      detail: shotDetail(s),
      range: { start: { line: s.startLine, character: 0 }, end: { line: end, character: lineEnd(doc, end) } },
      selectionRange: s.nameRange,
    });
  }
  return out;
}

export interface Fold {
  start: number;
  end: number;
}

/** The front matter and each shot (heading to its last line of content) fold. */
export function foldingRanges(doc: VpDocument): Fold[] {
  const out: Fold[] = [];
  const fm = doc.frontMatter;
  if (fm && fm.range.end.line > fm.range.start.line) out.push({ start: fm.range.start.line, end: fm.range.end.line });
  for (const s of doc.shots) if (s.lastContentLine > s.startLine) out.push({ start: s.startLine, end: s.lastContentLine });
  return out;
}
