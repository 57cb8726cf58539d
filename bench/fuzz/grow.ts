// Ways to grow an input by repetition for the linearity check. Each doubles exactly what it
// repeats from one step to the next, so a lint-time ratio of 2 per step means linear. Several
// modes, because a cost can hide in the number of lines, in one line's length, in one run of
// characters, or in the number of front-matter entries (vars, references).

export const GROWTH_MODES = ['doc', 'line', 'run', 'fm'] as const;
export type GrowthMode = (typeof GROWTH_MODES)[number];

/** Copies of a unit of `unitLength` chars so that step 0 is about `base` chars, doubling per step. */
function copies(unitLength: number, base: number, step: number): number {
  return Math.max(1, Math.round(base / Math.max(1, unitLength))) * 2 ** step;
}

/** The whole input end to end (more shots, more lines). */
function doc(text: string, base: number, step: number): string {
  const unit = text.endsWith('\n') ? text : `${text}\n`;
  return unit.repeat(copies(unit.length, base, step));
}

/** The longest line repeated within itself (one ever longer line). */
function line(text: string, base: number, step: number): string | undefined {
  const lines = text.split('\n');
  let at = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].length > lines[at].length) at = i;
  if (!lines[at]) return undefined;
  lines[at] = lines[at].repeat(copies(lines[at].length, base - text.length + lines[at].length, step));
  return lines.join('\n');
}

const RUN = /(.{1,4}?)\1{2,}/gs;

/** Every run of a short repeated unit ("    ", "“ “ “", "[[[") stretched (longer runs, same count). */
function run(text: string, base: number, step: number): string | undefined {
  let inRuns = 0;
  for (const m of text.matchAll(RUN)) inRuns += m[0].length;
  if (inRuns === 0) return undefined;
  const k = copies(inRuns, base - (text.length - inRuns), step);
  return text.replace(RUN, (m: string) => m.repeat(k));
}

const NESTED_KEY = /^(\s+(?:-\s+)?)([A-Za-z_][\w-]*)(\s*:)/;
const VAR_USE = /\{\{([ \t]*)([A-Za-z_][\w-]*)([ \t]*)\}\}/g;

/**
 * More front-matter entries and more shots using them: the nested lines under each top-level
 * key (vars, a references list) and the body are repeated, copy c renaming nested keys and
 * {{var}} uses with a `_c` suffix so they stay distinct and defined (or stay misspelt).
 */
function fm(text: string, base: number, step: number): string | undefined {
  const lines = text.split('\n');
  if (lines[0].trimEnd() !== '---') return undefined;
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (close < 0) return undefined;
  const entries: Array<{ head: string; children: string[] }> = [];
  for (const l of lines.slice(1, close)) {
    if (/^\S/.test(l) || entries.length === 0) entries.push({ head: l, children: [] });
    else entries[entries.length - 1].children.push(l);
  }
  const body = lines.slice(close + 1).join('\n');
  const unit = entries.reduce((n, e) => n + e.children.join('\n').length, 0) + body.length + 1;
  const k = copies(unit, base, step);
  const rename = (c: number) => (l: string) => (c === 0 ? l : l.replace(NESTED_KEY, `$1$2_${c}$3`));
  const out: string[] = ['---'];
  for (const e of entries) {
    out.push(e.head);
    for (let c = 0; c < k; c++) out.push(...e.children.map(rename(c)));
  }
  out.push(lines[close]);
  for (let c = 0; c < k; c++) out.push(c === 0 ? body : body.replace(VAR_USE, `{{$1$2_${c}$3}}`));
  return out.join('\n');
}

/** `text` grown by `mode` to about base × 2^step chars, or undefined when the mode does not apply. */
export function grow(text: string, mode: GrowthMode, base: number, step: number): string | undefined {
  switch (mode) {
    case 'doc':
      return doc(text, base, step);
    case 'line':
      return line(text, base, step);
    case 'run':
      return run(text, base, step);
    case 'fm':
      return fm(text, base, step);
  }
}
