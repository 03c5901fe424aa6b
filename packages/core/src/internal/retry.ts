import { ComposioApiError, ComposioConnectionError, statusMayHaveExecuted } from "../errors";

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * Whether a failed attempt may be sent again. By default only when it provably did not run:
 * a connection that never carried the request, a 429, or a server that says `x-should-retry: true`.
 * `retryUnsafe` adds timeouts, dropped connections, 408, 409 and 5xx, where the tool may have run.
 */
export function isRetryable(error: unknown, retryUnsafe: boolean): boolean {
  if (error instanceof ComposioApiError) {
    // A 2xx ran, whatever the headers say: its body could not be read, but it is never re-sent.
    if (error.status >= 200 && error.status < 300) return false;
    const hint = error.headers.get("x-should-retry");
    if (hint === "true") return true;
    if (hint === "false") return false;
    // By status, not mayHaveExecuted: a 2xx that could not be read ran, and is never re-sent.
    return error.status === 429 || (retryUnsafe && statusMayHaveExecuted(error.status));
  }
  if (error instanceof ComposioConnectionError) return retryUnsafe || !error.mayHaveExecuted;
  return false;
}

/**
 * Milliseconds to wait before retry number `retry` (0-based): what the error response's headers
 * ask for, read by `retryAfter` (see backoff.ts); otherwise exponential backoff
 * `min(0.5 s · 2^retry, 8 s)` scaled by a jitter factor in (0.75, 1]. `retryAfter` is undefined
 * only when the code that reads error responses could not be loaded.
 */
export function retryDelayMs(
  error: unknown,
  retry: number,
  random: () => number,
  now: () => number,
  retryAfter: ((headers: Headers, now: () => number) => number | undefined) | undefined,
): number {
  const fromServer =
    error instanceof ComposioApiError ? retryAfter?.(error.headers, now) : undefined;
  if (fromServer !== undefined) return fromServer;
  return Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS) * (1 - random() * 0.25);
}
