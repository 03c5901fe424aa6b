import type { ComposioClientOptions } from "./client-options";
import { ComposioConfigError } from "./errors";
import { type ComposioRequester, createComposioRequester } from "./requester";

/**
 * The type of client options beside a shared `client`, and of `client` beside client options.
 * Its name is the compiler's message when both are given:
 * `Type 'number' is not assignable to type 'PassAClientOrClientOptionsNotBoth'`.
 */
export interface PassAClientOrClientOptionsNotBoth {
  readonly "pass a shared client or client options (apiKey, timeout...), not both": never;
}

/**
 * Options that reuse an existing client (from `createComposioClient`, with its middleware).
 * Passing `apiKey` or `timeout` beside `client` (where they would be silently ignored) fails to
 * compile, and throws at run time.
 */
export type SharedClientOptions = { client: ComposioRequester } & {
  [Option in keyof ComposioClientOptions]?: PassAClientOrClientOptionsNotBoth | undefined;
};

/** What a wrapper's own options add to the client options: `client` is not one of them. */
export interface WithoutSharedClient {
  /** Give a shared `client` or client options, not both. */
  client?: PassAClientOrClientOptionsNotBoth | undefined;
}

/**
 * What a wrapper sends through: the shared `client`, or a lean requester from `options`, which
 * keeps openapi-fetch out of programs that only use the wrappers.
 */
export function resolveRequester(
  options: ComposioClientOptions | SharedClientOptions,
): ComposioRequester {
  if (!("client" in options) || options.client === undefined) {
    const { client: _absent, ...rest } = options as WithoutSharedClient & ComposioClientOptions;
    return createComposioRequester(rest);
  }
  const ignored = Object.keys(options).filter(
    (key) => key !== "client" && options[key as keyof typeof options] !== undefined,
  );
  if (ignored.length > 0) {
    throw new ComposioConfigError(
      `Pass either a shared client or client options, not both (got client and ${ignored.join(", ")}).`,
    );
  }
  return options.client;
}
