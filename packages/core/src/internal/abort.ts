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

/** What `promise` settles to, or a rejection with `onAbort()` as soon as `signal` fires. */
export function unlessAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  abortError: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const stop = onAbort(signal, () => reject(abortError()));
    promise.then(resolve, reject).finally(stop);
  });
}
