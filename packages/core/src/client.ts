import type { paths } from "@composio-client/api-types";
import type { Client, Middleware } from "openapi-fetch";
import type { ComposioClientOptions, RequestOptions } from "./client-options";
import { type ResolvedConfig, resolveConfig } from "./internal/config";
import type { Dispatch } from "./internal/dispatch";
import { createFetchGetDispatch } from "./internal/dispatch-fetch-get";
import { createOpenapiFetchDispatch } from "./internal/dispatch-openapi-fetch";
import { createLazyRawClient } from "./internal/openapi-fetch";
import { send } from "./internal/send";
import { createTransport } from "./internal/transport";
import {
  type ComposioRequester,
  type GetInit,
  type GetPath,
  type GetResponse,
  Requester,
} from "./requester";

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
  /**
   * Reads one GET operation (the tool definitions) with the same timeouts, errors and input
   * checks as `post`. A GET has no side effects, so a failed attempt is retried whether or not it
   * reached the server (within `maxRetries`); `allowDuplicateExecution` does not apply. Only
   * this client has it: the lean requester the wrappers make from options never reads.
   */
  get<P extends GetPath>(
    path: P,
    init: GetInit<P>,
    options?: RequestOptions,
  ): Promise<GetResponse<P>>;
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
  readonly #config: ResolvedConfig;
  readonly #viaRaw: Dispatch;
  readonly #getDirect: Dispatch;
  // The middleware registered in `raw`: calls go through openapi-fetch only while there is some.
  readonly #middleware: Middleware[] = [];

  constructor(config: ResolvedConfig) {
    super(config);
    this.#config = config;
    this.#getDirect = createFetchGetDispatch(config);
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

  async get<P extends GetPath>(
    path: P,
    init: GetInit<P>,
    options: RequestOptions = {},
  ): Promise<GetResponse<P>> {
    const operation = {
      method: "GET" as const,
      path,
      pathParams: (init.path ?? {}) as Record<string, unknown>,
      headerParams: undefined,
      query: init.query as Record<string, unknown> | undefined,
      body: undefined,
    };
    const dispatch = this.#middleware.length > 0 ? this.#viaRaw : this.#getDirect;
    return (await send(dispatch, this.#config, operation, options)) as GetResponse<P>;
  }

  use(...middleware: Middleware[]): void {
    this.raw.use(...middleware);
  }

  eject(...middleware: Middleware[]): void {
    this.raw.eject(...middleware);
  }
}
