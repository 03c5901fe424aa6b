/**
 * Types of Composio's tool-execution API, generated from `spec/openapi.yaml`.
 *
 * `paths`, `components` and `operations` are openapi-typescript's output; the aliases below name
 * each request and response body so that users never index into those maps by hand.
 * This package has no runtime code.
 * @packageDocumentation
 */
import type { components, operations } from "./generated/schema";

export type { components, operations, paths, webhooks } from "./generated/schema";

/** The id of each operation in the spec. */
export type OperationId = keyof operations;

/** `POST /api/v3/tools/execute/{tool_slug}`: request body. */
export type ExecuteToolRequest =
  operations["executeTool"]["requestBody"]["content"]["application/json"];
/** `POST /api/v3/tools/execute/{tool_slug}`: 200 response body. */
export type ExecuteToolResponse =
  operations["executeTool"]["responses"][200]["content"]["application/json"];

/** `POST /api/v3/tool_router/session/{session_id}/execute`: request body. */
export type SessionExecuteRequest =
  operations["executeSessionTool"]["requestBody"]["content"]["application/json"];
/** `POST /api/v3/tool_router/session/{session_id}/execute`: 200 response body. */
export type SessionExecuteResponse =
  operations["executeSessionTool"]["responses"][200]["content"]["application/json"];

/** A session tool that ran and succeeded (`result_type: "completed"`). */
export type SessionToolCompleted = components["schemas"]["SessionToolCompleted"];
/** A session tool that ran and failed (`result_type: "failed"`). */
export type SessionToolFailed = components["schemas"]["SessionToolFailed"];
/**
 * A session call a hook blocked (`result_type: "blocked"`): before the tool ran, or withholding
 * its result. `error` has the hook's message.
 */
export type SessionToolBlocked = components["schemas"]["SessionToolBlocked"];
/** What a session's hooks reported about a call: any JSON, its shape not yet published. */
export type HookResults = components["schemas"]["HookResults"];
/** An older server's session result, without `result_type`: completed when `error` is null. */
export type SessionToolLegacyResult = components["schemas"]["SessionToolLegacyResult"];
/** A session call that has not run: it waits for the user's answers (`result_type: "input_required"`). */
export type SessionInputRequired = components["schemas"]["SessionInputRequired"];
/** One question of {@link SessionInputRequired}. */
export type InputRequest = components["schemas"]["InputRequest"];
/** The user's answers to {@link SessionInputRequired}, keyed by the ids of its input requests. */
export type InputResponses = components["schemas"]["InputResponses"];
/** What a call cost on Composio's instant accounts. */
export type InstantCharge = components["schemas"]["InstantCharge"];

/** `POST /api/v3/tool_router/session/{session_id}/execute_meta`: request body. */
export type SessionExecuteMetaRequest =
  operations["executeSessionMetaTool"]["requestBody"]["content"]["application/json"];
/** `POST /api/v3/tool_router/session/{session_id}/execute_meta`: 200 response body. */
export type SessionExecuteMetaResponse =
  operations["executeSessionMetaTool"]["responses"][200]["content"]["application/json"];

/** `POST /api/v3/tool_router/session/{session_id}/proxy_execute`: request body. */
export type SessionProxyExecuteRequest =
  operations["proxyExecuteSession"]["requestBody"]["content"]["application/json"];
/** `POST /api/v3/tool_router/session/{session_id}/proxy_execute`: 200 response body. */
export type SessionProxyExecuteResponse =
  operations["proxyExecuteSession"]["responses"][200]["content"]["application/json"];

/** A proxied call the upstream API answered (`result_type: "completed"`). */
export type SessionProxyCompleted = components["schemas"]["SessionProxyCompleted"];
/** An older server's proxy result, without `result_type`. */
export type SessionProxyLegacyResult = components["schemas"]["SessionProxyLegacyResult"];

/** The body of every non-2xx response: `{ error: ErrorDetail }`. */
export type ErrorResponse = components["schemas"]["ErrorResponse"];
/** The `error` object of an error response. `code` is Composio's own number, not the HTTP status. */
export type ErrorDetail = components["schemas"]["ErrorDetail"];

/** Arguments of a tool: any JSON object, passed through unchanged. */
export type ToolArguments = components["schemas"]["ToolArguments"];
/** `custom_auth_params` of a tool execution. */
export type CustomAuthParams = components["schemas"]["CustomAuthParams"];
/** One header or query parameter of `custom_auth_params`. */
export type CustomAuthParameter = components["schemas"]["CustomAuthParameter"];
/** Credentials for one call, as a union discriminated by `authScheme`. */
export type CustomConnectionData = components["schemas"]["CustomConnectionData"];
/** The auth schemes `custom_connection_data` accepts. */
export type AuthScheme = CustomConnectionData["authScheme"];

/** The meta tools (`COMPOSIO_*`) a tool-router session can execute. */
export type MetaToolSlug = components["schemas"]["MetaToolSlug"];

/** The HTTP methods `proxy_execute` can send. */
export type ProxyMethod = components["schemas"]["ProxyMethod"];
/** One header or query parameter of a proxied request. */
export type ProxyParameter = components["schemas"]["ProxyParameter"];
/** A binary request body for `proxy_execute`: downloaded from a URL or decoded from base64. */
export type ProxyBinaryBody = NonNullable<SessionProxyExecuteRequest["binary_body"]>;
/** Where to download a binary response body of `proxy_execute`. */
export type ProxyBinaryData = components["schemas"]["ProxyBinaryData"];

/** `GET /api/v3/tools`: query parameters. */
export type ListToolsQuery = NonNullable<operations["listTools"]["parameters"]["query"]>;
/** `GET /api/v3/tools`: 200 response body, one page of tools. */
export type ToolList = components["schemas"]["ToolList"];
/** A tool as `GET /api/v3/tools` and `GET /api/v3/tools/{tool_slug}` describe it. */
export type Tool = components["schemas"]["Tool"];
/** `GET /api/v3/tools/{tool_slug}`: query parameters. */
export type GetToolQuery = NonNullable<operations["getTool"]["parameters"]["query"]>;
