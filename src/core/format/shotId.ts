// Stable shot identity. Heading text alone is ambiguous (two `# A` headings), so a shot is
// identified by its heading text and how many shots before it, in the same file, have exactly
// that text. The first `# A` keeps "A" as its id, so journals written when ids were names
// still match it; later ones get "A\n2", "A\n3"… A heading is one line, so no heading text
// can contain "\n" and no id of one shot equals another's.
import type { Shot, VpDocument } from './types.js';

/** The id of the `occurrence`-th (1-based) shot headed `name` in a file. */
export function shotId(name: string, occurrence: number): string {
  return occurrence <= 1 ? name : `${name}\n${occurrence}`;
}

/** 1st, 2nd, 3rd, 4th… 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** How a shot is named in messages: `"A"`, or `"A" (2nd)` for the second shot headed "A". */
export function shotLabel(shot: Pick<Shot, 'name' | 'occurrence'>): string {
  const name = shot.name ? `"${shot.name}"` : '(unnamed)';
  return shot.occurrence > 1 ? `${name} (${ordinal(shot.occurrence)})` : name;
}

/**
 * The shots `nameOrId` designates: the one whose id it is, else every shot headed with it. A
 * bare heading text is the id of its first shot, so "A" (as journals before ids stored it)
 * finds the first `# A`; "A\n2" the second.
 */
export function findShots(doc: Pick<VpDocument, 'shots'>, nameOrId: string): Shot[] {
  const byId = doc.shots.filter((s) => s.id === nameOrId);
  return byId.length ? byId : doc.shots.filter((s) => s.name === nameOrId);
}
