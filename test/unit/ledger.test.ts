import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryLines } from '../support/memoryStore.js';
import { Ledger } from '../../src/core/render/ledger.js';
import { RenderTimes } from '../../src/core/render/renderTimes.js';


test('the ledger sums today\'s spend, survives a damaged line, and the budget refuses with a clear message', () => {
  const store = new MemoryLines();
  const noon = new Date(2026, 10, 25, 12).getTime();
  const l = new Ledger(store);
  l.record({ at: noon - 86_400_000, key: 'y', model: 'm', usd: 5 });
  l.record({ at: noon, key: 'a', model: 'm', usd: 0.41 });
  store.text += '{"at": 1, "us\n';
  const again = new Ledger(store);
  assert.equal(again.today(noon).toFixed(2), '0.41');
  assert.equal(again.total().toFixed(2), '5.41');
  assert.equal(again.check(undefined, 100, noon), undefined);
  assert.equal(again.check(1, 0.5, noon), undefined);
  const refused = again.check(0.8, 0.5, noon);
  assert.equal(refused?.category, 'quota');
  assert.match(refused!.message, /Not submitted: this render \(≈\$0\.50\) would take today's spend from \$0\.41 past the \$0\.80 budget/);
});

test('predict_time spikes: well above the recent median warns, normal jitter does not', () => {
  const t = new RenderTimes();
  for (const ms of [60_000, 62_000, 58_000, 61_000, 59_000]) t.record({ model: 'm' }, ms);
  assert.equal(t.isSpike('m', 75_000), false);
  assert.equal(t.isSpike('m', 130_000), true);
  assert.equal(t.isSpike('other', 1e9), false, 'no history, no verdict');
});

test('render-time memory survives a damaged store', () => {
  const t = new RenderTimes({ read: () => '{not json', write: () => {} });
  assert.deepEqual(t.history({ model: 'm' }), []);
});
