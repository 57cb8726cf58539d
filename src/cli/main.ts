// `vprompt` command line: a thin adapter over src/core. Exit codes: 0 ok, 1 findings/failures, 2 usage or input errors.
import { parseArgs } from 'node:util';
import { runLint } from './lint.js';

export const USAGE = `Usage: vprompt <command> [options]

Commands:
  lint [--format text|json|sarif] [--config FILE] <files, folders or globs...>
      Check .vprompt files for prompt structure, safety-filter risk and model limits.
      Exit 0 when there are no errors, 1 when there are, 2 on bad usage or unreadable input.

Options:
  -h, --help     Show this help.
  -v, --version  Print the version.
`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  /** Colour only on a terminal that wants it. */
  color: boolean;
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
