// params/*: the shot's settings against the model's published capabilities, so a request the
// model would reject (or silently change) is caught before it costs anything.
import type { Shot, TextRange, VpDocument } from '../../format/types.js';
import {
  allowedDurations,
  getModel,
  lifecycleOf,
  lifecycleText,
  nearestDuration,
  replacementText,
  suggestModel,
  unpinnedAlias,
  type Lifecycle,
  type ModelInfo,
} from '../../catalog/catalog.js';
import type { Fix, LintDiagnostic, Rule, RuleContext, RuleId, Severity } from '../types.js';

export const DEFAULT_MODEL = 'bytedance/seedance-2.0-fast/text-to-video';

interface Located {
  range: TextRange;
  /** undefined when the value comes from the front matter (a file-level finding). */
  shot?: string;
}

/** Where a setting's value was written: the shot's `@key` override, else the front matter. */
function locate(doc: VpDocument, shot: Shot, key: string): Located | undefined {
  const o = [...shot.overrides].reverse().find((x) => x.key === key);
  if (o) return { range: o.valueRange, shot: shot.name };
  const r = doc.frontMatter?.valueRanges[key];
  return r ? { range: r } : undefined;
}

const reported = new WeakMap<VpDocument, Set<string>>();

function reportKey(rule: RuleId, at: Located): string {
  return `${rule}@${at.range.start.line}:${at.range.start.character}@${at.shot ?? ''}`;
}

function reportOnce(ctx: RuleContext, d: LintDiagnostic): void {
  // A front-matter value is shared by every shot: say it once, on the value.
  let seen = reported.get(ctx.doc);
  if (!seen) reported.set(ctx.doc, (seen = new Set()));
  const key = reportKey(d.rule, d);
  if (seen.has(key)) return;
  seen.add(key);
  ctx.report(d);
}

function replaceFix(title: string, kind: Fix['kind'], range: TextRange, newText: string, isPreferred = true): Fix {
  return { title, kind, isPreferred, edits: [{ range, newText }] };
}

function resolutionRank(r: string): number {
  const m = /^(\d+)p$/.exec(r);
  return m ? Number(m[1]) : r === '4k' ? 2160 : r === '2k' ? 1440 : 0;
}

function ratioValue(r: string): number {
  const [w, h] = r.split(':').map(Number);
  return w / h;
}

function closest<T>(items: readonly T[], score: (x: T) => number): T {
  return items.reduce((best, x) => (score(x) < score(best) ? x : best), items[0]);
}

function diag(rule: RuleId, severity: Severity, message: string, at: Located, fixes?: Fix[], suggestions?: string[]): LintDiagnostic {
  return { rule, severity, message, range: at.range, shot: at.shot, fixes, suggestions };
}

/**
 * params/retired-model: an error once the model is retired (requests fail), a warning once it
 * is deprecated, with the date, the source and a did-you-mean to its replacement. The fix is
 * not preferred: another model renders differently (and may cost differently), so "fix all"
 * leaves the choice to the user.
 */
function reportLifecycle(ctx: RuleContext, id: string, model: ModelInfo, life: Lifecycle, at: Located): void {
  const who = id === model.id ? `${model.name} (${model.id})` : `"${id}" points at ${model.name} (${model.id}), which`;
  const consequence = life.state === 'retired' ? ': requests to it fail, so nothing can render on it.' : '. Move before then.';
  const r = life.replacement;
  reportOnce(
    ctx,
    diag(
      'params/retired-model',
      life.state === 'retired' ? 'error' : 'warning',
      `${who} ${lifecycleText(life)}${consequence}${replacementText(model, life)}`,
      at,
      r ? [replaceFix(`Change model to ${r.id}`, 'replace-model', at.range, r.id, false)] : undefined,
      r ? [r.id] : undefined,
    ),
  );
}

function checkModelId(ctx: RuleContext, shot: Shot, id: string, at: Located): ModelInfo | undefined {
  const model = getModel(id);
  if (model) return model;
  const alias = unpinnedAlias(id);
  if (alias) {
    // An alias that still names a retired model must not be pinned to it: the one finding
    // is that it cannot render, with the replacement (which also pins it).
    const target = getModel(alias.pinned);
    const life = target && lifecycleOf(target, ctx.env.today);
    if (target && life?.state === 'retired') {
      reportLifecycle(ctx, id, target, life, at);
      return undefined;
    }
    reportOnce(
      ctx,
      diag(
        'params/unpinned-model',
        'warning',
        `"${id}" is an alias that can switch model versions under you, which makes quality changes impossible to debug.` +
          (alias.pinned ? ` Pin "${alias.pinned}".` : ' Pin an exact version id.'),
        at,
        alias.pinned ? [replaceFix(`Pin model to ${alias.pinned}`, 'pin-model', at.range, alias.pinned)] : undefined,
        alias.pinned ? [alias.pinned] : undefined,
      ),
    );
    return alias.pinned ? getModel(alias.pinned) : undefined;
  }
  // Already said for this value (a front-matter model, once per shot): skip the costly search
  // for a suggestion, which would otherwise run again for every shot in the file.
  if (reported.get(ctx.doc)?.has(reportKey('params/unknown-model', at))) return undefined;
  const suggestion = suggestModel(id);
  reportOnce(
    ctx,
    diag(
      'params/unknown-model',
      'error',
      `Unknown model "${id}".` +
        (suggestion ? ` Did you mean "${suggestion}"?` : ' Use a full id such as "bytedance/seedance-2.0-fast/text-to-video" (completion lists them).'),
      at,
      suggestion ? [replaceFix(`Change model to ${suggestion}`, 'replace-model', at.range, suggestion)] : undefined,
      suggestion ? [suggestion] : undefined,
    ),
  );
  return undefined;
}

function promptLength(shot: Shot): number {
  return shot.segments
    .filter((s) => s.channel !== 'negative')
    .reduce((n, s) => n + s.text.trim().length + 2, 0);
}

export const paramsRule: Rule = {
  id: 'params',
  checkDocument(ctx) {
    const hasModel = ctx.doc.frontMatter?.params.model !== undefined || ctx.doc.shots.some((s) => s.params.model !== undefined);
    const modelProblem = ctx.doc.problems.some((p) => (p.data as { key?: string } | undefined)?.key === 'model');
    if (hasModel || modelProblem || ctx.doc.shots.length === 0) return;
    const fm = ctx.doc.frontMatter;
    const edit = fm
      ? { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: `model: ${DEFAULT_MODEL}\n` }
      : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `---\nmodel: ${DEFAULT_MODEL}\n---\n` };
    ctx.report({
      rule: 'params/unknown-model',
      severity: 'info',
      message: 'No model is set, so limits are not checked and costs are not estimated. Add "model:" to the front matter.',
      range: ctx.doc.shots[0].nameRange,
      fixes: [{ title: `Set model to ${DEFAULT_MODEL}`, kind: 'replace-model', edits: [edit] }],
    });
  },
  checkShot(shot, ctx) {
    const p = shot.params;
    if (!p.model) return;
    const modelAt = locate(ctx.doc, shot, 'model');
    if (!modelAt) return;
    const model = checkModelId(ctx, shot, p.model, modelAt);
    if (!model) return;
    const life = lifecycleOf(model, ctx.env.today);
    if (life) {
      reportLifecycle(ctx, p.model, model, life, modelAt);
      // The limits of a model that cannot render are moot: the replacement has its own.
      if (life.state === 'retired') return;
    }
    // A front-matter value judged against this shot's own model is this shot's problem.
    const own = (at: Located | undefined): Located | undefined => (at && modelAt.shot !== undefined ? { ...at, shot: shot.name } : at);

    const resolution = p.resolution;
    const resAt = own(locate(ctx.doc, shot, 'resolution'));
    if (resolution && resAt && !model.resolutions.includes(resolution)) {
      const snap = closest(model.resolutions, (r) => Math.abs(resolutionRank(r) - resolutionRank(resolution)));
      reportOnce(
        ctx,
        diag(
          'params/unsupported-resolution',
          'error',
          `${model.name} does not render ${resolution}; it accepts ${model.resolutions.join(', ')}.`,
          resAt,
          [replaceFix(`Change resolution to ${snap}`, 'snap-value', resAt.range, snap)],
          [snap],
        ),
      );
    }

    const durAt = own(locate(ctx.doc, shot, 'duration'));
    const allowed = allowedDurations(model, { resolution: p.resolution, references: p.references });
    const duration = p.duration ?? model.defaultDuration;
    if (!allowed.includes(duration)) {
      const snap = nearestDuration(allowed, duration);
      const why = allowed.length === 1 && model.constraints ? ` (${model.name} needs ${snap} s for ${p.resolution ?? 'this setup'}${p.references?.length ? ' with reference images' : ''})` : '';
      const at = durAt ?? resAt ?? modelAt;
      reportOnce(
        ctx,
        diag(
          'params/unsupported-duration',
          'error',
          `${model.name} does not accept ${duration} s${why}; allowed: ${allowed.join(', ')} s. Snap to ${snap} s.`,
          at,
          durAt ? [replaceFix(`Snap duration to ${snap}`, 'snap-duration', durAt.range, String(snap))] : undefined,
          [String(snap)],
        ),
      );
    }

    const arAt = own(locate(ctx.doc, shot, 'aspect_ratio'));
    if (p.aspect_ratio && arAt && !model.aspectRatios.includes(p.aspect_ratio)) {
      const want = ratioValue(p.aspect_ratio);
      const snap = closest(model.aspectRatios, (r) => Math.abs(Math.log(ratioValue(r) / want)));
      reportOnce(
        ctx,
        diag(
          'params/unsupported-aspect-ratio',
          'error',
          `${model.name} does not accept aspect ratio ${p.aspect_ratio}; it accepts ${model.aspectRatios.join(', ')}.`,
          arAt,
          [replaceFix(`Change aspect ratio to "${snap}"`, 'snap-value', arAt.range, `"${snap}"`)],
          [snap],
        ),
      );
    }

    const audioAt = own(locate(ctx.doc, shot, 'audio'));
    if (audioAt && p.audio === true && model.audio === 'none') {
      reportOnce(
        ctx,
        diag('params/unsupported-audio', 'error', `${model.name} has no native audio, so the clip would come back silent. Set audio: false, or pick a model with audio (Seedance 2.0 or 2.5, Veo 3.1, Kling 3.0).`, audioAt, [
          replaceFix('Set audio to false', 'snap-value', audioAt.range, 'false'),
        ]),
      );
    }
    if (audioAt && p.audio === false && model.audio === 'always') {
      reportOnce(ctx, diag('params/unsupported-audio', 'warning', `${model.name} always generates audio; audio: false has no effect. Leave audio out of the prompt if you need silence, and mute in editing.`, audioAt));
    }
    const hasAudioText = shot.segments.some((s) => s.channel === 'audio' && s.text.trim());
    if (hasAudioText && model.audio === 'none') {
      ctx.report({
        rule: 'params/unsupported-audio',
        severity: 'warning',
        message: `This shot describes sound or dialogue, but ${model.name} makes no audio: it will be ignored.`,
        range: shot.nameRange,
        shot: shot.name,
      });
    }

    const refs = p.references ?? [];
    const refAt = own(locate(ctx.doc, shot, 'references'));
    if (refAt && refs.length > model.references.total) {
      reportOnce(
        ctx,
        diag(
          'params/too-many-references',
          'error',
          model.references.total === 0
            ? `${model.name} (${model.task}) takes no reference files. Use its image-to-video or reference-to-video variant, or remove the references.`
            : `${model.name} accepts at most ${model.references.total} reference file${model.references.total === 1 ? '' : 's'}; this asks for ${refs.length}.`,
          refAt,
        ),
      );
    }

    const length = promptLength(shot);
    if (length > model.maxPromptChars) {
      ctx.report({
        rule: 'params/prompt-too-long',
        severity: 'warning',
        message: `This shot's prompt is ${length} characters after {{vars}} expand; ${model.name} takes about ${model.maxPromptChars}. Cut repetition or split the shot.`,
        range: shot.nameRange,
        shot: shot.name,
      });
    }
  },
};
