// Maps offsets in a segment's expanded text back to source positions, so a finding inside a
// `{{var}}` expansion points at the `{{var}}` that produced it.
import type { Segment, TextRange } from './types.js';

function toSource(seg: Segment, offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const x of seg.expansions) {
    if (offset < x.expStart || (side === 'end' && offset === x.expStart)) break;
    if (offset < x.expEnd || (side === 'end' && offset === x.expEnd)) {
      return side === 'start' ? x.srcStart : x.srcEnd;
    }
    shift += x.expEnd - x.expStart - (x.srcEnd - x.srcStart);
  }
  return seg.sourceStart + offset - shift;
}

export function segmentRange(seg: Segment, start: number, end: number): TextRange {
  return {
    start: { line: seg.line, character: toSource(seg, start, 'start') },
    end: { line: seg.line, character: Math.max(toSource(seg, end, 'end'), toSource(seg, start, 'start')) },
  };
}

/** True when [start, end) of the expanded text lies (partly) inside a var expansion. */
export function isFromVar(seg: Segment, start: number, end: number): boolean {
  return seg.expansions.some((x) => start < x.expEnd && end > x.expStart);
}
