import type { SpanLike, TracerLike } from "../client-options";
import { ComposioApiError } from "../errors";
import type { CallPlan, Operation, TracedCall } from "./call-plan";
import type { ResolvedConfig } from "./config";
import { redactBody, redactSecrets } from "./redact";
import type { SendResult } from "./response";

// The spans of the request path, with a `tracer`: one per call (`execute_tool {slug}`, after the
// GenAI tool-execution span of OpenTelemetry's semantic conventions v1.41.0, at Development
// status), and inside it one per HTTP attempt, after the stable HTTP client conventions. Written
// against `TracerLike`, so that no OpenTelemetry package is ever loaded. Every string that
// reaches a span passes through `redactSecrets` with the configured keys, as logs and errors do.

// OpenTelemetry's SpanKind.INTERNAL, SpanKind.CLIENT and SpanStatusCode.ERROR: enums of its API
// package, whose values its specification fixes.
const INTERNAL = 0;
const CLIENT = 2;
const ERROR = 2;
/** Most characters of a payload (arguments, result) recorded: enough to read, never a flood. */
const MAX_PAYLOAD_CHARS = 8192;

type Attributes = Record<string, string | number | boolean>;
type Wire = Record<string, unknown>;

/** Runs each attempt of a traced call inside its own span. */
export interface CallTrace {
  attempt(retry: number, send: () => Promise<SendResult>): Promise<SendResult>;
}

/** How a span ended in failure: `error.type`, and the status description when there is one. */
interface Failure {
  type: string;
  message?: unknown;
}

/**
 * Runs `send` inside the call's span, the active span meanwhile, so that each attempt's span
 * (see {@link CallTrace}) is its child; then records how the call ended: the wrapper's result,
 * read from the 200 body by the label's {@link TracedCall}, or the error that ends it.
 */
export function traceCall(
  tracer: TracerLike,
  config: ResolvedConfig,
  plan: CallPlan,
  operation: Operation,
  send: (trace: CallTrace) => Promise<SendResult>,
): Promise<SendResult> {
  const { secrets } = config;
  const { name, attributes, args } = callStart(plan, operation);
  return tracer.startActiveSpan(
    redactSecrets(name, secrets),
    { kind: INTERNAL, attributes: redacted(attributes, secrets) },
    async (span) => {
      // Payloads are serialized only for a span that is kept.
      const payloads = config.traceToolPayloads && span.isRecording();
      if (payloads && args !== undefined) {
        span.setAttribute("gen_ai.tool.call.arguments", payload(args, secrets));
      }
      const http = redacted(httpAttributes(plan), secrets);
      let attempts = 0;
      const trace: CallTrace = {
        attempt(retry, sendAttempt) {
          attempts++;
          const resent = retry === 0 ? http : { ...http, "http.request.resend_count": retry };
          return traceAttempt(tracer, plan.method, resent, secrets, sendAttempt);
        },
      };
      try {
        const result = await send(trace);
        const [ended, failure] = outcome(result, plan.traced, payloads, secrets);
        finish(span, { "composio.attempts": attempts, ...ended }, secrets, failure);
        return result;
      } catch (error) {
        const ended = { "composio.attempts": attempts, ...errorAttributes(error) };
        finish(span, ended, secrets, failureOf(error));
        throw error;
      }
    },
  );
}

/** One attempt's span: `POST`, kind CLIENT, ended with the response's status or the failure. */
function traceAttempt(
  tracer: TracerLike,
  method: string,
  attributes: Attributes,
  secrets: readonly string[],
  send: () => Promise<SendResult>,
): Promise<SendResult> {
  return tracer.startActiveSpan(method, { kind: CLIENT, attributes }, async (span) => {
    try {
      const result = await send();
      finish(span, { "http.response.status_code": result.response.status }, secrets);
      return result;
    } catch (error) {
      // The server answered (0 is a browser's opaque redirect): HTTP's conventions name an error
      // status by its code, anything else by the error's class.
      const status = error instanceof ComposioApiError ? error.status : 0;
      const failure = failureOf(error);
      if (status >= 400) failure.type = String(status);
      finish(span, status ? { "http.response.status_code": status } : {}, secrets, failure);
      throw error;
    }
  });
}

/**
 * The call span's name, the attributes it starts with, and the arguments to record with
 * `traceToolPayloads`, by what the label says the call is; a call without one (`client.post`,
 * `client.get`) is named by its method and spec path.
 */
function callStart(
  plan: CallPlan,
  operation: Operation,
): { name: string; attributes: Attributes; args: unknown } {
  const attributes: Attributes = { "composio.operation": plan.operation };
  const sessionId = operation.pathParams.session_id;
  if (typeof sessionId === "string") attributes["composio.session.id"] = sessionId;
  if (plan.toolCallId !== undefined) attributes["gen_ai.tool.call.id"] = plan.toolCallId;
  const body = operation.body as Wire;
  const kind = plan.traced?.kind;
  if (kind === "execute_tool") {
    const slug = String(plan.toolSlug);
    attributes["gen_ai.operation.name"] = "execute_tool";
    attributes["gen_ai.tool.name"] = slug;
    // A call in natural language has no arguments: its text stands for them.
    const args = body.arguments ?? (body.text === undefined ? undefined : { text: body.text });
    return { name: `execute_tool ${slug}`, attributes, args };
  }
  if (kind === "proxy_execute") {
    // Named after the toolkit and method, which are few; the endpoint (ids in its path) is not.
    attributes["composio.toolkit"] = String(body.toolkit_slug);
    const name = `proxy_execute ${body.toolkit_slug} ${body.method}`;
    return { name, attributes, args: redactBody(body) };
  }
  return { name: plan.operation, attributes, args: undefined };
}

/**
 * Where the attempts go. `url.full` is the planned URL: the base URL cannot hold credentials
 * (config refuses them), and no query parameter of the API carries a secret.
 */
function httpAttributes(plan: CallPlan): Attributes {
  const url = new URL(plan.url);
  return {
    "http.request.method": plan.method,
    "url.full": plan.url,
    // An IPv6 address without its brackets, as the conventions write it.
    "server.address": url.hostname.replace(/^\[|\]$/g, ""),
    "server.port": Number(url.port) || (url.protocol === "https:" ? 443 : 80),
  };
}

/**
 * What the call's span records of a 200: the request id and, when the wrapper labelled the call,
 * its result. A tool that ran and failed, or a hook's block, resolves rather than throws, but
 * is a failure of the call: `tool_error`, `blocked`. A pause (`inputRequired`) is not.
 */
function outcome(
  result: SendResult,
  traced: TracedCall | undefined,
  payloads: boolean,
  secrets: readonly string[],
): [Attributes, Failure | undefined] {
  const attributes: Attributes = {};
  if (result.requestId !== undefined) attributes["composio.request_id"] = result.requestId;
  if (traced === undefined) return [attributes, undefined];
  const read = traced.read(result.data as Wire);
  attributes["composio.result_type"] = read.resultType;
  if (typeof read.logId === "string") attributes["composio.log_id"] = read.logId;
  if (typeof read.status === "number") attributes["composio.proxy.status_code"] = read.status;
  const failure =
    read.resultType === "failed" ? "tool_error" : read.resultType === "blocked" ? "blocked" : "";
  if (failure) return [attributes, { type: failure, message: payloads ? read.error : undefined }];
  if (payloads && read.resultType === "completed" && read.data !== undefined) {
    attributes["gen_ai.tool.call.result"] = payload(read.data, secrets);
  }
  return [attributes, undefined];
}

/** What an error that ends a call says beside its class: the request id, whether it may have run. */
function errorAttributes(error: unknown): Attributes {
  const attributes: Attributes = {};
  if (error instanceof ComposioApiError && error.requestId !== undefined) {
    attributes["composio.request_id"] = error.requestId;
  }
  const mayHaveExecuted = (error as { mayHaveExecuted?: unknown } | null)?.mayHaveExecuted;
  if (typeof mayHaveExecuted === "boolean") {
    attributes["composio.may_have_executed"] = mayHaveExecuted;
  }
  return attributes;
}

/** An error's class name (`RateLimitError`) and message; a thrown non-Error is `_OTHER`. */
function failureOf(error: unknown): Failure {
  return error instanceof Error ? { type: error.name, message: error.message } : { type: "_OTHER" };
}

/** Records `attributes` on `span`, marks it failed when `failure` is given, and ends it. */
function finish(
  span: SpanLike,
  attributes: Attributes,
  secrets: readonly string[],
  failure?: Failure,
): void {
  if (failure) attributes["error.type"] = failure.type;
  for (const [key, value] of Object.entries(redacted(attributes, secrets))) {
    span.setAttribute(key, value);
  }
  if (failure) {
    const { message } = failure;
    span.setStatus(
      typeof message === "string"
        ? { code: ERROR, message: redactSecrets(message, secrets) }
        : { code: ERROR },
    );
  }
  span.end();
}

/** `attributes` with the configured keys redacted from every string, in place. */
function redacted(attributes: Attributes, secrets: readonly string[]): Attributes {
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === "string") attributes[key] = redactSecrets(value, secrets);
  }
  return attributes;
}

/** `value` as JSON, keys redacted, cut after MAX_PAYLOAD_CHARS with a marker saying so. */
function payload(value: unknown, secrets: readonly string[]): string {
  const json = redactSecrets(JSON.stringify(value), secrets);
  if (json.length <= MAX_PAYLOAD_CHARS) return json;
  // Never between the two halves of a surrogate pair (a high surrogate is 0xD800-0xDBFF).
  const end =
    json.charCodeAt(MAX_PAYLOAD_CHARS - 1) >> 10 === 0x36
      ? MAX_PAYLOAD_CHARS - 1
      : MAX_PAYLOAD_CHARS;
  return `${json.slice(0, end)}…[truncated: ${json.length} characters in all]`;
}
