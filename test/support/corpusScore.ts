// Scores the labelled corpus files (test/corpus, test/corpus/unseen): each shot carries
// `// expect: <rule> [<category>]` comments; `expect: none` / `expect: structure/none` mean
// nothing of that kind. The figures are the ones issue 9's aims are stated in.
import { readFileSync } from 'node:fs';
import { lintText } from '../../src/core/lint/engine.js';

export interface ShotLabels {
  file: string;
  shot: string;
  /** "safety/visual violence", "safety/audio hate" … */
  safety: Set<string>;
  /** "structure/missing-action" … */
  missing: Set<string>;
  foundSafety: Set<string>;
  foundMissing: Set<string>;
  /** Whether the shot carries structure labels at all (the older tuned files label only some). */
  structureLabelled: boolean;
}

export function loadLabelled(path: string): ShotLabels[] {
  const { doc, diagnostics } = lintText(readFileSync(path, 'utf8'));
  return doc.shots
    .filter((s) => s.name)
    .map((s) => {
      const labels = s.comments.map((c) => /^expect:\s*(.+)$/.exec(c.text)?.[1].trim()).filter((x): x is string => !!x);
      const mine = diagnostics.filter((d) => d.shot === s.name && d.range.start.line >= s.startLine && d.range.start.line <= s.endLine);
      return {
        file: path,
        shot: s.name,
        safety: new Set(labels.filter((l) => l.startsWith('safety/'))),
        missing: new Set(labels.filter((l) => l.startsWith('structure/missing-'))),
        structureLabelled: labels.some((l) => l.startsWith('structure/')),
        foundSafety: new Set(mine.filter((d) => d.rule.startsWith('safety/')).map((d) => `${d.rule} ${d.category}`)),
        foundMissing: new Set(mine.filter((d) => d.rule.startsWith('structure/missing-')).map((d) => d.rule)),
      };
    });
}

const channelOf = (label: string) => label.split(' ')[0];

export interface Figures {
  risky: number;
  benign: number;
  /** Risky shots with a finding in every channel their labels name. */
  rightChannel: number;
  /** Risky shots with every labelled channel+category found. */
  rightCategory: number;
  /** Benign shots with any safety finding. */
  benignFlagged: number;
  structure: { tp: number; fp: number; fn: number; precision: number; recall: number };
  /** Safety labels (channel + category) found, over every shot. */
  safety: { tp: number; fp: number; fn: number; precision: number; recall: number };
}

function prf(tp: number, fp: number, fn: number) {
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export function figures(shots: readonly ShotLabels[]): Figures {
  const risky = shots.filter((s) => s.safety.size > 0);
  const benign = shots.filter((s) => s.safety.size === 0);
  const foundChannels = (s: ShotLabels) => new Set([...s.foundSafety].map(channelOf));
  const rightChannel = risky.filter((s) => [...s.safety].every((l) => foundChannels(s).has(channelOf(l)))).length;
  const rightCategory = risky.filter((s) => [...s.safety].every((l) => s.foundSafety.has(l))).length;
  const benignFlagged = benign.filter((s) => s.foundSafety.size > 0).length;
  let tp = 0, fp = 0, fn = 0;
  for (const s of shots.filter((x) => x.structureLabelled)) {
    for (const f of s.foundMissing) (s.missing.has(f) ? tp++ : fp++);
    for (const e of s.missing) if (!s.foundMissing.has(e)) fn++;
  }
  let stp = 0, sfp = 0, sfn = 0;
  for (const s of shots) {
    for (const f of s.foundSafety) (s.safety.has(f) ? stp++ : sfp++);
    for (const e of s.safety) if (!s.foundSafety.has(e)) sfn++;
  }
  return {
    safety: prf(stp, sfp, sfn),
    risky: risky.length,
    benign: benign.length,
    rightChannel: rightChannel / (risky.length || 1),
    rightCategory: rightCategory / (risky.length || 1),
    benignFlagged: benignFlagged / (benign.length || 1),
    structure: prf(tp, fp, fn),
  };
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function table(name: string, f: Figures): string {
  return [
    `${name}: ${f.risky} risky shots, ${f.benign} benign shots`,
    `  risky prompts flagged in the right channel  ${pct(f.rightChannel)}`,
    `  category right                               ${pct(f.rightCategory)}`,
    `  structure findings that are right (precision) ${pct(f.structure.precision)}  (tp ${f.structure.tp}, fp ${f.structure.fp})`,
    `  missing components found (recall)            ${pct(f.structure.recall)}  (fn ${f.structure.fn})`,
    `  benign prompts with a safety finding         ${pct(f.benignFlagged)}`,
    `  safety labels: precision ${pct(f.safety.precision)}, recall ${pct(f.safety.recall)}  (tp ${f.safety.tp}, fp ${f.safety.fp}, fn ${f.safety.fn})`,
  ].join('\n');
}
