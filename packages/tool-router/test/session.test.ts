import { inspect } from "node:util";
import { sendJson, startHttpServer } from "@composio-client/mock-servers";
import { META_TOOL_SLUGS as META_TOOL_SLUGS_IN_SPEC } from "@composio-client/spec/values";
import { afterEach, describe, expect, it } from "vitest";
import {
  ComposioValidationError,
  createToolRouterClient,
  type MetaToolSlug,
  PermissionDeniedError,
  type ProxyExecuteParams,
  type ToolRouterSession,
  unlistedMetaSlug,
} from "../src/index";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const executeReply = { result_type: "completed", data: { id: 7 }, error: null, log_id: "log_1" };

// Every meta slug of the spec, read from it: a slug the spec adds is covered without an edit.
const META_TOOL_SLUGS = META_TOOL_SLUGS_IN_SPEC as MetaToolSlug[];

async function sessionAgainst(reply: unknown = executeReply, status = 200) {
  const server = await startHttpServer((_req, res) =>
    sendJson(res, status, reply, { "x-request-id": "req_42" }),
  );
  servers.push(server);
  const router = createToolRouterClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
  return {
    router,
    session: router.session("trs_1"),
    sent: () => server.requests,
    body: (index = 0) => JSON.parse(server.requests[index]?.body ?? "null"),
  };
}

describe("router.session", () => {
  it("binds the id, percent-encoded into the path", async () => {
    const { router, sent } = await sessionAgainst();
    const session = router.session("trs/1 ?");
    expect(session.id).toBe("trs/1 ?");
    await session.execute("X");
    expect(sent()[0]?.url).toBe("/api/v3/tool_router/session/trs%2F1%20%3F/execute");
  });

  it.each(["", ".", ".."])("refuses the session id %j at once", async (id) => {
    const { router } = await sessionAgainst();
    expect(() => router.session(id)).toThrow(ComposioValidationError);
  });
});

describe("session.execute", () => {
  it("sends tool_slug, arguments and account, and maps the result", async () => {
    const { session, body } = await sessionAgainst();
    const result = await session.execute("GITHUB_CREATE_AN_ISSUE", {
      arguments: { title: "Bug", per_page: 1 },
      account: "work-github",
    });
    expect(body()).toEqual({
      tool_slug: "GITHUB_CREATE_AN_ISSUE",
      arguments: { title: "Bug", per_page: 1 },
      account: "work-github",
    });
    expect(result).toEqual({
      resultType: "completed",
      successful: true,
      data: { id: 7 },
      error: null,
      logId: "log_1",
      requestId: "req_42",
    });
  });

  it("leaves out what was not given", async () => {
    const { session, body } = await sessionAgainst();
    await session.execute("X");
    expect(body()).toEqual({ tool_slug: "X" });
  });

  it("sends enableAutoWorkbenchOffload as enable_auto_workbench_offload", async () => {
    const { session, body } = await sessionAgainst();
    await session.execute("X", { arguments: {}, enableAutoWorkbenchOffload: false });
    expect(body()).toEqual({ tool_slug: "X", arguments: {}, enable_auto_workbench_offload: false });
  });

  it.each([
    ["enableAutoWorkbenchOffload", { enableAutoWorkbenchOffload: "false" }],
    ["inputResponses", { inputResponses: "yes" }],
    ["requestState", { requestState: 7 }],
    ["account", { account: 1 }],
  ])("refuses a wrong type of %s before sending", async (name, params) => {
    const { session, sent } = await sessionAgainst();
    const error = await session.execute("X", params as never).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(error.message).toContain(`params.${name}`);
    expect(sent()).toHaveLength(0);
  });

  it("keeps the params out of the request options", async () => {
    const { session, sent } = await sessionAgainst();
    await session.execute(
      "X",
      { account: "a", requestState: "s" },
      { headers: { "x-trace": "1" } },
    );
    expect(sent()[0]?.headers["x-trace"]).toBe("1");
    expect(Object.keys(sent()[0]?.headers ?? {})).not.toContain("account");
  });

  it("returns null data as {} and keeps the tool's error", async () => {
    const { session } = await sessionAgainst({
      data: null,
      error: "Rate limited upstream",
      log_id: "l",
    });
    expect(await session.execute("X")).toMatchObject({
      resultType: "failed",
      data: {},
      error: "Rate limited upstream",
    });
  });

  it("throws API errors as typed errors", async () => {
    const { session } = await sessionAgainst(
      { error: { message: "Toolkit not allowed", code: 10403, slug: "Forbidden", status: 403 } },
      403,
    );
    await expect(session.execute("X")).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

const pause = {
  result_type: "input_required",
  input_requests: {
    approval_1: {
      type: "elicitation",
      mode: "form",
      message: "Send the email?",
      requested_schema: {
        type: "object",
        properties: { decision: { type: "string", enum: ["approve", "reject"] } },
        required: ["decision"],
        "x-extra": [1, { deep: null }],
      },
    },
  },
  request_state: "rs_opaque/+=",
};
const charge = { amount: "0.000000000001", currency: "USD", charged_by: "composio" };

// Every shape a session tool call may come back in, from the newer and the older server.
const variants: [string, unknown, Record<string, unknown>][] = [
  [
    "completed",
    {
      result_type: "completed",
      data: { id: 1 },
      error: null,
      log_id: "l1",
      instant_charge: charge,
    },
    {
      resultType: "completed",
      successful: true,
      data: { id: 1 },
      error: null,
      logId: "l1",
      instantCharge: { amount: "0.000000000001", currency: "USD", chargedBy: "composio" },
    },
  ],
  [
    "failed",
    { result_type: "failed", data: {}, error: "Recipient rejected", log_id: "l2" },
    { resultType: "failed", successful: false, data: {}, error: "Recipient rejected", logId: "l2" },
  ],
  [
    "failed with null data",
    { result_type: "failed", data: null, error: null, log_id: "l3" },
    { resultType: "failed", successful: false, data: {}, error: "no reason given", logId: "l3" },
  ],
  [
    "input_required",
    pause,
    {
      resultType: "inputRequired",
      successful: false,
      inputRequests: {
        approval_1: {
          type: "elicitation",
          mode: "form",
          message: "Send the email?",
          requestedSchema: pause.input_requests.approval_1.requested_schema,
        },
      },
      requestState: "rs_opaque/+=",
    },
  ],
  [
    "the older shape, succeeded",
    { data: { id: 2 }, error: null, log_id: "l4" },
    { resultType: "completed", successful: true, data: { id: 2 }, error: null, logId: "l4" },
  ],
  [
    "the older shape, failed",
    { data: {}, error: "Boom", log_id: "l5" },
    { resultType: "failed", successful: false, data: {}, error: "Boom", logId: "l5" },
  ],
  [
    "blocked by a session hook, with its reason and hook results untouched",
    {
      result_type: "blocked",
      data: {},
      error: "Blocked by policy: external email needs approval.",
      block_reason: { hook: "before_execute", policy: ["external-email", { level: 2 }] },
      hook_results: [{ hook: "before_execute", decision: "block" }],
      log_id: "l7",
    },
    {
      resultType: "blocked",
      successful: false,
      error: "Blocked by policy: external email needs approval.",
      blockReason: { hook: "before_execute", policy: ["external-email", { level: 2 }] },
      hookResults: [{ hook: "before_execute", decision: "block" }],
      logId: "l7",
    },
  ],
  [
    "blocked with no message, no reason and no log",
    { result_type: "blocked", data: {}, error: null },
    {
      resultType: "blocked",
      successful: false,
      error: "blocked by a session hook",
      blockReason: undefined,
    },
  ],
  [
    "completed, with the hooks' results kept",
    { result_type: "completed", data: {}, error: null, log_id: "l8", hook_results: "any JSON" },
    {
      resultType: "completed",
      successful: true,
      data: {},
      error: null,
      logId: "l8",
      hookResults: "any JSON",
    },
  ],
  [
    "a result_type this client does not know",
    { result_type: "queued", data: { id: 3 }, error: null, log_id: "l6" },
    {
      resultType: "unknown",
      successful: false,
      serverResultType: "queued",
      body: { result_type: "queued", data: { id: 3 }, error: null, log_id: "l6" },
    },
  ],
  [
    "a body with neither result_type nor error",
    { data: { id: 4 } },
    {
      resultType: "unknown",
      successful: false,
      serverResultType: undefined,
      body: { data: { id: 4 } },
    },
  ],
];

describe.each([
  [
    "session.execute",
    (s: ToolRouterSession) => s.execute("GMAIL_SEND_EMAIL", { arguments: { to: "a@b.c" } }),
  ],
  ["session.executeMeta", (s: ToolRouterSession) => s.executeMeta("COMPOSIO_MULTI_EXECUTE_TOOL")],
])("%s reads every result variant", (_name, call) => {
  it.each(variants)("%s", async (_what, reply, expected) => {
    const { session } = await sessionAgainst(reply);
    const result = await call(session);
    expect({ ...result, respond: undefined }).toEqual({
      ...expected,
      requestId: "req_42",
      respond: undefined,
    });
    // Only a completed result reads as success.
    expect(result.resultType === "completed").toBe(expected.resultType === "completed");
  });
});

describe("records keyed by the server's data", () => {
  it("keeps __proto__, constructor and toString as own input-request ids, never a prototype", async () => {
    const question = {
      type: "elicitation",
      mode: "form",
      message: "?",
      requested_schema: { type: "object" },
    };
    // Written as text: a JS object literal's "__proto__" would set the prototype instead.
    const reply = `{"result_type":"input_required","input_requests":{"__proto__":${JSON.stringify(question)},"constructor":${JSON.stringify(question)},"toString":${JSON.stringify(question)}}}`;
    const server = await startHttpServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(reply);
    });
    servers.push(server);
    const router = createToolRouterClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
    const result = await router.session("trs_1").execute("X");
    if (result.resultType !== "inputRequired") throw new Error(result.resultType);
    const requests = result.inputRequests;
    expect(Object.getPrototypeOf(requests)).toBe(Object.prototype);
    expect(Object.keys(requests)).toEqual(["__proto__", "constructor", "toString"]);
    for (const id of Object.keys(requests)) {
      expect(Object.hasOwn(requests, id)).toBe(true);
      expect(Object.getOwnPropertyDescriptor(requests, id)?.value.message).toBe("?");
    }
  });
});

describe("answering a pause", () => {
  async function pausedThenCompleted() {
    const replies = [
      pause,
      { result_type: "completed", data: { sent: true }, error: null, log_id: "l" },
    ];
    const server = await startHttpServer((_req, res) =>
      sendJson(res, 200, replies.shift() ?? pause, { "x-request-id": "req_42" }),
    );
    servers.push(server);
    const router = createToolRouterClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
    return { session: router.session("trs_1"), server };
  }
  const answers = {
    approval_1: { action: "accept" as const, content: { decision: "approve", n: 1.5 } },
  };

  it("respond() sends the same call with input_responses and request_state exactly as given", async () => {
    const { session, server } = await pausedThenCompleted();
    const first = await session.execute("GMAIL_SEND_EMAIL", {
      arguments: { to: "a@b.c" },
      account: "work",
    });
    if (first.resultType !== "inputRequired")
      throw new Error(`expected a pause, got ${first.resultType}`);
    const second = await first.respond(answers);
    expect(second).toMatchObject({ resultType: "completed", data: { sent: true } });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body).toBe(
      JSON.stringify({
        tool_slug: "GMAIL_SEND_EMAIL",
        arguments: { to: "a@b.c" },
        account: "work",
        input_responses: answers,
        request_state: "rs_opaque/+=",
      }),
    );
  });

  it("respond() answers a meta tool's pause on execute_meta", async () => {
    const { session, server } = await pausedThenCompleted();
    const first = await session.executeMeta("COMPOSIO_MULTI_EXECUTE_TOOL", {
      arguments: { tools: [] },
    });
    if (first.resultType !== "inputRequired")
      throw new Error(`expected a pause, got ${first.resultType}`);
    await first.respond(answers, { headers: { "x-trace": "2" } });
    expect(server.requests[1]?.url).toBe("/api/v3/tool_router/session/trs_1/execute_meta");
    expect(server.requests[1]?.headers["x-trace"]).toBe("2");
    expect(JSON.parse(server.requests[1]?.body ?? "")).toEqual({
      slug: "COMPOSIO_MULTI_EXECUTE_TOOL",
      arguments: { tools: [] },
      input_responses: answers,
      request_state: "rs_opaque/+=",
    });
  });

  it("takes inputResponses and requestState in the params, byte for byte", async () => {
    const { session, body } = await sessionAgainst();
    const inputResponses = {
      "id/with spaces": { action: "decline" as const },
      ü: { action: "cancel" as const },
    };
    await session.execute("X", {
      arguments: { a: 1 },
      inputResponses,
      requestState: "  keep\u0000 me  ",
    });
    expect(body()).toEqual({
      tool_slug: "X",
      arguments: { a: 1 },
      input_responses: inputResponses,
      request_state: "  keep\u0000 me  ",
    });
  });

  it("leaves request_state out when the pause had none", async () => {
    const { request_state: _, ...stateless } = pause;
    const { session, body } = await sessionAgainst(stateless);
    const first = await session.execute("X");
    if (first.resultType !== "inputRequired") throw new Error("expected a pause");
    expect("requestState" in first).toBe(false);
    await first.respond(answers);
    expect(body(1)).toEqual({ tool_slug: "X", input_responses: answers });
  });
});

describe("session.executeMeta", () => {
  it("sends the meta tool slug and arguments", async () => {
    const { session, sent, body } = await sessionAgainst();
    await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
      arguments: { queries: [{ use_case: "send email" }] },
    });
    expect(sent()[0]?.url).toBe("/api/v3/tool_router/session/trs_1/execute_meta");
    expect(body()).toEqual({
      slug: "COMPOSIO_SEARCH_TOOLS",
      arguments: { queries: [{ use_case: "send email" }] },
    });
  });

  it.each(META_TOOL_SLUGS)("sends the listed slug %s", async (slug) => {
    const { session, body } = await sessionAgainst();
    await session.executeMeta(slug);
    expect(body()).toEqual({ slug });
  });

  it("sends a slug this package does not list, through unlistedMetaSlug", async () => {
    const { session, body } = await sessionAgainst();
    await session.executeMeta(unlistedMetaSlug("COMPOSIO_GET_RECIPE"), {
      arguments: { recipe_id: "r" },
    });
    expect(body()).toEqual({ slug: "COMPOSIO_GET_RECIPE", arguments: { recipe_id: "r" } });
  });

  it("sends an unlisted slug from plain JavaScript too: the server decides", async () => {
    const { session, body } = await sessionAgainst();
    await session.executeMeta("COMPOSIO_UPSERT_RECIPE" as MetaToolSlug);
    expect(body()).toEqual({ slug: "COMPOSIO_UPSERT_RECIPE" });
  });

  it.each([[""], [7], [undefined]])("refuses the slug %j before sending", async (slug) => {
    const { session, sent } = await sessionAgainst();
    const error = await session.executeMeta(slug as MetaToolSlug).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(sent()).toHaveLength(0);
  });
});

describe("session.proxyExecute", () => {
  const proxyReply = {
    status: 201,
    data: { id: "file_1" },
    binary_data: {
      url: "https://cdn.example/f",
      content_type: "image/png",
      size: 3,
      expires_at: "2026-12-01T00:00:00Z",
    },
    headers: { "content-type": "application/json" },
  };

  it("turns query and headers into parameters, as strings, after raw parameters", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "GET",
      parameters: [{ name: "fields", value: "id", type: "query" }],
      query: { maxResults: 10, includeSpam: false },
      headers: { "x-goog-user": "me" },
    });
    expect(body()).toEqual({
      toolkit_slug: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "GET",
      parameters: [
        { name: "fields", value: "id", type: "query" },
        { name: "maxResults", value: "10", type: "query" },
        { name: "includeSpam", value: "false", type: "query" },
        { name: "x-goog-user", value: "me", type: "header" },
      ],
    });
  });

  it("sends a JSON body unchanged and maps the result to camelCase", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    const payload = { raw_message: { To: "a@b.c" }, labelIds: ["INBOX"] };
    const result = await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/gmail/v1/users/me/messages/send",
      method: "POST",
      body: payload,
      contentType: "application/json",
      customConnectionData: {
        authScheme: "OAUTH2",
        toolkitSlug: "gmail",
        val: { access_token: "t" },
      },
    });
    expect(body()).toEqual({
      toolkit_slug: "gmail",
      endpoint: "/gmail/v1/users/me/messages/send",
      method: "POST",
      body: payload,
      parameters: [{ name: "Content-Type", value: "application/json", type: "header" }],
      custom_connection_data: {
        authScheme: "OAUTH2",
        toolkitSlug: "gmail",
        val: { access_token: "t" },
      },
    });
    expect(result).toEqual({
      resultType: "completed",
      status: 201,
      data: { id: "file_1" },
      binaryData: {
        url: "https://cdn.example/f",
        contentType: "image/png",
        size: 3,
        expiresAt: "2026-12-01T00:00:00Z",
      },
      headers: { "content-type": "application/json" },
      requestId: "req_42",
    });
  });

  it.each([
    ["a Uint8Array", new Uint8Array([104, 105, 33])],
    ["an ArrayBuffer", new Uint8Array([104, 105, 33]).buffer],
    ["a Blob", new Blob([new Uint8Array([104, 105, 33])], { type: "text/plain" })],
  ])("sends %s as base64 with its content type", async (_what, bytes) => {
    const { session, body } = await sessionAgainst(proxyReply);
    await session.proxyExecute({
      toolkit: "googledrive",
      endpoint: "/upload/drive/v3/files",
      method: "POST",
      binaryBody: bytes,
      ...(bytes instanceof Blob ? {} : { contentType: "text/plain" }),
    });
    expect(body().binary_body).toEqual({ base64: "aGkh", content_type: "text/plain" });
  });

  it("sends a large binary body intact", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    const bytes = new Uint8Array(300_000).map((_, i) => i % 256);
    await session.proxyExecute({ toolkit: "t", endpoint: "/u", method: "PUT", binaryBody: bytes });
    // Compared through Node's own encoder: a deep equal of 300,000 elements is needlessly slow.
    expect(body().binary_body.base64).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("passes URL and base64 binary bodies through", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    await session.proxyExecute({
      toolkit: "t",
      endpoint: "/u",
      method: "POST",
      binaryBody: { url: "https://files.example/a.pdf", contentType: "application/pdf" },
    });
    await session.proxyExecute({
      toolkit: "t",
      endpoint: "/u",
      method: "POST",
      binaryBody: { base64: "aGkh" },
    });
    expect(body(0).binary_body).toEqual({
      url: "https://files.example/a.pdf",
      content_type: "application/pdf",
    });
    expect(body(1).binary_body).toEqual({ base64: "aGkh" });
  });

  it("keeps a missing binary_data absent and headers present", async () => {
    const { session } = await sessionAgainst({ status: 204, data: null });
    const result = await session.proxyExecute({ toolkit: "t", endpoint: "/u", method: "DELETE" });
    expect(result).toEqual({
      resultType: "completed",
      status: 204,
      data: null,
      headers: {},
      requestId: "req_42",
    });
    expect("binaryData" in result).toBe(false);
  });

  it("reads the newer completed shape, and a pause, which is never an upstream answer", async () => {
    const { session } = await sessionAgainst({ ...proxyReply, result_type: "completed" });
    expect(
      await session.proxyExecute({ toolkit: "t", endpoint: "/u", method: "GET" }),
    ).toMatchObject({ resultType: "completed", status: 201 });
    const paused = await sessionAgainst(pause);
    const result = await paused.session.proxyExecute({
      toolkit: "t",
      endpoint: "/u",
      method: "GET",
    });
    expect(result).toEqual({
      resultType: "inputRequired",
      successful: false,
      inputRequests: {
        approval_1: expect.objectContaining({ message: "Send the email?", type: "elicitation" }),
      },
      requestState: "rs_opaque/+=",
      requestId: "req_42",
    });
    expect("respond" in result).toBe(false);
  });

  it.each([
    ["an unknown result_type", { result_type: "deferred", status: 200 }],
    ["a completed result without a status", { result_type: "completed", data: {} }],
    ["an older result without a status", { data: { ok: true } }],
  ])("reads %s as unknown, keeping the body", async (_what, reply) => {
    const { session } = await sessionAgainst(reply);
    const result = await session.proxyExecute({ toolkit: "t", endpoint: "/u", method: "GET" });
    expect(result).toEqual({
      resultType: "unknown",
      successful: false,
      serverResultType: (reply as { result_type?: string }).result_type,
      body: reply,
      requestId: "req_42",
    });
  });

  const bad: [string, unknown][] = [
    ["a body on GET", { toolkit: "t", endpoint: "/u", method: "GET", body: { a: 1 } }],
    [
      "a binary body on HEAD",
      { toolkit: "t", endpoint: "/u", method: "HEAD", binaryBody: new Uint8Array(1) },
    ],
    [
      "body and binaryBody together",
      { toolkit: "t", endpoint: "/u", method: "POST", body: {}, binaryBody: { base64: "aA==" } },
    ],
    ["a method that is not a string", { toolkit: "t", endpoint: "/u", method: 1 }],
    ["an empty toolkit", { toolkit: "", endpoint: "/u", method: "GET" }],
    ["a missing endpoint", { toolkit: "t", method: "GET" }],
    [
      "an empty binary body",
      { toolkit: "t", endpoint: "/u", method: "POST", binaryBody: new Uint8Array(0) },
    ],
    [
      "a relative binary URL",
      { toolkit: "t", endpoint: "/u", method: "POST", binaryBody: { url: "/a.pdf" } },
    ],
    [
      "a query value that is an object",
      { toolkit: "t", endpoint: "/u", method: "GET", query: { a: {} } },
    ],
    [
      "a raw parameter without a type",
      {
        toolkit: "t",
        endpoint: "/u",
        method: "GET",
        parameters: [{ name: "a", value: "1" }],
      },
    ],
  ];
  it.each(bad)("refuses %s before sending", async (_what, params) => {
    const { session, sent } = await sessionAgainst(proxyReply);
    const error = await session.proxyExecute(params as ProxyExecuteParams).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(sent()).toHaveLength(0);
  });

  // Never stricter than the server: values the spec does not list (yet) are the server's to refuse.
  it("sends a method and a parameter type the spec does not list, for the server to answer", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    await session.proxyExecute({
      toolkit: "t",
      endpoint: "/u",
      method: "OPTIONS",
      parameters: [{ name: "a", value: "1", type: "cookie" }],
    } as unknown as ProxyExecuteParams);
    expect(body()).toEqual({
      toolkit_slug: "t",
      endpoint: "/u",
      method: "OPTIONS",
      parameters: [{ name: "a", value: "1", type: "cookie" }],
    });
  });
});

describe("mistakes a user makes in plain JavaScript are refused, never dropped", () => {
  it.each([
    ["session.execute", (s: ToolRouterSession) => s.execute("X", { owner: "o" } as never)],
    [
      "session.executeMeta",
      (s: ToolRouterSession) => s.executeMeta("COMPOSIO_SEARCH_TOOLS", { queries: [] } as never),
    ],
    [
      "session.proxyExecute",
      (s: ToolRouterSession) =>
        s.proxyExecute({ toolkit: "t", endpoint: "/e", method: "GET", qurey: {} } as never),
    ],
  ])("%s refuses a key it does not take, and names it", async (_name, call) => {
    const { session, sent } = await sessionAgainst();
    const error = await call(session).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(error.message).toMatch(/params has no option "(owner|queries|qurey)"/);
    expect(sent()).toHaveLength(0);
  });

  it("says where a tool's own arguments go, naming the key that was misplaced", async () => {
    const { session } = await sessionAgainst();
    const error = await session.execute("X", { title: "t", repo: "r" } as never).catch((e) => e);
    expect(error.message).toContain(
      "A tool's own arguments go inside `arguments`: session.execute(slug, { arguments: { title: ... } }).",
    );
    expect(error.path).toBe("params.title");
    const meta = await session
      .executeMeta("COMPOSIO_SEARCH_TOOLS", { "use-case": "x" } as never)
      .catch((e) => e);
    expect(meta.message).toContain('session.executeMeta(slug, { arguments: { "use-case": ... } })');
  });

  it("refuses the old call shape, request options where params go, with nothing sent", async () => {
    const { session, sent } = await sessionAgainst();
    const error = await session.execute("X", {}, { account: "a" } as never).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(error.message).toContain('options has no option "account"');
    expect(sent()).toHaveLength(0);
  });

  it("refuses a contentType on GET, which the types refuse too, instead of dropping it", async () => {
    const { session, sent } = await sessionAgainst();
    const error = await session
      .proxyExecute({ toolkit: "t", endpoint: "/e", method: "GET", contentType: "a/b" } as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(error.path).toBe("params.contentType");
    expect(sent()).toHaveLength(0);
  });

  it("sends a contentType given without a body as the header it is", async () => {
    const { session, body } = await sessionAgainst({ status: 204, data: null, headers: {} });
    await session.proxyExecute({
      toolkit: "t",
      endpoint: "/e",
      method: "POST",
      contentType: "a/b",
    });
    expect(body().parameters).toEqual([{ name: "Content-Type", value: "a/b", type: "header" }]);
  });

  it("refuses a body on a method known only at run time, as generic code forwards it", async () => {
    const { session, sent } = await sessionAgainst();
    const method = ["GET", "POST"][0] as "GET" | "POST";
    const error = await session
      .proxyExecute({ toolkit: "t", endpoint: "/e", method, body: { a: 1 } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(error.message).toContain("A GET request has no body");
    expect(sent()).toHaveLength(0);
  });
});

describe("safety through the wrapper", () => {
  it("never shows the key when the router or a session is inspected or serialized", () => {
    const key = "sk_live_router_0123456789abcdef";
    const router = createToolRouterClient({ apiKey: key });
    const session = router.session("trs_1");
    for (const value of [router, session]) {
      expect(inspect(value, { depth: null, showHidden: true })).not.toContain(key);
      expect(JSON.stringify(value)).not.toContain(key);
    }
  });

  it("refuses a lone surrogate in the session id before sending", () => {
    const router = createToolRouterClient({ apiKey: "k" });
    expect(() => router.session("trs_\ud800")).toThrow(ComposioValidationError);
  });
});
