import type { RequestOptions } from "../client-options";
import { ComposioValidationError } from "../errors";
import { assertPathParams, noSuchOption } from "../validation";
import type { ResolvedConfig } from "./config";
import { headersProblem, withHeaders } from "./headers";
import { optionsProblem, REQUEST_OPTION_CHECKS } from "./options";

/** One operation to send: the spec path, its parameters and its wire body. */
export interface Operation {
  /** POST when absent: every tool-executing operation is one. GET sends no body. */
  method?: "GET" | "POST" | undefined;
  path: string;
  pathParams: Record<string, unknown>;
  headerParams: Record<string, string> | undefined;
  /** Query parameters, as middleware is shown them (`params.query`). */
  query?: Record<string, unknown> | undefined;
  /** `query` encoded, `?a=1&b=x&b=y` or "", appended to the URL by the caller that checked it. */
  search?: string | undefined;
  body: unknown;
}

/** Everything a call will do, decided from its operation and options before anything is sent. */
export interface CallPlan {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  /** What its errors name: see {@link labelCall}. */
  operation: string;
  toolSlug: string | undefined;
  signal: AbortSignal | undefined;
  timeout: number;
  maxRetries: number;
  maxResponseBytes: number;
  /** Whether attempts that may have run are retried too (`allowDuplicateExecution`, or a GET). */
  allowDuplicates: boolean;
  /** How the call appears in traces, when the wrapper said: see {@link labelCall}. */
  traced: TracedCall | undefined;
  /** Recorded on the call's span (`gen_ai.tool.call.id`); never sent. */
  toolCallId: string | undefined;
}

/**
 * How a wrapper's operation appears in traces (`tracing.ts`), one constant per operation: `kind`
 * names the span and says what the wire body holds (a tool's `arguments`, or a proxied request);
 * `read` reads a 200 body into the wrapper's own result, which the span records.
 */
export interface TracedCall {
  kind: "execute_tool" | "proxy_execute";
  read(data: Record<string, unknown>): TracedResult;
}

/** What a call's span records of the wrapper's result: the fields its results share. */
export interface TracedResult {
  resultType: string;
  logId?: string | undefined;
  /** The tool's output, or the upstream's body for a proxied request. */
  data?: unknown;
  /** Why the tool failed, or the hook's message when blocked. */
  error?: string | null;
  /** The upstream's HTTP status, for a proxied request. */
  status?: number;
}

// The per-call field a wrapper names its operation with. Internal, not public API: a registered
// symbol, so that it is invisible to the option checks and `Object.keys`, and the same in every
// copy of core a program loads.
const LABEL = Symbol.for("composio-client.call");

/**
 * `options` with the wrapper's operation (`tools.execute`) and tool slug, which the call's errors
 * name, and how the call appears in traces; without a label, core names the method and spec
 * path, takes the slug from the `tool_slug` path parameter or body field, and traces the call
 * under that name. Anything but an object is left for the plan to refuse.
 */
export function labelCall(
  options: RequestOptions | undefined,
  operation: string,
  toolSlug?: string,
  traced?: TracedCall,
): RequestOptions | undefined {
  return options === undefined || typeof options === "object"
    ? ({ ...options, [LABEL]: [operation, toolSlug, traced] } as RequestOptions)
    : options;
}

type Label = [operation: string, toolSlug: string | undefined, traced: TracedCall | undefined];

/**
 * Checks everything a call was given, with the same checks as the client's options, and plans
 * it. Throws {@link ComposioValidationError} before anything is sent. `baseHeaders` are the
 * client's headers with the JSON content type, shared by the calls that add none.
 */
export function planCall(
  config: ResolvedConfig,
  baseHeaders: Record<string, string>,
  operation: Operation,
  options: RequestOptions,
): CallPlan {
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
  const { headerParams } = operation;
  const problem = headerParams && headersProblem(headerParams);
  if (problem) throw new ComposioValidationError(`${problem}.`, { path: "header" });
  const method = operation.method ?? "POST";
  const label = (options as { [LABEL]?: Label })[LABEL];
  // A GET has no body, and so no content type (the client's own headers still apply).
  const base = method === "GET" ? config.headers : baseHeaders;
  return {
    method,
    url: config.baseUrl + fillPath(operation) + (operation.search ?? ""),
    headers:
      headerParams || options.headers ? withHeaders(base, headerParams, options.headers) : base,
    operation: label?.[0] ?? `${method} ${operation.path}`,
    toolSlug: label ? label[1] : slugOf(operation),
    signal: options.signal,
    timeout: options.timeout ?? config.timeout,
    maxRetries: options.maxRetries ?? config.maxRetries,
    maxResponseBytes: options.maxResponseBytes ?? config.maxResponseBytes,
    // A GET has no side effects: retrying it after it may have reached the server runs nothing
    // twice, so it is retried like `allowDuplicateExecution` (`x-should-retry: false` still wins).
    allowDuplicates:
      method === "GET" || (options.allowDuplicateExecution ?? config.allowDuplicateExecution),
    traced: label?.[2],
    toolCallId: options.toolCallId,
  };
}

const PARAM = /\{(\w+)\}/g;

/** The operation's path with its (checked) parameters percent-encoded into it. */
function fillPath(operation: Operation): string {
  return operation.path.replace(PARAM, (_, name: string) =>
    encodeURIComponent(operation.pathParams[name] as string),
  );
}

/** The tool a call on the core client runs, for its errors: wrappers name it in their label. */
function slugOf(operation: Operation): string | undefined {
  const slug =
    operation.pathParams.tool_slug ?? (operation.body as { tool_slug?: unknown } | null)?.tool_slug;
  return typeof slug === "string" ? slug : undefined;
}
