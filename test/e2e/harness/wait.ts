// Bounded waiting on conditions (DOM state, log lines, process output). Polling a condition is
// how "the Problems panel shows X" is observed; it never stands in for an event by sleeping a
// fixed time. Every wait has a deadline and fails with context.
import { setTimeout as delay } from 'node:timers/promises';

export class E2ETimeoutError extends Error {
  override name = 'E2ETimeoutError';
}

/**
 * Thrown from a wait's check when waiting longer cannot help (a process died, an extension
 * failed to activate): the wait fails at once, with the same context as a timeout.
 */
export class WaitAbortedError extends Error {
  override name = 'WaitAbortedError';
}

export interface WaitOptions {
  /** Milliseconds before giving up. */
  timeout?: number;
  /** Milliseconds between checks. */
  interval?: number;
}

/** Default deadline for UI conditions: generous, because a 2-core CI machine can be slow. */
export const DEFAULT_TIMEOUT = 30_000;

/**
 * Calls `check` until it returns something other than `undefined`/`false`/`null` and returns
 * that; throws E2ETimeoutError("Timed out after Nms waiting for <what>") plus `context()` output
 * otherwise. Errors thrown by `check` are remembered (the last one is reported) and retried,
 * since the DOM can change under a query.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  options: WaitOptions & { context?: (err: Error) => Promise<string> | string } = {},
): Promise<T> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const interval = options.interval ?? 100;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (err) {
      if (err instanceof WaitAbortedError) {
        await addContext(err, options.context);
        throw err;
      }
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await delay(Math.min(interval, Math.max(0, deadline - Date.now())));
  }
  const err = new E2ETimeoutError(
    `Timed out after ${timeout}ms waiting for ${what}` +
      (lastError ? `\n  last check error: ${lastError instanceof Error ? lastError.message.split('\n')[0] : String(lastError)}` : ''),
  );
  await addContext(err, options.context);
  throw err;
}

async function addContext(err: Error, context?: (err: Error) => Promise<string> | string): Promise<void> {
  if (!context) return;
  try {
    err.message += '\n' + (await context(err));
  } catch (e) {
    err.message += `\n(could not collect context: ${String(e)})`;
  }
}
