// Stable shot identity (Shot.occurrence / Shot.id) and format/duplicate-shot: two `# A`
// headings are told apart by the parser and flagged by the linter, with a rename fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/core/format/parse.js';
import { findShots, ordinal, shotId, shotLabel } from '../../src/core/format/shotId.js';
import { lintText } from '../../src/core/lint/engine.js';
import { parseConfig } from '../../src/core/config/rc.js';
import { fixAll, quickFixes } from '../../src/language/text/actions.js';
import { applyEdits } from '../support/edits.js';

const BODY = 'A courier in a yellow jacket cycles through a neon alley at night, tracking shot, tense.';
const TWO_A = `---\nmodel: bytedance/seedance-2.0-fast/text-to-video\n---\n# A\n${BODY}\n\n# B\n${BODY}\n\n# A\n${BODY}\n`;
const dupes = (text: string, options?: Parameters<typeof lintText>[1]) => lintText(text, options).diagnostics.filter((d) => d.rule === 'format/duplicate-shot');

test('parse: each shot counts the shots before it with the same heading; ids are unique and the first is the bare name', () => {
  const doc = parseDocument(`intro prose, no heading\n# A\n${BODY}\n# B\n${BODY}\n# A\n${BODY}\n# A\n${BODY}\n# a\n${BODY}\n`);
  assert.deepEqual(
    doc.shots.map((s) => [s.name, s.occurrence, s.id]),
    [
      ['', 1, ''],
      ['A', 1, 'A'],
      ['B', 1, 'B'],
      ['A', 2, 'A\n2'],
      ['A', 3, 'A\n3'],
      ['a', 1, 'a'], // exact text: a different case is a different name
    ],
  );
  assert.equal(new Set(doc.shots.map((s) => s.id)).size, doc.shots.length);
  // Trailing spaces are not part of the heading text.
  assert.deepEqual(parseDocument(`# A\n${BODY}\n# A   \n${BODY}\n`).shots.map((s) => s.id), ['A', 'A\n2']);
});

test('shotId never makes one shot\'s id out of another\'s name, even for headings that end in a number', () => {
  // "A 2" is a heading of its own; the second "A" is "A\n2", not "A 2".
  const doc = parseDocument(`# A\n${BODY}\n# A 2\n${BODY}\n# A\n${BODY}\n`);
  assert.deepEqual(doc.shots.map((s) => s.id), ['A', 'A 2', 'A\n2']);
  assert.equal(shotId('A', 1), 'A');
  assert.equal(shotId('A', 2), 'A\n2');
});

test('shotLabel and ordinal name a shot for messages', () => {
  assert.equal(shotLabel({ name: 'A', occurrence: 1 }), '"A"');
  assert.equal(shotLabel({ name: 'A', occurrence: 2 }), '"A" (2nd)');
  assert.equal(shotLabel({ name: '', occurrence: 1 }), '(unnamed)');
  assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
});

test('findShots: by id first (a bare name is the id of its first shot), else by heading text', () => {
  const doc = parseDocument(TWO_A);
  const lines = (nameOrId: string) => findShots(doc, nameOrId).map((s) => s.line);
  assert.deepEqual(lines('A'), [3], 'a name stored before ids existed still finds the first # A');
  assert.deepEqual(lines('A\n2'), [9]);
  assert.deepEqual(lines('B'), [6]);
  assert.deepEqual(lines('A\n3'), []);
  assert.deepEqual(lines('C'), []);
  // By heading text when no id matches: every shot with that name.
  const byName = findShots({ shots: doc.shots.map((s) => ({ ...s, id: `x-${s.id}` })) }, 'A');
  assert.deepEqual(byName.map((s) => s.line), [3, 9]);
});

test('format/duplicate-shot: an error on the second heading, naming the first one\'s line, fixed by renaming to the next free name', () => {
  const d = dupes(TWO_A);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.deepEqual(d[0].range, { start: { line: 9, character: 2 }, end: { line: 9, character: 3 } });
  assert.match(d[0].message, /already named "A" \(line 4\)/);
  assert.equal(d[0].shot, 'A');
  const [fix] = d[0].fixes!;
  assert.equal(fix.title, 'Rename to "A 2"');
  assert.equal(fix.isPreferred, true);
  const fixed = applyEdits(TWO_A, fix.edits);
  assert.equal(fixed.split('\n')[9], '# A 2');
  assert.deepEqual(dupes(fixed), []);
  assert.deepEqual(parseDocument(fixed).shots.map((s) => s.id), ['A', 'B', 'A 2']);
});

test('the rename skips names the file already uses, and several duplicates each get their own', () => {
  const text = `# A\n${BODY}\n# A 2\n${BODY}\n# A\n${BODY}\n# A\n${BODY}\n# A 2\n${BODY}\n`;
  const d = dupes(text);
  assert.deepEqual(
    d.map((x) => [x.range.start.line, x.fixes![0].title]),
    [
      [4, 'Rename to "A 3"'],
      [6, 'Rename to "A 4"'],
      [8, 'Rename to "A 2 2"'],
    ],
  );
  assert.match(d[2].message, /"A 2" \(line 3\)/);
  // Fix all applies every rename at once and leaves no duplicate.
  const all = fixAll(lintText(text).diagnostics);
  assert.ok(all);
  const fixed = applyEdits(text, all.edits);
  assert.deepEqual(dupes(fixed), []);
  assert.deepEqual(parseDocument(fixed).shots.map((s) => s.name), ['A', 'A 2', 'A 3', 'A 4', 'A 2 2']);
});

test('the quick fix is offered as a code action for the finding, with "Fix all" for several and "Disable" for the line', () => {
  const text = `# A\n${BODY}\n# A\n${BODY}\n# A\n${BODY}\n`;
  const { doc, diagnostics } = lintText(text);
  const d = diagnostics.filter((x) => x.rule === 'format/duplicate-shot');
  const titles = quickFixes(doc, diagnostics, [d[0]]).map((a) => a.title);
  assert.ok(titles.includes('Rename to "A 2"'), titles.join(' | '));
  assert.ok(titles.includes('Fix all format/duplicate-shot problems'), titles.join(' | '));
  assert.ok(titles.includes('Disable format/duplicate-shot for this line'), titles.join(' | '));
  // The directive above the heading silences it.
  const disabled = applyEdits(text, quickFixes(doc, diagnostics, [d[0]]).find((a) => a.title.startsWith('Disable'))!.edits);
  assert.deepEqual(dupes(disabled).map((x) => x.range.start.line), [5]);
});

test('the level is configurable in .vpromptrc.json like any rule', () => {
  const rc = (rules: Record<string, string>) => {
    const { config, problems } = parseConfig(JSON.stringify({ rules }), '/p/.vpromptrc.json');
    assert.deepEqual(problems, []);
    return config;
  };
  assert.deepEqual(dupes(TWO_A, { config: rc({ 'format/duplicate-shot': 'off' }) }), []);
  assert.deepEqual(dupes(TWO_A, { config: rc({ 'format/duplicate-shot': 'warning' }) }).map((d) => d.severity), ['warning']);
});

test('unnamed shots are not duplicates, and the examples have none', () => {
  assert.deepEqual(dupes(`${BODY}\n#\n${BODY}\n`), []);
  for (const f of ['city', 'story', 'product', 'problems']) assert.deepEqual(dupes(readFileSync(`examples/${f}.vprompt`, 'utf8')), [], f);
});
