// format/duplicate-shot: two shots with the same heading. Renders, the journal, the outline and
// `--shot NAME` all speak of a shot by its heading, so a second `# A` is easy to confuse with
// the first. The finding is on the heading of every occurrence after the first; the fix
// renames it to the next name no heading of the file uses ("A 2", then "A 3"…).
import type { Shot } from '../../format/types.js';
import type { Rule } from '../types.js';

export const duplicateShotRule: Rule = {
  id: 'duplicate-shot',
  checkDocument(ctx) {
    const first = new Map<string, Shot>();
    const used = new Set<string>();
    // Where each name's search for a free "name N" goes on from: thousands of identical
    // headings stay linear instead of each searching from 2 again.
    const next = new Map<string, number>();
    for (const shot of ctx.doc.shots) used.add(shot.name);
    for (const shot of ctx.doc.shots) {
      // "" is the unnamed shot (text before any heading) or a bare "#": nothing to rename.
      if (shot.name === '') continue;
      const earlier = first.get(shot.name);
      if (!earlier) {
        first.set(shot.name, shot);
        continue;
      }
      // Names handed to earlier duplicates count as used, so "Fix all" gives each its own.
      let n = next.get(shot.name) ?? 2;
      while (used.has(`${shot.name} ${n}`)) n++;
      next.set(shot.name, n + 1);
      const rename = `${shot.name} ${n}`;
      used.add(rename);
      ctx.report({
        rule: 'format/duplicate-shot',
        severity: 'error',
        message: `Another shot is already named "${shot.name}" (line ${earlier.line + 1}). Give each shot its own heading: renders, the journal and --shot tell shots apart by it.`,
        range: shot.nameRange,
        shot: shot.name,
        fixes: [{ title: `Rename to "${rename}"`, kind: 'format', isPreferred: true, edits: [{ range: shot.nameRange, newText: rename }] }],
      });
    }
  },
};
