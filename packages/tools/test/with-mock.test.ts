// tools.execute against @composio-client/testing's mock: every request the wrapper sends must pass
// the spec's rules, and results, failures and errors must come back as the types promise. Exact
// wire bytes are tested against a raw server in execute.test.ts.
import { connectionDataPerScheme } from "@composio-client/spec/values";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  type CustomConnectionData,
  createToolsClient,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  RateLimitError,
  ToolExecutionError,
} from "../src/index";
import { apiError, createMockComposio, toolFailed } from "./mock";

function setup() {
  const mock = createMockComposio({ apiKeys: ["mock_project_key"] });
  const tools = createToolsClient({
    apiKey: "mock_project_key",
    fetch: mock.fetch,
    userId: "u1",
    maxRetries: 1,
  });
  return { mock, tools };
}

// One valid connection per auth scheme of the spec, read from it: a scheme the spec adds is
// covered without an edit.
const connectionData = connectionDataPerScheme() as CustomConnectionData[];

describe("tools.execute sends what the spec accepts", () => {
  it("with every optional field set", async () => {
    const { mock, tools } = setup();
    await tools.execute("GITHUB_CREATE_AN_ISSUE", {
      text: "Open an issue titled Bug",
      connectedAccountId: "instant_account",
      version: "20250909_00",
      entityId: "legacy_entity",
      allowTracing: null,
      llmGatewayHeaders: { "x-trace-id": "trace_1" },
      customAuthParams: {
        baseUrl: "https://ghe.example.com/api/v3",
        parameters: [{ name: "per_page", in: "query", value: 50 }],
        body: { draft: true },
      },
    });
    expect(mock.calls.last()).toMatchObject({ status: 200, validationErrors: [] });
    expect(mock.calls.last()?.headers["x-llm-gateway-headers"]).toBe('{"x-trace-id":"trace_1"}');
  });

  it.each(connectionData)("with custom connection data for $authScheme", async (data) => {
    const { mock, tools } = setup();
    await tools.execute("X", { arguments: {}, customConnectionData: data });
    expect(mock.calls.last()?.validationErrors).toEqual([]);
  });
});

describe("tools.execute reads the mock's answers", () => {
  it("a handler's data, with the user id and account it ran for", async () => {
    const { mock, tools } = setup();
    mock.onTool("GITHUB_CREATE_AN_ISSUE", (args, ctx) => ({
      ...args,
      user: ctx.userId,
      account: ctx.account,
    }));
    const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
      arguments: { title: "Bug" },
      connectedAccountId: "ca_1",
    });
    expect(result).toMatchObject({
      successful: true,
      data: { title: "Bug", user: "u1", account: "ca_1" },
    });
    expect(result.requestId).toMatch(/^req_mock_/);
  });

  it("a failed tool, returned or thrown with throwOnToolError", async () => {
    const { mock, tools } = setup();
    mock.onTool("GMAIL_SEND_EMAIL", () => toolFailed("Mailbox full", { retry: false }));
    await expect(tools.execute("GMAIL_SEND_EMAIL", { arguments: {} })).resolves.toMatchObject({
      successful: false,
      error: "Mailbox full",
      data: { retry: false },
    });
    const thrown = await tools
      .execute("GMAIL_SEND_EMAIL", { arguments: {} }, { throwOnToolError: true })
      .catch((e) => e);
    expect(thrown).toBeInstanceOf(ToolExecutionError);
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(2);
  });

  it.each([
    [400, BadRequestError],
    [402, PaymentRequiredError],
    [404, NotFoundError],
    [503, InternalServerError],
  ] as const)("an error envelope with status %s as its typed error", async (status, type) => {
    const { mock, tools } = setup();
    mock.onTool("X", () => {
      throw apiError(status, { slug: "Mock_Chosen", code: 12345 });
    });
    const error = await tools.execute("X", { arguments: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ status, slug: "Mock_Chosen", code: 12345 });
  });

  it("a 429 retried once, then the same 429 given up on, the tool never run", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, "rate-limit");
    await expect(tools.execute("X", { arguments: {} })).resolves.toMatchObject({
      successful: true,
    });
    mock.failNext(2, "rate-limit");
    await expect(tools.execute("X", { arguments: {} })).rejects.toBeInstanceOf(RateLimitError);
    expect(mock.calls.map((c) => c.status)).toEqual([429, 200, 429, 429]);
    expect(mock.executions("X")).toBe(1);
  });
});
