const MAX_RETRY_AFTER_MS = 60_000;

/**
 * The delay an error response asks for before a retry: its `retry-after-ms`, else its
 * `retry-after` (seconds or an HTTP date), when within 0–60 s; otherwise undefined.
 */
export function retryAfterMs(headers: Headers, now: () => number): number | undefined {
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
