// `vprompt render`: drafts (Fast tier) or finals of a file's shots through the pipeline, on the
// Atlas API when a key is set, otherwise on the built-in simulator (and it says so).
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { DEFAULT_API_BASE } from '../core/api/client.js';
import { lintText } from '../core/lint/engine.js';
import { MAX_DOCUMENT_CHARS } from '../core/format/parse.js';
import { findShots, shotLabel } from '../core/format/shotId.js';
import type { Shot } from '../core/format/types.js';
import { isoDay } from '../core/catalog/catalog.js';
import { formatUsd } from '../core/catalog/cost.js';
import type { JobOutcome } from '../core/render/pipeline.js';
import { crashHooks } from '../node/crashPoints.js';
import type { RenderSession, SessionSettings } from '../core/render/renderSession.js';
import { renderLifecycle, type LintedFile } from '../core/render/session.js';
import { refreshSchemas } from '../core/render/liveSchemas.js';
import { FileKeyValueStore } from '../node/fileStores.js';
import { openNodeSession } from '../node/sessionPorts.js';
import { undiciTransport } from '../node/undiciTransport.js';
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
  /** Render again although a completed take of the same request exists. */
  newTake?: boolean;
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
    reused: o.reused ?? null,
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
    shots = findShots(doc, opts.shot);
    if (!shots.length) {
      io.err(`vprompt render: no shot named "${opts.shot}". Shots: ${doc.shots.map((s) => `"${s.name}"`).join(', ')}.\n`);
      return 2;
    }
    if (shots.length > 1) {
      // Never guess which one was meant: rendering the wrong shot is a paid mistake.
      const lines = shots.map((s) => `line ${s.line + 1}`).join(', ');
      io.err(`vprompt render: ${shots.length} shots are headed "${opts.shot}" (${lines}); rename them so each heading is unique (\`vprompt lint ${opts.file}\` offers the fix). Nothing was submitted.\n`);
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
    return l?.life.state === 'retired' ? [`vprompt render: shot ${shotLabel(s)}: ${l.message}\n`] : [];
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
  const base = (opts.apiBase ?? opts.env.VPROMPT_API_BASE) || undefined;
  const simulated = !key && !base;
  const baseUrl = base ?? DEFAULT_API_BASE;
  try {
    new URL(baseUrl);
  } catch {
    io.err(`vprompt render: --api-base "${baseUrl}" is not a URL.\n`);
    return 2;
  }
  const say = (s: string) => io.err(`${s}\n`);
  const fileKey = relative(io.cwd, path) || basename(path);
  // The project folder: where the nearest .vpromptrc.json is, else the current folder.
  const root = findRcDir(path) ?? io.cwd;
  const settings: SessionSettings = {
    outDir,
    backend: simulated ? 'simulator' : 'atlas',
    apiBaseUrl: baseUrl,
    apiKey: key,
    maxWaitSeconds: opts.maxWaitSeconds,
    budgetUsdPerDay: opts.budgetUsd,
    limits: {},
    fallbackModels: opts.fallbacks ?? {},
    references: { root, allowOutside: opts.allowOutsideRefs === true },
  };
  let session: RenderSession;
  try {
    session = await openNodeSession(settings, { crash: crash ?? undefined, onLockCompromised: (m) => say(`vprompt render: ${m}`) });
  } catch (e) {
    io.err(`vprompt render: cannot open the render folder ${shownOut} (${(e as Error).message}). Nothing was submitted.\n`);
    return 2;
  }
  if (simulated) say(`No ATLASCLOUD_API_KEY and no --api-base: rendering on the built-in simulator (${session.baseUrl}); nothing is billed.`);
  // The damaged text stays in the file (append-only) for inspection; every other line is used.
  for (const p of session.journal.problems) say(`vprompt render: ${p}; the rest of the journal is used and rendering continues.`);
  const seen = new Map<string, string>();
  const unsubscribe = session.onEvent((e) => {
    if (e.type === 'note') {
      if (e.file === undefined || e.file === fileKey) say(e.message);
      return;
    }
    const v = e.view;
    if (v.file !== fileKey) return;
    const line = `${v.phase ?? v.status}${v.apiStatus && v.status === 'rendering' ? ` (${v.apiStatus})` : ''}`;
    if (seen.get(v.key) === line) return;
    seen.set(v.key, line);
    say(`  [${v.shot || 'unnamed'}] ${line}${v.predictionId ? ` ${v.predictionId}` : ''}`);
  });

  // Ctrl+C stops waiting (there is no cancel endpoint); jobs stay in the journal for next time.
  const cancel = new AbortController();
  const onSigint = () => {
    say('Cancelling: vprompt stops waiting; submitted jobs keep rendering on the server and are fetched by the next run.');
    cancel.abort();
  };
  process.once('SIGINT', onSigint);
  let outcomes: JobOutcome[];
  let upToDate = 0;
  try {
    // Validate against the API's live input schemas when reachable (cached a day).
    const schemas = await refreshSchemas(session.apiClient, undiciTransport, new FileKeyValueStore(join(state, 'schemas.json')), Date.now());
    if (schemas.problem) say(`Could not refresh model schemas (${schemas.problem}); using the bundled ones.`);
    // Unfinished work of this file from a run that is gone comes first: resumed, never resubmitted.
    const recovered = await session.recover(fileKey);
    const linted: LintedFile = { key: fileKey, path, doc, diagnostics };
    // A shot just found interrupted between submit and answer is reported once, as that; a
    // shot whose earlier job is resumed is reported by that job (never a second paid render).
    const interrupted = new Set([...recovered.unknown.map((o) => o.shotId ?? o.shot), ...recovered.resumedShots]);
    const batch = await session.render(linted, shots.filter((s) => !interrupted.has(s.id)), {
      kind,
      today,
      newTake: opts.newTake,
      resubmitUnknown: opts.resubmitUnknown,
      lintHint: `run \`vprompt lint ${opts.file}\``,
      signal: cancel.signal,
    });
    upToDate = batch.upToDate;
    if (upToDate) say(`${upToDate} shot${upToDate === 1 ? '' : 's'} up to date (no charge)${upToDate < shots.length ? '' : '; pass --new-take to render again'}.`);
    const resumed = await Promise.all(recovered.resumed);
    const rendered = await batch.done;
    outcomes = [...recovered.unknown, ...resumed, ...rendered];
  } finally {
    process.off('SIGINT', onSigint);
    unsubscribe();
    await session.close();
  }
  const ledger = session.ledger;
  ledger.refresh();

  if (opts.format === 'json') {
    io.out(`${JSON.stringify({ jobs: outcomes.map(jobJson) })}\n`);
  } else {
    for (const o of outcomes) {
      const how = o.reused === 'up-to-date' ? ' (up to date, no charge)' : o.reused === 'attached' ? ' (same request rendered by another job; not submitted again)' : '';
      const head = `${o.status === 'completed' ? '✔' : '✖'} ${o.shot || 'unnamed'} — ${o.status}${how}${o.predictionId ? ` (${o.predictionId})` : ''}${o.predictTime ? `, predict_time ${o.predictTime} s` : ''}`;
      io.out(`${head}\n`);
      for (const f of o.outputs) io.out(`    ${relative(io.cwd, f)}\n`);
      for (const w of o.warnings) io.out(`    warning: ${w}\n`);
      if (o.error) {
        io.out(`    ${o.error.category}: ${o.error.message}\n`);
        if (o.error.apiError) io.out(`    API error: ${o.error.apiError}\n`);
      }
    }
    const spend = `Today's estimated spend: ${formatUsd(ledger.today(Date.now()))}${simulated ? ' (simulated renders are not billed or counted)' : ''}`;
    io.out(`${spend}. Journal and log: ${relative(io.cwd, state) || state}/\n`);
  }
  return outcomes.every((o) => o.status === 'completed') ? 0 : 1;
}
