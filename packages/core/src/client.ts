import type { paths } from "@composio-client/api-types";
import type { Client, Middleware } from "openapi-fetch";
import type { ComposioClientOptions, RequestOptions } from "./client-options";
import { type ResolvedConfig, resolveConfig } from "./internal/config";
import { createClient } from "./internal/openapi-fetch";
import { send } from "./internal/send";
import { createTransport } from "./internal/transport";

/** The API paths; every operation of this API is a POST. */
export type PostPath = keyof paths;
/** The path parameters of an operation, such as `{ session_id: string }`. */
export type PathParams<P extends PostPath> = paths[P]["post"]["parameters"]["path"];
/** The header parameters an operation defines. */
export type HeaderParams<P extends PostPath> = NonNullable<
  paths[P]["post"]["parameters"]["header"]
>;
/** The JSON request body of an operation, as sent on the wire. */
export type RequestBody<P extends PostPath> =
  paths[P]["post"]["requestBody"]["content"]["application/json"];
/** The JSON body of an operation's 200 response, as received on the wire. */
export type SuccessBody<P extends PostPath> =
  paths[P]["post"]["responses"][200]["content"]["application/json"];

/** What {@link ComposioClient.post} sends. */
export interface PostInit<P extends PostPath> {
  /** Path parameters. Each must be a non-empty string other than `.` and `..`; it is percent-encoded. */
  path: PathParams<P>;
  /** Header parameters the operation defines. */
  header?: HeaderParams<P> | undefined;
  /** The body, serialized once and sent identically on every attempt. */
  body: RequestBody<P>;
}

/** A successful response of {@link ComposioClient.post}. */
export interface ApiResponse<P extends PostPath> {
  /** The parsed 200 body, exactly as the server sent it. */
  data: SuccessBody<P>;
  response: Response;
  /** The `x-request-id` header, when the server sent one. */
  requestId: string | undefined;
}

/** A client of Composio's API. Create one with {@link createComposioClient} and share it. */
export interface ComposioClient {
  /** The API's base URL, without a trailing slash. */
  readonly baseUrl: string;
  /**
   * The typed openapi-fetch client, for raw calls. It shares this client's base URL, credentials,
   * headers and middleware, but not its timeouts, retries or typed errors.
   */
  readonly raw: Client<paths>;
  /** Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) to every request. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with {@link ComposioClient.use}. */
  eject(...middleware: Middleware[]): void;
  /**
   * Sends one operation with timeouts, safe retries and typed errors: it resolves with the parsed
   * 200 body, or rejects with a {@link ComposioError}. The wrapper packages are built on it.
   */
  post<P extends PostPath>(
    path: P,
    init: PostInit<P>,
    options?: RequestOptions,
  ): Promise<ApiResponse<P>>;
}

/**
 * Creates a client. Throws {@link ComposioConfigError} when an option is invalid or no API key
 * is given and `COMPOSIO_API_KEY` is not set.
 */
export function createComposioClient(options: ComposioClientOptions = {}): ComposioClient {
  return new HttpComposioClient(options);
}

class HttpComposioClient implements ComposioClient {
  readonly baseUrl: string;
  readonly raw: Client<paths>;
  // Private fields stay out of util.inspect, JSON.stringify and structured clones.
  readonly #config: ResolvedConfig;

  constructor(options: ComposioClientOptions) {
    const config = resolveConfig(options);
    this.#config = config;
    this.baseUrl = config.baseUrl;
    this.raw = createClient<paths>({
      baseUrl: config.baseUrl,
      headers: config.headers,
      fetch: createTransport(config.fetch, config.origin, config.log),
      // A redirect is answered with an error instead of replaying the key and body elsewhere.
      redirect: "manual",
    });
  }

  use(...middleware: Middleware[]): void {
    this.raw.use(...middleware);
  }

  eject(...middleware: Middleware[]): void {
    this.raw.eject(...middleware);
  }

  async post<P extends PostPath>(
    path: P,
    init: PostInit<P>,
    options: RequestOptions = {},
  ): Promise<ApiResponse<P>> {
    const operation = {
      path,
      pathParams: init.path as Record<string, unknown>,
      headerParams: init.header as Record<string, string> | undefined,
      body: init.body,
    };
    return (await send(this.raw, this.#config, operation, options)) as ApiResponse<P>;
  }

  toJSON(): { baseUrl: string } {
    return { baseUrl: this.baseUrl };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `ComposioClient { baseUrl: ${JSON.stringify(this.baseUrl)} }`;
  }
}
