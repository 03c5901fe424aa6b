import { onAbort as listen } from "./abort";

/**
 * Time and randomness of the retry loop, in one object so that tests can replace them
 * (`vi.spyOn(clock, "sleep")`) instead of waiting on real time.
 */
export const clock = {
  /** Waits `ms`, or rejects with `onAbort()` as soon as `signal` fires. */
  sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(onAbort());
      const timer = setTimeout(() => {
        stopListening();
        resolve();
      }, ms);
      const stopListening = listen(signal, () => {
        clearTimeout(timer);
        reject(onAbort());
      });
    });
  },
  /** A number in [0, 1), for the backoff's jitter. */
  random: Math.random,
  /** Milliseconds since the epoch, for Retry-After dates. */
  now: Date.now,
};
