// references/*: reference files must exist, fit the 16 MB upload limit and be a format the
// API accepts. asset:// ids and URLs are passed through unchecked.
import type { Shot, TextRange, VpDocument } from '../../format/types.js';
import type { Rule, RuleContext } from '../types.js';

export const MAX_REFERENCE_BYTES = 16 * 1024 * 1024;
export const REFERENCE_FORMATS: Record<string, 'image' | 'video' | 'audio'> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  webp: 'image',
  mp4: 'video',
  mov: 'video',
  mp3: 'audio',
  wav: 'audio',
};

/**
 * The exact range of `path` inside the value that listed it (front matter or a `@references`
 * line), searched from `after` (where the previous path of the list ended), else from the start.
 */
function pathRange(doc: VpDocument, within: TextRange, path: string, after = within.start): TextRange {
  const search = (from: TextRange['start']) => {
    for (let line = from.line; line <= within.end.line; line++) {
      const text = doc.lines[line] ?? '';
      const at = text.indexOf(path, line === from.line ? from.character : 0);
      if (at >= 0) return { start: { line, character: at }, end: { line, character: at + path.length } };
    }
    return undefined;
  };
  return search(after) ?? (after === within.start ? undefined : search(within.start)) ?? within;
}

const seen = new WeakMap<VpDocument, Set<string>>();
/** Documents whose front-matter list was checked: it is the same list for every shot without an override. */
const frontMatterDone = new WeakSet<VpDocument>();

export const referencesRule: Rule = {
  id: 'references',
  checkShot(shot: Shot, ctx: RuleContext) {
    const refs = shot.params.references;
    if (!refs?.length) return;
    const override = [...shot.overrides].reverse().find((o) => o.key === 'references');
    const within = override?.valueRange ?? ctx.doc.frontMatter?.valueRanges.references;
    if (!within) return;
    // Redoing the front-matter list for every shot made a file's cost shots × references.
    if (!override) {
      if (frontMatterDone.has(ctx.doc)) return;
      frontMatterDone.add(ctx.doc);
    }
    let done = seen.get(ctx.doc);
    if (!done) seen.set(ctx.doc, (done = new Set()));
    const paths = new Set<string>();
    let after = within.start;
    for (const ref of refs) {
      if (/^(asset|https?):\/\//i.test(ref)) continue;
      if (paths.has(ref)) continue; // a path listed twice is reported once
      paths.add(ref);
      // Each path is searched for after the previous one: from the start every time was
      // quadratic in the length of the list.
      const range = pathRange(ctx.doc, within, ref, after);
      if (range !== within) after = range.end;
      const key = `${range.start.line}:${range.start.character}`;
      if (done.has(key)) continue; // a front-matter list is shared by every shot
      done.add(key);
      const shotName = override ? shot.name : undefined;
      const ext = /\.([a-z0-9]+)$/i.exec(ref)?.[1]?.toLowerCase();
      if (!ext || !REFERENCE_FORMATS[ext]) {
        ctx.report({
          rule: 'references/unsupported-format',
          severity: 'error',
          message: `"${ref}" is not a format the API accepts. Use an image (jpg, png, webp), a clip (mp4, mov) or audio (mp3, wav).`,
          range,
          shot: shotName,
        });
        continue;
      }
      const st = ctx.env.statFile?.(ref);
      if (!st) continue;
      if (!st.exists || st.isFile === false) {
        ctx.report({
          rule: 'references/not-found',
          severity: 'error',
          message: st.exists ? `"${ref}" is a folder, not a file.` : `Reference file "${ref}" does not exist (paths are relative to this .vprompt file).`,
          range,
          shot: shotName,
        });
      } else if ((st.size ?? 0) > MAX_REFERENCE_BYTES) {
        ctx.report({
          rule: 'references/too-large',
          severity: 'error',
          message: `"${ref}" is ${((st.size ?? 0) / 1048576).toFixed(1)} MB; uploads are limited to 16 MB. Downscale or trim it.`,
          range,
          shot: shotName,
        });
      }
    }
  },
};
