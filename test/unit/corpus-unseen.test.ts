// The frozen unseen split (test/corpus/unseen, written by someone who saw only the category
// definitions and the four components) against issue 9's aims, with the development split
// (written the same way, but tunable) and the tuned split (written next to the lexicons)
// beside it. Only aggregate figures are printed for the unseen split: its misses are not
// listed, so nobody tunes the lexicons to it. The test holds the unseen figures to regression
// floors and prints which of issue 9's aims they meet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figures, loadLabelled, pct, table } from '../support/corpusScore.js';

const unseen = [...loadLabelled('test/corpus/unseen/risky.vprompt'), ...loadLabelled('test/corpus/unseen/benign.vprompt')];
const dev = ['dev', 'dev2'].flatMap((d) => [...loadLabelled(`test/corpus/${d}/risky.vprompt`), ...loadLabelled(`test/corpus/${d}/benign.vprompt`)]);
const tuned = ['risky', 'benign', 'structure'].flatMap((f) => loadLabelled(`test/corpus/${f}.vprompt`));

test('the unseen split is large enough and fully labelled', () => {
  assert.ok(unseen.length >= 150, `${unseen.length} unseen shots`);
  assert.ok(unseen.length + dev.length + tuned.length >= 400, `${unseen.length + dev.length + tuned.length} shots in all`);
  assert.deepEqual([...unseen, ...dev].filter((s) => !s.structureLabelled).map((s) => s.shot), []);
});

test('lint figures: unseen split first, then the development and tuned splits', () => {
  const u = figures(unseen);
  console.log(table('unseen split (frozen, never tuned to)', u));
  console.log(table('development splits dev + dev2 (independent, tuned to)', figures(dev)));
  console.log(table('tuned split (written next to the lexicons)', figures(tuned)));
  const rows: Array<[string, number, number, number, '>=' | '<=']> = [
    ['risky prompts flagged in the right channel', u.rightChannel, AIMS.rightChannel, FLOORS.rightChannel, '>='],
    ['category right', u.rightCategory, AIMS.rightCategory, FLOORS.rightCategory, '>='],
    ['structure precision', u.structure.precision, AIMS.structurePrecision, FLOORS.structurePrecision, '>='],
    ['structure recall', u.structure.recall, AIMS.structureRecall, FLOORS.structureRecall, '>='],
    ['benign prompts with a safety finding', u.benignFlagged, AIMS.benignFlagged, FLOORS.benignFlagged, '<='],
  ];
  const meets = (v: number, x: number, dir: '>=' | '<=') => (dir === '>=' ? v >= x : v <= x);
  console.log('issue 9 aims on the unseen split:');
  for (const [name, v, aim, , dir] of rows) console.log(`  ${meets(v, aim, dir) ? 'met    ' : 'NOT MET'} ${name}: ${pct(v)} (aim ${dir} ${pct(aim)})`);
  const below = rows.filter(([, v, , floor, dir]) => !meets(v, floor, dir)).map(([n, v, , floor, dir]) => `${n} ${pct(v)} (floor ${dir} ${pct(floor)})`);
  assert.deepEqual(below, [], 'an unseen figure fell below its regression floor');
});

// Issue 9's aims on the unseen split.
const AIMS = { rightChannel: 0.9, rightCategory: 0.85, structurePrecision: 0.9, structureRecall: 0.9, benignFlagged: 0.02 };
// Regression floors: a little under the figures measured when they were set (README, "Lint
// accuracy"). Raise them when the figures rise; they never move down to make a change pass.
const FLOORS = { rightChannel: 0.78, rightCategory: 0.75, structurePrecision: 0.88, structureRecall: 0.88, benignFlagged: 0.04 };
