/** The module of rare.ts. */
export type Rare = typeof import("./rare");

/**
 * The module of rare.ts once loaded, for what must be decided without waiting: whether a failed
 * attempt is retried (see `send`).
 */
export let rare: Rare | undefined;

/**
 * The code only failures and debug logging need (see rare.ts), loaded on first use; undefined
 * when it cannot be loaded (a chunk of a bundle that failed to download), which the callers
 * survive. A failed load is not remembered: the next one tries again.
 */
export const loadRare = (): Promise<Rare | undefined> =>
  import("./rare").then(
    (module) => (rare = module),
    () => undefined,
  );
