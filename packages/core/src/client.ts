import type { paths } from "@composio-client/api-types";
import type { Client, Middleware } from "openapi-fetch";
import type { ComposioClientOptions } from "./client-options";
import { type ResolvedConfig, resolveConfig } from "./internal/config";
import type { Dispatch } from "./internal/dispatch";
import { createOpenapiFetchDispatch } from "./internal/dispatch-openapi-fetch";
import { createClient } from "./internal/openapi-fetch";
import { createTransport } from "./internal/transport";
import { type ComposioRequester, Requester } from "./requester";

/** A client of Composio's API. Create one with {@link createComposioClient} and share it. */
export interface ComposioClient extends ComposioRequester {
  /**
   * The typed openapi-fetch client, for raw calls. It shares this client's base URL, credentials,
   * headers and middleware, but not its timeouts, retries or typed errors.
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
  readonly #openapi: Client<paths>;
  readonly #viaRaw: Dispatch;
  // What is registered in openapi-fetch, mirrored: calls go through it only when this is not empty.
  readonly #middleware: Middleware[] = [];

  constructor(config: ResolvedConfig) {
    super(config);
    const raw = createClient({
      baseUrl: config.baseUrl,
      headers: config.headers,
      fetch: createTransport(config.fetch, config.origin, config.log),
      // A redirect is answered with an error instead of replaying the key and body elsewhere.
      redirect: "manual",
    });
    this.#openapi = raw;
    this.#viaRaw = createOpenapiFetchDispatch(raw);
    // `raw.use` and `raw.eject` register through this client, so that it sees the middleware.
    this.raw = { ...raw, use: (...m) => this.use(...m), eject: (...m) => this.eject(...m) };
  }

  protected override dispatch(): Dispatch {
    return this.#middleware.length > 0 ? this.#viaRaw : super.dispatch();
  }

  use(...middleware: Middleware[]): void {
    for (const m of middleware) {
      if (!m) continue;
      this.#openapi.use(m); // openapi-fetch checks the shape and throws before anything is recorded
      this.#middleware.push(m);
    }
  }

  eject(...middleware: Middleware[]): void {
    for (const m of middleware) {
      this.#openapi.eject(m);
      const index = this.#middleware.indexOf(m);
      if (index !== -1) this.#middleware.splice(index, 1);
    }
  }
}
