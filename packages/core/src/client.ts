import type { paths } from "@composio-client/api-types";
import type { Client, Middleware } from "openapi-fetch";
import type { ComposioClientOptions } from "./client-options";
import { type ResolvedConfig, resolveConfig } from "./internal/config";
import { createMiddlewareDispatch } from "./internal/middleware";
import { createLazyRawClient } from "./internal/openapi-fetch";
import { createTransport, rawFetch } from "./internal/transport";
import { type ComposioRequester, Requester } from "./requester";

/** A client of Composio's API. Create one with {@link createComposioClient} and share it. */
export interface ComposioClient extends ComposioRequester {
  /**
   * The typed openapi-fetch client, for raw calls. It shares this client's base URL, credentials,
   * headers and middleware, and sends through the same guarded `fetch` (redirects not followed,
   * credentials only for the configured origin), but has no timeouts, retries or typed errors.
   * openapi-fetch itself is loaded on the first raw call.
   */
  readonly raw: Client<paths>;
  /** Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) to every request. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with {@link ComposioClient.use}. */
  eject(...middleware: Middleware[]): void;
}

/**
 * Creates a client. Throws {@link ComposioConfigError} when an option is invalid or no API key
 * is given and `COMPOSIO_API_KEY` is not set.
 */
export function createComposioClient(options: ComposioClientOptions = {}): ComposioClient {
  return new HttpComposioClient(resolveConfig(options));
}

class HttpComposioClient extends Requester implements ComposioClient {
  readonly raw: Client<paths>;

  // One list: `post` runs it around its fetch, and `raw` replays it into openapi-fetch, which
  // runs it there; the raw client's fetch never runs it again.
  constructor(config: ResolvedConfig, middleware: Middleware[] = []) {
    super(config, createMiddlewareDispatch(middleware, config.baseUrl));
    this.raw = createLazyRawClient(
      {
        baseUrl: config.baseUrl,
        headers: config.headers,
        fetch: rawFetch(createTransport(config.fetch, config.origin, config.log)),
      },
      middleware,
    );
  }

  use(...middleware: Middleware[]): void {
    this.raw.use(...middleware);
  }

  eject(...middleware: Middleware[]): void {
    this.raw.eject(...middleware);
  }
}
