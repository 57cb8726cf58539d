// structure/*: each shot should carry [Subject + detail] + [Action + motion style] +
// [Environment + lighting] + [Camera + mood]; vague shots force the model to guess, which
// costs retries.
import type { Shot } from '../../format/types.js';
import { segmentRange } from '../../format/segments.js';
import { PhraseMatcher, longestNonOverlapping } from '../../text/phraseMatcher.js';
import { tokensOf } from '../../text/tokenize.js';
import { analyzeShot } from '../components.js';
import { fittedSuggestion, insertion, type FittedSuggestion, type Missing } from '../fitted.js';
import { VAGUE_TERMS } from '../lexicon/cinematography.js';
import type { Fix, Rule, RuleContext, RuleId } from '../types.js';

/** Shots with fewer descriptive words than this are too thin to steer a model. */
export const MIN_CONTENT_WORDS = 6;

const MISSING: Array<{ component: Missing; rule: RuleId; label: string; what: string }> = [
  { component: 'subject', rule: 'structure/missing-subject', label: 'subject', what: 'no clear subject' },
  { component: 'action', rule: 'structure/missing-action', label: 'action', what: 'no action or motion' },
  { component: 'environment', rule: 'structure/missing-environment', label: 'environment', what: 'no environment or lighting' },
  { component: 'camera', rule: 'structure/missing-camera', label: 'camera', what: 'no camera framing, movement or mood' },
];

let vagueMatcher: PhraseMatcher<string[]> | undefined;
function vague(): PhraseMatcher<string[]> {
  if (!vagueMatcher) {
    vagueMatcher = new PhraseMatcher<string[]>();
    for (const v of VAGUE_TERMS) vagueMatcher.add(v.pattern, v.suggestions);
  }
  return vagueMatcher;
}

/** Adds a `label: …` line after the body: fitted choices at a tab stop, or a neutral placeholder. */
function insertLineFix(ctx: RuleContext, shot: Shot, label: string, fitted: FittedSuggestion): Fix {
  const line = shot.lastContentLine;
  const end = ctx.doc.lines[line]?.length ?? 0;
  const { text, snippet } = insertion(label, fitted);
  return {
    title: `Add ${label}: line`,
    kind: 'insert-component',
    edits: [{ range: { start: { line, character: end }, end: { line, character: end } }, newText: `\n${text}`, snippet: `\n${snippet}` }],
  };
}

export const structureRule: Rule = {
  id: 'structure',
  checkShot(shot, ctx) {
    const visual = shot.segments.filter((s) => s.channel === 'visual' && s.text.trim());
    if (visual.length === 0 && !shot.segments.some((s) => s.text.trim())) return; // format/empty-shot says it
    const a = analyzeShot(shot);
    const shotName = shot.name ? `Shot "${shot.name}"` : 'This shot';
    for (const m of MISSING) {
      if (a.components[m.component]) continue;
      const extra = m.component === 'camera' && a.mood ? ' (it has mood words, but no shot size, angle or movement)' : '';
      const fitted = fittedSuggestion(shot, m.component);
      const hint = fitted.choices.length ? `, e.g. "${fitted.choices[0]}"` : `: ${fitted.placeholder}`;
      ctx.report({
        rule: m.rule,
        severity: 'warning',
        message: `${shotName} has ${m.what}${extra}. Add it${hint}.`,
        range: shot.nameRange,
        shot: shot.name,
        fixes: [insertLineFix(ctx, shot, m.label, fitted)],
      });
    }
    if (a.contentWords < MIN_CONTENT_WORDS) {
      ctx.report({
        rule: 'structure/vague',
        severity: 'warning',
        message: `${shotName} has only ${a.contentWords} descriptive word${a.contentWords === 1 ? '' : 's'}, so the model will guess the rest and you will pay for retries. Describe who, doing what, where, and how it is filmed.`,
        range: shot.nameRange,
        shot: shot.name,
      });
    }
    for (const seg of visual) {
      for (const m of longestNonOverlapping(vague().matchTokens(tokensOf(seg)))) {
        const range = segmentRange(seg, m.start, m.end);
        const words = seg.text.slice(m.start, m.end);
        ctx.report({
          rule: 'structure/vague',
          severity: 'info',
          message: `"${words}" is too vague to steer the model. Say exactly what you want, e.g. "${m.value[0]}".`,
          range,
          shot: shot.name,
          suggestions: m.value,
        });
      }
    }
  },
};
