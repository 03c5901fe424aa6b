import type { ComposioApiError, ComposioConnectionError } from "../errors";
import { unlessAborted } from "./abort";
import type { CallPlan } from "./call-plan";
import { describeFailure, type Log } from "./log";

// The retry rule, whole: which failed attempts are sent again, after how long, and what the log
// says about it. The attempts themselves are made by send.ts.

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Time and randomness of the retry loop, in one object so that tests can replace them
 * (`vi.spyOn(clock, "sleep")`) instead of waiting on real time.
 */
export const clock = {
  /** Waits `ms`, or rejects with `onAbort()` as soon as `signal` fires. */
  sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slept = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    return unlessAborted(slept, signal, onAbort).finally(() => clearTimeout(timer));
  },
  /** A number in [0, 1), for the backoff's jitter. */
  random: Math.random,
  /** Milliseconds since the epoch, for Retry-After dates. */
  now: Date.now,
};

/** An attempt's failure that may be retried: the server's answer, or a failed connection. */
export type AttemptFailure = ComposioApiError | ComposioConnectionError;

/**
 * After attempt number `retry` (0-based) of `plan` failed with `error`: how many milliseconds to
 * wait before sending it again, or undefined when it must not be. Logs the retry, as a warning
 * when the attempt may have run.
 */
export function retryDelay(
  error: AttemptFailure,
  plan: CallPlan,
  retry: number,
  log: Log,
): number | undefined {
  if (retry >= plan.maxRetries || !isRetryable(error, plan.allowDuplicates)) return undefined;
  const delay =
    ("status" in error ? retryAfterMs(error.headers) : undefined) ??
    Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS) * (1 - clock.random() * 0.25);
  logRetry(log, plan, error, delay, retry, isRetryable(error, false));
  return delay;
}

/**
 * Whether a failed attempt may be sent again. By default only when it provably did not run:
 * a connection that never carried the request, a 429, or a server that says `x-should-retry: true`.
 * `retryUnsafe` adds timeouts, dropped connections, 408, 409 and 5xx, where the tool may have run.
 */
function isRetryable(error: AttemptFailure, retryUnsafe: boolean): boolean {
  if ("status" in error) {
    // A 2xx ran, whatever the headers say: its body could not be read, but it is never re-sent.
    if (error.status >= 200 && error.status < 300) return false;
    const hint = error.headers.get("x-should-retry");
    if (hint === "true") return true;
    if (hint === "false") return false;
    // Any other status's mayHaveExecuted is its status's: 408, 409 and 5xx.
    return error.status === 429 || (retryUnsafe && error.mayHaveExecuted);
  }
  return retryUnsafe || !error.mayHaveExecuted;
}

/**
 * The delay an error response asks for before a retry: its `retry-after-ms`, else its
 * `retry-after` (seconds or an HTTP date), when within 0–60 s; otherwise undefined.
 */
function retryAfterMs(headers: Headers): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null) {
    const value = Number.parseFloat(ms);
    if (withinLimit(value)) return value;
  }
  const after = headers.get("retry-after");
  if (after === null) return undefined;
  const trimmed = after.trim();
  // Delay-seconds is digits only (RFC 9110); anything else is an HTTP date or garbage.
  const value = /^\d+(\.\d+)?$/.test(trimmed)
    ? Number(trimmed) * 1000
    : Date.parse(trimmed) - clock.now();
  return withinLimit(value) ? value : undefined;
}

function withinLimit(ms: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_RETRY_AFTER_MS;
}

/** Writes that the call is retried: a warning when the attempt may have run. */
function logRetry(
  log: Log,
  plan: CallPlan,
  error: AttemptFailure,
  delay: number,
  retry: number,
  provablyNotRun: boolean,
): void {
  const after = `in ${Math.round(delay)} ms after ${describeFailure(error)}`;
  // A GET is retried as freely, but has nothing to run twice: no warning.
  if (!provablyNotRun && plan.method !== "GET") {
    log.write(
      "warn",
      `Retrying POST ${plan.url}, which may already have run (allowDuplicateExecution), ${after}`,
    );
  } else if (log.enabled("info")) {
    log.write(
      "info",
      `Retrying ${plan.method} ${plan.url} ${after} (attempt ${retry + 2} of ${plan.maxRetries + 1})`,
    );
  }
}
