// format/var-boundary: a `{{var}}` that reads badly once expanded. "A {{heroine}}" with
// `heroine: a woman in her 30s` sends "A a woman in her 30s…" to the model; "the {{place}}"
// with `place: the old harbour` sends "the the old harbour". The finding is on the words
// around the variable; the fix deletes the doubled word outside it.
import { segmentRange, isFromVar } from '../../format/segments.js';
import type { Segment, Shot } from '../../format/types.js';
import { tokensOf, type Token } from '../../text/tokenize.js';
import type { Rule, RuleContext } from '../types.js';

const ARTICLES = new Set(['a', 'an', 'the']);

function doubled(a: Token, b: Token): boolean {
  return a.norm === b.norm || (ARTICLES.has(a.norm) && ARTICLES.has(b.norm));
}

function check(shot: Shot, seg: Segment, ctx: RuleContext): void {
  if (seg.expansions.length === 0) return;
  const tokens = tokensOf(seg);
  for (const x of seg.expansions) {
    // The last word before the expansion and the first inside it; the last inside and the first after.
    let before = -1;
    let first = -1;
    let last = -1;
    let after = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.end <= x.expStart) before = i;
      else if (t.start >= x.expStart && t.end <= x.expEnd) {
        if (first < 0) first = i;
        last = i;
      } else if (t.start >= x.expEnd && after < 0) after = i;
    }
    const report = (outside: Token, inside: Token, side: 'before' | 'after') => {
      if (isFromVar(seg, outside.start, outside.end)) return; // both sides are variables: nothing to delete here
      // Quote a few words of the expansion so the doubling reads in context: "A a woman in…".
      const from = side === 'before' ? outside.start : tokens[Math.max(first, last - 2)].start;
      const to = side === 'before' ? tokens[Math.min(last, first + 2)].end : outside.end;
      const expanded = `${side === 'after' && from > x.expStart ? '…' : ''}${seg.text.slice(from, to)}${side === 'before' && to < x.expEnd ? '…' : ''}`;
      const word = seg.text.slice(outside.start, outside.end);
      // Delete the outside word and the space that joins it to the variable.
      const del = side === 'before' ? segmentRange(seg, outside.start, x.expStart) : segmentRange(seg, x.expEnd, outside.end);
      const range = side === 'before' ? segmentRange(seg, outside.start, x.expEnd) : segmentRange(seg, x.expStart, outside.end);
      ctx.report({
        rule: 'format/var-boundary',
        severity: 'warning',
        message:
          `Expanded, this reads "${expanded}": {{${x.name}}} ${side === 'before' ? 'starts' : 'ends'} with "${seg.text.slice(inside.start, inside.end)}". ` +
          `Remove "${word}" ${side} the variable, or reword the variable under "vars:".`,
        range,
        shot: shot.name,
        fixes: [{ title: `Remove "${word}" ${side} {{${x.name}}}`, kind: 'format', isPreferred: true, edits: [{ range: del, newText: '' }] }],
      });
    };
    if (before >= 0 && first >= 0 && doubled(tokens[before], tokens[first]) && /^\s*$/.test(seg.text.slice(tokens[before].end, x.expStart))) {
      report(tokens[before], tokens[first], 'before');
    }
    if (after >= 0 && last >= 0 && tokens[after].norm === tokens[last].norm && /^\s*$/.test(seg.text.slice(x.expEnd, tokens[after].start))) {
      report(tokens[after], tokens[last], 'after');
    }
  }
}

export const varBoundaryRule: Rule = {
  id: 'var-boundary',
  checkShot(shot, ctx) {
    for (const seg of shot.segments) check(shot, seg, ctx);
  },
};
