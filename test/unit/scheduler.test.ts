import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { ModelLimiter, Scheduler } from '../../src/core/render/scheduler.js';
import { VirtualClock, systemClock } from '../../src/core/render/clock.js';
import { GatedClock } from '../support/gatedClock.js';
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

/** How an acquire stands once every promise callback queued so far has run: no clock involved. */
function settled<T>(p: Promise<T>): Promise<'granted' | 'AbortError' | 'pending' | string> {
  return Promise.race([
    p.then(
      () => 'granted',
      (e: Error) => e.name,
    ),
    new Promise<'pending'>((r) => setImmediate(() => r('pending'))),
  ]);
}

const abortListeners = (s: AbortSignal) => getEventListeners(s, 'abort').length;

test('cancelling a waiter queued behind another rejects at once, while the slot is still held', async () => {
  const clock = new VirtualClock(0);
  const l = new ModelLimiter({ rpm: 100, concurrency: 1 }, clock);
  const first = await l.acquire(); // the only slot, held by a job that renders for a long time
  const second = l.acquire();
  const ac = new AbortController();
  const third = l.acquire(ac.signal);
  assert.equal(await settled(third), 'pending');
  ac.abort();
  assert.equal(await settled(third), 'AbortError', 'rejected without waiting for the job ahead of it');
  assert.equal(await settled(second), 'pending', 'the waiter ahead is undisturbed');
  assert.equal(l.state.queued, 1);
  assert.equal(l.state.active, 1);
  first();
  assert.equal(await settled(second), 'granted');
});

test('cancelling the second of three waiters: the first and third keep their order', async () => {
  const clock = new VirtualClock(0);
  const l = new ModelLimiter({ rpm: 100, concurrency: 1 }, clock);
  const hold = await l.acquire();
  const order: string[] = [];
  const releases = new Map<string, () => void>();
  const waiter = (name: string, signal?: AbortSignal) =>
    l.acquire(signal).then(
      (release) => {
        order.push(name);
        releases.set(name, release);
      },
      (e: Error) => order.push(`${name}:${e.name}`),
    );
  const ac = new AbortController();
  const w = [waiter('a'), waiter('b', ac.signal), waiter('c'), waiter('d')];
  ac.abort();
  await settled(w[1]);
  assert.deepEqual(order, ['b:AbortError']);
  hold();
  await settled(w[0]);
  assert.deepEqual(order, ['b:AbortError', 'a'], 'only the head is granted (one slot)');
  releases.get('a')!();
  await settled(w[2]);
  releases.get('c')!();
  await Promise.all(w);
  assert.deepEqual(order, ['b:AbortError', 'a', 'c', 'd']);
});

test('cancelling the head while it sleeps out a 429 pause: the next waiter takes its place', async () => {
  const clock = new GatedClock(0); // the pause lasts until the test opens the gate
  const l = new ModelLimiter({ rpm: 100, concurrency: 4 }, clock);
  l.onRateLimited(10_000);
  const ac = new AbortController();
  const head = l.acquire(ac.signal);
  const next = l.acquire();
  ac.abort();
  assert.equal(await settled(head), 'AbortError', 'no need to wait for the pause to end');
  assert.equal(await settled(next), 'pending', 'the pause still holds for the others');
  clock.openGate();
  assert.equal(await settled(next), 'granted');
});

test('no abort listener is left on a signal after many waits, granted or cancelled', async () => {
  const clock = new VirtualClock(0);
  const l = new ModelLimiter({ rpm: 3, concurrency: 1 }, clock);
  const signal = new AbortController().signal;
  // Each acquire waits: for the slot (concurrency 1), and every 4th for the RPM window to slide.
  let release = await l.acquire(signal);
  for (let i = 0; i < 20; i++) {
    const next = l.acquire(signal);
    assert.equal(abortListeners(signal), 1, 'one listener while waiting');
    release();
    release = await next;
    assert.equal(abortListeners(signal), 0, `none once granted (wait ${i + 1})`);
  }
  assert.ok(clock.sleeps.length > 0, 'some of those waits were for the RPM window');
  // Cancelled waits remove theirs too, also those cancelled with another's signal still waiting.
  const keep = new AbortController();
  const kept = l.acquire(keep.signal);
  for (let i = 0; i < 10; i++) {
    const ac = new AbortController();
    const p = l.acquire(ac.signal);
    ac.abort();
    assert.equal(await settled(p), 'AbortError');
    assert.equal(abortListeners(ac.signal), 0);
  }
  assert.equal(abortListeners(keep.signal), 1);
  release();
  await kept;
  assert.equal(abortListeners(keep.signal), 0);
  assert.equal(l.state.queued, 0);
});

test('an already-aborted signal is refused without queueing or listening', async () => {
  const l = new ModelLimiter({ rpm: 100, concurrency: 1 }, new VirtualClock(0));
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(l.acquire(ac.signal), { name: 'AbortError' });
  assert.equal(abortListeners(ac.signal), 0);
  assert.equal(l.state.queued, 0);
});

test('the system clock\'s sleep removes its abort listener when it wakes and when it is cancelled', async () => {
  const ac = new AbortController();
  await systemClock.sleep(0, ac.signal);
  assert.equal(abortListeners(ac.signal), 0);
  const cancelled = systemClock.sleep(60_000, ac.signal);
  assert.equal(abortListeners(ac.signal), 1);
  ac.abort();
  await assert.rejects(cancelled, { name: 'AbortError' });
  assert.equal(abortListeners(ac.signal), 0);
});

test('backoff grows exponentially with jitter, is capped, and honours Retry-After', () => {
  const o = { baseMs: 1000, maxMs: 30_000, random: () => 1 };
  assert.deepEqual([0, 1, 2, 3, 10].map((a) => backoffDelay(a, o)), [1000, 2000, 4000, 8000, 30_000]);
  assert.equal(backoffDelay(3, { ...o, random: () => 0 }), 4000);
  assert.equal(backoffDelay(0, o, 7000), 7000);
  assert.equal(parseRetryAfter('3', 0), 3000);
  assert.equal(parseRetryAfter(undefined, 0), undefined);
});

test('new limits from the settings apply in place: a lower concurrency holds from the next grant, a higher one admits waiters at once', async () => {
  const clock = new VirtualClock();
  const s = new Scheduler(() => ({ rpm: 100, concurrency: 2 }), clock);
  const l = s.for('m');
  const r1 = await l.acquire();
  await l.acquire();
  let third = false;
  const p3 = l.acquire().then((r) => {
    third = true;
    return r;
  });
  await Promise.resolve();
  assert.equal(third, false, 'both slots are taken');
  s.reconfigure(() => ({ rpm: 100, concurrency: 3 }));
  const r3 = await p3;
  assert.equal(third, true, 'the raised limit admitted the waiter');
  s.reconfigure(() => ({ rpm: 100, concurrency: 1 }));
  assert.equal(l.state.concurrency, 1);
  r1();
  r3();
  let fourth = false;
  void l.acquire().then(() => (fourth = true));
  await Promise.resolve();
  assert.equal(fourth, false, 'one job still renders: the lowered limit of 1 is full');
});
