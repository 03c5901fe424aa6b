import type { paths } from "@composio-client/api-types";
import {
  type ComposioClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  type RequestOptions,
} from "./client-options";
import { type ResolvedConfig, resolveConfig } from "./internal/config";
import { type Dispatch, type Pipeline, send } from "./internal/send";
import { createTransport } from "./internal/transport";

/** The API paths with a POST operation: the ones that execute tools. */
export type PostPath = {
  // openapi-typescript writes `post?: never` on paths without one.
  [P in keyof paths]: paths[P] extends Record<"post", { parameters: unknown }> ? P : never;
}[keyof paths];
/** The API paths with a GET operation: the ones that describe tools. */
export type GetPath = {
  [P in keyof paths]: paths[P] extends Record<"get", { parameters: unknown }> ? P : never;
}[keyof paths];
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
/** The JSON body of a GET operation's 200 response, as received on the wire. */
export type GetSuccessBody<P extends GetPath> =
  paths[P]["get"]["responses"][200]["content"]["application/json"];

/**
 * The query parameters of a GET operation. Each may also be `undefined`, and is then left out
 * of the URL, as callers build queries from optional values.
 */
export type GetQuery<P extends GetPath> = {
  [K in keyof NonNullable<paths[P]["get"]["parameters"]["query"]>]?:
    | NonNullable<paths[P]["get"]["parameters"]["query"]>[K]
    | undefined;
};

/** The path parameters of a GET operation; `undefined` for a path without any. */
export type GetPathParams<P extends GetPath> = paths[P]["get"]["parameters"]["path"];

/** What {@link ComposioClient.get} sends: `path` is required only where the path has some. */
export type GetInit<P extends GetPath> = {
  /** Query parameters; `undefined` ones are left out and arrays repeat the name. */
  query?: GetQuery<P> | undefined;
} & (undefined extends GetPathParams<P>
  ? { path?: GetPathParams<P> | undefined }
  : {
      /** Path parameters, checked and percent-encoded as for `post`. */
      path: GetPathParams<P>;
    });

/** A successful response of {@link ComposioClient.get}. */
export interface GetResponse<P extends GetPath> {
  /** The parsed 200 body, exactly as the server sent it. */
  data: GetSuccessBody<P>;
  response: Response;
  /** The `x-request-id` header, when the server sent one. */
  requestId: string | undefined;
}

/** What {@link ComposioRequester.post} sends. */
export interface PostInit<P extends PostPath> {
  /** Path parameters. Each must be a non-empty string other than `.` and `..`; it is percent-encoded. */
  path: PathParams<P>;
  /** Header parameters the operation defines. */
  header?: HeaderParams<P> | undefined;
  /** The body, serialized once and sent identically on every attempt. */
  body: RequestBody<P>;
}

/** A successful response of {@link ComposioRequester.post}. */
export interface ApiResponse<P extends PostPath> {
  /** The parsed 200 body, exactly as the server sent it. */
  data: SuccessBody<P>;
  response: Response;
  /** The `x-request-id` header, when the server sent one. */
  requestId: string | undefined;
}

/**
 * What the wrapper packages send through: the API's base URL and {@link ComposioRequester.post}.
 * {@link ComposioClient} is one, with openapi-fetch's raw client and middleware on top.
 */
export interface ComposioRequester {
  /** The API's base URL, without a trailing slash. */
  readonly baseUrl: string;
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
 * A requester without openapi-fetch's raw client or middleware: what a wrapper creates from
 * options, so that programs which only call the wrappers do not bundle openapi-fetch. Throws
 * {@link ComposioConfigError} like {@link createComposioClient}.
 */
export function createComposioRequester(options: ComposioClientOptions = {}): ComposioRequester {
  return new Requester(createPipeline(resolveConfig(options)));
}

/**
 * How a client's requests go out: one transport, with `dispatch` around it (the full client's
 * middleware). Shared by `post` and, on the full client, `get`.
 */
export function createPipeline(
  config: ResolvedConfig,
  dispatch: Dispatch = (url, init, _op, go) => go(url, init),
): Pipeline {
  return {
    config,
    transport: createTransport(config.fetch, config.origin, config.log),
    dispatch,
    // Built once; shared by every call that adds no headers of its own (fetch never mutates it).
    baseHeaders: { ...config.headers, "content-type": "application/json" },
  };
}

/**
 * Sends operations through one path: `fetch(url, init)` once per attempt, through `dispatch`,
 * which a subclass may give to run middleware around it.
 */
export class Requester implements ComposioRequester {
  readonly baseUrl: string;
  // Private fields stay out of util.inspect and JSON.stringify, which show only `baseUrl`, and out
  // of structured clones.
  readonly #pipeline: Pipeline;

  constructor(pipeline: Pipeline) {
    this.baseUrl = pipeline.config.baseUrl;
    this.#pipeline = pipeline;
    SETTINGS.set(this, pipeline.config);
  }

  async post<P extends PostPath>(
    path: P,
    init: PostInit<P>,
    options?: RequestOptions,
  ): Promise<ApiResponse<P>> {
    const operation = {
      path,
      pathParams: init.path as Record<string, unknown>,
      headerParams: init.header as Record<string, string> | undefined,
      body: init.body,
    };
    return (await send(this.#pipeline, operation, options)) as ApiResponse<P>;
  }
}

/** What a wrapper needs of its client's settings beyond sending a request. */
export type RequesterSettings = Pick<
  ResolvedConfig,
  "secrets" | "maxResponseBytes" | "allowInsecureHttp"
>;

// The settings of each requester this package made, kept out of its public shape.
const SETTINGS = new WeakMap<ComposioRequester, RequesterSettings>();

/**
 * The settings of `client`, for a wrapper's work beyond a request: the limit and URL rule of a
 * signed download, the keys to redact from an error it builds. A requester made elsewhere (your
 * own implementation of {@link ComposioRequester}) gets the defaults, and no key to redact.
 */
export function requesterSettings(client: ComposioRequester | undefined): RequesterSettings {
  return (
    (client && SETTINGS.get(client)) ?? {
      secrets: [],
      maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
      allowInsecureHttp: false,
    }
  );
}
