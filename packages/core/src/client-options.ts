/**
 * A `fetch` implementation with the standard signature: the global one, undici's, or an
 * instrumented wrapper. It is always called as `fetch(url, init)`, with a string URL, a plain
 * headers object, `redirect: "manual"` and the client's abort signal, middleware or not. An error
 * it throws synchronously reaches the caller unchanged and is never retried; a rejection is
 * taken for a network failure and becomes a `ComposioConnectionError` with it as `cause`.
 */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * How much the client logs. Each level includes the ones before it: `warn` (the default) what
 * weakens safety, such as a retry of a call that may have run; `info` every retry; `debug` every
 * attempt, with the request as `fetch` receives it after middleware (headers and body redacted).
 * Nothing is logged at `error` yet: failures are thrown.
 */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/**
 * Where log lines go; `console` fits. Each method is called as `method(message, details?)`:
 * `message` is one line starting with `[composio]`; `details`, when present, is a plain object
 * (a request's `headers` and `body`). Credentials are redacted before anything reaches it. A
 * method that is missing is a no-op: a logger with only `warn` and `error` works. Methods are
 * looked up at each call; an error one throws reaches the caller of the call that logged it,
 * unchanged.
 */
export interface Logger {
  error?(message: string, ...details: unknown[]): void;
  warn?(message: string, ...details: unknown[]): void;
  info?(message: string, ...details: unknown[]): void;
  debug?(message: string, ...details: unknown[]): void;
}

/**
 * The span the client records into, as OpenTelemetry's `Span` provides it: only the methods the
 * client calls, so that no OpenTelemetry package is needed to type or run it.
 */
export interface SpanLike {
  /** Records one attribute: the client sets strings, numbers and booleans only. */
  setAttribute(key: string, value: string | number | boolean): unknown;
  /** Marks the span failed: the client only ever sets `code` 2, OpenTelemetry's `ERROR`. */
  setStatus(status: { code: number; message?: string }): unknown;
  /** False when the span is not sampled: the client then skips the payloads' serializing. */
  isRecording(): boolean;
  end(): void;
}

/**
 * A tracer, as OpenTelemetry's `Tracer` (`trace.getTracer("my-app")`) provides it: only the method
 * the client calls. `startActiveSpan` makes each span the active one while `fn` runs, so that the
 * call's span is a child of the caller's active span and each attempt's span a child of the
 * call's (with a context manager registered, as OpenTelemetry's Node SDK does).
 */
export interface TracerLike {
  startActiveSpan<F extends (span: SpanLike) => unknown>(
    name: string,
    options: {
      /** OpenTelemetry's `SpanKind`: 0 (`INTERNAL`) for a call, 2 (`CLIENT`) for an attempt. */
      kind: number;
      attributes: Record<string, string | number | boolean>;
    },
    fn: F,
  ): ReturnType<F>;
}

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
   * Where the API lives: its origin, or a gateway's prefix, without `/api/v3` (the client adds
   * the spec's paths, and refuses a base URL whose path ends in `/api` or `/api/v3`).
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
  /**
   * Also retry what may already have run: timeouts, connections dropped after sending, 408, 409
   * and 5xx. A retry can then run the tool twice (send the email twice), so set it only for
   * calls that are safe to repeat. Per call, see {@link RequestOptions.allowDuplicateExecution}.
   * @defaultValue false
   */
  allowDuplicateExecution?: boolean | undefined;
  /**
   * Most bytes of a response body the client reads, counted after decompression, so that a
   * hostile or broken server cannot exhaust memory (a gzip bomb). A larger body ends the call
   * with `ResponseTooLargeError`. `Infinity` removes the limit.
   * @defaultValue 67108864 (64 MiB)
   */
  maxResponseBytes?: number | undefined;
  /** Where to log. @defaultValue `console` */
  logger?: Logger | undefined;
  /**
   * How much to log: `debug` shows every attempt (method, URL, status, attempt, duration,
   * request id) with credentials redacted. An invalid value here throws; an invalid
   * `COMPOSIO_LOG` warns once and falls back to `"warn"`.
   * @defaultValue `process.env.COMPOSIO_LOG`, else `"warn"`
   */
  logLevel?: LogLevel | undefined;
  /**
   * Allow a plain `http://` base URL on a host other than loopback. The API key then travels
   * unencrypted. @defaultValue false
   */
  allowInsecureHttp?: boolean | undefined;
  /**
   * Allow creating a client in a web browser, where anyone who can open the page can read the
   * API key. Use a user API key with narrow rights, or call Composio from your server instead.
   * @defaultValue false
   */
  dangerouslyAllowBrowser?: boolean | undefined;
  /**
   * An OpenTelemetry tracer, such as `trace.getTracer("my-app")` from `@opentelemetry/api`: each
   * call then records an `execute_tool {slug}` span (or `proxy_execute {toolkit} {METHOD}`),
   * child of the active span, with one `POST` span per HTTP attempt inside it. Without one,
   * nothing is recorded. See the README's Tracing section for every span and attribute.
   */
  tracer?: TracerLike | undefined;
  /**
   * Also record each tool call's arguments and result on its span, as
   * `gen_ai.tool.call.arguments` and `gen_ai.tool.call.result` (JSON, at most 8,192 characters
   * each, the API key redacted), and the message of a tool's failure or a hook's block. They may
   * hold your users' data: turn it on only where your traces may store it.
   * @defaultValue false
   */
  traceToolPayloads?: boolean | undefined;
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
  /** Most bytes of this call's response body read, after decompression; see the client option. */
  maxResponseBytes?: number | undefined;
  /**
   * Also retry this call when it may already have run (timeouts, dropped connections, 408, 409,
   * 5xx): only for calls that are safe to repeat, such as reads.
   */
  allowDuplicateExecution?: boolean | undefined;
  /**
   * Your model's id for this tool call (OpenAI's `call_…`, Anthropic's `toolu_…`), recorded as
   * `gen_ai.tool.call.id` on the call's span when the client has a `tracer`, so that the trace
   * ties the model's request to the tool's run. Never sent to Composio.
   */
  toolCallId?: string | undefined;
}

export const DEFAULT_BASE_URL = "https://backend.composio.dev";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
// Far above real tool output (a page of search results, a file as base64) yet small enough that
// the parsed JSON fits in a default Node heap.
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
