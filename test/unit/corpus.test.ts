// The labelled corpus under test/corpus: benign cinematography that must never be flagged,
// risky prompts labelled with the safety findings they must produce, and structure cases.
// Prints precision and recall (the README quotes them) and holds them to a floor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/core/lint/engine.js';
import { SAFETY_CATEGORIES } from '../../src/core/lint/types.js';

interface Labelled {
  shot: string;
  expected: Set<string>;
  found: Set<string>;
}

function load(file: string, keep: (rule: string) => boolean, key: (d: { rule: string; category?: string }) => string): Labelled[] {
  const text = readFileSync(join('test/corpus', file), 'utf8');
  const { doc, diagnostics } = lintText(text);
  return doc.shots.map((s) => {
    const expected = new Set(
      s.comments.map((c) => /^expect:\s*(.+)$/.exec(c.text)?.[1].trim()).filter((x): x is string => !!x && x !== 'none'),
    );
    const found = new Set(diagnostics.filter((d) => d.shot === s.name && keep(d.rule)).map(key));
    return { shot: s.name, expected, found };
  });
}

function score(items: Labelled[], filter: (label: string) => boolean = () => true) {
  let tp = 0, fp = 0, fn = 0;
  for (const it of items) {
    for (const f of it.found) if (filter(f)) (it.expected.has(f) ? tp++ : fp++);
    for (const e of it.expected) if (filter(e) && !it.found.has(e)) fn++;
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const safetyKey = (d: { rule: string; category?: string }) => `${d.rule} ${d.category}`;

test('benign cinematography: no safety finding at all (false-positive regression set)', () => {
  const benign = load('benign.vprompt', (r) => r.startsWith('safety/'), safetyKey);
  assert.ok(benign.length >= 60, `${benign.length} benign shots`);
  const flagged = benign.filter((b) => b.found.size > 0);
  console.log(`benign shots: ${benign.length}, with any safety finding: ${flagged.length}`);
  assert.deepEqual(flagged.map((b) => `${b.shot}: ${[...b.found].join(', ')}`), []);
});

test('risky prompts: safety precision and recall, per channel and per category', () => {
  const risky = load('risky.vprompt', (r) => r.startsWith('safety/'), safetyKey);
  assert.ok(risky.length >= 60, `${risky.length} risky shots`);
  const labels = new Set(risky.flatMap((r) => [...r.expected]));
  for (const c of SAFETY_CATEGORIES) assert.ok([...labels].some((l) => l.endsWith(` ${c}`)), `category ${c} is covered`);
  for (const ch of ['safety/visual', 'safety/audio']) assert.ok([...labels].some((l) => l.startsWith(ch)), `${ch} is covered`);
  const all = score(risky);
  const rows = [
    ['all', all],
    ['visual', score(risky, (l) => l.startsWith('safety/visual'))],
    ['audio', score(risky, (l) => l.startsWith('safety/audio'))],
    ...SAFETY_CATEGORIES.map((c) => [c, score(risky, (l) => l.endsWith(` ${c}`))] as const),
  ] as const;
  console.log(`risky shots: ${risky.length} (labels: ${risky.reduce((n, r) => n + r.expected.size, 0)})`);
  console.log('safety        precision  recall   tp  fp  fn');
  for (const [name, s] of rows) console.log(`${String(name).padEnd(14)}${pct(s.precision).padStart(9)}${pct(s.recall).padStart(8)}${String(s.tp).padStart(5)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}`);
  const missed = risky.filter((r) => [...r.expected].some((e) => !r.found.has(e))).map((r) => `${r.shot}: expected ${[...r.expected].join(', ')}; found ${[...r.found].join(', ') || 'nothing'}`);
  if (missed.length) console.log(`missed:\n  ${missed.join('\n  ')}`);
  assert.ok(all.recall >= 0.95, `recall ${pct(all.recall)}`);
  assert.ok(all.precision >= 0.9, `precision ${pct(all.precision)}`);
});

test('structure cases: precision and recall of structure/* findings', () => {
  const items = load('structure.vprompt', (r) => r.startsWith('structure/'), (d) => d.rule);
  const s = score(items);
  console.log(`structure shots: ${items.length}; precision ${pct(s.precision)}, recall ${pct(s.recall)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  const wrong = items.filter((i) => [...i.expected].some((e) => !i.found.has(e)) || [...i.found].some((f) => !i.expected.has(f)));
  if (wrong.length) console.log(`differs:\n  ${wrong.map((w) => `${w.shot}: expected ${[...w.expected].join(', ') || 'none'}; found ${[...w.found].join(', ') || 'none'}`).join('\n  ')}`);
  assert.ok(items.length >= 30);
  assert.ok(s.precision >= 0.85 && s.recall >= 0.85, `structure precision ${pct(s.precision)} recall ${pct(s.recall)}`);
});

test('a rewording that brings its own article replaces the article before the term', () => {
  const text = '# A\nA soldier runs through the rain and a gunshot rings out, wide shot.\n';
  const d = lintText(text).diagnostics.find((x) => x.rule === 'safety/visual')!;
  const fix = d.fixes![0];
  assert.equal(fix.title, 'Replace "a gunshot" with "a sharp percussive crack off-screen"');
  const line = text.split('\n')[1];
  const e = fix.edits[0];
  const fixed = line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);
  assert.equal(fixed, 'A soldier runs through the rain and a sharp percussive crack off-screen rings out, wide shot.');
});
