import { unlessAborted } from "./abort";

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
