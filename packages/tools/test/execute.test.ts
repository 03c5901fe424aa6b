import { inspect } from "node:util";
import { type RecordedRequest, sendJson, startHttpServer } from "@composio-client/mock-servers";
import { afterEach, describe, expect, it } from "vitest";
import {
  ComposioValidationError,
  createComposioClient,
  createToolsClient,
  type ExecuteParams,
  NotFoundError,
  PaymentRequiredError,
  ToolExecutionError,
} from "../src/index";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const okBody = {
  data: { id: 7 },
  error: null,
  successful: true,
  log_id: "log_1",
  session_info: { session_id: "s1" },
};

async function toolsAgainst(reply: unknown = okBody, status = 200, userId?: string) {
  const server = await startHttpServer((_req, res) =>
    sendJson(res, status, reply, { "x-request-id": "req_42" }),
  );
  servers.push(server);
  const tools = createToolsClient({ apiKey: "k", baseUrl: server.url, userId, maxRetries: 0 });
  const sent = () => server.requests as RecordedRequest[];
  const body = (index = 0) => JSON.parse(sent()[index]?.body ?? "null");
  return { tools, sent, body };
}

describe("tools.execute", () => {
  it("posts camelCase params as the snake_case wire body and maps the result back", async () => {
    const { tools, sent, body } = await toolsAgainst();
    const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
      userId: "u1",
      connectedAccountId: "ca_1",
      version: "20250101_00",
      arguments: { title: "Bug" },
      customAuthParams: {
        baseUrl: "https://ghe.example.com/api/v3",
        parameters: [{ name: "x-org", in: "header", value: "acme" }],
        body: { extra: true },
      },
      customConnectionData: {
        authScheme: "BEARER_TOKEN",
        toolkitSlug: "github",
        val: { token: "t0k", extra_key: 1 },
      },
    });
    expect(sent()[0]?.url).toBe("/api/v3/tools/execute/GITHUB_CREATE_AN_ISSUE");
    expect(body()).toEqual({
      user_id: "u1",
      connected_account_id: "ca_1",
      version: "20250101_00",
      arguments: { title: "Bug" },
      custom_auth_params: {
        base_url: "https://ghe.example.com/api/v3",
        parameters: [{ name: "x-org", in: "header", value: "acme" }],
        body: { extra: true },
      },
      custom_connection_data: {
        authScheme: "BEARER_TOKEN",
        toolkitSlug: "github",
        val: { token: "t0k", extra_key: 1 },
      },
    });
    expect(result).toEqual({
      resultType: "completed",
      data: { id: 7 },
      error: null,
      successful: true,
      logId: "log_1",
      sessionInfo: { sessionId: "s1" },
      requestId: "req_42",
    });
  });

  it("sends instant_account as the connected account", async () => {
    const { tools, body } = await toolsAgainst();
    await tools.execute("GMAIL_SEND_EMAIL", { connectedAccountId: "instant_account" });
    expect(body()).toEqual({ connected_account_id: "instant_account" });
  });

  it.each([
    ["a string", "trs_1"],
    ["an array", [{ id: 1 }]],
    ["null", null],
  ])("returns session_info as it came when it is %s", async (_what, sessionInfo) => {
    const { tools } = await toolsAgainst({ ...okBody, session_info: sessionInfo });
    expect((await tools.execute("X")).sessionInfo).toEqual(sessionInfo);
  });

  it("sends natural-language text instead of arguments", async () => {
    const { tools, body } = await toolsAgainst();
    await tools.execute("GITHUB_CREATE_AN_ISSUE", { text: "open an issue titled Bug" });
    expect(body()).toEqual({ text: "open an issue titled Bug" });
  });

  it("uses the client's userId unless a call gives its own", async () => {
    const { tools, body } = await toolsAgainst(okBody, 200, "default_user");
    await tools.execute("X", { arguments: {} });
    await tools.execute("X", { userId: "other_user" });
    await tools.execute("X");
    expect([body(0).user_id, body(1).user_id, body(2).user_id]).toEqual([
      "default_user",
      "other_user",
      "default_user",
    ]);
  });

  it("maps the deprecated entityId and allowTracing, and llmGatewayHeaders to its header", async () => {
    const { tools, sent, body } = await toolsAgainst();
    await tools.execute("X", {
      entityId: "e1",
      allowTracing: true,
      llmGatewayHeaders: { "x-trace-id": "t1" },
    });
    expect(body()).toEqual({ entity_id: "e1", allow_tracing: true });
    expect(sent()[0]?.headers["x-llm-gateway-headers"]).toBe('{"x-trace-id":"t1"}');
  });

  it("passes argument keys through exactly, whatever their casing", async () => {
    const { tools, body } = await toolsAgainst();
    const args = {
      camelCase: 1,
      snake_case: 2,
      "kebab-key": 3,
      nested: { innerKey: [{ a_b: 1 }] },
    };
    await tools.execute("X", { arguments: args });
    expect(body().arguments).toEqual(args);
  });

  it("returns a tool-level failure instead of throwing it", async () => {
    const { tools } = await toolsAgainst({
      data: null,
      error: "Repository not found",
      successful: false,
    });
    const result = await tools.execute("X", { arguments: {} });
    expect(result).toMatchObject({
      resultType: "failed",
      successful: false,
      error: "Repository not found",
      data: {},
    });
  });

  it("never reads an unclear answer as success, and always gives a failure a reason", async () => {
    for (const successful of [undefined, "true", 1, null]) {
      const { tools } = await toolsAgainst({ data: {}, error: null, successful });
      expect(await tools.execute("X")).toMatchObject({
        resultType: "failed",
        successful: false,
        error: "no reason given",
      });
    }
  });

  it("camelCases sessionInfo's keys at every depth, keeping values and odd keys", async () => {
    const { tools } = await toolsAgainst({
      ...okBody,
      session_info: {
        session_id: "s1",
        tool_router: { mcp_url: "https://m", list_of_ids: [{ inner_id: 1 }] },
        _private: true,
        // An own "__proto__" key, as JSON.parse makes it.
        ...JSON.parse('{"__proto__": { "polluted": true }}'),
        value_kept: "snake_case_value",
      },
    });
    const result = await tools.execute("X");
    expect(result.sessionInfo).toEqual({
      sessionId: "s1",
      toolRouter: { mcpUrl: "https://m", listOfIds: [{ innerId: 1 }] },
      _private: true,
      ["__proto__"]: { polluted: true },
      valueKept: "snake_case_value",
    });
    expect(Object.getPrototypeOf(result.sessionInfo)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps the key out of a ToolExecutionError whose tool echoed it", async () => {
    const key = "ak_live_4f9c2e7b1d";
    const echoed = { data: { [key]: key }, error: `bad key ${key}`, successful: false };
    const server = await startHttpServer((_req, res) => sendJson(res, 200, echoed));
    servers.push(server);
    const tools = createToolsClient({ apiKey: key, baseUrl: server.url, throwOnToolError: true });
    const error = await tools.execute("X").catch((e) => e);
    expect(error).toBeInstanceOf(ToolExecutionError);
    expect(error.message).toBe("Tool X failed: bad key [redacted]");
    expect(error.result.data).toEqual({ "[redacted]": "[redacted]" });
    expect(inspect(error, { depth: 10 })).not.toContain(key);
  });

  it("throws ToolExecutionError carrying the result when asked, per call or per client", async () => {
    const failed = { data: {}, error: "Repository not found", successful: false, log_id: "log_9" };
    const { tools } = await toolsAgainst(failed);
    const error = await tools.execute("X", {}, { throwOnToolError: true }).catch((e) => e);
    expect(error).toBeInstanceOf(ToolExecutionError);
    expect(error.message).toBe("Tool X failed: Repository not found");
    expect(error.result).toMatchObject({ successful: false, logId: "log_9", requestId: "req_42" });
    // It names the call like every other error of a call.
    expect(error).toMatchObject({ operation: "tools.execute", toolSlug: "X" });

    const strict = createToolsClient({ client: tools.client, throwOnToolError: true });
    await expect(strict.execute("X")).rejects.toBeInstanceOf(ToolExecutionError);
    await expect(strict.execute("X", {}, { throwOnToolError: false })).resolves.toMatchObject({
      successful: false,
    });
  });

  it("throws API errors as typed errors", async () => {
    const { tools } = await toolsAgainst(
      { error: { message: "Tool not found", code: 10404, slug: "Tool_NotFound", status: 404 } },
      404,
    );
    await expect(tools.execute("NOPE")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("throws a 402 from an exhausted instant-account wallet as PaymentRequiredError, not run", async () => {
    const { tools, sent } = await toolsAgainst(
      {
        error: {
          message: "Wallet balance is exhausted",
          code: 10402,
          slug: "Billing",
          status: 402,
        },
      },
      402,
    );
    const error = await tools
      .execute("GMAIL_SEND_EMAIL", { connectedAccountId: "instant_account" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expect(error.mayHaveExecuted).toBe(false);
    expect(sent()).toHaveLength(1);
  });

  it("shares a core client", async () => {
    const { tools } = await toolsAgainst();
    const client = createComposioClient({ apiKey: "k", baseUrl: tools.client.baseUrl });
    expect(createToolsClient({ client }).client).toBe(client);
  });
});

describe("tools.execute rejects bad input before sending", () => {
  const cases: [string, string, unknown][] = [
    ["arguments and text together", "X", { arguments: {}, text: "do it" }],
    ["an empty slug", "", {}],
    ["a dot-dot slug", "..", {}],
    ["arguments that are not an object", "X", { arguments: [1, 2] }],
    ["text that is not a string", "X", { text: 42 }],
    ["a userId that is not a string", "X", { userId: 1 }],
    ["params that are not an object", "X", "arguments"],
    ["allowTracing that is not a boolean", "X", { allowTracing: "yes" }],
    [
      "custom connection data without an auth scheme",
      "X",
      { customConnectionData: { toolkitSlug: "g", val: {} } },
    ],
    [
      "custom connection data whose val is not an object",
      "X",
      { customConnectionData: { authScheme: "OAUTH2", toolkitSlug: "g", val: "t" } },
    ],
    [
      "custom auth parameters of the wrong shape",
      "X",
      { customAuthParams: { parameters: [{ name: "a", in: "header", value: true }] } },
    ],
    ["gateway headers that are not strings", "X", { llmGatewayHeaders: { a: 1 } }],
    // JSON escapes control characters, but not DEL or characters beyond Latin-1, which fetch
    // would refuse after the call was counted as sent.
    ["a gateway header fetch cannot send (DEL)", "X", { llmGatewayHeaders: { a: "x\x7f" } }],
    ["a gateway header beyond Latin-1", "X", { llmGatewayHeaders: { a: "caf\u0100" } }],
    ["a tool argument beside arguments (plain JS)", "X", { owner: "o", repo: "r", userId: "u" }],
    ["a misspelt parameter", "X", { arguments: {}, userID: "u" }],
    ["an unknown customAuthParams field", "X", { customAuthParams: { baseURL: "https://x" } }],
  ];
  it.each(cases)("%s", async (_what, slug, params) => {
    const { tools, sent } = await toolsAgainst();
    const error = await tools.execute(slug, params as ExecuteParams).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(sent()).toHaveLength(0);
  });

  it("says where a tool's own arguments go, instead of dropping them", async () => {
    const { tools, sent } = await toolsAgainst();
    const error = await tools
      .execute("X", { owner: "o", repo: "r", userId: "u" } as never)
      .catch((e) => e);
    expect(error.message).toContain('params has no option "owner"');
    expect(error.message).toContain(
      "A tool's own arguments go inside `arguments`: tools.execute(slug, { arguments: { owner: ... } }).",
    );
    expect(error.path).toBe("params.owner");
    expect(sent()).toHaveLength(0);
  });

  it("refuses an unknown request option and a non-boolean throwOnToolError", async () => {
    const { tools, sent } = await toolsAgainst();
    const unknown = await tools.execute("X", {}, { timeOut: 5 } as never).catch((e) => e);
    expect(unknown).toBeInstanceOf(ComposioValidationError);
    expect(unknown.message).toContain('options has no option "timeOut"');
    const notBoolean = await tools
      .execute("X", {}, { throwOnToolError: "false" } as never)
      .catch((e) => e);
    expect(notBoolean.path).toBe("options.throwOnToolError");
    expect(sent()).toHaveLength(0);
  });

  it("refuses an unknown client option and a shared client with options, naming the rule", async () => {
    expect(() => createToolsClient({ apiKey: "k", apikey: "x" } as never)).toThrow(
      'The client has no option "apikey"',
    );
    const client = createComposioClient({ apiKey: "k" });
    expect(() => createToolsClient({ client, timeout: 5 } as never)).toThrow(
      "Pass either a shared client or client options, not both",
    );
  });

  it("names the field and never echoes a credential", async () => {
    const { tools } = await toolsAgainst();
    const error = await tools
      .execute("X", {
        customConnectionData: { authScheme: "BASIC", toolkitSlug: "jira", val: "hunter2" },
      } as unknown as ExecuteParams)
      .catch((e) => e);
    expect(error.path).toBe("params.customConnectionData.val");
    expect(error.message).not.toContain("hunter2");
  });

  // Never stricter than the server: a scheme added, a credential key made optional or a new
  // parameter place is accepted by the server before this package is released again.
  it("sends an auth scheme, credential keys and a parameter place the spec does not list", async () => {
    const { tools, body } = await toolsAgainst();
    const customConnectionData = { authScheme: "MAGIC", toolkitSlug: "g", val: {}, region: "eu" };
    const parameters = [{ name: "a", in: "cookie", value: 1 }];
    await tools.execute("X", {
      customConnectionData,
      customAuthParams: { parameters },
    } as unknown as ExecuteParams);
    expect(body()).toEqual({
      custom_auth_params: { parameters },
      custom_connection_data: customConnectionData,
    });
  });
});

describe("safety through the wrapper", () => {
  it("passes per-call retry options to the core", async () => {
    const server = await startHttpServer((_req, res, index) =>
      index < 2
        ? sendJson(
            res,
            503,
            { error: { message: "busy", code: 1, slug: "Busy", status: 503 } },
            { "retry-after-ms": "0" },
          )
        : sendJson(res, 200, okBody),
    );
    servers.push(server);
    const tools = createToolsClient({ apiKey: "k", baseUrl: server.url, logLevel: "off" });
    await expect(tools.execute("X")).rejects.toMatchObject({ status: 503, mayHaveExecuted: true });
    await expect(tools.execute("X", {}, { allowDuplicateExecution: true })).resolves.toMatchObject({
      successful: true,
    });
    expect(server.requests).toHaveLength(3);
  });

  it("never shows the key when the client is inspected or serialized", () => {
    const key = "sk_live_tools_0123456789abcdef";
    const tools = createToolsClient({ apiKey: key, userId: "u" });
    expect(inspect(tools, { depth: null, showHidden: true })).not.toContain(key);
    expect(JSON.stringify(tools)).not.toContain(key);
  });
});

describe("tools.execute with pinned tool versions", () => {
  async function pinnedAgainst(toolVersions: Record<string, string>) {
    const server = await startHttpServer((_req, res) => sendJson(res, 200, okBody));
    servers.push(server);
    const tools = createToolsClient({ apiKey: "k", baseUrl: server.url, toolVersions });
    const versionOf = (index: number) => JSON.parse(server.requests[index]?.body ?? "{}").version;
    return { tools, versionOf };
  }

  it("sends the slug's pinned version by default, and an explicit version instead", async () => {
    const { tools, versionOf } = await pinnedAgainst({ GITHUB_CREATE_AN_ISSUE: "20250909_00" });
    await tools.execute("GITHUB_CREATE_AN_ISSUE", { arguments: { title: "t" } });
    await tools.execute("GITHUB_CREATE_AN_ISSUE", { text: "open an issue" });
    await tools.execute("GITHUB_CREATE_AN_ISSUE", { arguments: {}, version: "20251001_01" });
    await tools.execute("GMAIL_SEND_EMAIL", { arguments: {} });
    await tools.execute("constructor");
    expect([0, 1, 2, 3, 4].map(versionOf)).toEqual([
      "20250909_00",
      "20250909_00",
      "20251001_01",
      undefined,
      undefined,
    ]);
  });

  it("refuses versions that are not non-empty strings, before anything is sent", () => {
    expect(() => createToolsClient({ apiKey: "k", toolVersions: { A: "" } })).toThrow(
      ComposioValidationError,
    );
    expect(() =>
      createToolsClient({ apiKey: "k", toolVersions: [] as unknown as Record<string, string> }),
    ).toThrow(ComposioValidationError);
  });
});
