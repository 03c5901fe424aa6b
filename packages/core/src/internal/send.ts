import type { RequestOptions } from "../client-options";
import {
  ComposioAbortError,
  ComposioError,
  ComposioTimeoutError,
  ComposioValidationError,
} from "../errors";
import { clock } from "./clock";
import type { ResolvedConfig } from "./config";
import { type Dispatch, fillPath, type Operation } from "./dispatch";
import { headersProblem } from "./headers";
import { maxRetriesProblem, timeoutProblem } from "./limits";
import { assertPathParams } from "./path-params";
import { redactBody, redactHeaders } from "./redact";
import { errorFromResponse, parseSuccessBody } from "./response";
import { isRetryable, retryDelayMs } from "./retry";
import { toConnectionError } from "./transport";

/** What a successful send resolves to. */
export interface Sent {
  data: unknown;
  response: Response;
  requestId: string | undefined;
}

// Larger delays overflow setTimeout's 32-bit counter and would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Sends `operation` with the safety rules: input checked and the body serialized once before
 * anything goes out, a fresh timer per attempt covering headers and body, and retries only of
 * attempts that provably did not run (unless `allowDuplicateExecution`).
 */
export async function send(
  dispatch: Dispatch,
  config: ResolvedConfig,
  operation: Operation,
  options: RequestOptions,
): Promise<Sent> {
  assertPathParams(operation.pathParams);
  const timeout = checkedOption(options.timeout, config.timeout, "timeout", timeoutProblem);
  const maxRetries = checkedOption(
    options.maxRetries,
    config.maxRetries,
    "maxRetries",
    maxRetriesProblem,
  );
  if (options.headers) {
    const problem = headersProblem(options.headers);
    if (problem) throw new ComposioValidationError(`options.headers: ${problem}.`);
  }
  // A GET has no side effects: retrying it never runs anything twice.
  const isGet = operation.method === "GET";
  const allowDuplicates =
    isGet || (options.allowDuplicateExecution ?? config.allowDuplicateExecution);
  const body = isGet ? "" : serialize(operation.body);
  const method = operation.method ?? "POST";
  const { signal } = options;
  const { log } = config;
  for (let retry = 0; ; retry++) {
    if (signal?.aborted) {
      throw new ComposioAbortError({ mayHaveExecuted: retry > 0, cause: signal.reason });
    }
    // Timed only for the debug log: the clock is not free on the hot path.
    const started = log.enabled("debug") ? performance.now() : 0;
    if (log.enabled("debug")) {
      log.debug(
        `→ ${method} ${urlOf(config, operation)} (attempt ${retry + 1} of ${maxRetries + 1})`,
        {
          headers: redactHeaders({
            ...config.headers,
            ...operation.headerParams,
            ...options.headers,
          }),
          body: redactBody(operation.body),
        },
      );
    }
    try {
      const sent = await attempt(dispatch, operation, body, options, timeout);
      if (log.enabled("debug")) {
        log.debug(
          `← ${sent.response.status} ${method} ${urlOf(config, operation)} (attempt ${retry + 1}) in ${elapsed(started)} ms${
            sent.requestId ? `, request id ${sent.requestId}` : ""
          }`,
        );
      }
      return sent;
    } catch (error) {
      const retryable = retry < maxRetries && isRetryable(error, allowDuplicates);
      const provablyNotRun = retryable && isRetryable(error, false);
      if (log.enabled("debug")) {
        log.debug(
          `✗ ${method} ${urlOf(config, operation)} (attempt ${retry + 1}) failed in ${elapsed(started)} ms: ${describe(error)}`,
        );
      }
      if (!retryable) throw error;
      const delay = retryDelayMs(error, retry, clock.random, clock.now);
      if (!provablyNotRun && !isGet) {
        log.warn(
          `Retrying ${method} ${urlOf(config, operation)}, which may already have run (allowDuplicateExecution), in ${Math.round(delay)} ms after ${describe(error)}`,
        );
      } else if (log.enabled("info")) {
        log.info(
          `Retrying ${method} ${urlOf(config, operation)} in ${Math.round(delay)} ms after ${describe(error)} (attempt ${retry + 2} of ${maxRetries + 1})`,
        );
      }
      await clock.sleep(
        delay,
        signal,
        () =>
          new ComposioAbortError({
            mayHaveExecuted: mayHaveExecuted(error),
            cause: signal?.reason,
          }),
      );
    }
  }
}

async function attempt(
  dispatch: Dispatch,
  operation: Operation,
  body: string,
  options: RequestOptions,
  timeout: number,
): Promise<Sent> {
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
    const dispatched = await dispatch(operation, body, options, controller.signal);
    const { response } = dispatched;
    if (!response.ok) {
      const errorBody =
        "errorBody" in dispatched ? dispatched.errorBody : await readErrorBody(response);
      throw errorFromResponse(response, errorBody);
    }
    // Read here, under the timer: a stall or a drop in the body is caught below.
    return {
      data: parseSuccessBody(await response.text(), response),
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

/** An error response's body: parsed JSON, else the text (a proxy's HTML page, say). */
async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
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

function mayHaveExecuted(error: unknown): boolean {
  return error instanceof Object && "mayHaveExecuted" in error && error.mayHaveExecuted === true;
}

function urlOf(config: ResolvedConfig, operation: Operation): string {
  return config.baseUrl + fillPath(operation);
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // The first line only: API error messages list validation problems on the next lines.
  return `${error.name}: ${error.message.split("\n", 1)[0]}`;
}
