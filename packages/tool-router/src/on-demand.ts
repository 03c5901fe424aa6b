import {
  ComposioAbortError,
  ComposioConnectionError,
  ComposioValidationError,
} from "@composio-client/core";
import {
  assertNonEmptyString,
  assertOptionalString,
  assertPlainObject,
  unlessAborted,
} from "@composio-client/core/internal";
import {
  ProxyDownloadError,
  ProxyDownloadExpiredError,
  ProxyInputRequiredError,
  ProxyUnknownResultError,
} from "./proxy-fetch-errors";

/**
 * A module of this package loaded with `import()` on first use, so that programs that never
 * need it never download it: proxyFetch's mapping, the conversion of binary bodies. Should
 * it fail to load (a chunk of the user's bundle that could not be downloaded), the call fails
 * with a `ComposioConnectionError` that says nothing was sent, never with a bare `TypeError`;
 * should it take long, the caller's `signal` still aborts the call.
 */
export function loadOnDemand<T>(load: () => Promise<T>, signal: unknown): Promise<T> {
  const loading = load().catch((cause: unknown) => {
    throw new ComposioConnectionError(
      "Part of this client's code failed to load, so nothing was sent.",
      { mayHaveExecuted: false, cause },
    );
  });
  // The caller's abort ends the wait, as it would the request. A signal that is not one is
  // refused by the call itself, once loaded.
  return signal instanceof AbortSignal
    ? unlessAborted(
        loading,
        signal,
        () => new ComposioAbortError({ mayHaveExecuted: false, cause: signal.reason }),
      )
    : loading;
}

/**
 * What the modules loaded on demand throw with, handed to them when they run instead of
 * imported. Were such a module to import anything from the code every program loads, bundlers
 * would split that shared code into one more file, compressed apart: 0.4 kB gzip more before a
 * session's first call.
 */
export const ON_DEMAND_KIT: OnDemandKit = {
  assertNonEmptyString,
  assertOptionalString,
  assertPlainObject,
  ComposioAbortError,
  ComposioValidationError,
  ProxyDownloadError,
  ProxyDownloadExpiredError,
  ProxyInputRequiredError,
  ProxyUnknownResultError,
};

// Spelt out: assertion functions called as `kit.assertPlainObject(...)` need declared types.
export interface OnDemandKit {
  assertNonEmptyString: typeof assertNonEmptyString;
  assertOptionalString: typeof assertOptionalString;
  assertPlainObject: typeof assertPlainObject;
  ComposioAbortError: typeof ComposioAbortError;
  ComposioValidationError: typeof ComposioValidationError;
  ProxyDownloadError: typeof ProxyDownloadError;
  ProxyDownloadExpiredError: typeof ProxyDownloadExpiredError;
  ProxyInputRequiredError: typeof ProxyInputRequiredError;
  ProxyUnknownResultError: typeof ProxyUnknownResultError;
}
