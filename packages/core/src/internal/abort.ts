/**
 * One "abort" listener per caller signal, however many calls share it: each call would otherwise
 * add its own, and 11 calls on one signal print Node's MaxListenersExceededWarning. The listener
 * is removed when the last call lets go, so a long-lived signal keeps nothing alive.
 */
interface Entry {
  callbacks: Set<() => void>;
  fire: () => void;
}

const entries = new WeakMap<AbortSignal, Entry>();
const noop = () => {};

/** Runs `callback` once when `signal` aborts; returns the function that stops listening. */
export function onAbort(signal: AbortSignal | undefined, callback: () => void): () => void {
  if (!signal) return noop;
  let entry = entries.get(signal);
  if (!entry) {
    const callbacks = new Set<() => void>();
    const fire = () => {
      entries.delete(signal);
      for (const fn of callbacks) fn();
    };
    entry = { callbacks, fire };
    entries.set(signal, entry);
    signal.addEventListener("abort", fire, { once: true });
  }
  const { callbacks, fire } = entry;
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0 && entries.get(signal) === entry) {
      entries.delete(signal);
      signal.removeEventListener("abort", fire);
    }
  };
}

/**
 * What `promise` settles to, or a rejection with `abortError()` as soon as `signal` fires. A
 * rejection of `promise` after the abort is handled, never reported as unhandled.
 */
export function unlessAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  abortError: () => unknown,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      promise.catch(() => {});
      return;
    }
    const stop = onAbort(signal, () => reject(abortError()));
    promise.then(resolve, reject).finally(stop);
  });
}

/** A signal that fires when any of `signals` does; `undefined` when none is given. */
export function anySignal(...signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const given = [...new Set(signals.filter((signal) => signal !== undefined))];
  if (given.length <= 1) return given[0];
  const any = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (any && given.every((signal) => signal instanceof AbortSignal)) return any(given);
  // Node 18 has no AbortSignal.any, and it refuses signals of another realm or a polyfill.
  const controller = new AbortController();
  for (const signal of given) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
