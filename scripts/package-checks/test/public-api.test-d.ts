// The public API used the way users use it, against the built packages: every parameter sent,
// every result field read. When a spec edit breaks users' code, regenerating the types makes this
// file fail to compile, so `pnpm test` fails instead of a user's build (api-compat.test.ts proves
// it). Field types are asserted one by one: new optional fields and enum values still compile.
import type {
  CustomConnectionData,
  ExecuteToolRequest,
  ExecuteToolResponse,
  MetaToolSlug,
  SessionExecuteMetaRequest,
  SessionExecuteResponse,
  SessionProxyExecuteRequest,
  SessionProxyExecuteResponse,
} from "@composio-client/api-types";
import { type ComposioClient, createComposioClient, type TracerLike } from "@composio-client/core";
import {
  createToolRouterClient,
  type SessionExecuteResult,
  unlistedMetaSlug,
} from "@composio-client/tool-router";
import { createToolsClient } from "@composio-client/tools";
import {
  compareTools,
  readToolDefinitions,
  renderFiles,
  type ToolChange,
  type ToolDefinition,
} from "@composio-client/typegen";
import { describe, expectTypeOf, it } from "vitest";

declare const client: ComposioClient;
// An OpenTelemetry tracer, as users name its type without importing @opentelemetry/api.
declare const tracer: TracerLike;
type JsonObject = { [key: string]: unknown };

const connection: CustomConnectionData = {
  authScheme: "OAUTH2",
  toolkitSlug: "github",
  val: { access_token: "gho_token" },
};

describe("@composio-client/tools", () => {
  it("executes with every parameter and reads every result field", async () => {
    const tools = createToolsClient({ apiKey: "key", userId: "user_1", throwOnToolError: false });
    const result = await tools.execute(
      "GITHUB_CREATE_AN_ISSUE",
      {
        arguments: { owner: "composiohq", repo: "composio", title: "Bug" },
        userId: "user_2",
        connectedAccountId: "ca_1",
        version: "20250101_00",
        customAuthParams: {
          baseUrl: "https://api.github.com",
          parameters: [{ name: "x-trace", in: "header", value: 1 }],
          body: { extra: true },
        },
        customConnectionData: connection,
        llmGatewayHeaders: { "x-trace-id": "t" },
        entityId: "entity_1",
        allowTracing: null,
      },
      {
        throwOnToolError: true,
        timeout: 1_000,
        maxRetries: 1,
        signal: AbortSignal.abort(),
        toolCallId: "call_1",
      },
    );
    await tools.execute("GITHUB_CREATE_AN_ISSUE", { text: "Open an issue titled Bug" });
    // throwOnToolError: true, so the call resolves only when the tool succeeded.
    expectTypeOf(result.data).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(result.error).toEqualTypeOf<string | null>();
    expectTypeOf(result.successful).toEqualTypeOf<true>();
    expectTypeOf(result.resultType).toEqualTypeOf<"completed">();
    const either = await tools.execute("GITHUB_CREATE_AN_ISSUE", { arguments: {} });
    if (!either.successful) expectTypeOf(either.error).toEqualTypeOf<string>();
    expectTypeOf(result.logId).toEqualTypeOf<string | undefined>();
    expectTypeOf(result.sessionInfo).toEqualTypeOf<unknown>();
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
  });
});

describe("@composio-client/tool-router", () => {
  const session = createToolRouterClient({ apiKey: "key" }).session("trs_1");

  it("executes a tool and reads every result field", async () => {
    const result = await session.execute("GITHUB_CREATE_AN_ISSUE", {
      arguments: { title: "Bug" },
      account: "work",
      enableAutoWorkbenchOffload: true,
    });
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
    if (result.resultType === "completed" || result.resultType === "failed") {
      expectTypeOf(result.data).toEqualTypeOf<Record<string, unknown>>();
      expectTypeOf(result.error).toEqualTypeOf<string | null>();
      expectTypeOf(result.successful).toEqualTypeOf<boolean>();
      expectTypeOf(result.logId).toEqualTypeOf<string>();
      expectTypeOf(result.instantCharge?.amount).toEqualTypeOf<string | undefined>();
    } else if (result.resultType === "inputRequired") {
      for (const [id, request] of Object.entries(result.inputRequests)) {
        expectTypeOf(request.message).toEqualTypeOf<string>();
        expectTypeOf(request.requestedSchema).toEqualTypeOf<Record<string, unknown>>();
        await result.respond({ [id]: { action: "accept", content: { decision: "approve" } } });
      }
      await session.execute("GITHUB_CREATE_AN_ISSUE", {
        arguments: { title: "Bug" },
        inputResponses: { a: { action: "decline" } },
        requestState: result.requestState,
      });
    } else if (result.resultType === "blocked") {
      expectTypeOf(result.error).toEqualTypeOf<string>();
      expectTypeOf(result.blockReason).toEqualTypeOf<unknown>();
    } else {
      expectTypeOf(result.resultType).toEqualTypeOf<"unknown">();
      expectTypeOf(result.body).toEqualTypeOf<Record<string, unknown>>();
    }
  });

  it("executes each meta tool by its slug", async () => {
    await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
      arguments: { queries: [{ use_case: "email" }] },
    });
    await session.executeMeta("COMPOSIO_MULTI_EXECUTE_TOOL", {});
    await session.executeMeta("COMPOSIO_MANAGE_CONNECTIONS");
    await session.executeMeta("COMPOSIO_WAIT_FOR_CONNECTIONS");
    await session.executeMeta("COMPOSIO_REMOTE_WORKBENCH");
    await session.executeMeta("COMPOSIO_REMOTE_BASH_TOOL");
    await session.executeMeta("COMPOSIO_SUBMIT_FEEDBACK");
    await session.executeMeta("COMPOSIO_PROXY_EXECUTE");
    const result = await session.executeMeta("COMPOSIO_GET_TOOL_SCHEMAS", {}, { timeout: 5 });
    expectTypeOf(result).toEqualTypeOf<SessionExecuteResult>();
    // @ts-expect-error: not a meta tool
    await session.executeMeta("COMPOSIO_NOT_A_TOOL");
    await session.executeMeta(unlistedMetaSlug("COMPOSIO_NOT_A_TOOL_YET"), { requestState: "s" });
  });

  it("proxies with every parameter and reads every result field", async () => {
    const result = await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "POST",
      body: { raw: "..." },
      contentType: "application/json",
      query: { maxResults: 10, includeSpam: false },
      headers: { "x-goog-user": "me" },
      parameters: [{ name: "alt", value: "json", type: "query" }],
      customConnectionData: connection,
    });
    if (result.resultType !== "completed") return;
    for (const method of ["GET", "HEAD"] as const) {
      await session.proxyExecute({ toolkit: "gmail", endpoint: "/e", method });
    }
    for (const method of ["POST", "PUT", "DELETE", "PATCH"] as const) {
      await session.proxyExecute({
        toolkit: "drive",
        endpoint: "/e",
        method,
        binaryBody: { url: "https://x" },
      });
    }
    await session.proxyExecute({
      toolkit: "drive",
      endpoint: "/upload",
      method: "PUT",
      binaryBody: { base64: "SGk=", contentType: "text/plain" },
    });
    expectTypeOf(result.status).toEqualTypeOf<number>();
    expectTypeOf(result.data).toEqualTypeOf<unknown>();
    expectTypeOf(result.headers).toEqualTypeOf<Record<string, string>>();
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
    const binary = result.binaryData;
    if (binary) {
      expectTypeOf(binary.url).toEqualTypeOf<string>();
      expectTypeOf(binary.contentType).toEqualTypeOf<string>();
      expectTypeOf(binary.size).toEqualTypeOf<number>();
      expectTypeOf(binary.expiresAt).toEqualTypeOf<string | undefined>();
    }
  });
});

describe("@composio-client/core, the wire types of each operation", () => {
  it("creates a client with every option", () => {
    createComposioClient({ userApiKey: "user-key" });
    createComposioClient({
      apiKey: "key",
      baseUrl: "https://backend.composio.dev",
      timeout: 30_000,
      maxRetries: 2,
      fetch: globalThis.fetch,
      headers: { "x-app": "demo" },
      allowDuplicateExecution: false,
      logger: console,
      logLevel: "warn",
      allowInsecureHttp: false,
      dangerouslyAllowBrowser: false,
      tracer,
      traceToolPayloads: false,
    });
  });

  it("executes a tool with the least and with every field, and reads the response", async () => {
    const path = "/api/v3/tools/execute/{tool_slug}";
    await client.post(path, { path: { tool_slug: "X" }, body: {} });
    const full: ExecuteToolRequest = {
      user_id: "user_1",
      connected_account_id: "ca_1",
      entity_id: "entity_1",
      version: "20250101_00",
      arguments: { a: 1 },
      text: "do it",
      allow_tracing: null,
      custom_auth_params: {
        base_url: "https://api.github.com",
        parameters: [{ name: "q", in: "query", value: "v" }],
        body: {},
      },
      custom_connection_data: connection,
    };
    const { data, requestId } = await client.post(path, {
      path: { tool_slug: "X" },
      header: { "x-llm-gateway-headers": "{}" },
      body: full,
    });
    expectTypeOf(data).toEqualTypeOf<ExecuteToolResponse>();
    expectTypeOf(data.data).toEqualTypeOf<JsonObject>();
    expectTypeOf(data.error).toEqualTypeOf<string | null>();
    expectTypeOf(data.successful).toEqualTypeOf<boolean>();
    expectTypeOf(data.log_id).toEqualTypeOf<string | undefined>();
    expectTypeOf(data.session_info).toEqualTypeOf<unknown>();
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
  });

  it("executes a tool and a meta tool in a session, and reads the response", async () => {
    const base = "/api/v3/tool_router/session/{session_id}";
    const path = { session_id: "trs_1" };
    await client.post(`${base}/execute`, { path, body: { tool_slug: "X" } });
    const { data } = await client.post(`${base}/execute`, {
      path,
      body: { tool_slug: "X", arguments: { a: 1 }, account: "work" },
    });
    const slug: MetaToolSlug = "COMPOSIO_SEARCH_TOOLS";
    const meta: SessionExecuteMetaRequest = { slug, arguments: {} };
    await client.post(`${base}/execute_meta`, { path, body: { slug } });
    const metaResult = await client.post(`${base}/execute_meta`, { path, body: meta });
    expectTypeOf(data).toEqualTypeOf<SessionExecuteResponse>();
    expectTypeOf(metaResult.data).toEqualTypeOf<SessionExecuteResponse>();
    for (const response of [data, metaResult.data]) {
      if ("input_requests" in response) continue;
      if ("result_type" in response && response.result_type === "blocked") continue;
      expectTypeOf(response.data).toEqualTypeOf<JsonObject>();
      expectTypeOf(response.error).toEqualTypeOf<string | null>();
      expectTypeOf(response.log_id).toEqualTypeOf<string>();
    }
  });

  it("proxies with the least and with every field, and reads the response", async () => {
    const path = "/api/v3/tool_router/session/{session_id}/proxy_execute";
    const session = { session_id: "trs_1" };
    await client.post(path, {
      path: session,
      body: { toolkit_slug: "gmail", endpoint: "/e", method: "GET" },
    });
    const full: SessionProxyExecuteRequest = {
      toolkit_slug: "gmail",
      endpoint: "/e",
      method: "POST",
      body: { any: ["json"] },
      binary_body: { base64: "SGk=", content_type: "text/plain" },
      parameters: [{ name: "alt", value: "json", type: "header" }],
      custom_connection_data: connection,
    };
    const fromUrl: SessionProxyExecuteRequest["binary_body"] = {
      url: "https://x",
      content_type: "a/b",
    };
    const { data } = await client.post(path, {
      path: session,
      body: { ...full, binary_body: fromUrl },
    });
    expectTypeOf(data).toEqualTypeOf<SessionProxyExecuteResponse>();
    if ("input_requests" in data) return;
    expectTypeOf(data.status).toEqualTypeOf<number>();
    expectTypeOf(data.data).toEqualTypeOf<unknown>();
    expectTypeOf(data.headers).toEqualTypeOf<{ [key: string]: string } | undefined>();
    const binary = data.binary_data;
    if (binary) {
      expectTypeOf(binary.url).toEqualTypeOf<string>();
      expectTypeOf(binary.content_type).toEqualTypeOf<string>();
      expectTypeOf(binary.size).toEqualTypeOf<number>();
      expectTypeOf(binary.expires_at).toEqualTypeOf<string | undefined>();
    }
  });
});

describe("@composio-client/core, the public/internal line", () => {
  type Public = typeof import("@composio-client/core");
  type Internal = typeof import("@composio-client/core/internal");

  it("keeps the wrappers' plumbing out of the public entry, in ./internal", () => {
    expectTypeOf<Public>().not.toHaveProperty("createComposioRequester");
    expectTypeOf<Public>().not.toHaveProperty("resolveRequester");
    expectTypeOf<Public>().not.toHaveProperty("assertNonEmptyString");
    expectTypeOf<Public>().not.toHaveProperty("assertPathSegment");
    expectTypeOf<Internal>().toHaveProperty("createComposioRequester");
    expectTypeOf<Internal>().toHaveProperty("resolveRequester");
    expectTypeOf<Internal>().toHaveProperty("assertOptionalCustomConnectionData");
  });

  it("exports the error for a response past maxResponseBytes", () => {
    expectTypeOf<Public>().toHaveProperty("ResponseTooLargeError");
  });
});

describe("@composio-client/core, reading tool definitions", () => {
  it("lists tools a page at a time and gets one, reading what typegen reads", async () => {
    const { data: page } = await client.get("/api/v3/tools", {
      query: { toolkit_slug: "github", tool_slugs: "A,B", limit: 50, cursor: "c", tags: ["t"] },
    });
    expectTypeOf(page.next_cursor).toEqualTypeOf<string | null | undefined>();
    const [tool] = page.items;
    if (tool) {
      expectTypeOf(tool.slug).toEqualTypeOf<string>();
      expectTypeOf(tool.version).toEqualTypeOf<string>();
      expectTypeOf(tool.toolkit.slug).toEqualTypeOf<string>();
      expectTypeOf(tool.input_parameters).toEqualTypeOf<JsonObject>();
      expectTypeOf(tool.output_parameters).toEqualTypeOf<JsonObject>();
    }
    const { data: one } = await client.get("/api/v3/tools/{tool_slug}", {
      path: { tool_slug: "GITHUB_CREATE_AN_ISSUE" },
      query: { version: "20250909_00" },
    });
    expectTypeOf(one.description).toEqualTypeOf<string>();
  });
});

describe("@composio-client/typegen", () => {
  it("renders the generated files from definitions and compares them later", () => {
    const { tools, skipped } = readToolDefinitions({ items: [] });
    expectTypeOf(tools).toEqualTypeOf<ToolDefinition[]>();
    expectTypeOf(skipped).toEqualTypeOf<string[]>();
    const files = renderFiles(tools, { source: "tools.json", versionsFormat: "js" });
    expectTypeOf(files.declarations).toEqualTypeOf<string>();
    const changes = compareTools(JSON.parse(files.schemas), tools);
    expectTypeOf(changes).toEqualTypeOf<ToolChange[]>();
    expectTypeOf(changes[0]?.kind).toEqualTypeOf<"breaking" | "additive" | "docs" | undefined>();
  });
});
