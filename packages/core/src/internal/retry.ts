import { ComposioApiError, ComposioConnectionError, statusMayHaveExecuted } from "../errors";

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
const MAX_RETRY_AFTER_MS = 60_000;

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
 * Milliseconds to wait before retry number `retry` (0-based): the server's `retry-after-ms`, else
 * its `retry-after` (seconds or an HTTP date), when within 0–60 s; otherwise exponential backoff
 * `min(0.5 s · 2^retry, 8 s)` scaled by a jitter factor in (0.75, 1].
 */
export function retryDelayMs(
  error: unknown,
  retry: number,
  random: () => number,
  now: () => number,
): number {
  if (error instanceof ComposioApiError) {
    const fromServer = retryAfterMs(error.headers, now);
    if (fromServer !== undefined) return fromServer;
  }
  return Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS) * (1 - random() * 0.25);
}

function retryAfterMs(headers: Headers, now: () => number): number | undefined {
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
    : Date.parse(trimmed) - now();
  return withinLimit(value) ? value : undefined;
}

function withinLimit(ms: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_RETRY_AFTER_MS;
}
