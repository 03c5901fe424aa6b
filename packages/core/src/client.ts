import type { paths } from "@composio-client/api-types";
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { ComposioClientOptions, RequestOptions } from "./client-options";
import {
  ComposioAbortError,
  ComposioError,
  ComposioTimeoutError,
  ComposioValidationError,
} from "./errors";
import { resolveConfig } from "./internal/config";
import { headersProblem } from "./internal/headers";
import { maxRetriesProblem, timeoutProblem } from "./internal/limits";
import { assertPathParams } from "./internal/path-params";
import { errorFromResponse, parseSuccessBody } from "./internal/response";
import { isRetryable, retryDelayMs } from "./internal/retry";
import { sleep } from "./internal/sleep";
import { createTransport, toConnectionError } from "./internal/transport";

/** The API paths; every operation of this API is a POST. */
export type PostPath = keyof paths;
type Post<P extends PostPath> = paths[P]["post"];
/** The path parameters of an operation, such as `{ session_id: string }`. */
export type PathParams<P extends PostPath> = Post<P>["parameters"]["path"];
/** The header parameters an operation defines. */
export type HeaderParams<P extends PostPath> = NonNullable<Post<P>["parameters"]["header"]>;
/** The JSON request body of an operation, as sent on the wire. */
export type RequestBody<P extends PostPath> = Post<P>["requestBody"]["content"]["application/json"];
/** The JSON body of an operation's 200 response, as received on the wire. */
export type SuccessBody<P extends PostPath> =
  Post<P>["responses"][200]["content"]["application/json"];

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

// Larger delays overflow setTimeout's 32-bit counter and would fire at once.
const MAX_TIMER_MS = 2_147_483_647;
const passThrough = (body: unknown) => body as string;
// openapi-fetch's result, loosened: the typed paths are checked by `post`'s own signature.
type RawResult = { data?: unknown; error?: unknown; response: Response };

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
  readonly #timeout: number;
  readonly #maxRetries: number;

  constructor(options: ComposioClientOptions) {
    const config = resolveConfig(options);
    this.baseUrl = config.baseUrl;
    this.#timeout = config.timeout;
    this.#maxRetries = config.maxRetries;
    this.raw = createClient<paths>({
      baseUrl: config.baseUrl,
      headers: config.headers,
      fetch: createTransport(config.fetch),
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
    assertPathParams(init.path);
    const timeout = checkedOption(options.timeout, this.#timeout, "timeout", timeoutProblem);
    const maxRetries = checkedOption(
      options.maxRetries,
      this.#maxRetries,
      "maxRetries",
      maxRetriesProblem,
    );
    if (options.headers) {
      const problem = headersProblem(options.headers);
      if (problem) throw new ComposioValidationError(`options.headers: ${problem}.`);
    }
    const body = serialize(init.body);
    const { signal } = options;
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) {
        throw new ComposioAbortError({ mayHaveExecuted: retry > 0, cause: signal.reason });
      }
      try {
        return await this.#attempt(path, init, body, options, timeout);
      } catch (error) {
        if (retry >= maxRetries || !isRetryable(error, false)) throw error;
        await sleep(retryDelayMs(error, retry, Math.random, Date.now), signal, () =>
          abortedBetweenAttempts(error, signal),
        );
      }
    }
  }

  async #attempt<P extends PostPath>(
    path: P,
    init: PostInit<P>,
    body: string,
    options: RequestOptions,
    timeout: number,
  ): Promise<ApiResponse<P>> {
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeout <= MAX_TIMER_MS
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeout)
        : undefined;
    const { signal } = options;
    const forwardAbort = () => controller.abort();
    signal?.addEventListener("abort", forwardAbort, { once: true });
    try {
      // parseAs "stream" leaves a 2xx body unread, so reading it below stays under the timer
      // and its failures are known to happen after the request was sent.
      const { data, error, response }: RawResult = await this.raw.POST(
        path as never,
        {
          params: { path: init.path, header: init.header },
          body,
          bodySerializer: passThrough,
          parseAs: "stream",
          headers: options.headers,
          signal: controller.signal,
        } as never,
      );
      if (!response.ok) throw errorFromResponse(response, error);
      const text = data === undefined ? undefined : await response.text();
      return {
        data: parseSuccessBody(text, response) as SuccessBody<P>,
        response,
        requestId: response.headers.get("x-request-id") ?? undefined,
      };
    } catch (error) {
      if (timedOut) throw new ComposioTimeoutError(timeout, { cause: error });
      if (signal?.aborted) throw new ComposioAbortError({ mayHaveExecuted: true, cause: error });
      if (error instanceof ComposioError) throw error;
      // A TypeError here is a connection dropped while a response body was being read.
      if (error instanceof TypeError) throw toConnectionError(error);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", forwardAbort);
    }
  }
}

function checkedOption(
  value: number | undefined,
  fallback: number,
  name: string,
  problemOf: (value: unknown) => string | undefined,
): number {
  if (value === undefined) return fallback;
  const problem = problemOf(value);
  if (problem) throw new ComposioValidationError(`options.${name} ${problem}.`, { path: name });
  return value;
}

function serialize(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new ComposioValidationError(
      `The request body cannot be sent as JSON: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

// The last attempt was retried because it provably did not run, unless the server said otherwise.
function abortedBetweenAttempts(lastError: unknown, signal: AbortSignal | undefined) {
  const mayHaveExecuted =
    lastError instanceof Object && "mayHaveExecuted" in lastError
      ? Boolean(lastError.mayHaveExecuted)
      : true;
  return new ComposioAbortError({ mayHaveExecuted, cause: signal?.reason });
}
