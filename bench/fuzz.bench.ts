// `npm run fuzz [-- --seed N --count N --procs N --index I]` — parser and linter fuzzing at
// scale. Phase 1: `count` inputs (default 1,000,000: grammar-generated documents, mutations of
// the corpus and example files, and .vpromptrc.json texts for parseConfig) run in child
// processes; nothing may throw, crash the process, hang, report a rule's internal error or put
// a range outside the document (any of these exits 1), and an input over 1 s of CPU is reported
// as a hang candidate. Phase 2: the inputs slowest per KB are grown by
// repetition to 64 KB … 1 MB and each doubling's lint-time ratio is compared with a benign
// corpus file grown the same way in the same run (≈2 linear, ≈4 quadratic).
// Failing inputs go to test-results/fuzz/ named by seed and index; `--index I` replays one.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomInt } from 'node:crypto';
import { lintText } from '../src/core/lint/engine.js';
import { parseConfig } from '../src/core/config/rc.js';
import { inputAt, type Kind } from './fuzz/inputs.js';
import { GROWTH_MODES, grow, type GrowthMode } from './fuzz/grow.js';

const HANG_MS = 1000; // one input slower than this (on a second try too) is a hang candidate
const CHUNK = 2000; // inputs per message to a child: keeps IPC off the hot path
const CHUNK_DEADLINE_MS = 60_000; // a chunk this late has a hung input in it: bisect it
const INPUT_DEADLINE_MS = 20_000; // when running one input at a time, this late means hung
const TOP = 40; // slowest-per-KB inputs each chunk reports
const RETIME = 20; // of the slowest overall, how many are timed again before choosing
const WORST = 4; // of which this many are grown
const SIZES = [64, 128, 256, 512, 1024].map((k) => k * 1024);
const GROW_STOP_MS = 3000; // stop growing an input once one lint takes this long: the trend is clear
const OUT = join(__dirname, '..', 'test-results', 'fuzz');

// ---- shared ---------------------------------------------------------------------------------

interface Timed {
  index: number;
  kind: Kind;
  size: number;
  ms: number;
}

interface Failure {
  index: number;
  /** All but "slow" (a hang candidate: over HANG_MS twice) fail the run. */
  what: 'throw' | 'internal-error' | 'range' | 'crash' | 'hang' | 'slow';
  message: string;
}

interface ChunkResult {
  type: 'chunk';
  from: number;
  to: number;
  inputs: number;
  rcInputs: number;
  bytes: number;
  warnings: string[];
  buckets: Record<string, Timed>;
  top: Timed[];
  failures: Failure[];
}

const BUCKETS: Array<[string, number]> = [
  ['< 256 B', 256],
  ['256 B–1 KB', 1024],
  ['1–4 KB', 4096],
  ['4–16 KB', 16384],
  ['16–64 KB', 65536],
  ['≥ 64 KB', Infinity],
];
const bucketOf = (size: number) => BUCKETS.find(([, max]) => size < max)![0];
/** Per-KB cost, with inputs under 1 KB counted as 1 KB so timer noise on tiny inputs doesn't win. */
const perKB = (t: { ms: number; size: number }) => (t.ms * 1024) / Math.max(t.size, 1024);

function pushTop(top: Timed[], t: Timed): void {
  if (top.length < TOP) top.push(t);
  else {
    let min = 0;
    for (let i = 1; i < top.length; i++) if (perKB(top[i]) < perKB(top[min])) min = i;
    if (perKB(t) > perKB(top[min])) top[min] = t;
  }
}

/**
 * CPU time of this process in ms. Times are CPU, not wall clock: the machine is shared, and a
 * process that is merely waiting for a core must not look like a slow input.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs one input; returns its CPU time, or a failure. */
function runOne(kind: Kind, text: string): { ms: number; failure?: Omit<Failure, 'index'> } {
  const t0 = cpuMs();
  try {
    if (kind === 'rc') {
      parseConfig(text, '.vpromptrc.json');
      return { ms: cpuMs() - t0 };
    }
    const { doc, diagnostics } = lintText(text);
    const ms = cpuMs() - t0;
    for (const d of diagnostics) {
      if (d.message.includes('internal error')) return { ms, failure: { what: 'internal-error', message: d.message } };
      const { start, end } = d.range;
      const inside =
        start.line >= 0 &&
        start.line <= Math.max(0, doc.lines.length - 1) &&
        (end.line > start.line || (end.line === start.line && end.character >= start.character)) &&
        start.character >= 0 &&
        start.character <= (doc.lines[start.line]?.length ?? 0) &&
        end.character <= (doc.lines[end.line]?.length ?? 0);
      if (!inside) return { ms, failure: { what: 'range', message: `${d.rule} range ${JSON.stringify(d.range)} is outside the document` } };
    }
    return { ms };
  } catch (e) {
    return { ms: cpuMs() - t0, failure: { what: 'throw', message: (e as Error)?.stack ?? String(e) } };
  }
}

// ---- child: runs chunks of inputs -----------------------------------------------------------

function child(): void {
  const warnings: string[] = [];
  // yaml and others may print process warnings; count them as findings instead of flooding stderr.
  process.removeAllListeners('warning');
  process.on('warning', (w) => warnings.push(w.message.split('\n')[0]));
  // Warm up (JIT, lazily built lexicon tries) on inputs of another seed, so the first inputs of
  // the run are not the "slowest" merely for coming first.
  for (let i = 0; i < 400; i++) {
    const { kind, text } = inputAt(0x5eed, i);
    runOne(kind, text);
  }
  process.on('message', (m: { seed: number } & Job) => {
    const res: ChunkResult = { type: 'chunk', from: m.from, to: m.to, inputs: 0, rcInputs: 0, bytes: 0, warnings: [], buckets: {}, top: [], failures: [] };
    // Settle after waiting for this message (background GC and compiler threads catch up and
    // would be billed to the first input of the chunk otherwise).
    runOne('generated', inputAt(0x5eed, m.from % 400).text);
    for (let i = m.from; i < m.to; i++) {
      const { kind, text } = inputAt(m.seed, i);
      let { ms, failure } = runOne(kind, text);
      if (!failure && ms > HANG_MS) {
        ms = Math.min(ms, runOne(kind, text).ms); // a GC pause or a busy machine gets a second try
        if (ms > HANG_MS) failure = { what: 'slow', message: `took ${ms.toFixed(0)} ms (twice over ${HANG_MS} ms)` };
      }
      res.inputs++;
      res.bytes += text.length;
      if (failure) res.failures.push({ index: i, ...failure });
      if (kind === 'rc') {
        res.rcInputs++;
        const b = res.buckets['rc'];
        if (!b || ms > b.ms) res.buckets['rc'] = { index: i, kind, size: text.length, ms };
        continue;
      }
      const t: Timed = { index: i, kind, size: text.length, ms };
      const key = bucketOf(t.size);
      if (!res.buckets[key] || ms > res.buckets[key].ms) res.buckets[key] = t;
      pushTop(res.top, t);
    }
    // Warnings are emitted on the next tick: collect this chunk's before replying.
    setImmediate(() => {
      res.warnings = [...new Set(warnings.splice(0))].slice(0, 5);
      process.send!(res);
    });
  });
  process.send!({ type: 'ready' });
}

// ---- parent: farms chunks out, bisects crashes and hangs ------------------------------------

interface Job {
  from: number;
  to: number;
}

interface Worker {
  proc: ChildProcess;
  job?: Job;
  started: number;
}

function saveFailure(seed: number, f: Failure): string {
  mkdirSync(OUT, { recursive: true });
  const { kind, text } = inputAt(seed, f.index);
  const base = join(OUT, `seed-${seed}-index-${f.index}-${f.what}`);
  writeFileSync(`${base}.${kind === 'rc' ? 'json' : 'vprompt'}`, text);
  writeFileSync(`${base}.txt`, `seed ${seed}, index ${f.index}, ${kind} input of ${text.length} chars\n${f.what}: ${f.message}\nreplay: npm run fuzz -- --seed ${seed} --index ${f.index}\n`);
  return base;
}

async function fuzzPhase(seed: number, count: number, procs: number): Promise<{ results: ChunkResult[]; failures: Failure[]; seconds: number }> {
  const queue: Job[] = [];
  for (let from = 0; from < count; from += CHUNK) queue.push({ from, to: Math.min(count, from + CHUNK) });
  const results: ChunkResult[] = [];
  const failures: Failure[] = [];
  const t0 = performance.now();
  let done = 0;
  let lastPrint = 0;
  const workers = new Set<Worker>();

  return new Promise((resolve) => {
    const finishIfIdle = () => {
      if (queue.length === 0 && [...workers].every((w) => !w.job)) {
        clearInterval(watchdog);
        for (const w of workers) w.proc.kill();
        resolve({ results, failures, seconds: (performance.now() - t0) / 1000 });
      }
    };
    // A job that died or hung is rerun one input at a time, so the culprit is named exactly.
    const bisect = (w: Worker, why: 'crash' | 'hang', detail: string) => {
      const job = w.job!;
      w.job = undefined;
      workers.delete(w);
      w.proc.kill('SIGKILL');
      if (job.to - job.from === 1) {
        const f: Failure = { index: job.from, what: why, message: detail };
        failures.push(f);
        console.log(`  ${why} on input ${job.from}: ${detail} → ${saveFailure(seed, f)}.*`);
      } else {
        const singles: Job[] = [];
        for (let i = job.from; i < job.to; i++) singles.push({ from: i, to: i + 1 });
        queue.unshift(...singles);
      }
      spawn();
    };
    const feed = (w: Worker) => {
      const job = queue.shift();
      w.job = job;
      if (!job) return finishIfIdle();
      w.started = performance.now();
      w.proc.send({ seed, ...job });
    };
    const spawn = () => {
      const proc = fork(__filename, ['--child'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const w: Worker = { proc, started: performance.now() };
      workers.add(w);
      proc.on('message', (m: ChunkResult | { type: 'ready' }) => {
        if (m.type === 'chunk') {
          results.push(m);
          done += m.inputs;
          for (const f of m.failures) {
            failures.push(f);
            console.log(`  ${f.what} on input ${f.index}: ${f.message.split('\n')[0]} → ${saveFailure(seed, f)}.*`);
          }
          const now = performance.now();
          if (now - lastPrint > 15_000) {
            lastPrint = now;
            console.log(`  ${done.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} inputs, ${((done / (now - t0)) * 1000).toFixed(0)}/s`);
          }
        }
        feed(w);
      });
      proc.on('exit', (code, signal) => {
        if (workers.has(w) && w.job) bisect(w, 'crash', `child process died (${signal ?? `exit code ${code}`})`);
        else workers.delete(w);
      });
    };
    const watchdog = setInterval(() => {
      for (const w of workers) {
        if (!w.job) continue;
        const single = w.job.to - w.job.from === 1;
        const late = performance.now() - w.started;
        if (late > (single ? INPUT_DEADLINE_MS : CHUNK_DEADLINE_MS)) bisect(w, 'hang', `no result after ${(late / 1000).toFixed(0)} s`);
      }
    }, 1000);
    for (let i = 0; i < procs; i++) spawn();
  });
}

// ---- phase 2: linearity ---------------------------------------------------------------------

/** Best CPU time of up to 5 lints, fewer when they take long (the minimum is the least disturbed). */
function timeLint(text: string): number {
  let best = Infinity;
  let spent = 0;
  for (let i = 0; i < 5 && spent < 1000; i++) {
    const t0 = cpuMs();
    lintText(text);
    const ms = cpuMs() - t0;
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

interface Ladder {
  mode: GrowthMode;
  sizes: number[];
  ms: number[];
}

/** Lint times of `text` grown to each size, stopping before a step would take over GROW_STOP_MS. */
function ladder(text: string, mode: GrowthMode, steps = SIZES.length): Ladder | undefined {
  const out: Ladder = { mode, sizes: [], ms: [] };
  for (let j = 0; j < steps; j++) {
    const grown = grow(text, mode, SIZES[0], j);
    if (grown === undefined) return undefined;
    const ms = timeLint(grown);
    out.sizes.push(grown.length);
    out.ms.push(ms);
    const r = j > 0 ? ms / out.ms[j - 1] : 2;
    if (ms * Math.max(2, r) > GROW_STOP_MS) break;
  }
  return out;
}

const ratios = (l: Ladder) => l.ms.slice(1).map((m, i) => m / l.ms[i]);
const geomean = (xs: number[]) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : NaN);
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1048576).toFixed(1)} MB` : `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`);

/** The input that grows worst against its baseline: mean lint-time ratios per doubling. */
interface Growth {
  index: number;
  worst: number;
  baseline: number;
  vs: number;
  /** Set when even the first size took too long to grow it further. */
  tooSlowAt?: number;
}

function linearityPhase(seed: number, top: Timed[], at: (index: number) => void): Growth {
  const all = top.sort((a, b) => perKB(b) - perKB(a)).slice(0, RETIME);
  // Re-time the candidates so a GC pause during phase 1 doesn't pick the input, and keep the
  // slowest of each kind (by its most frequent finding): four variants of one slow input would
  // hide a different one, which may be the one that grows badly.
  const byKind = new Map<string, Timed & { text: string; dominant: string }>();
  for (const t of all) {
    at(t.index);
    const text = inputAt(seed, t.index).text;
    const counts = new Map<string, number>();
    for (const d of lintText(text).diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'none';
    const c = { ...t, ms: timeLint(text), text, dominant };
    const prev = byKind.get(dominant);
    if (!prev || perKB(c) > perKB(prev)) byKind.set(dominant, c);
  }
  const retimed = [...byKind.values()].sort((a, b) => perKB(b) - perKB(a)).slice(0, WORST);
  const benign = readFileSync(join(__dirname, '..', 'test', 'corpus', 'benign.vprompt'), 'utf8');
  const baselines = new Map<GrowthMode, Ladder | undefined>();
  const baseline = (mode: GrowthMode) => {
    if (!baselines.has(mode)) baselines.set(mode, ladder(benign, mode));
    return baselines.get(mode);
  };
  timeLint(grow(benign, 'doc', SIZES[0], 0)!); // warm up before any figure is taken

  console.log(`\nlinearity: the ${WORST} slowest inputs per KB (one per most frequent finding), grown by repetition (${SIZES.map(kb).join(', ')});`);
  console.log('each doubling should about double the lint time (≈2 linear, ≈4 quadratic). Baseline: test/corpus/benign.vprompt grown the same way.');
  let growth: Growth = { index: -1, worst: NaN, baseline: NaN, vs: 0 };
  for (const c of retimed) {
    at(c.index);
    // Probe every way of growing this input at the first two sizes; the one that predicts the
    // longest time at 1 MB gets the full ladder (a steep one, or a flat one with a high cost).
    let probe: { mode: GrowthMode; at1MB: number } | undefined;
    for (const mode of GROWTH_MODES) {
      const l = ladder(c.text, mode, 2);
      if (!l) continue;
      const r = l.ms.length > 1 ? Math.max(1, l.ms[1] / l.ms[0]) : 4;
      const at1MB = l.ms[l.ms.length - 1] * r ** (SIZES.length - l.ms.length);
      if (!probe || at1MB > probe.at1MB) probe = { mode, at1MB };
    }
    if (!probe) continue;
    const l = ladder(c.text, probe.mode)!;
    const b = baseline(probe.mode);
    const rs = ratios(l);
    const brs = b ? ratios(b) : [];
    const g = geomean(rs);
    const bg = geomean(brs);
    const vs = g / bg;
    if (rs.length === 0) growth = { index: c.index, worst: NaN, baseline: bg, vs: Infinity, tooSlowAt: l.sizes[0] };
    else if (vs > growth.vs) growth = { index: c.index, worst: g, baseline: bg, vs };
    const last = l.ms.length - 1;
    const costVs = b && b.ms[last] ? ((l.ms[last] / l.sizes[last]) / (b.ms[last] / b.sizes[last])) : NaN;
    console.log(`  input ${c.index} (${c.kind}, ${kb(c.size)}, ${perKB(c).toFixed(2)} ms/KB, mostly ${c.dominant}), grown by ${probe.mode}:`);
    console.log(`    ms:       ${l.ms.map((m, i) => `${kb(l.sizes[i])} ${m.toFixed(1)}`).join(' | ')}${l.ms.length < SIZES.length ? `  (stopped: the next size would take over ${GROW_STOP_MS / 1000} s)` : ''}`);
    if (rs.length === 0) {
      console.log(`    too slow at the first size to grow further; ${costVs.toFixed(1)}× baseline cost per byte at ${kb(l.sizes[0])}`);
      continue;
    }
    console.log(`    doubling: ${rs.map((r) => r.toFixed(2)).join(' ')}   mean ${g.toFixed(2)}`);
    console.log(`    baseline: ${brs.map((r) => r.toFixed(2)).join(' ')}   mean ${bg.toFixed(2)}   → ${vs.toFixed(2)}× baseline growth; ${costVs.toFixed(1)}× baseline cost per byte at ${kb(l.sizes[last])}`);
  }
  return growth;
}

// ---- main -----------------------------------------------------------------------------------

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} needs a whole number`);
  return v;
}

async function main(): Promise<void> {
  const seed = flag('seed') ?? randomInt(2 ** 31);
  const count = flag('count') ?? 1_000_000;
  const procs = flag('procs') ?? availableParallelism();
  const index = flag('index');
  if (index !== undefined) {
    // Replay one input in this process, so a debugger or a stack trace sees it directly.
    const { kind, text } = inputAt(seed, index);
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, `seed-${seed}-index-${index}.${kind === 'rc' ? 'json' : 'vprompt'}`);
    writeFileSync(file, text);
    const { ms, failure } = runOne(kind, text);
    console.log(`seed ${seed}, index ${index}: ${kind}, ${text.length} chars (${file}), ${ms.toFixed(1)} ms${failure ? `, ${failure.what}: ${failure.message}` : ', ok'}`);
    process.exitCode = failure ? 1 : 0;
    return;
  }

  console.log(`vprompt fuzz: seed ${seed}, ${count.toLocaleString('en-US')} inputs, ${procs} processes  (replay one: npm run fuzz -- --seed ${seed} --index N)`);
  const { results, failures, seconds } = await fuzzPhase(seed, count, procs);
  const inputs = results.reduce((n, r) => n + r.inputs, 0);
  const rcInputs = results.reduce((n, r) => n + r.rcInputs, 0);
  const bytes = results.reduce((n, r) => n + r.bytes, 0);
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];
  const buckets = new Map<string, Timed>();
  for (const r of results) {
    for (const [k, t] of Object.entries(r.buckets)) if (!buckets.has(k) || t.ms > buckets.get(k)!.ms) buckets.set(k, t);
  }
  const slowest = [...buckets.entries()].filter(([k]) => k !== 'rc').map(([, t]) => t).sort((a, b) => b.ms - a.ms)[0];
  const by = (what: Failure['what']) => failures.filter((f) => f.what === what).length;

  console.log(`\ninputs run: ${inputs.toLocaleString('en-US')} (${rcInputs.toLocaleString('en-US')} of them .vpromptrc.json texts for parseConfig), ${(bytes / 1e6).toFixed(1)} MB, average ${(bytes / Math.max(1, inputs)).toFixed(0)} chars`);
  console.log(`throws: ${by('throw')}   crashes: ${by('crash')}   hangs: ${by('hang')}   rule internal errors: ${by('internal-error')}   ranges outside the document: ${by('range')}`);
  console.log(`hang candidates (over ${HANG_MS} ms of CPU, twice): ${by('slow')}`);
  if (warnings.length) console.log(`process warnings printed while linting: ${warnings.join(' | ')}`);
  console.log('slowest input per size bucket (CPU ms):');
  for (const [name] of [...BUCKETS, ['rc'] as [string]]) {
    const t = buckets.get(name);
    if (t) console.log(`  ${(name === 'rc' ? '.vpromptrc.json' : name).padEnd(16)} ${t.ms.toFixed(2).padStart(8)} ms  input ${t.index} (${t.kind}, ${kb(t.size)})`);
  }
  const growth = await linearityInChild(seed, results.flatMap((r) => r.top), failures);
  const throughput = inputs / seconds;
  console.log(`\nsummary (seed ${seed})`);
  console.log(`  inputs run:           ${inputs.toLocaleString('en-US')} in ${seconds.toFixed(0)} s, ${throughput.toFixed(0)} inputs/s on ${procs} processes`);
  console.log(`  throws:               ${by('throw')} (crashes ${by('crash')}, hangs ${by('hang')}, rule internal errors ${by('internal-error')}, bad ranges ${by('range')})`);
  if (slowest) console.log(`  max time per input:   ${slowest.ms.toFixed(1)} ms CPU, a ${kb(slowest.size)} input (${slowest.kind}, index ${slowest.index}); ${by('slow')} over ${HANG_MS / 1000} s`);
  if (growth.tooSlowAt) console.log(`  linearity:            input ${growth.index} took over ${GROW_STOP_MS / 1000} s at ${kb(growth.tooSlowAt)}: too slow to grow further`);
  else if (growth.index < 0) console.log('  linearity:            not measured');
  else console.log(`  linearity:            worst input's lint time per doubling ${growth.worst.toFixed(2)} vs baseline ${growth.baseline.toFixed(2)} → ${growth.vs.toFixed(2)}× baseline (quadratic would be ≈ 2×)`);
  const fatal = failures.filter((f) => f.what !== 'slow');
  if (fatal.length) {
    console.log(`FAILED: ${fatal.length} inputs saved under ${OUT}`);
    process.exitCode = 1;
  }
}

/**
 * Phase 2 runs in a child process too: an input that aborted the process in phase 1 can
 * survive there (V8's fatal error depends on the process's state) and abort it here.
 */
function linearityInChild(seed: number, top: Timed[], failures: Failure[]): Promise<Growth> {
  return new Promise((resolve) => {
    const proc = fork(__filename, ['--linearity'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let current = -1;
    let growth: Growth | undefined;
    proc.on('message', (m: { type: 'at'; index: number } | { type: 'growth'; growth: Growth }) => {
      if (m.type === 'at') current = m.index;
      else growth = m.growth;
    });
    proc.on('exit', (code, signal) => {
      if (!growth) {
        const f: Failure = { index: current, what: 'crash', message: `linearity phase died (${signal ?? `exit code ${code}`}) on this input` };
        failures.push(f);
        console.log(`  crash on input ${current} in the linearity phase → ${saveFailure(seed, f)}.*`);
      }
      resolve(growth ?? { index: -1, worst: NaN, baseline: NaN, vs: NaN });
    });
    proc.send({ seed, top });
  });
}

if (process.argv.includes('--child')) child();
else if (process.argv.includes('--linearity')) {
  process.once('message', (m: { seed: number; top: Timed[] }) => {
    const growth = linearityPhase(m.seed, m.top, (index) => process.send!({ type: 'at', index }));
    process.send!({ type: 'growth', growth }, () => process.disconnect());
  });
}
else
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
