// `vprompt render`: drafts (Fast tier) or finals of a file's shots through the pipeline, on the
// Atlas API when a key is set, otherwise on the built-in simulator (and it says so).
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { AtlasClient, DEFAULT_API_BASE } from '../core/api/client.js';
import { undiciTransport } from '../core/api/undiciTransport.js';
import { lintText } from '../core/lint/engine.js';
import { MAX_DOCUMENT_CHARS } from '../core/format/parse.js';
import type { Shot } from '../core/format/types.js';
import { getModel, isoDay } from '../core/catalog/catalog.js';
import { formatUsd } from '../core/catalog/cost.js';
import { systemClock } from '../core/render/clock.js';
import { FileJournalStore, FileKeyValueStore, appendLine } from '../core/render/fileStores.js';
import { Journal } from '../core/render/journal.js';
import { Ledger } from '../core/render/ledger.js';
import { formatLogLine } from '../core/render/log.js';
import { runJob, resumeJob, type JobOutcome, type PipelineDeps } from '../core/render/pipeline.js';
import { crashHooks } from '../core/render/crashPoints.js';
import { RenderTimes } from '../core/render/renderTimes.js';
import { buildRequest } from '../core/render/requestBody.js';
import { expectationOf, lastUnknown, planShot, recoverUnfinished, renderLifecycle, unknownRefusal, type LintedFile } from '../core/render/session.js';
import { ReferenceUploader } from '../core/render/references.js';
import { refreshSchemas } from '../core/render/liveSchemas.js';
import { Scheduler } from '../core/render/scheduler.js';
import { checkClip } from '../core/media/checks.js';
import { SIMULATOR_KEY, startDefaultSimulator } from '../sim/defaults.js';
import { findRcDir, loadConfigFor } from './config.js';
import type { Io } from './main.js';

export interface RenderOptions {
  file: string;
  shot?: string;
  all: boolean;
  final: boolean;
  out?: string;
  format: 'text' | 'json';
  apiBase?: string;
  maxWaitSeconds: number;
  budgetUsd?: number;
  /** Upload reference files whose real path is outside the project folder. */
  allowOutsideRefs?: boolean;
  /** Send a shot again although its last render's outcome is unknown (the user checked). */
  resubmitUnknown?: boolean;
  /** Equivalent models for sustained 429s (model id → model id); never a dearer one. */
  fallbacks?: Record<string, string>;
  env: NodeJS.ProcessEnv;
}

const FOLDER_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOTDIR: 'a file is in the way',
  EEXIST: 'a file is in the way',
  EISDIR: 'a folder is in the way of the journal',
  ENOSPC: 'disk full',
};

/**
 * Proves the render folder can take the journal and clips before anything is sent: a run that
 * submitted and then could not journal the prediction id would lose a billed render.
 */
function folderProblem(outDir: string, state: string): string | undefined {
  try {
    mkdirSync(state, { recursive: true });
    closeSync(openSync(join(state, 'journal.jsonl'), 'a'));
    const probe = join(outDir, `.vprompt-write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return FOLDER_ERRORS[code] ? `${code}: ${FOLDER_ERRORS[code]}` : code;
  }
}

function jobJson(o: JobOutcome) {
  return {
    shot: o.shot,
    model: o.model,
    tier: o.tier,
    predictionId: o.predictionId ?? null,
    status: o.status,
    outputs: o.outputs,
    error: o.error ? { category: o.error.category, message: o.error.message, code: o.error.code ?? null, apiError: o.error.apiError ?? null } : null,
    warnings: o.warnings,
    estimatedCostUsd: o.estimatedCostUsd === undefined ? null : Math.round(o.estimatedCostUsd * 1e4) / 1e4,
    predictTime: o.predictTime ?? null,
  };
}

export async function runRender(opts: RenderOptions, io: Io): Promise<number> {
  const path = resolve(io.cwd, opts.file);
  const tooLarge = (mb: number) =>
    `vprompt render: ${opts.file} is ${mb.toFixed(1)} MB; vprompt reads .vprompt files up to ${MAX_DOCUMENT_CHARS / 1048576} MB. Split it into several files. Nothing was submitted.\n`;
  let text: string;
  try {
    // Past 4 bytes a character it cannot fit the limit: refuse without reading it into memory.
    const size = statSync(path).size;
    if (size > MAX_DOCUMENT_CHARS * 4) {
      io.err(tooLarge(size / 1048576));
      return 2;
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    io.err(`vprompt render: cannot read ${opts.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n`);
    return 2;
  }
  if (text.length > MAX_DOCUMENT_CHARS) {
    io.err(tooLarge(text.length / 1048576));
    return 2;
  }
  const { config, diagnostics: rcProblems } = loadConfigFor(path);
  if (rcProblems.length) {
    // The rc file can carry project safety terms: rendering on defaults could send what it blocks.
    for (const p of rcProblems) io.err(`vprompt render: ${p.message.replace(/ vprompt uses its default settings until this is fixed\.$/, '')}\n`);
    io.err('vprompt render: fix .vpromptrc.json first (`vprompt lint` shows the same); nothing was submitted and earlier jobs stay in the journal.\n');
    return 2;
  }
  // Model retirements are judged by this day (the CLI is where the clock is read).
  const today = io.today ?? isoDay(Date.now());
  const { doc, diagnostics } = lintText(text, { config, env: { today } });
  if (doc.shots.length === 0) {
    io.err(`vprompt render: ${opts.file} has no shots to render.\n`);
    return 2;
  }
  let shots: Shot[];
  if (opts.shot !== undefined) {
    shots = doc.shots.filter((s) => s.name === opts.shot);
    if (!shots.length) {
      io.err(`vprompt render: no shot named "${opts.shot}". Shots: ${doc.shots.map((s) => `"${s.name}"`).join(', ')}.\n`);
      return 2;
    }
  } else if (opts.all || doc.shots.length === 1) {
    shots = doc.shots;
  } else {
    io.err(`vprompt render: ${opts.file} has ${doc.shots.length} shots; name one with --shot NAME or render them all with --all.\n`);
    return 2;
  }

  // A retired model cannot render: refuse before anything starts (no simulator, no uploads, no journal).
  const kind = opts.final ? 'final' : 'draft';
  const retired = shots.flatMap((s) => {
    const l = renderLifecycle(s, kind, today);
    return l?.life.state === 'retired' ? [`vprompt render: shot "${s.name || 'unnamed'}": ${l.message}\n`] : [];
  });
  if (retired.length) {
    for (const line of retired) io.err(line);
    io.err(`vprompt render: change the model (\`vprompt lint ${opts.file}\` offers the fix); nothing was submitted.\n`);
    return 2;
  }

  const crash = crashHooks(opts.env.VPROMPT_TEST_CRASH_AT);
  if (typeof crash === 'string') {
    io.err(`vprompt render: ${crash}.\n`);
    return 2;
  }
  const outDir = resolve(io.cwd, opts.out ?? 'renders');
  const state = join(outDir, '.vprompt');
  const shownOut = relative(io.cwd, outDir) || outDir;
  const folder = folderProblem(outDir, state);
  if (folder) {
    io.err(`vprompt render: cannot write to the render folder ${shownOut} (${folder}). Choose another folder with --out, or fix its permissions. Nothing was submitted.\n`);
    return 2;
  }

  const key = opts.env.ATLASCLOUD_API_KEY?.trim();
  const base = opts.apiBase ?? opts.env.VPROMPT_API_BASE;
  let sim: Awaited<ReturnType<typeof startDefaultSimulator>> | undefined;
  let baseUrl = base ?? DEFAULT_API_BASE;
  let apiKey = key;
  if (!key && !base) {
    sim = await startDefaultSimulator();
    baseUrl = sim.url;
    apiKey = SIMULATOR_KEY;
    io.err(`No ATLASCLOUD_API_KEY and no --api-base: rendering on the built-in simulator (${sim.url}); nothing is billed.\n`);
  }
  try {
    new URL(baseUrl);
  } catch {
    io.err(`vprompt render: --api-base "${baseUrl}" is not a URL.\n`);
    return 2;
  }

  const fileKey = relative(io.cwd, path) || basename(path);
  const journal = new Journal(new FileJournalStore(join(state, 'journal.jsonl')));
  // The damaged text stays in the file (append-only) for inspection; every other line is used.
  for (const p of journal.problems) io.err(`vprompt render: ${p}; the rest of the journal is used and rendering continues.\n`);
  const ledger = new Ledger(new FileJournalStore(join(state, 'ledger.jsonl')));
  const deps: PipelineDeps = {
    client: new AtlasClient({ baseUrl, apiKey, transport: undiciTransport, timeoutMs: 60_000 }),
    download: undiciTransport,
    clock: systemClock,
    random: Math.random,
    scheduler: new Scheduler((m) => getModel(m)?.limits ?? { rpm: 20, concurrency: 4 }, systemClock),
    journal,
    renderTimes: new RenderTimes(new FileKeyValueStore(join(state, 'render-times.json'))),
    log: (r) => appendLine(join(state, 'render.log'), formatLogLine(r)),
    outDir,
    maxWaitMs: opts.maxWaitSeconds * 1000,
    checkClip,
    crashAt: crash?.crashAt,
    openSink: crash?.openSink,
  };

  const say = (s: string) => io.err(`${s}\n`);
  // Validate against the API's live input schemas when reachable (cached a day).
  const schemas = await refreshSchemas(deps.client, undiciTransport, new FileKeyValueStore(join(state, 'schemas.json')), Date.now());
  if (schemas.problem) say(`Could not refresh model schemas (${schemas.problem}); using the bundled ones.`);
  // The project folder: where the nearest .vpromptrc.json is, else the current folder.
  const root = findRcDir(path) ?? io.cwd;
  const uploader = new ReferenceUploader(deps.client, new FileKeyValueStore(join(state, 'uploads.json')), Date.now, { root, allowOutside: opts.allowOutsideRefs });
  const seen = new Map<string, string>();
  const progress = (e: { key: string; shot: string; phase: string; status?: string; elapsedMs?: number; predictionId?: string }) => {
    const line = `${e.phase}${e.status ? ` (${e.status})` : ''}`;
    if (seen.get(e.key) === line) return;
    seen.set(e.key, line);
    say(`  [${e.shot || 'unnamed'}] ${line}${e.predictionId ? ` ${e.predictionId}` : ''}${e.elapsedMs ? ` ${Math.round(e.elapsedMs / 1000)}s` : ''}`);
  };

  // Ctrl+C stops waiting (there is no cancel endpoint); jobs stay in the journal for next time.
  const cancel = new AbortController();
  const onSigint = () => {
    say('Cancelling: vprompt stops waiting; submitted jobs keep rendering on the server and are fetched by the next run.');
    cancel.abort();
  };
  process.once('SIGINT', onSigint);
  const jobs: Array<Promise<JobOutcome>> = [];
  // Unfinished work from an earlier run of this file comes first: resumed, never resubmitted.
  // Intents it journaled but provably never sent are closed; their shots render anew.
  const { resume, unknown: unknownOutcomes, unsent } = recoverUnfinished(journal, Date.now(), fileKey);
  for (const rec of unsent) {
    const again = shots.some((s) => s.name === rec.intent.shot);
    say(`${rec.intent.shot || 'unnamed'}: an earlier run stopped before sending it; nothing was submitted or billed${again ? ', so it is rendered now' : ''}.`);
  }
  for (const rec of resume) {
    if (rec.state === 'submitted') say(`Resuming ${rec.intent.shot || 'unnamed'} (${rec.predictionId}) from an earlier run.`);
    else say(`Fetching the clips of ${rec.intent.shot || 'unnamed'} (${rec.predictionId}): it finished in an earlier run but they were not saved.`);
    const shot = doc.shots.find((s) => s.name === rec.intent.shot);
    const built = shot ? buildRequest(shot, rec.intent.kind) : undefined;
    jobs.push(resumeJob(rec, deps, expectationOf(rec.intent.body, built?.ok ? built.request.expect : undefined), cancel.signal, progress));
  }
  const busy = new Set([...resume.map((r) => r.intent.shot), ...unknownOutcomes.map((o) => o.shot)]);

  const refused: JobOutcome[] = [];
  const linted: LintedFile = { key: fileKey, path, doc, diagnostics };
  for (const shot of shots) {
    if (busy.has(shot.name)) continue;
    const unknownJob = opts.resubmitUnknown ? undefined : lastUnknown(journal, fileKey, shot.name);
    if (unknownJob) {
      refused.push(unknownRefusal(unknownJob, 'pass --resubmit-unknown'));
      continue;
    }
    const planned = await planShot(linted, shot, {
      kind,
      today,
      uploader,
      ledger,
      budgetUsd: opts.budgetUsd,
      now: Date.now(),
      lintHint: `run \`vprompt lint ${opts.file}\``,
      fallbacks: opts.fallbacks,
    });
    if (!planned.ok) {
      refused.push(planned.outcome);
      continue;
    }
    say(planned.summary);
    jobs.push(runJob(planned.spec, deps, cancel.signal, progress));
  }

  let outcomes: JobOutcome[];
  try {
    outcomes = [...unknownOutcomes, ...refused, ...(await Promise.all(jobs))];
  } finally {
    process.off('SIGINT', onSigint);
    await sim?.close();
  }
  // Simulated renders bill nothing: they stay out of the spend ledger (and the budget).
  if (!sim) for (const o of outcomes) ledger.recordOutcome(o, Date.now());

  if (opts.format === 'json') {
    io.out(`${JSON.stringify({ jobs: outcomes.map(jobJson) })}\n`);
  } else {
    for (const o of outcomes) {
      const head = `${o.status === 'completed' ? '✔' : '✖'} ${o.shot || 'unnamed'} — ${o.status}${o.predictionId ? ` (${o.predictionId})` : ''}${o.predictTime ? `, predict_time ${o.predictTime} s` : ''}`;
      io.out(`${head}\n`);
      for (const f of o.outputs) io.out(`    ${relative(io.cwd, f)}\n`);
      for (const w of o.warnings) io.out(`    warning: ${w}\n`);
      if (o.error) {
        io.out(`    ${o.error.category}: ${o.error.message}\n`);
        if (o.error.apiError) io.out(`    API error: ${o.error.apiError}\n`);
      }
    }
    const spend = `Today's estimated spend: ${formatUsd(ledger.today(Date.now()))}${sim ? ' (simulated renders are not billed or counted)' : ''}`;
    io.out(`${spend}. Journal and log: ${relative(io.cwd, state) || state}/\n`);
  }
  return outcomes.every((o) => o.status === 'completed') ? 0 : 1;
}
