import type { ComposioClientOptions } from "./client-options";
import { ComposioConfigError } from "./errors";
import { type ComposioRequester, createComposioRequester } from "./requester";

/**
 * Options that reuse an existing client (from `createComposioClient`, with its middleware). The
 * client's own options are typed `never` here, so passing `apiKey` beside `client` (where it
 * would be silently ignored) fails to compile.
 */
export type SharedClientOptions = { client: ComposioRequester } & {
  [Option in keyof ComposioClientOptions]?: never;
};

/**
 * What a wrapper sends through: the shared `client`, or a lean requester from `options`, which
 * keeps openapi-fetch out of programs that only use the wrappers.
 */
export function resolveRequester(
  options: ComposioClientOptions | SharedClientOptions,
): ComposioRequester {
  if (!("client" in options)) return createComposioRequester(options);
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
