import type { RequestOptions } from "../client-options";
import {
  ComposioAbortError,
  ComposioApiError,
  ComposioConnectionError,
  ComposioError,
  ComposioTimeoutError,
  ComposioValidationError,
} from "../errors";
import { onAbort } from "./abort";
import { type CallPlan, type Operation, planCall } from "./call-plan";
import type { ResolvedConfig } from "./config";
import { logAttempt } from "./log";
import { readResponse, type SendResult } from "./response";
import { clock, retryDelay } from "./retry";
import { type CallTrace, traceCall } from "./tracing";
import type { SendingHook, Transport, TransportInit } from "./transport";

// The request path, in call order: `send` plans the call and, with a tracer, opens its span
// (tracing.ts); `sendAttempts` makes attempts until one answers or the retry rule (retry.ts) says
// stop; each `attempt` runs under its own timer, goes out through `dispatch` (middleware, on the
// full client) and the transport (transport.ts), and its response is read by response.ts.

/**
 * Sends one attempt's request through `send`: straight away, or with middleware around it (the
 * full client's).
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

// Larger delays overflow setTimeout's 32-bit counter and would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Sends `operation` with the safety rules: input checked and the body serialized once before
 * anything goes out, a fresh timer per attempt covering headers and body, and retries only of
 * attempts that provably did not run (unless `allowDuplicateExecution`, or a GET, which has no
 * side effects). Its errors name the call (see {@link withCallContext}).
 */
export function send(
  pipeline: Pipeline,
  operation: Operation,
  options: RequestOptions | undefined,
): Promise<SendResult> {
  let plan: CallPlan;
  let body: string | null;
  try {
    plan = planCall(pipeline.config, pipeline.baseHeaders, operation, options ?? {});
    body = plan.method === "GET" ? null : serialize(operation.body);
  } catch (error) {
    // Refused before anything was sent: a rejection too. (Not an async function, so that a call
    // without a tracer awaits one async function, as before tracing.)
    return Promise.reject(error);
  }
  const { tracer } = pipeline.config;
  // With a tracer, the same attempts run inside the call's span, each in its own (tracing.ts).
  return tracer === undefined
    ? sendAttempts(pipeline, plan, operation, body, undefined)
    : traceCall(tracer, pipeline.config, plan, operation, (trace) =>
        sendAttempts(pipeline, plan, operation, body, trace),
      );
}

/**
 * Makes the planned call's attempts until one answers or the retry rule says stop, and names the
 * call in the error that ends it. `trace` runs each attempt in its span, when there is a tracer.
 */
async function sendAttempts(
  pipeline: Pipeline,
  plan: CallPlan,
  operation: Operation,
  body: string | null,
  trace: CallTrace | undefined,
): Promise<SendResult> {
  const { signal } = plan;
  const { log } = pipeline.config;
  let attempts = 0;
  // Whether an earlier attempt may have run: an abort before the next one says so.
  let ranBefore = false;
  const aborted = () =>
    new ComposioAbortError({ mayHaveExecuted: ranBefore, cause: signal?.reason });
  try {
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw aborted();
      attempts++;
      const debug = log.enabled("debug")
        ? logAttempt(log, plan.method, plan.url, attempts, plan.maxRetries + 1)
        : undefined;
      const sending = debug?.sending;
      try {
        const result = await (trace
          ? trace.attempt(retry, () => attempt(pipeline, plan, operation, body, ranBefore, sending))
          : attempt(pipeline, plan, operation, body, ranBefore, sending));
        debug?.ended({ status: result.response.status, requestId: result.requestId });
        return result;
      } catch (error) {
        debug?.ended({ error });
        // Only the client's own errors of a response or a connection may be retried; anything
        // else (middleware's, a custom fetch's, an abort) ends the call as it is.
        if (!(error instanceof ComposioApiError || error instanceof ComposioConnectionError)) {
          throw error;
        }
        ranBefore ||= error.mayHaveExecuted;
        const delay = retryDelay(error, plan, retry, log);
        if (delay === undefined) throw error;
        await clock.sleep(delay, signal, aborted);
      }
    }
  } catch (error) {
    throw withCallContext(error, plan, attempts);
  }
}

/**
 * One attempt: the request through `dispatch` and the transport, then its response read, all
 * under the attempt's timer and the caller's signal. What the attempt waits on is stopped by an
 * abort even if it ignores the signal (a custom fetch, a Response made by middleware).
 */
async function attempt(
  pipeline: Pipeline,
  plan: CallPlan,
  operation: Operation,
  body: string | null,
  ranBefore: boolean,
  sending: SendingHook | undefined,
): Promise<SendResult> {
  const controller = new AbortController();
  const { signal } = controller;
  let timedOut = false;
  let sent = false;
  // What the attempt waits on now. Called directly: a listener on our own signal would cost more
  // than the rest of the call's bookkeeping.
  let cancel: (() => void) | undefined;
  const setCancel = (fn: (() => void) | undefined) => {
    cancel = fn;
  };
  const abort = () => {
    controller.abort(plan.signal?.aborted ? plan.signal.reason : undefined);
    cancel?.();
  };
  const timer =
    plan.timeout <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true;
          abort();
        }, plan.timeout)
      : undefined;
  const stopListening = onAbort(plan.signal, abort);
  const transport: Transport = (url, init) => {
    if (signal.aborted) throw signal.reason;
    sent = true;
    return pipeline.transport(url, init, sending);
  };
  try {
    const init = { method: plan.method, headers: plan.headers, body, signal };
    const response = await new Promise<Response>((resolve, reject) => {
      setCancel(() => reject(signal.reason));
      pipeline.dispatch(plan.url, init, operation, transport).then(resolve, reject);
    });
    // The server answered: its body is read under the same timer.
    return await readResponse(response, plan.maxResponseBytes, pipeline.config, signal, setCancel);
  } catch (error) {
    if (timedOut) {
      throw new ComposioTimeoutError(plan.timeout, {
        cause: error,
        mayHaveExecuted: sent || ranBefore,
      });
    }
    if (plan.signal?.aborted) {
      throw new ComposioAbortError({ mayHaveExecuted: sent || ranBefore, cause: error });
    }
    // Anything else is typed already, or the caller's own error (middleware, a custom fetch).
    throw error;
  } finally {
    clearTimeout(timer);
    stopListening();
  }
}

/**
 * Names the call in an error of the request path: `operation`, `toolSlug` and `attempts`, and the
 * same at the start of the message (and of the stack, which copied it). Only the API, connection
 * (timeout) and abort errors, the ones with `mayHaveExecuted`; one that already names a call
 * (from another client, through a custom fetch) keeps it.
 */
function withCallContext(error: unknown, plan: CallPlan, attempts: number): unknown {
  if (error instanceof ComposioError && "mayHaveExecuted" in error && !("operation" in error)) {
    const { operation, toolSlug } = plan;
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
