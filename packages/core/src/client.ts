import type { paths } from "@composio-client/api-types";
import type { Client, Middleware } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import type { ComposioClientOptions, RequestOptions } from "./client-options";
import { ComposioValidationError } from "./errors";
import { type ResolvedConfig, resolveConfig } from "./internal/config";
import { createMiddlewareDispatch } from "./internal/middleware";
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
  // What `post` and `get` run around their fetch. openapi-fetch's client holds the same
  // middleware and runs it for raw calls; the raw client's fetch never runs it again.
  readonly #middleware: Middleware[];
  readonly #openapiFetch: Client<paths>;

  constructor(config: ResolvedConfig) {
    const middleware: Middleware[] = [];
    const pipeline = createPipeline(config, createMiddlewareDispatch(middleware, config.baseUrl));
    super(pipeline);
    this.#pipeline = pipeline;
    this.#middleware = middleware;
    this.#openapiFetch = createOpenapiFetchClient({
      baseUrl: config.baseUrl,
      headers: config.headers,
      fetch: rawFetch(createTransport(config.fetch, config.origin, config.log)),
    });
    // `raw.use` and `raw.eject` change the one list, for every path.
    this.raw = {
      ...this.#openapiFetch,
      use: (...added) => this.use(...added),
      eject: (...removed) => this.eject(...removed),
    };
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
    for (const m of middleware) {
      if (!m) continue;
      if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
        throw new TypeError("Middleware must be an object with onRequest, onResponse or onError.");
      }
      this.#middleware.push(m);
      this.#openapiFetch.use(m);
    }
  }

  eject(...middleware: Middleware[]): void {
    for (const m of middleware) {
      const index = this.#middleware.indexOf(m);
      if (index !== -1) this.#middleware.splice(index, 1);
      this.#openapiFetch.eject(m);
    }
  }
}

/**
 * openapi-fetch's `createClient`. Its CommonJS file sets `exports.default` without
 * `__esModule`: under Node's interop rules our CommonJS build then sees the whole module object
 * as the default export, which holds the function as its own `default`.
 */
function createOpenapiFetchClient(options: openapiFetch.ClientOptions): Client<paths> {
  const candidate = openapiFetch.default as unknown as { default?: typeof openapiFetch.default };
  const createClient =
    typeof openapiFetch.default === "function"
      ? openapiFetch.default
      : (candidate.default as typeof openapiFetch.default);
  return createClient<paths>(options);
}

/**
 * `?a=1&b=x&b=y` for the query parameters, or "" when there are none. Each value must be a
 * string, a finite number or a boolean, or an array of them; `undefined` and `null` are left out.
 */
function queryString(query: Record<string, unknown> | undefined): string {
  if (query === undefined) return "";
  if (typeof query !== "object" || query === null || Array.isArray(query)) {
    throw new ComposioValidationError("query must be an object.", { path: "query" });
  }
  const search = new URLSearchParams();
  for (const name of Object.keys(query)) {
    const value = query[name];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (
        typeof item !== "string" &&
        typeof item !== "boolean" &&
        !(typeof item === "number" && Number.isFinite(item))
      ) {
        throw new ComposioValidationError(
          `query.${name} must be a string, a finite number or a boolean, or an array of them.`,
          { path: `query.${name}` },
        );
      }
      search.append(name, String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
