import { type ComposioClient, createComposioClient } from "./client";
import type { ComposioClientOptions } from "./client-options";
import { ComposioConfigError } from "./errors";

/**
 * Options that reuse an existing client. The client's own options are typed `never` here, so
 * passing `apiKey` beside `client` (where it would be silently ignored) fails to compile.
 */
export type SharedClientOptions = { client: ComposioClient } & {
  [Option in keyof ComposioClientOptions]?: never;
};

/** The client a wrapper sends through: the shared `client`, or a new one from `options`. */
export function resolveComposioClient(
  options: ComposioClientOptions | SharedClientOptions,
): ComposioClient {
  if (!("client" in options)) return createComposioClient(options);
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
