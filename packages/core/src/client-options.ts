/** A `fetch` implementation: the global one, undici's, a test double or an instrumented wrapper. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Options of {@link createComposioClient}. Every one has a default. */
export interface ComposioClientOptions {
  /**
   * Project API key, sent as `x-api-key`.
   * @defaultValue `process.env.COMPOSIO_API_KEY`, where `process` exists
   */
  apiKey?: string | undefined;
  /** User API key, sent as `x-user-api-key`. Pass it instead of `apiKey`. */
  userApiKey?: string | undefined;
  /**
   * Where the API lives.
   * @defaultValue `process.env.COMPOSIO_BASE_URL`, else `https://backend.composio.dev`
   */
  baseUrl?: string | undefined;
  /**
   * Milliseconds each attempt may take, from sending the request to reading the whole response.
   * `Infinity` disables the timeout.
   * @defaultValue 60000
   */
  timeout?: number | undefined;
  /**
   * How many times a request that provably did not run is sent again (connection refused,
   * 429, or `x-should-retry: true`).
   * @defaultValue 2
   */
  maxRetries?: number | undefined;
  /** The `fetch` to send requests with. @defaultValue `globalThis.fetch` */
  fetch?: FetchLike | undefined;
  /** Headers added to every request. */
  headers?: Record<string, string> | undefined;
}

/** Options every call accepts as its last argument; they override the client's for that call. */
export interface RequestOptions {
  /** Cancels the call. An already-aborted signal sends nothing. */
  signal?: AbortSignal | undefined;
  /** Milliseconds each attempt of this call may take. `Infinity` disables the timeout. */
  timeout?: number | undefined;
  /** How many times this call is retried when it provably did not run. */
  maxRetries?: number | undefined;
  /** Headers added to this call's request. */
  headers?: Record<string, string> | undefined;
}

export const DEFAULT_BASE_URL = "https://backend.composio.dev";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
