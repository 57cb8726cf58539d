// structure/*: each shot should carry [Subject + detail] + [Action + motion style] +
// [Environment + lighting] + [Camera + mood]; vague shots force the model to guess, which
// costs retries.
import type { Shot } from '../../format/types.js';
import { segmentRange } from '../../format/segments.js';
import { PhraseMatcher, longestNonOverlapping } from '../../text/phraseMatcher.js';
import { tokensOf } from '../../text/tokenize.js';
import { analyzeShot, type Component } from '../components.js';
import { VAGUE_TERMS } from '../lexicon/cinematography.js';
import type { Fix, Rule, RuleContext, RuleId } from '../types.js';

/** Shots with fewer descriptive words than this are too thin to steer a model. */
export const MIN_CONTENT_WORDS = 6;

const MISSING: Array<{ component: Exclude<Component, 'audio'>; rule: RuleId; label: string; what: string; example: string }> = [
  {
    component: 'subject',
    rule: 'structure/missing-subject',
    label: 'subject',
    what: 'no clear subject',
    example: 'a woman in her 30s in a long red wool coat',
  },
  {
    component: 'action',
    rule: 'structure/missing-action',
    label: 'action',
    what: 'no action or motion',
    example: 'walks briskly toward camera, coat swaying',
  },
  {
    component: 'environment',
    rule: 'structure/missing-environment',
    label: 'environment',
    what: 'no environment or lighting',
    example: 'rain-slicked street at night, neon reflections on wet pavement',
  },
  {
    component: 'camera',
    rule: 'structure/missing-camera',
    label: 'camera',
    what: 'no camera framing, movement or mood',
    example: 'medium tracking shot, shallow depth of field, tense mood',
  },
];

let vagueMatcher: PhraseMatcher<string[]> | undefined;
function vague(): PhraseMatcher<string[]> {
  if (!vagueMatcher) {
    vagueMatcher = new PhraseMatcher<string[]>();
    for (const v of VAGUE_TERMS) vagueMatcher.add(v.pattern, v.suggestions);
  }
  return vagueMatcher;
}

function insertLineFix(ctx: RuleContext, shot: Shot, label: string, example: string): Fix {
  const line = shot.lastContentLine;
  const end = ctx.doc.lines[line]?.length ?? 0;
  return {
    title: `Add ${label}: line`,
    kind: 'insert-component',
    edits: [{ range: { start: { line, character: end }, end: { line, character: end } }, newText: `\n${label}: ${example}` }],
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
      ctx.report({
        rule: m.rule,
        severity: 'warning',
        message: `${shotName} has ${m.what}${extra}. Add it, e.g. "${m.example}".`,
        range: shot.nameRange,
        shot: shot.name,
        fixes: [insertLineFix(ctx, shot, m.label, m.example)],
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
