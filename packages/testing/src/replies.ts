import type { OperationName } from "./faults";
import type { ProxyReply } from "./handlers";
import { apiError, isInputRequired, isToolBlocked, isToolFailed } from "./results";
import { SPEC } from "./spec.gen";

interface Ids {
  logId(): string;
  requestState(): string;
}

// The spec's example question: an approval, `{ decision: "approve" | "reject" }`.
const APPROVAL_SCHEMA = (() => {
  const paused = SPEC.operations.executeSessionTool?.examples.inputRequired as
    | { input_requests: Record<string, { requested_schema: unknown }> }
    | undefined;
  return Object.values(paused?.input_requests ?? {})[0]?.requested_schema ?? { type: "object" };
})();

/** The wire body of a handler's result, and whether the tool ran. */
export function replyFor(
  operation: OperationName,
  result: unknown,
  ids: Ids,
): { body: unknown; ran: boolean } {
  if (isInputRequired(result)) {
    if (operation === "executeTool") {
      throw apiError(500, {
        message: "inputRequired() is for session calls; tools.execute never pauses",
        slug: "Mock_HandlerThrew",
      });
    }
    const requests = Object.entries(result.requests).map(([id, request]) => [
      id,
      {
        type: "elicitation",
        mode: "form",
        message: request.message,
        requested_schema: request.requestedSchema ?? APPROVAL_SCHEMA,
      },
    ]);
    return {
      ran: false,
      body: {
        result_type: "input_required",
        input_requests: Object.fromEntries(requests),
        request_state: result.requestState ?? ids.requestState(),
      },
    };
  }
  if (isToolBlocked(result)) {
    if (operation !== "executeSessionTool" && operation !== "executeSessionMetaTool") {
      throw apiError(500, {
        message: "toolBlocked() is for session execute and executeMeta calls",
        slug: "Mock_HandlerThrew",
      });
    }
    // Blocked before it ran, as far as the mock's execution count goes.
    const body: Record<string, unknown> = {
      result_type: "blocked",
      data: {},
      error: result.error,
      log_id: ids.logId(),
    };
    if (result.blockReason !== undefined) body.block_reason = result.blockReason;
    if (result.hookResults !== undefined) body.hook_results = result.hookResults;
    return { ran: false, body };
  }
  if (operation === "proxyExecuteSession")
    return { ran: true, body: proxyBody(result as ProxyReply) };
  const failed = isToolFailed(result);
  const data = failed ? result.data : (result ?? {});
  const error = failed ? result.error : null;
  const body =
    operation === "executeTool"
      ? { data, error, successful: !failed, log_id: ids.logId() }
      : { result_type: failed ? "failed" : "completed", data, error, log_id: ids.logId() };
  return { ran: true, body };
}

function proxyBody(reply: ProxyReply): Record<string, unknown> {
  const body: Record<string, unknown> = {
    result_type: "completed",
    status: reply.status ?? 200,
    data: reply.data ?? null,
    headers: reply.headers ? definedHeaders(reply.headers) : { "content-type": "application/json" },
  };
  if (reply.binary) {
    const { url, contentType, size, expiresAt } = reply.binary;
    body.binary_data = {
      url,
      content_type: contentType,
      size,
      ...(expiresAt === undefined ? {} : { expires_at: expiresAt }),
    };
  }
  return body;
}

function definedHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) Object.defineProperty(out, name, { value, enumerable: true });
  }
  return out;
}
