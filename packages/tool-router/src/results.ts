import type {
  ProxyBinaryData,
  SessionExecuteResponse,
  SessionProxyExecuteResponse,
} from "@composio-client/api-types";
import type { RequestOptions } from "@composio-client/core";

/** What a call cost on Composio's instant accounts, as the server reported it. */
export interface InstantCharge {
  /** The amount as an exact decimal string, such as `"0.0042"`. */
  amount: string;
  /** `"USD"` today. */
  currency: string;
  /** `"composio"` today. */
  chargedBy: string;
}

/**
 * What the session's hooks reported about a call, exactly as the server sent it: any JSON, since
 * Composio has not published its shape yet. Present only when the server sent it.
 */
interface HookResultsField {
  hookResults?: unknown;
}

/** Fields of a tool call that ran, whether it succeeded or failed. */
interface ToolRan<Data> extends HookResultsField {
  /** The tool's output, exactly as the tool returned it (`{}` when the server sent none). */
  data: Data;
  /** The execution log's id. */
  logId: string;
  /** Present when the session returns instant charges and one applied. */
  instantCharge?: InstantCharge;
  /** The `x-request-id` of the response. */
  requestId: string | undefined;
}

/** The tool ran and succeeded. */
export interface SessionToolCompleted<Data = Record<string, unknown>> extends ToolRan<Data> {
  resultType: "completed";
  successful: true;
  /** Null, or a warning the server sent although the tool succeeded. */
  error: string | null;
}

/** The tool ran and failed; `error` says why. */
export interface SessionToolFailed extends ToolRan<Record<string, unknown>> {
  resultType: "failed";
  successful: false;
  /** Why the tool failed, as the server said; `"no reason given"` when it said nothing. */
  error: string;
}

/** One question for the user, as the server asked it. */
export interface InputRequest {
  /** The kind of input: `"elicitation"` today. */
  type: "elicitation" | (string & {});
  /** How to collect it: `"form"` today. */
  mode: "form" | (string & {});
  /** What to show the user. */
  message: string;
  /** The JSON Schema of the answer's `content`, exactly as the server sent it. */
  requestedSchema: Record<string, unknown>;
}

/** The user's answer to one {@link InputRequest}. */
export interface InputResponse {
  /** `"accept"` with `content`, or `"decline"` / `"cancel"`. */
  action: "accept" | "decline" | "cancel";
  /** The answer, shaped by the request's `requestedSchema`. */
  content?: Record<string, unknown> | undefined;
}

/** Answers keyed by the ids of the result's `inputRequests`; sent exactly as given. */
export type InputResponses = Record<string, InputResponse>;

/** The call has not run: it waits for the user's answers. */
export interface InputRequired extends HookResultsField {
  resultType: "inputRequired";
  /** Nothing ran yet. */
  successful: false;
  /** The questions, keyed by the ids the answers must reuse. */
  inputRequests: Record<string, InputRequest>;
  /** Opaque state to send back with the answers, when the server sent one. */
  requestState?: string;
  /** The `x-request-id` of the response. */
  requestId: string | undefined;
}

/**
 * A tool or meta tool call paused for the user's input. Answer with {@link respond}, or call
 * again yourself with `inputResponses` and `requestState` in the params.
 */
export interface SessionInputRequired<Resumed> extends InputRequired {
  /**
   * Sends the same call again with `inputResponses` and this result's `requestState`, and
   * resolves to its result (which may ask again). `options` override the first call's.
   */
  respond(inputResponses: InputResponses, options?: RequestOptions): Promise<Resumed>;
}

/**
 * A session hook blocked the call: before the tool ran, or after it ran, withholding its
 * result. Not a success, and no tool output comes back. Report `error`, the hook's message, to
 * the user or the model as the reason; do not retry the same call unchanged, since the hook will
 * block it again.
 */
export interface SessionToolBlocked extends HookResultsField {
  resultType: "blocked";
  successful: false;
  /** The hook's message, as the server sent it; `"blocked by a session hook"` when it sent none. */
  error: string;
  /** Why the hook blocked the call, exactly as the server sent it (any JSON); `undefined` if absent. */
  blockReason: unknown;
  /** The execution log's id, when one was written. */
  logId?: string;
  /** The `x-request-id` of the response. */
  requestId: string | undefined;
}

/**
 * A 200 answer this client cannot read: a `result_type` it does not know (a newer server), or
 * a body missing what its kind promises. Nothing says the call succeeded; `body` is what came.
 */
export interface UnknownResult {
  resultType: "unknown";
  /** Nothing says the call succeeded. */
  successful: false;
  /** The server's `result_type`, if it sent one. */
  serverResultType: unknown;
  /** The whole response body, untouched. */
  body: Record<string, unknown>;
  /** The `x-request-id` of the response. */
  requestId: string | undefined;
}

/**
 * What `session.execute` and `session.executeMeta` resolve to: narrow on `resultType`, or on
 * `successful` (true only for `"completed"`; `!result.successful` makes `error` a string once
 * `resultType` is `"failed"` or `"blocked"`).
 */
export type SessionExecuteResult<Data = Record<string, unknown>> =
  | SessionToolCompleted<Data>
  | SessionToolFailed
  | SessionInputRequired<SessionExecuteResult<Data>>
  | SessionToolBlocked
  | UnknownResult;

/** Where to download a binary response body of `proxyExecute`. */
export interface BinaryData {
  /** A temporary URL to download the body from. */
  url: string;
  contentType: string;
  /** Size in bytes. */
  size: number;
  /** When `url` stops working. */
  expiresAt?: string;
}

/** The upstream API answered a proxied request. */
export interface ProxyCompleted {
  resultType: "completed";
  /** The upstream API's HTTP status. A 4xx or 5xx here is the upstream's answer, not an error. */
  status: number;
  /** The upstream body, parsed when it was JSON. */
  data: unknown;
  /** Present when the upstream body was binary. */
  binaryData?: BinaryData;
  /** The upstream response headers. */
  headers: Record<string, string>;
  /** The `x-request-id` of Composio's response. */
  requestId: string | undefined;
}

/**
 * What `session.proxyExecute` resolves to. `inputRequired` means the request was not sent;
 * the proxy endpoint takes no answers, so resolve the pause through the session's tools.
 */
export type ProxyExecuteResult = ProxyCompleted | InputRequired | UnknownResult;

type Wire = Record<string, unknown>;
type Resume<R> = (
  inputResponses: InputResponses,
  state: string | undefined,
  options?: RequestOptions,
) => Promise<R>;

/**
 * Reads a session tool result. A body without `result_type` is an older server's: completed
 * when `error` is null, failed otherwise. Anything else unknown is never read as success.
 */
export function toExecuteResult(
  wire: SessionExecuteResponse,
  requestId: string | undefined,
  resume: Resume<SessionExecuteResult>,
): SessionExecuteResult {
  const body = wire as Wire;
  const kind = body.result_type;
  if (kind === "input_required") {
    const paused = toInputRequired(body, requestId);
    return {
      ...paused,
      respond: (answers, options) => resume(answers, paused.requestState, options),
    };
  }
  if (kind === "completed" || kind === "failed") return toToolRan(kind, body, requestId);
  if (kind === "blocked") return toBlocked(body, requestId);
  if (kind === undefined && "error" in body) {
    return toToolRan(body.error == null ? "completed" : "failed", body, requestId);
  }
  return unknownResult(body, requestId);
}

/** Reads a proxy result; an older server's answer without `result_type` is a completed call. */
export function toProxyResult(
  wire: SessionProxyExecuteResponse,
  requestId: string | undefined,
): ProxyExecuteResult {
  const body = wire as Wire;
  const kind = body.result_type;
  if (kind === "input_required") return toInputRequired(body, requestId);
  if ((kind === "completed" || kind === undefined) && typeof body.status === "number") {
    const result: ProxyCompleted = {
      resultType: "completed",
      status: body.status,
      data: body.data ?? null,
      headers: isObject(body.headers) ? (body.headers as Record<string, string>) : {},
      requestId,
    };
    if (isObject(body.binary_data))
      result.binaryData = toBinaryData(body.binary_data as ProxyBinaryData);
    return result;
  }
  return unknownResult(body, requestId);
}

function toToolRan(
  resultType: "completed" | "failed",
  body: Wire,
  requestId: string | undefined,
): SessionToolCompleted | SessionToolFailed {
  const error = typeof body.error === "string" ? body.error : null;
  const common = {
    data: isObject(body.data) ? (body.data as Record<string, unknown>) : {},
    logId: body.log_id as string,
    requestId,
  };
  const result: SessionToolCompleted | SessionToolFailed =
    resultType === "completed"
      ? { resultType, successful: true, error, ...common }
      : { resultType, successful: false, error: error || "no reason given", ...common };
  const charge = body.instant_charge;
  if (isObject(charge)) {
    const { amount, currency, charged_by } = charge as Wire;
    result.instantCharge = {
      amount: amount as string,
      currency: currency as string,
      chargedBy: charged_by as string,
    };
  }
  return withHookResults(result, body);
}

function toBlocked(body: Wire, requestId: string | undefined): SessionToolBlocked {
  const result: SessionToolBlocked = {
    resultType: "blocked",
    successful: false,
    error: typeof body.error === "string" && body.error ? body.error : "blocked by a session hook",
    blockReason: body.block_reason,
    requestId,
  };
  if (typeof body.log_id === "string") result.logId = body.log_id;
  return withHookResults(result, body);
}

/** `result` with the server's `hook_results`, untouched, when it sent them. */
function withHookResults<R extends HookResultsField>(result: R, body: Wire): R {
  if (body.hook_results !== undefined) result.hookResults = body.hook_results;
  return result;
}

function toInputRequired(body: Wire, requestId: string | undefined): InputRequired {
  const requests = isObject(body.input_requests) ? (body.input_requests as Wire) : {};
  // fromEntries defines own properties: an id such as "__proto__" stays an ordinary key, and no
  // server value ever becomes the record's prototype.
  const inputRequests: Record<string, InputRequest> = Object.fromEntries(
    Object.entries(requests)
      .filter(([, request]) => isObject(request))
      .map(([id, request]) => {
        const { type, mode, message, requested_schema } = request as Wire;
        const question: InputRequest = {
          type: type as string,
          mode: mode as string,
          message: message as string,
          requestedSchema: requested_schema as Record<string, unknown>,
        };
        return [id, question];
      }),
  );
  const paused: InputRequired = {
    resultType: "inputRequired",
    successful: false,
    inputRequests,
    ...(typeof body.request_state === "string" && { requestState: body.request_state }),
    requestId,
  };
  return withHookResults(paused, body);
}

function unknownResult(body: Wire, requestId: string | undefined): UnknownResult {
  return {
    resultType: "unknown",
    successful: false,
    serverResultType: body.result_type,
    body,
    requestId,
  };
}

function toBinaryData(wire: ProxyBinaryData): BinaryData {
  const binary: BinaryData = { url: wire.url, contentType: wire.content_type, size: wire.size };
  if (wire.expires_at !== undefined) binary.expiresAt = wire.expires_at;
  return binary;
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
