// format/var-boundary: a {{var}} whose expansion doubles an article or a word at its edge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/engine.js';
import { readFileSync } from 'node:fs';
import { applyEdits } from '../support/edits.js';

const FM = '---\nvars:\n  heroine: a woman in her 30s in a long red wool coat\n  place: the old harbour\n---\n';

test('"A {{heroine}}" with an article in the variable is flagged, and the fix removes the outer article', () => {
  const text = `${FM}# Arrival\nA {{heroine}} walks through the rain at night, tracking shot.\n`;
  const d = lintText(text).diagnostics.filter((x) => x.rule === 'format/var-boundary');
  assert.equal(d.length, 1);
  assert.match(d[0].message, /reads "A a woman in…"/);
  assert.deepEqual(d[0].range, { start: { line: 6, character: 0 }, end: { line: 6, character: 13 } });
  const fixed = applyEdits(text, d[0].fixes![0].edits);
  assert.equal(fixed.split('\n')[6], '{{heroine}} walks through the rain at night, tracking shot.');
  assert.deepEqual(lintText(fixed).diagnostics.filter((x) => x.rule === 'format/var-boundary'), []);
});

test('two different articles and a repeated word after the variable are flagged too; clean uses are not', () => {
  const rules = (body: string) => lintText(`${FM}# A\n${body}\n`).diagnostics.filter((x) => x.rule === 'format/var-boundary').map((x) => x.message);
  assert.equal(rules('Gulls wheel over the {{place}} at dawn, wide shot.').length, 1); // "the the old harbour"
  assert.equal(rules('{{place}} harbour lights flicker, wide shot.').length, 1); // "…old harbour harbour"
  assert.deepEqual(rules('{{heroine}} walks past {{place}}, tracking shot.'), []);
  assert.deepEqual(rules('Meet {{heroine}}, close-up.'), []);
});

test('the bundled examples read cleanly once expanded', () => {
  for (const f of ['city', 'story', 'product', 'problems']) {
    const d = lintText(readFileSync(`examples/${f}.vprompt`, 'utf8')).diagnostics.filter((x) => x.rule === 'format/var-boundary');
    assert.deepEqual(d.map((x) => x.message), [], f);
  }
});
