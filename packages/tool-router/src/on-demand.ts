import { ComposioConnectionError } from "@composio-client/core";

/**
 * A module of this package loaded with `import()` on first use, so that programs that never
 * need it never download it: proxyFetch's mapping, the base64 encoder of binary bodies. Should
 * it fail to load (a chunk of the user's bundle that could not be downloaded), the call fails
 * with a `ComposioConnectionError` that says nothing was sent, never with a bare `TypeError`.
 */
export function loadOnDemand<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((cause: unknown) => {
    throw new ComposioConnectionError(
      "Part of this client's code failed to load, so nothing was sent.",
      { mayHaveExecuted: false, cause },
    );
  });
}
