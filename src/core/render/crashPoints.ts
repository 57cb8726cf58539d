// The named points of a render where crash-safety tests kill `vprompt render` (see
// src/node/crashPoints.ts for the hooks that do it): the pipeline calls `crashAt(point)` there.
export const CRASH_POINTS = [
  'before-submit', // intent journaled, no `sending` line, no HTTP request
  'after-submit-sent', // the submit went out and was answered, the answer not yet journaled
  'polling', // submitted, the first poll answered and journaled
  'downloading', // the job finished; half of the clip's first chunk is in its `.part` file
] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];
