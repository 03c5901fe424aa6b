/**
 * Time and randomness of the retry loop, in one object so that tests can replace them
 * (`vi.spyOn(clock, "sleep")`) instead of waiting on real time.
 */
export const clock = {
  /** Waits `ms`, or rejects with `onAbort()` as soon as `signal` fires. */
  sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(onAbort());
      const abort = () => {
        clearTimeout(timer);
        reject(onAbort());
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", abort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", abort, { once: true });
    });
  },
  /** A number in [0, 1), for the backoff's jitter. */
  random: Math.random,
  /** Milliseconds since the epoch, for Retry-After dates. */
  now: Date.now,
};
