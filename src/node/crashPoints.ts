// Test-only crash points for `vprompt render`. With VPROMPT_TEST_CRASH_AT=<point> the process
// SIGKILLs itself exactly there, so crash-safety tests hit each point of a render without
// timing. Only the CLI reads the variable: a stray one in the editor's environment must never
// kill the extension host.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { OpenSink } from '../core/render/download.js';

import { CRASH_POINTS, type CrashPoint } from '../core/render/crashPoints.js';

export { CRASH_POINTS, type CrashPoint };

export interface CrashHooks {
  crashAt: (point: CrashPoint) => void;
  openSink?: OpenSink;
}

const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL');
};

/** Hooks for the named point; undefined when unset; an error text for an unknown name. */
export function crashHooks(value: string | undefined): CrashHooks | string | undefined {
  if (!value) return undefined;
  if (!(CRASH_POINTS as readonly string[]).includes(value)) return `VPROMPT_TEST_CRASH_AT must be one of ${CRASH_POINTS.join(', ')} (got "${value}")`;
  const point = value as CrashPoint;
  return {
    crashAt: (p) => {
      if (p === point) die();
    },
    // Writes half of the first chunk durably, then dies: a truncated `.part`, as a real crash leaves.
    openSink:
      point === 'downloading'
        ? (partPath) =>
            new Writable({
              write(chunk: Buffer, _encoding, done) {
                const fd = openSync(partPath, 'w');
                writeSync(fd, chunk, 0, Math.max(1, chunk.length >> 1));
                fsyncSync(fd);
                closeSync(fd);
                die();
                done();
              },
            })
        : undefined,
  };
}
