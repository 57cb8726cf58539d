import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ModelLimiter } from '../../src/core/render/scheduler.js';
import { VirtualClock } from '../../src/core/render/clock.js';
import { backoffDelay, parseRetryAfter } from '../../src/core/render/backoff.js';

test('requests-per-minute: the 4th submit under a 3 RPM limit waits for the window to slide', async () => {
  const clock = new VirtualClock(0);
  const l = new ModelLimiter({ rpm: 3, concurrency: 10 }, clock);
  const at: number[] = [];
  for (let i = 0; i < 7; i++) {
    await l.acquire();
    at.push(clock.now());
  }
  assert.deepEqual(at, [0, 0, 0, 61_500, 61_500, 61_500, 123_000], 'the window slides a little late, for server-side stamping');
});

test('the window slack follows measured submit round trips, and grows after a 429 that came anyway', async () => {
  const clock = new VirtualClock(0);
  const l = new ModelLimiter({ rpm: 3, concurrency: 10 }, clock);
  const at: number[] = [];
  for (let i = 0; i < 3; i++) {
    await l.acquire();
    at.push(clock.now());
    l.onSubmitted(40); // 40 ms round trips: slack 2 × 40 ms, but never under 250 ms
  }
  await l.acquire();
  at.push(clock.now());
  assert.deepEqual(at, [0, 0, 0, 60_250]);
  l.onSubmitted(900); // a slow answer widens it to 1.8 s
  assert.equal(l.state.slackMs, 1800);
  l.onRateLimited(0); // the floor doubles (250 → 500): still under 1.8 s here
  assert.equal(l.state.slackMs, 1800);
  for (let i = 0; i < 10; i++) l.onSubmitted(10); // the slow sample ages out of the last 10
  assert.equal(l.state.slackMs, 500, 'the raised floor stays after a 429');
});

test('concurrency: a third job waits until one of two running jobs is released', async () => {
  const clock = new VirtualClock(0);
  const l = new ModelLimiter({ rpm: 100, concurrency: 2 }, clock);
  const r1 = await l.acquire();
  await l.acquire();
  let third = false;
  const p = l.acquire().then((r) => {
    third = true;
    return r;
  });
  await new Promise((r) => setImmediate(r));
  assert.equal(third, false, 'blocked while two are running');
  r1();
  await p;
  assert.equal(third, true);
  assert.equal(l.state.active, 2);
});

test('a 429 halves concurrency, slows the rate and pauses; successes grow it back', async () => {
  const clock = new VirtualClock(0);
  const l = new ModelLimiter({ rpm: 20, concurrency: 4 }, clock);
  l.onRateLimited(8000);
  assert.deepEqual([l.state.concurrency, l.state.rpm], [2, 15]);
  await l.acquire();
  assert.equal(clock.now(), 8000, 'waited out the pause');
  for (let i = 0; i < 6; i++) l.onSubmitted();
  assert.deepEqual([l.state.concurrency, l.state.rpm], [4, 19]);
  for (let i = 0; i < 30; i++) l.onSubmitted();
  assert.deepEqual([l.state.concurrency, l.state.rpm], [4, 20], 'never above the configured limits');
});

test('cancelling a waiting acquire rejects it and lets the queue move on', async () => {
  const clock = new VirtualClock(0);
  const l = new ModelLimiter({ rpm: 100, concurrency: 1 }, clock);
  const r1 = await l.acquire();
  const ac = new AbortController();
  const waiting = l.acquire(ac.signal);
  ac.abort();
  await assert.rejects(waiting, /cancelled/);
  r1();
  const r3 = await l.acquire();
  assert.equal(typeof r3, 'function');
});

test('backoff grows exponentially with jitter, is capped, and honours Retry-After', () => {
  const o = { baseMs: 1000, maxMs: 30_000, random: () => 1 };
  assert.deepEqual([0, 1, 2, 3, 10].map((a) => backoffDelay(a, o)), [1000, 2000, 4000, 8000, 30_000]);
  assert.equal(backoffDelay(3, { ...o, random: () => 0 }), 4000);
  assert.equal(backoffDelay(0, o, 7000), 7000);
  assert.equal(parseRetryAfter('3', 0), 3000);
  assert.equal(parseRetryAfter(undefined, 0), undefined);
});
