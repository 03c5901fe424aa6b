import type { ComposioApiError, ComposioConnectionError } from "../errors";
import { retryAfterMs } from "./backoff";
import type { clock } from "./clock";
import { logRetry } from "./failure-text";
import type { Log } from "./log";
import type { Call } from "./send";

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * After attempt number `retry` (0-based) of `call` failed with `error`: how many milliseconds to
 * wait before sending it again, or undefined when it must not be. Logs the retry, as a warning
 * when the attempt may have run. Loaded with failures (see rare.ts): should it fail to load, a
 * call is not retried, so nothing can run twice.
 */
export function retryDelay(
  error: ComposioApiError | ComposioConnectionError,
  call: Call,
  retry: number,
  log: Log,
  time: typeof clock,
): number | undefined {
  if (retry >= call.maxRetries || !isRetryable(error, call.allowDuplicates)) return undefined;
  const delay =
    ("status" in error ? retryAfterMs(error.headers, time.now) : undefined) ??
    Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS) * (1 - time.random() * 0.25);
  logRetry(log, call, error, delay, retry, isRetryable(error, false));
  return delay;
}

/**
 * Whether a failed attempt may be sent again. By default only when it provably did not run:
 * a connection that never carried the request, a 429, or a server that says `x-should-retry: true`.
 * `retryUnsafe` adds timeouts, dropped connections, 408, 409 and 5xx, where the tool may have run.
 */
function isRetryable(
  error: ComposioApiError | ComposioConnectionError,
  retryUnsafe: boolean,
): boolean {
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
