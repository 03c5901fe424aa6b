import type { paths } from "@composio-client/api-types";
import type { Client, Middleware } from "openapi-fetch";
import type { ComposioClientOptions } from "./client-options";
import { type ResolvedConfig, resolveConfig } from "./internal/config";
import type { Dispatch } from "./internal/dispatch";
import { createOpenapiFetchDispatch } from "./internal/dispatch-openapi-fetch";
import { createLazyRawClient } from "./internal/openapi-fetch";
import { createTransport } from "./internal/transport";
import { type ComposioRequester, Requester } from "./requester";

/** A client of Composio's API. Create one with {@link createComposioClient} and share it. */
export interface ComposioClient extends ComposioRequester {
  /**
   * The typed openapi-fetch client, for raw calls. It shares this client's base URL, credentials,
   * headers and middleware, but not its timeouts, retries or typed errors. openapi-fetch itself
   * is loaded on the first raw call.
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
  readonly #viaRaw: Dispatch;
  // The middleware registered in `raw`: calls go through openapi-fetch only while there is some.
  readonly #middleware: Middleware[] = [];

  constructor(config: ResolvedConfig) {
    super(config);
    this.raw = createLazyRawClient(
      {
        baseUrl: config.baseUrl,
        headers: config.headers,
        fetch: createTransport(config.fetch, config.origin, config.log),
        // A redirect is answered with an error instead of replaying the key and body elsewhere.
        redirect: "manual",
      },
      this.#middleware,
    );
    this.#viaRaw = createOpenapiFetchDispatch(this.raw);
  }

  protected override dispatch(): Dispatch {
    return this.#middleware.length > 0 ? this.#viaRaw : super.dispatch();
  }

  use(...middleware: Middleware[]): void {
    this.raw.use(...middleware);
  }

  eject(...middleware: Middleware[]): void {
    this.raw.eject(...middleware);
  }
}
