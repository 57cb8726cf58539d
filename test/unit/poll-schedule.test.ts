import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptiveSchedule, articleSchedule } from '../../src/core/render/pollSchedule.js';
import { rng } from '../support/random.js';

test("the article's schedule: 5 s, ×1.5, capped at 60 s, ending at the max wait", () => {
  const s = articleSchedule(600_000);
  assert.deepEqual(s.slice(0, 5), [5000, 12_500, 23_750, 40_625, 65_937.5]);
  const gaps = s.slice(1).map((t, i) => t - s[i]);
  assert.ok(gaps.every((g) => g <= 60_000));
  assert.equal(s[s.length - 1], 600_000);
});

test('without history the adaptive schedule is the article schedule', () => {
  assert.deepEqual(adaptiveSchedule([80_000, 90_000], 600_000), articleSchedule(600_000));
});

function notice(schedule: number[], renderMs: number) {
  const i = schedule.findIndex((t) => t >= renderMs);
  return { lag: schedule[i] - renderMs, polls: i + 1 };
}

test('with history, completion is noticed sooner with no more polls', () => {
  const r = rng(3);
  const draw = () => 60_000 + r() * 60_000; // renders take 1–2 minutes
  const history = Array.from({ length: 20 }, draw);
  const adaptive = adaptiveSchedule(history, 600_000);
  const article = articleSchedule(600_000);
  let lagA = 0, lagB = 0, pollsA = 0, pollsB = 0;
  for (let i = 0; i < 500; i++) {
    const t = draw();
    const a = notice(adaptive, t), b = notice(article, t);
    lagA += a.lag; pollsA += a.polls; lagB += b.lag; pollsB += b.polls;
  }
  assert.ok(lagA < lagB / 2, `adaptive lag ${lagA / 500} vs article ${lagB / 500}`);
  assert.ok(pollsA <= pollsB, `adaptive polls ${pollsA / 500} vs article ${pollsB / 500}`);
});

test('an early poll still catches jobs that fail fast (moderation)', () => {
  const s = adaptiveSchedule([90_000, 95_000, 100_000, 92_000], 600_000);
  assert.ok(s[0] <= 5000);
  assert.equal(s[s.length - 1], 600_000);
  assert.deepEqual([...s].sort((a, b) => a - b), s);
});
