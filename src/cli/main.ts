// `vprompt` command line: a thin adapter over src/core. Exit codes: 0 ok, 1 findings/failures, 2 usage or input errors.
import { parseArgs } from 'node:util';
import { runLint } from './lint.js';
import { runRender } from './render.js';
import { runSim } from './sim.js';

export const USAGE = `Usage: vprompt <command> [options]

Commands:
  lint [--format text|json|sarif] [--config FILE] <files, folders or globs...>
      Check .vprompt files for prompt structure, safety-filter risk and model limits.
      Exit 0 when there are no errors, 1 when there are, 2 on bad usage or unreadable input.

  render <file> [--shot NAME | --all] [--final] [--out DIR] [--format text|json]
         [--api-base URL] [--max-wait SECONDS] [--budget USD] [--allow-outside-refs]
         [--new-take] [--resubmit-unknown] [--fallback MODEL=MODEL]...
      Render drafts (the Fast tier of the shot's model family) or, with --final, finals.
      Without ATLASCLOUD_API_KEY and --api-base it renders on the built-in simulator.
      Reference files must be inside the project folder (where the nearest .vpromptrc.json
      is, else the current folder) unless --allow-outside-refs is given. A shot whose last
      render has an unknown outcome (it may exist and be billed) is not sent again unless
      --resubmit-unknown is given, after checking the Atlas dashboard. --fallback names an
      equivalent model to move a job to after sustained 429s; a dearer one is never used.
      A shot with a completed take of the same request is up to date and not sent again
      (no charge); --new-take renders another take on purpose. A request already rendering
      in another process on the same render folder is followed, never sent twice.
      Exit 0 when every shot completed or was up to date, 1 when any did not, 2 on bad
      usage or input (including a --shot that matches more than one shot).
  sim [--port N] [--fault KIND[:TIMES]]... [--render-seconds S] [--rpm N] [--concurrency N]
      Run the Atlas API simulator on 127.0.0.1 until Ctrl+C.

Options:
  -h, --help     Show this help.
  -v, --version  Print the version.
`;

function numberArg(name: string, value: string | undefined, io: Io): number | undefined | null {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    io.err(`vprompt: ${name} must be a positive number (got "${value}").\n`);
    return null;
  }
  return n;
}

async function renderCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        shot: { type: 'string' },
        all: { type: 'boolean', default: false },
        final: { type: 'boolean', default: false },
        out: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'api-base': { type: 'string' },
        'max-wait': { type: 'string' },
        budget: { type: 'string' },
        'allow-outside-refs': { type: 'boolean', default: false },
        'resubmit-unknown': { type: 'boolean', default: false },
        'new-take': { type: 'boolean', default: false },
        fallback: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`vprompt render: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.err('vprompt render: name one .vprompt file, e.g. `vprompt render examples/city.vprompt --all`.\n');
    return 2;
  }
  if (v.shot !== undefined && v.all) {
    io.err('vprompt render: use --shot NAME or --all, not both.\n');
    return 2;
  }
  if (v.format !== 'text' && v.format !== 'json') {
    io.err(`vprompt render: --format must be text or json (got "${v.format}").\n`);
    return 2;
  }
  const maxWait = numberArg('--max-wait', v['max-wait'], io);
  const budget = numberArg('--budget', v.budget ?? process.env.VPROMPT_BUDGET_USD, io);
  if (maxWait === null || budget === null) return 2;
  const fallbacks: Record<string, string> = {};
  for (const pair of (v.fallback ?? []) as string[]) {
    const [from, to, extra] = pair.split('=');
    if (!from || !to || extra !== undefined) {
      io.err(`vprompt render: --fallback takes MODEL=MODEL, e.g. --fallback bytedance/seedance-2.0-fast/text-to-video=kwaivgi/kling-v3.0-std/text-to-video (got "${pair}").\n`);
      return 2;
    }
    fallbacks[from.trim()] = to.trim();
  }
  return runRender(
    {
      file: parsed.positionals[0],
      shot: v.shot,
      all: Boolean(v.all),
      final: Boolean(v.final),
      out: v.out,
      format: v.format,
      apiBase: v['api-base'],
      maxWaitSeconds: maxWait ?? 600,
      budgetUsd: budget,
      allowOutsideRefs: Boolean(v['allow-outside-refs']),
      resubmitUnknown: Boolean(v['resubmit-unknown']),
      newTake: Boolean(v['new-take']),
      fallbacks,
      env: process.env,
    },
    io,
  );
}

async function simCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        port: { type: 'string', default: '0' },
        fault: { type: 'string', multiple: true, default: [] },
        'render-seconds': { type: 'string' },
        rpm: { type: 'string' },
        concurrency: { type: 'string' },
      },
    });
  } catch (e) {
    io.err(`vprompt sim: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  const port = Number(v.port);
  const seconds = numberArg('--render-seconds', v['render-seconds'], io);
  const rpm = numberArg('--rpm', v.rpm, io);
  const concurrency = numberArg('--concurrency', v.concurrency, io);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || seconds === null || rpm === null || concurrency === null) return 2;
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  return runSim({ port, faults: v.fault as string[], renderSeconds: seconds, rpm, concurrency }, io, stop);
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  /** Colour only on a terminal that wants it. */
  color: boolean;
  /**
   * The day (YYYY-MM-DD) model deprecations and retirements are judged by; unset = today's
   * date (UTC). Tests pass a fixed day.
   */
  today?: string;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (command === 'lint') {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          format: { type: 'string', short: 'f', default: 'text' },
          config: { type: 'string', short: 'c' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (e) {
      io.err(`vprompt lint: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (parsed.values.help) {
      io.out(USAGE);
      return 0;
    }
    const format = parsed.values.format as string;
    if (!['text', 'json', 'sarif'].includes(format)) {
      io.err(`vprompt lint: --format must be text, json or sarif (got "${format}").\n`);
      return 2;
    }
    if (parsed.positionals.length === 0) {
      io.err('vprompt lint: name at least one .vprompt file, folder or glob, e.g. `vprompt lint examples/`.\n');
      return 2;
    }
    return runLint({ patterns: parsed.positionals, format: format as 'text' | 'json' | 'sarif', configPath: parsed.values.config }, io);
  }
  if (command === 'render') return renderCommand(rest, io);
  if (command === 'sim') return simCommand(rest, io);
  io.err(`vprompt: unknown command "${command}".\n\n${USAGE}`);
  return 2;
}

declare const __VPROMPT_VERSION__: string | undefined;
const VERSION = typeof __VPROMPT_VERSION__ === 'string' ? __VPROMPT_VERSION__ : '0.0.0-dev';

/** Entry point for the `vprompt` binary: real process I/O and exit code. */
export function run(argv = process.argv.slice(2)): void {
  main(argv, {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`vprompt: unexpected failure: ${(e as Error)?.stack ?? String(e)}\nPlease report this.\n`);
      process.exitCode = 2;
    },
  );
}

// `node dist/cli.js ...` runs directly; bin/vprompt.js calls run() itself.
if (require.main === module) run();
