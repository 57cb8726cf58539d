// The token trie behind every lexicon: alternations and optional parts do not multiply into
// one branch per variant, and ties between equally long matches go to the value added first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher, longestNonOverlapping } from '../../src/core/text/phraseMatcher.js';

test('an alternation of single words is one edge: a pattern with many alternatives matches every variant', () => {
  const m = new PhraseMatcher<string>({ det: new Set(['a', 'the', 'his']) });
  m.add('pour~|splash~|douse~ petrol|gasoline|kerosene on|over|across @det? car|house|tent', 'arson');
  for (const t of ['she douses petrol over the tent', 'he poured kerosene on a house', 'splashing gasoline across car']) {
    assert.deepEqual(m.match(t).map((x) => x.value), ['arson'], t);
  }
  assert.deepEqual(m.match('he poured milk on the tent').map((x) => x.value), []);
});

test('among equally long matches the value added first wins, whatever path reached it', () => {
  const m = new PhraseMatcher<string>({ person: new Set(['guard', 'cashier']) });
  m.add('whip~ @person', 'first');
  m.add('whips|whipped guard|cashier', 'second');
  const kept = longestNonOverlapping(m.match('he whips the cashier'.replace('the ', '')));
  assert.deepEqual(kept.map((k) => k.value), ['first']);
});
