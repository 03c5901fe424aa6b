import type { RequestOptions } from "../client-options";
import {
  type ApiErrorInit,
  ComposioAbortError,
  ComposioApiError,
  ComposioConnectionError,
  ComposioError,
  ComposioTimeoutError,
  ComposioValidationError,
  createApiError,
  statusMayHaveExecuted,
} from "../errors";
import { noSuchOption } from "../validation";
import { onAbort, unlessAborted } from "./abort";
import { readBody } from "./body";
import { clock } from "./clock";
import type { ResolvedConfig } from "./config";
import { headersProblem, withHeaders } from "./headers";
import { loadRare, rare } from "./load-rare";
import { optionsProblem, REQUEST_OPTION_CHECKS } from "./options";
import { assertPathParams } from "./path-params";
import type { SendingHook, Transport, TransportInit } from "./transport";
import { isPlainObject } from "./value-type";

/** Most bytes of an error response read: enough for any error envelope, never a flood. */
const ERROR_BODY_BYTES = 64 * 1024;

/** One operation to send: the spec path, its parameters and its wire body. */
export interface Operation {
  /** POST when absent: every tool-executing operation is one. GET sends no body. */
  method?: "GET" | "POST" | undefined;
  path: string;
  pathParams: Record<string, unknown>;
  headerParams: Record<string, string> | undefined;
  /** Query parameters, as middleware is shown them (`params.query`). */
  query?: Record<string, unknown> | undefined;
  /**
   * `query` encoded, `?a=1&b=x&b=y` or "", appended to the URL. Encoded (and checked) by the
   * caller, the full client's `get`, so that the wrappers, which never read, do not bundle it.
   */
  search?: string | undefined;
  body: unknown;
}

/**
 * Sends one attempt's request through `send`: straight away, or with middleware around it (the
 * full client's; kept out of the lean requester, and so out of the wrappers' bundles).
 */
export type Dispatch = (
  url: string,
  init: TransportInit,
  operation: Operation,
  send: Transport,
) => Promise<Response>;

/** How a client's requests go out: one transport, and what runs around it. */
export interface Pipeline {
  config: ResolvedConfig;
  transport: Transport;
  dispatch: Dispatch;
  /** The client's headers and the JSON content type, shared by calls that add none. */
  baseHeaders: Record<string, string>;
}

/** What a successful send resolves to. */
export interface Sent {
  data: unknown;
  response: Response;
  requestId: string | undefined;
}

/** A call's options after checks and defaults. */
export interface Call {
  method: "GET" | "POST";
  /** What its errors name: see `labelCall`. */
  operation: string;
  toolSlug: string | undefined;
  /** Attempts started so far. */
  attempts: number;
  /** The debug log's line for what goes out, after middleware; set per attempt when on. */
  sending: SendingHook | undefined;
  signal: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
  maxResponseBytes: number;
  allowDuplicates: boolean;
  url: string;
  headers: Record<string, string>;
}

// The per-call field a wrapper names its operation with. Internal, not public API: a registered
// symbol, so that it is invisible to the option checks and `Object.keys`, and the same in every
// copy of core a program loads.
const LABEL = Symbol.for("composio-client.call");

/**
 * `options` with the wrapper's operation (`tools.execute`) and tool slug, which the call's errors
 * name; without one, core names the method and spec path, and takes the slug from the
 * `tool_slug` path parameter or body field. Anything but an object is left for `send` to refuse.
 */
export function labelCall(
  options: RequestOptions | undefined,
  operation: string,
  toolSlug?: string,
): RequestOptions | undefined {
  return options === undefined || typeof options === "object"
    ? ({ ...options, [LABEL]: [operation, toolSlug] } as RequestOptions)
    : options;
}

// Larger delays overflow setTimeout's 32-bit counter and would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Sends `operation` with the safety rules: input checked and the body serialized once before
 * anything goes out, a fresh timer per attempt covering headers and body, and retries only of
 * attempts that provably did not run (unless `allowDuplicateExecution`, or a GET, which has no
 * side effects).
 */
export async function send(
  pipeline: Pipeline,
  operation: Operation,
  options: RequestOptions | undefined,
): Promise<Sent> {
  const call = checkCall(pipeline, operation, options ?? {});
  try {
    return await sendCall(pipeline, operation, call);
  } catch (error) {
    throw named(error, call);
  }
}

async function sendCall(pipeline: Pipeline, operation: Operation, call: Call): Promise<Sent> {
  const body = call.method === "GET" ? null : serialize(operation.body);
  const { signal } = call;
  const { log } = pipeline.config;
  // Whether an earlier attempt may have run: an abort before the next one says so.
  let ranBefore = false;
  const aborted = () =>
    new ComposioAbortError({ mayHaveExecuted: ranBefore, cause: signal?.reason });
  // The debug log (each attempt, its outcome and duration, redacted) is written by code loaded
  // only when it is on, waited for as a backoff is. Should it fail to load, the debug log stays
  // silent, never unredacted.
  const debug = log.enabled("debug") ? await unlessAborted(loadRare(), signal, aborted) : undefined;
  for (let retry = 0; ; retry++) {
    if (signal?.aborted) throw aborted();
    call.attempts++;
    const trace = debug?.traceAttempt(log, call, retry);
    call.sending = trace?.sending;
    try {
      const sent = await attempt(pipeline, operation, body, call, ranBefore);
      trace?.ended(sent);
      return sent;
    } catch (error) {
      // Whether and when to retry is decided by code loaded with failures (rare.ts), for the
      // client's own errors of a response or a connection. An error response or a failed
      // connection loaded it within the attempt; a timeout may be the call's first failure,
      // and then it loads here, as a backoff waits: the caller's abort ends the wait at once.
      // Should it fail to load, no retry.
      trace?.ended(undefined, error);
      if (!(error instanceof ComposioApiError || error instanceof ComposioConnectionError)) {
        throw error;
      }
      ranBefore ||= error.mayHaveExecuted;
      // Connection errors, timeouts included, are retried when they did not run, or with
      // allowDuplicateExecution: only then is it worth loading.
      const retryable = retry < call.maxRetries && (call.allowDuplicates || !error.mayHaveExecuted);
      const loaded =
        rare ?? (retryable ? await unlessAborted(loadRare(), signal, aborted) : undefined);
      const delay = loaded?.retryDelay(error, call, retry, log, clock);
      if (delay === undefined) throw error;
      await clock.sleep(delay, signal, aborted);
    }
  }
}

async function attempt(
  pipeline: Pipeline,
  operation: Operation,
  body: string | null,
  call: Call,
  ranBefore: boolean,
): Promise<Sent> {
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  let sent = false;
  // What the attempt waits on now, stopped by `abort` even if it ignores the signal (a custom
  // fetch, a Response made by middleware). Called directly: a listener on our own signal would
  // cost more than the rest of the call's bookkeeping.
  let cancel: (() => void) | undefined;
  const abort = () => {
    controller.abort(call.signal?.aborted ? call.signal.reason : undefined);
    cancel?.();
  };
  const timer =
    call.timeout <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true;
          abort();
        }, call.timeout)
      : undefined;
  const stopListening = onAbort(call.signal, abort);
  const transport: Transport = (url, init) => {
    if (signal.aborted) throw signal.reason;
    sent = true;
    return pipeline.transport(url, init, call.sending);
  };
  const setCancel = (fn: (() => void) | undefined) => {
    cancel = fn;
  };
  // Waits for what `start` returns, rejecting as soon as the attempt is aborted.
  const untilAborted = <T>(start: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      setCancel(() => reject(signal.reason));
      start().then(resolve, reject);
    });
  try {
    const init = { method: call.method, headers: call.headers, body, signal };
    const response = await untilAborted(() =>
      pipeline.dispatch(call.url, init, operation, transport),
    );
    // Whatever happens from here, the server answered: bodies are read under the timer, and so
    // is the code that reads an error, loaded while an error response's body is read.
    const { ok, status } = response;
    const loading = ok ? undefined : loadRare();
    const limit = ok ? call.maxResponseBytes : ERROR_BODY_BYTES;
    const text = await readBody(response, limit, signal, setCancel);
    let data: unknown;
    let parseError: unknown;
    if (ok && !text.truncated && text.text) {
      try {
        data = JSON.parse(text.text);
      } catch (error) {
        parseError = error;
      }
    }
    // Anything but a JSON object is an error; from a 2xx, one that says the tool ran.
    if (!isPlainObject(data)) {
      const ran = ok || statusMayHaveExecuted(status);
      const reader = await untilAborted(() => loading ?? loadRare());
      throw createApiError(
        reader
          ? reader.responseError(response, text, pipeline.config, ran, limit, parseError)
          : unread(response, ran),
      );
    }
    return { data, response, requestId: response.headers.get("x-request-id") ?? undefined };
  } catch (error) {
    if (timedOut) {
      throw new ComposioTimeoutError(call.timeout, {
        cause: error,
        mayHaveExecuted: sent || ranBefore,
      });
    }
    if (call.signal?.aborted) {
      throw new ComposioAbortError({ mayHaveExecuted: sent || ranBefore, cause: error });
    }
    // Anything else is typed already, or the caller's own error (middleware, a custom fetch).
    throw error;
  } finally {
    clearTimeout(timer);
    stopListening();
  }
}

/** Checks everything a call was given before anything is sent; the same checks as the client's. */
function checkCall(pipeline: Pipeline, operation: Operation, options: RequestOptions): Call {
  const { config } = pipeline;
  if (typeof options !== "object" || options === null) {
    throw new ComposioValidationError("options must be an object.", { path: "options" });
  }
  const invalid = optionsProblem(options as Record<string, unknown>, REQUEST_OPTION_CHECKS);
  if (invalid) {
    const { name, problem } = invalid;
    throw new ComposioValidationError(
      problem
        ? `options.${name} ${problem}.`
        : noSuchOption("options", name, Object.keys(REQUEST_OPTION_CHECKS)),
      { path: `options.${name}` },
    );
  }
  assertPathParams(operation.pathParams);
  // Header parameters are built from user input (llmGatewayHeaders): checked here, so that fetch
  // never gets to refuse them after the call was counted as sent.
  const headerParams = operation.headerParams;
  const problem = headerParams && headersProblem(headerParams);
  if (problem) throw new ComposioValidationError(`${problem}.`, { path: "header" });
  const method = operation.method ?? "POST";
  const label = (options as { [LABEL]?: [string, string | undefined] })[LABEL];
  // A GET has no body, and so no content type (the client's own headers still apply).
  const base = method === "GET" ? config.headers : pipeline.baseHeaders;
  return {
    method,
    operation: label?.[0] ?? `${method} ${operation.path}`,
    toolSlug: label ? label[1] : slugOf(operation),
    attempts: 0,
    sending: undefined,
    signal: options.signal,
    timeout: options.timeout ?? config.timeout,
    maxRetries: options.maxRetries ?? config.maxRetries,
    maxResponseBytes: options.maxResponseBytes ?? config.maxResponseBytes,
    // A GET has no side effects: retrying it after it may have reached the server runs nothing
    // twice, so it is retried like `allowDuplicateExecution` (`x-should-retry: false` still wins).
    allowDuplicates:
      method === "GET" || (options.allowDuplicateExecution ?? config.allowDuplicateExecution),
    url: config.baseUrl + fillPath(operation) + (operation.search ?? ""),
    headers:
      headerParams || options.headers ? withHeaders(base, headerParams, options.headers) : base,
  };
}

const PARAM = /\{(\w+)\}/g;

/** The operation's path with its (checked) parameters percent-encoded into it. */
function fillPath(operation: Operation): string {
  return operation.path.replace(PARAM, (_, name: string) =>
    encodeURIComponent(operation.pathParams[name] as string),
  );
}

/**
 * Names the call in an error of the request path: `operation`, `toolSlug` and `attempts`, and the
 * same at the start of the message (and of the stack, which copied it). Only the API, connection
 * (timeout) and abort errors, the ones with `mayHaveExecuted`; one that already names a call
 * (from another client, through a custom fetch) keeps it. Synchronous: an abort is reported at
 * once, never after loading anything.
 */
function named(error: unknown, call: Call): unknown {
  if (error instanceof ComposioError && "mayHaveExecuted" in error && !("operation" in error)) {
    const { operation, toolSlug, attempts } = call;
    // Read first: V8 writes the stack on first read, from the message of that time.
    const { message, stack } = error;
    Object.assign(error, {
      operation,
      toolSlug,
      attempts,
      message: `${operation}${toolSlug ? ` ${toolSlug}` : ""}${attempts > 1 ? ` after ${attempts} attempts` : ""}: ${message}`,
    });
    if (stack) error.stack = stack.replace(message, () => error.message);
  }
  return error;
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

/**
 * The error of a response whose reading code could not be loaded (a bundle's chunk that failed
 * to download): typed by its status, without the details of the body.
 */
function unread(response: Response, ran: boolean): ApiErrorInit {
  return {
    status: response.status,
    message: `${response.status}: the client's code that reads responses failed to load`,
    headers: response.headers,
    body: undefined,
    mayHaveExecuted: ran,
  };
}

/** The tool a call on the core client runs, for its errors: wrappers name it in their label. */
function slugOf(operation: Operation): string | undefined {
  const slug =
    operation.pathParams.tool_slug ?? (operation.body as { tool_slug?: unknown } | null)?.tool_slug;
  return typeof slug === "string" ? slug : undefined;
}
