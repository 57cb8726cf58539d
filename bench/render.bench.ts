// `npm run bench:render` — the render pipeline against the simulator, in one run:
//  A. a batch of 40 drafts under a 4-concurrent / 20-RPM limit with 2–4 s renders: makespan
//     over the theoretical lower bound and 429s per submit, for vprompt's scheduler and for a
//     naive client that fires everything and retries on 429 (real HTTP on 127.0.0.1, real time);
//  B. polling: completion-noticed lag and polls per job for the article's fixed schedule and
//     vprompt's adaptive one, on the same render times.
import { diskClipFiles } from '../src/node/clipFiles.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AtlasClient } from '../src/core/api/client.js';
import { undiciTransport } from '../src/node/undiciTransport.js';
import { systemClock } from '../src/core/render/clock.js';
import { Journal } from '../src/core/render/journal.js';
import { runJob } from '../src/core/render/pipeline.js';
import { RenderTimes } from '../src/core/render/renderTimes.js';
import { Scheduler } from '../src/core/render/scheduler.js';
import { adaptiveSchedule, articleSchedule } from '../src/core/render/pollSchedule.js';
import { startSimulator } from '../src/sim/server.js';
import { rng } from '../test/support/random.js';

const JOBS = 40;
const LIMITS = { rpm: 20, concurrency: 4 };
const MODEL = 'bytedance/seedance-2.0-fast/text-to-video';

function renderTimes(seed: number): number[] {
  const r = rng(seed);
  return Array.from({ length: JOBS }, () => 2000 + r() * 2000);
}

/** No schedule can beat this: the last 20 submits wait for the RPM window, then run ≤4 at a time. */
function lowerBound(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const late = sorted.slice(0, JOBS - LIMITS.rpm);
  const perSlot = late.reduce((s, t) => s + t, 0) / LIMITS.concurrency;
  return 60_000 + Math.max(late[late.length - 1], perSlot);
}

async function simFor(times: number[]) {
  let i = 0;
  return startSimulator({
    makeClip: () => new Uint8Array([0, 0, 0, 16, 102, 116, 121, 112, 105, 115, 111, 109, 0, 0, 2, 0]),
    dimensions: () => ({ width: 1280, height: 720 }),
    renderMs: () => times[i++ % times.length],
    limits: { '*': LIMITS },
  });
}

async function vpromptBatch(times: number[]) {
  const sim = await simFor(times);
  const out = mkdtempSync(join(tmpdir(), 'vprompt-bench-'));
  const client = new AtlasClient({ baseUrl: sim.url, apiKey: 'bench', transport: undiciTransport });
  const renderMemory = new RenderTimes();
  // What a team's history would hold: earlier renders of this model and size.
  for (const t of renderTimes(99).slice(0, 10)) renderMemory.record({ model: MODEL, duration: 5, resolution: '720p' }, t);
  const deps = {
    client,
    download: undiciTransport,
    clock: systemClock,
    random: Math.random,
    scheduler: new Scheduler(() => LIMITS, systemClock),
    journal: new Journal({ append: () => {}, readAll: () => '' }),
    renderTimes: renderMemory,
    log: () => {},
    outDir: out,
    maxWaitMs: 600_000,
    files: diskClipFiles,
  };
  const t0 = Date.now();
  const results = await Promise.all(
    times.map((_, k) =>
      runJob({ file: 'bench.vprompt', shot: `s${k}`, model: MODEL, tier: 'fast', kind: 'draft', body: { model: MODEL, prompt: `shot ${k}`, duration: 5, resolution: '720p' }, promptHash: String(k), expect: { outputs: 1 } }, deps),
    ),
  );
  const makespan = Date.now() - t0;
  const stats = sim.stats;
  await sim.close();
  rmSync(out, { recursive: true, force: true });
  return { makespan, submits: stats.submits, rateLimited: stats.rateLimited, completed: results.filter((r) => r.status === 'completed').length, polls: stats.polls };
}

async function naiveBatch(times: number[]) {
  const sim = await simFor(times);
  const client = new AtlasClient({ baseUrl: sim.url, apiKey: 'bench', transport: undiciTransport });
  const t0 = Date.now();
  let completed = 0;
  await Promise.all(
    times.map(async (_, k) => {
      let id: string | undefined;
      while (!id) {
        const r = await client.submit({ model: MODEL, prompt: `shot ${k}`, duration: 5 });
        if (r.ok) id = r.value.id;
        else await systemClock.sleep(1000); // retry every 429 after a second
      }
      for (const at of articleSchedule(600_000)) {
        await systemClock.sleep(Math.max(0, at - (Date.now() - t0)));
        const p = await client.getPrediction(id);
        if (p.ok && p.value.status === 'completed') {
          completed++;
          return;
        }
      }
    }),
  );
  const makespan = Date.now() - t0;
  const stats = sim.stats;
  await sim.close();
  return { makespan, submits: stats.submits, rateLimited: stats.rateLimited, completed, polls: stats.polls };
}

function pollingStudy(label: string, draw: () => number) {
  const history = Array.from({ length: 30 }, draw);
  const adaptive = adaptiveSchedule(history, 600_000);
  const article = articleSchedule(600_000);
  const noticed = (s: number[], t: number) => {
    const i = s.findIndex((x) => x >= t);
    return { lag: s[i] - t, polls: i + 1 };
  };
  let a = { lag: 0, rel: 0, polls: 0 };
  let b = { lag: 0, rel: 0, polls: 0 };
  const N = 2000;
  for (let k = 0; k < N; k++) {
    const t = draw();
    const x = noticed(article, t);
    const y = noticed(adaptive, t);
    a = { lag: a.lag + x.lag, rel: a.rel + x.lag / t, polls: a.polls + x.polls };
    b = { lag: b.lag + y.lag, rel: b.rel + y.lag / t, polls: b.polls + y.polls };
  }
  const row = (name: string, v: typeof a) =>
    `  ${name.padEnd(26)} lag ${(v.lag / N / 1000).toFixed(2).padStart(6)} s (${((v.rel / N) * 100).toFixed(1).padStart(5)}% of render)   polls/job ${(v.polls / N).toFixed(2)}`;
  console.log(`${label}:`);
  console.log(row("article (5 s ×1.5, ≤60 s)", a));
  console.log(row('vprompt adaptive', b));
}

async function main(): Promise<void> {
  const times = renderTimes(7);
  const lb = lowerBound(times);
  console.log(`A. ${JOBS} drafts, ${LIMITS.concurrency} concurrent / ${LIMITS.rpm} RPM, renders 2–4 s; lower bound ${(lb / 1000).toFixed(1)} s`);
  const ours = await vpromptBatch(times);
  const naive = await naiveBatch(times);
  for (const [name, r] of [
    ['vprompt scheduler', ours],
    ['naive (fire all, retry 429)', naive],
  ] as const) {
    console.log(
      `  ${name.padEnd(28)} makespan ${(r.makespan / 1000).toFixed(1).padStart(6)} s = ${(r.makespan / lb).toFixed(2)}× bound   429s/submit ${((r.rateLimited / r.submits) * 100).toFixed(1).padStart(5)}%   submits ${r.submits}   completed ${r.completed}/${JOBS}`,
    );
  }
  console.log('\nB. polling, same render times for both schedules (2,000 jobs each, 30 renders of history)');
  const r1 = rng(5);
  pollingStudy('renders of 1–3 minutes (Atlas reports 1–5 min)', () => 60_000 + r1() * 120_000);
  const r2 = rng(6);
  pollingStudy('renders of 2–4 s (the simulator default)', () => 2000 + r2() * 2000);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
