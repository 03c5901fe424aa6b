// Session calls' spans, recorded by OpenTelemetry's real SDK, on the testing package's mock: how
// each kind of result ends its span (completed, failed, paused, blocked, unknown), and the proxy's
// spans, through proxyExecute and createProxyFetch. Core's test/tracing.test.ts covers the
// attempts and each way a call can fail.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createProxyFetch,
  createToolRouterClient,
  ProxyInputRequiredError,
  type ToolRouterSession,
} from "../src/index";
import { createMockComposio, inputRequired, toolBlocked, toolFailed } from "./mock";
import { childrenOf, exportedSpans, inParentSpan, spanNamed, tracer, useTracing } from "./otel";

const KEY = "mock_key_7d2e90";
useTracing({ beforeAll, afterEach, afterAll }, KEY);

const SLUG = "GMAIL_SEND_EMAIL";
const SPAN = `execute_tool ${SLUG}`;

function setup(traceToolPayloads = false) {
  const mock = createMockComposio({ apiKeys: [KEY] });
  const router = createToolRouterClient({
    apiKey: KEY,
    fetch: mock.fetch,
    tracer,
    traceToolPayloads,
  });
  return { mock, session: router.session("trs_4xY8") };
}

/** The spans named `name`, in the order they ended. */
const spansNamed = (name: string) => exportedSpans().filter((span) => span.name === name);

describe("session.execute and executeMeta", () => {
  it("a completed call: the session id, the result type and the log id", async () => {
    const { mock, session } = setup();
    mock.onTool(SLUG, () => ({ id: "msg_1" }));
    const result = await inParentSpan("agent step", () =>
      session.execute(SLUG, { arguments: { to: "a@b.c" } }, { toolCallId: "toolu_01" }),
    );
    if (result.resultType !== "completed") throw new Error(result.resultType);
    const call = spanNamed(SPAN);
    expect(call).toMatchObject({ kind: "INTERNAL", parentSpanId: spanNamed("agent step").spanId });
    expect(call.attributes).toEqual({
      "composio.operation": "session.execute",
      "composio.session.id": "trs_4xY8",
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": SLUG,
      "gen_ai.tool.call.id": "toolu_01",
      "composio.attempts": 1,
      "composio.request_id": result.requestId,
      "composio.result_type": "completed",
      "composio.log_id": result.logId,
    });
    expect(childrenOf(call).map((span) => span.name)).toEqual(["POST"]);
  });

  it("a meta tool: named after its slug", async () => {
    const { session } = setup();
    await session.executeMeta("COMPOSIO_SEARCH_TOOLS", { arguments: { queries: [] } });
    expect(spanNamed("execute_tool COMPOSIO_SEARCH_TOOLS").attributes).toMatchObject({
      "composio.operation": "session.executeMeta",
      "gen_ai.tool.name": "COMPOSIO_SEARCH_TOOLS",
      "composio.result_type": "completed",
    });
  });

  it("a tool that ran and failed: tool_error", async () => {
    const { mock, session } = setup();
    mock.onTool(SLUG, () => toolFailed("Mailbox full"));
    await session.execute(SLUG);
    const call = spanNamed(SPAN);
    expect(call.attributes).toMatchObject({
      "composio.result_type": "failed",
      "error.type": "tool_error",
    });
    expect(call.status).toEqual({ code: "ERROR" });
  });

  it("a pause is not an error; its answer is a span of its own, with the same tool call id", async () => {
    const { mock, session } = setup();
    mock.onTool(SLUG, (_args, ctx) =>
      ctx.inputResponses ? { id: "msg_1" } : inputRequired("Send?"),
    );
    const paused = await session.execute(SLUG, {}, { toolCallId: "toolu_02" });
    if (paused.resultType !== "inputRequired") throw new Error(paused.resultType);
    await paused.respond({ approval: { action: "accept" } });
    const [pause, answer] = spansNamed(SPAN);
    expect(pause?.attributes).toMatchObject({
      "composio.result_type": "inputRequired",
      "gen_ai.tool.call.id": "toolu_02",
    });
    expect(pause?.attributes).not.toHaveProperty("error.type");
    expect(pause?.status).toEqual({ code: "UNSET" });
    expect(answer?.attributes).toMatchObject({
      "composio.result_type": "completed",
      "gen_ai.tool.call.id": "toolu_02",
    });
  });

  it("a hook's block: blocked, with the hook's message only under traceToolPayloads", async () => {
    for (const payloads of [false, true]) {
      const { mock, session } = setup(payloads);
      mock.onTool(SLUG, () => toolBlocked("Outside business hours"));
      await session.execute(SLUG);
    }
    const [quiet, detailed] = spansNamed(SPAN);
    for (const span of [quiet, detailed]) {
      expect(span?.attributes).toMatchObject({
        "composio.result_type": "blocked",
        "error.type": "blocked",
      });
    }
    expect(quiet?.status).toEqual({ code: "ERROR" });
    expect(detailed?.status).toEqual({ code: "ERROR", message: "Outside business hours" });
  });
});

describe("proxied requests", () => {
  it("proxyExecute: named after the toolkit and method, with the upstream's status", async () => {
    const { mock, session } = setup(true);
    mock.onProxy(() => ({ status: 404, data: { message: "Not Found" } }));
    await session.proxyExecute({
      toolkit: "github",
      endpoint: "/repos/composiohq/composio/issues/99999",
      method: "GET",
      parameters: [{ name: "authorization", value: "token ghp_secret", type: "header" }],
    });
    const call = spanNamed("proxy_execute github GET");
    expect(call.attributes).toMatchObject({
      "composio.operation": "session.proxyExecute",
      "composio.session.id": "trs_4xY8",
      "composio.toolkit": "github",
      "composio.result_type": "completed",
      "composio.proxy.status_code": 404,
      "gen_ai.tool.call.result": JSON.stringify({ message: "Not Found" }),
    });
    // The upstream answered: a 404 there is its answer, not a failure of the call.
    expect(call.status).toEqual({ code: "UNSET" });
    expect(call.attributes).not.toHaveProperty("gen_ai.operation.name");
    // The request as sent, with the values of its parameters redacted, as in logs.
    expect(JSON.parse(call.attributes["gen_ai.tool.call.arguments"] as string)).toMatchObject({
      toolkit_slug: "github",
      parameters: [{ name: "authorization", value: "[redacted]", type: "header" }],
    });
    expect(JSON.stringify(exportedSpans())).not.toContain("ghp_secret");
  });

  it("createProxyFetch: a span per request; a pause rejects, and is no error of the span", async () => {
    const { mock, session } = setup();
    mock.onProxy((request) =>
      request.method === "DELETE" ? inputRequired("Delete it?") : { status: 201, data: { id: 1 } },
    );
    const fetch = createProxyFetch(session, "github", { toolCallId: "call_9" });
    const response = await fetch("https://api.github.com/repos/o/r/issues", {
      method: "POST",
      body: JSON.stringify({ title: "Bug" }),
    });
    expect(response.status).toBe(201);
    await expect(fetch("https://api.github.com/repos/o/r", { method: "DELETE" })).rejects.toThrow(
      ProxyInputRequiredError,
    );
    expect(spanNamed("proxy_execute github POST").attributes).toMatchObject({
      "composio.proxy.status_code": 201,
      "gen_ai.tool.call.id": "call_9",
    });
    const paused = spanNamed("proxy_execute github DELETE");
    expect(paused.attributes["composio.result_type"]).toBe("inputRequired");
    expect(paused.status).toEqual({ code: "UNSET" });
  });
});

it("an answer this client cannot read: unknown, not a failure", async () => {
  const fetchUnknown = async () =>
    new Response(JSON.stringify({ result_type: "queued" }), {
      headers: { "content-type": "application/json" },
    });
  const session: ToolRouterSession = createToolRouterClient({
    apiKey: KEY,
    fetch: fetchUnknown,
    tracer,
  }).session("trs_1");
  await session.execute(SLUG);
  const call = spanNamed(SPAN);
  expect(call.attributes["composio.result_type"]).toBe("unknown");
  expect(call.status).toEqual({ code: "UNSET" });
});
