import type { paths } from "@composio-client/api-types";
import type { Client, Middleware } from "openapi-fetch";
import type { ComposioClientOptions, RequestOptions } from "./client-options";
import { type ResolvedConfig, resolveConfig } from "./internal/config";
import { createMiddlewareDispatch } from "./internal/middleware";
import { createLazyRawClient } from "./internal/openapi-fetch";
import { queryString } from "./internal/query";
import { type Pipeline, send } from "./internal/send";
import { createTransport, rawFetch } from "./internal/transport";
import {
  type ComposioRequester,
  createPipeline,
  type GetInit,
  type GetPath,
  type GetResponse,
  Requester,
} from "./requester";

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
  /**
   * Reads one GET operation (the tool definitions) through the same request path as `post`:
   * middleware, timeouts, typed errors, bounded reads and input checks. A GET has no side
   * effects, so a failed attempt is retried whether or not it reached the server (within
   * `maxRetries`, unless the server says `x-should-retry: false`); `allowDuplicateExecution` does
   * not apply. Only this client has it: the lean requester the wrappers make from options never
   * reads.
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
  return new FullComposioClient(resolveConfig(options));
}

/**
 * The full client `createComposioClient` returns: the lean {@link Requester}'s `post`, plus
 * middleware, `get` and openapi-fetch's raw client, which the wrappers' own requester leaves out.
 */
class FullComposioClient extends Requester implements ComposioClient {
  readonly raw: Client<paths>;
  // The pipeline `post` sends through, shared by `get`: one transport, one middleware list.
  readonly #pipeline: Pipeline;

  // One list: `post` and `get` run it around their fetch, and `raw` replays it into
  // openapi-fetch, which runs it there; the raw client's fetch never runs it again.
  constructor(config: ResolvedConfig, middleware: Middleware[] = []) {
    const pipeline = createPipeline(config, createMiddlewareDispatch(middleware, config.baseUrl));
    super(pipeline);
    this.#pipeline = pipeline;
    this.raw = createLazyRawClient(
      {
        baseUrl: config.baseUrl,
        headers: config.headers,
        fetch: rawFetch(createTransport(config.fetch, config.origin, config.log)),
      },
      middleware,
    );
  }

  async get<P extends GetPath>(
    path: P,
    init: GetInit<P>,
    options?: RequestOptions,
  ): Promise<GetResponse<P>> {
    const query = init?.query as Record<string, unknown> | undefined;
    const operation = {
      method: "GET" as const,
      path,
      pathParams: (init?.path ?? {}) as Record<string, unknown>,
      headerParams: undefined,
      query,
      search: queryString(query),
      body: undefined,
    };
    return (await send(this.#pipeline, operation, options)) as GetResponse<P>;
  }

  // `raw` is an own field: JSON and util.inspect show the base URL alone, as for the lean
  // requester.
  toJSON(): { baseUrl: string } {
    return { baseUrl: this.baseUrl };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `ComposioClient { baseUrl: ${JSON.stringify(this.baseUrl)} }`;
  }

  use(...middleware: Middleware[]): void {
    this.raw.use(...middleware);
  }

  eject(...middleware: Middleware[]): void {
    this.raw.eject(...middleware);
  }
}
