/** The base class of every error this client throws. Catch it to handle them all. */
export class ComposioError extends Error {
  // Each class names itself with a getter on its prototype, not a static block: a bundler drops
  // a class with no static code from a program that never uses it.
  override get name(): string {
    return "ComposioError";
  }

  /** As `Error`'s, but a `cause` of `undefined` sets none, so that `"cause" in error` is false. */
  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }

  /**
   * What `util.inspect` and `console.log` show in Node, Bun and Deno: the stack, then the
   * fields, with `headers` as a plain record. Found by its registered symbol, so that no runtime
   * needs `node:util`.
   * @internal
   */
  [Symbol.for("nodejs.util.inspect.custom")](
    _depth: number,
    options: object,
    inspect: (value: unknown, options: object) => string,
  ): string {
    const fields: Record<string, unknown> = { ...(this as object) };
    if (fields.headers instanceof Headers) fields.headers = Object.fromEntries(fields.headers);
    if (this.cause !== undefined) fields.cause = this.cause;
    return `${this.stack} ${inspect(fields, options)}`;
  }
}

/**
 * Which call failed and how often it was sent: the client sets these on the API, connection,
 * timeout and abort errors it throws (they are undefined on errors you build yourself), and
 * starts the message with them, as in `tools.execute GMAIL_SEND_EMAIL after 3 attempts: 429
 * RateLimit_Exceeded: Rate limit exceeded`.
 */
export interface CallContext {
  /**
   * The call: `tools.execute`, `session.execute`, `session.executeMeta`,
   * `session.proxyExecute`, or the method and spec path for a call on the core client, such as
   * `POST /api/v3/tools/execute/{tool_slug}`.
   */
  readonly operation: string | undefined;
  /** The tool (or meta tool) the call ran, when it ran one. */
  readonly toolSlug: string | undefined;
  /** How many attempts were made, retries included (0 when aborted before the first). */
  readonly attempts: number | undefined;
}

/** Options are invalid: a missing or malformed API key, a bad `baseUrl`, a negative `timeout`... */
export class ComposioConfigError extends ComposioError {
  override get name(): string {
    return "ComposioConfigError";
  }
}

/** Input was rejected before any request was sent, so nothing ran. */
export class ComposioValidationError extends ComposioError {
  override get name(): string {
    return "ComposioValidationError";
  }

  /** Where the bad value was, as a dotted path such as `params.arguments`. */
  declare readonly path: string | undefined;

  constructor(message: string, options?: { path?: string | undefined; cause?: unknown }) {
    super(message, options);
    this.path = options?.path;
  }
}

/**
 * The server could not be reached, or the connection failed before a response arrived.
 *
 * `mayHaveExecuted` is `false` only when the request provably never reached the server
 * (connection refused, DNS failure): then it is safe to send again. When it is `true`, the tool
 * may have run, so sending the request again may run it twice.
 */
export class ComposioConnectionError extends ComposioError implements CallContext {
  override get name(): string {
    return "ComposioConnectionError";
  }

  declare readonly mayHaveExecuted: boolean;
  declare readonly operation: string | undefined;
  declare readonly toolSlug: string | undefined;
  declare readonly attempts: number | undefined;

  constructor(message: string, options: { mayHaveExecuted: boolean; cause?: unknown }) {
    super(message, options);
    this.mayHaveExecuted = options.mayHaveExecuted;
  }
}

/**
 * An attempt took longer than `timeout`. Once the request was sent the tool may have run; it is
 * `mayHaveExecuted: false` only when the time ran out in middleware, before anything was sent.
 */
export class ComposioTimeoutError extends ComposioConnectionError {
  override get name(): string {
    return "ComposioTimeoutError";
  }

  constructor(timeoutMs: number, options?: { cause?: unknown; mayHaveExecuted?: boolean }) {
    const sent = options?.mayHaveExecuted ?? true;
    super(
      `Request timed out after ${timeoutMs} ms; ${sent ? "the tool may have run" : "nothing was sent"}.`,
      { mayHaveExecuted: sent, cause: options?.cause },
    );
  }
}

/** The caller's `AbortSignal` cancelled the request. */
export class ComposioAbortError extends ComposioError implements CallContext {
  override get name(): string {
    return "ComposioAbortError";
  }

  /** `false` when the signal fired before anything was sent; `true` once a request was in flight. */
  declare readonly mayHaveExecuted: boolean;
  declare readonly operation: string | undefined;
  declare readonly toolSlug: string | undefined;
  declare readonly attempts: number | undefined;

  constructor(options: { mayHaveExecuted: boolean; cause?: unknown }) {
    super(
      options.mayHaveExecuted
        ? "Request aborted while in flight; the tool may have run."
        : "Request aborted before it was sent.",
      options,
    );
    this.mayHaveExecuted = options.mayHaveExecuted;
  }
}

/** What an API error is built from; see {@link ComposioApiError}. */
export interface ApiErrorInit {
  status: number;
  message: string;
  code?: number | undefined;
  slug?: string | undefined;
  requestId?: string | undefined;
  suggestedFix?: string | undefined;
  errors?: readonly string[] | undefined;
  headers: Headers;
  /** The parsed error body, or a snippet of at most 1 kB when it was not JSON. */
  body: unknown;
  /** Overrides what the status implies: a 2xx whose body cannot be read still ran. */
  mayHaveExecuted?: boolean | undefined;
}

/**
 * The server answered with an error status (or with a body that is not the JSON it promised).
 * A subclass per status lets you catch the cases you handle: {@link RateLimitError},
 * {@link AuthenticationError} and so on. Other statuses use this class itself.
 */
export class ComposioApiError extends ComposioError implements CallContext {
  override get name(): string {
    return "ComposioApiError";
  }

  /** The HTTP status. */
  declare readonly status: number;
  /** Composio's own error code from the body (not the HTTP status). */
  declare readonly code: number | undefined;
  /** A stable, machine-readable name of the error, such as `Auth_InvalidApiKey`. */
  declare readonly slug: string | undefined;
  /** The body's `request_id`, else the `x-request-id` header. Quote it to Composio's support. */
  declare readonly requestId: string | undefined;
  /** Guidance from the server on how to fix the request. */
  declare readonly suggestedFix: string | undefined;
  /** Individual validation problems, when the server lists several. */
  declare readonly errors: readonly string[];
  /** The response headers. */
  declare readonly headers: Headers;
  /** The parsed error body, or a snippet of at most 1 kB when it was not JSON. */
  declare readonly body: unknown;

  /**
   * Whether the tool may have run despite the error: true for 408, 409 and 5xx, where the server
   * may have acted before failing, and for a 2xx whose body could not be read (the server ran
   * it). Sending the request again may then run the tool twice.
   */
  declare readonly mayHaveExecuted: boolean;
  declare readonly operation: string | undefined;
  declare readonly toolSlug: string | undefined;
  declare readonly attempts: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.slug = init.slug;
    this.requestId = init.requestId;
    this.suggestedFix = init.suggestedFix;
    this.errors = init.errors ?? [];
    this.headers = init.headers;
    this.body = init.body;
    this.mayHaveExecuted = init.mayHaveExecuted ?? statusMayHaveExecuted(init.status);
  }
}

/** 400: the request was malformed. */
export class BadRequestError extends ComposioApiError {
  override get name(): string {
    return "BadRequestError";
  }
}

/** 401: the API key is missing or invalid. */
export class AuthenticationError extends ComposioApiError {
  override get name(): string {
    return "AuthenticationError";
  }
}

/**
 * 402: payment required, for example when the wallet that pays for instant accounts is empty.
 * Nothing ran; add credits or connect the toolkit with the user's own account.
 */
export class PaymentRequiredError extends ComposioApiError {
  override get name(): string {
    return "PaymentRequiredError";
  }
}

/** 403: the key may not do this (for example, a toolkit not allowed in the session). */
export class PermissionDeniedError extends ComposioApiError {
  override get name(): string {
    return "PermissionDeniedError";
  }
}

/** 404: the tool, session or connected account does not exist. */
export class NotFoundError extends ComposioApiError {
  override get name(): string {
    return "NotFoundError";
  }
}

/**
 * 409: the request conflicts with the server's state (for example, an input request that was
 * already answered). The tool may have run.
 */
export class ConflictError extends ComposioApiError {
  override get name(): string {
    return "ConflictError";
  }
}

/** 413: the request body is too large. */
export class PayloadTooLargeError extends ComposioApiError {
  override get name(): string {
    return "PayloadTooLargeError";
  }
}

/** 429: too many requests. Retried automatically, honouring `Retry-After`. */
export class RateLimitError extends ComposioApiError {
  override get name(): string {
    return "RateLimitError";
  }
}

/**
 * The response was larger than `maxResponseBytes` (counted after decompression), so the client
 * stopped reading it. The server answered, so for a 2xx the tool ran.
 */
export class ResponseTooLargeError extends ComposioApiError {
  override get name(): string {
    return "ResponseTooLargeError";
  }

  /** The `maxResponseBytes` that was exceeded. */
  declare readonly limit: number;

  constructor(init: ApiErrorInit & { limit: number }) {
    super(init);
    this.limit = init.limit;
  }
}

/** 500 and above: the server failed. The tool may have run. */
export class InternalServerError extends ComposioApiError {
  override get name(): string {
    return "InternalServerError";
  }
}

/** Whether a response with `status` leaves open that the tool ran: 408, 409 and 5xx. */
export function statusMayHaveExecuted(status: number): boolean {
  return status === 408 || status === 409 || status >= 500;
}

// The classes of the statuses that have their own; the others are ComposioApiError's.
const BY_STATUS: Record<number, typeof ComposioApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  429: RateLimitError,
};

/** Builds the error class that matches `init.status`; with a `limit`, a ResponseTooLargeError. */
export function createApiError(
  init: ApiErrorInit & { limit?: number | undefined },
): ComposioApiError {
  if (init.limit !== undefined) return new ResponseTooLargeError({ ...init, limit: init.limit });
  const ErrorClass =
    BY_STATUS[init.status] ?? (init.status >= 500 ? InternalServerError : ComposioApiError);
  return new ErrorClass(init);
}

/**
 * A tool ran and reported failure (HTTP 200 with `successful: false`), and the caller asked for a
 * throw instead of a returned result. `result` is the full result, `message` is its `error`.
 */
export class ToolExecutionError<Result extends ToolFailure = ToolFailure>
  extends ComposioError
  implements Pick<CallContext, "operation" | "toolSlug">
{
  override get name(): string {
    return "ToolExecutionError";
  }

  declare readonly result: Result;
  /** The execution log's id, from the result. */
  declare readonly logId: string | undefined;
  /** The response's `x-request-id`, from the result. */
  declare readonly requestId: string | undefined;
  /** The call that ran the tool, such as `tools.execute`. */
  declare readonly operation: string | undefined;
  /** The tool that failed. */
  declare readonly toolSlug: string | undefined;

  constructor(
    message: string,
    result: Result,
    call: { operation?: string | undefined; toolSlug?: string | undefined } = {},
  ) {
    super(message);
    this.result = result;
    this.logId = result.logId;
    this.requestId = result.requestId;
    this.operation = call.operation;
    this.toolSlug = call.toolSlug;
  }
}

/** What a {@link ToolExecutionError} needs of a tool result. */
export interface ToolFailure {
  error: string | null;
  logId?: string | undefined;
  requestId?: string | undefined;
}
