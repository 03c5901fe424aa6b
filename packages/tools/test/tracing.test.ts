// tools.execute's spans, recorded by OpenTelemetry's real SDK, on the testing package's mock: the
// span core records, annotated with what the wrapper reads of the result (see core's
// test/tracing.test.ts for the attempts and each way a call can fail).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createComposioClient, createToolsClient, ToolExecutionError } from "../src/index";
import { createMockComposio, toolFailed } from "./mock";
import { childrenOf, exportedSpans, inParentSpan, spanNamed, tracer, useTracing } from "./otel";

const KEY = "mock_key_3f9a1c";
useTracing({ beforeAll, afterEach, afterAll }, KEY);

const SLUG = "GITHUB_CREATE_AN_ISSUE";
const SPAN = `execute_tool ${SLUG}`;
const args = { owner: "composiohq", repo: "composio", title: "Bug" };

function setup(options: { traceToolPayloads?: boolean; throwOnToolError?: boolean } = {}) {
  const mock = createMockComposio({ apiKeys: [KEY] });
  const tools = createToolsClient({ apiKey: KEY, fetch: mock.fetch, tracer, ...options });
  return { mock, tools };
}

describe("tools.execute", () => {
  it("a completed call: its span names the tool, and records the result's log and request ids", async () => {
    const { mock, tools } = setup();
    mock.onTool(SLUG, () => ({ html_url: "https://github.com/composiohq/composio/issues/1" }));
    const result = await inParentSpan("agent step", () =>
      tools.execute(SLUG, { arguments: args }, { toolCallId: "call_1" }),
    );
    const call = spanNamed(SPAN);
    expect(call).toMatchObject({ kind: "INTERNAL", parentSpanId: spanNamed("agent step").spanId });
    expect(call.attributes).toEqual({
      "composio.operation": "tools.execute",
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": SLUG,
      "gen_ai.tool.call.id": "call_1",
      "composio.attempts": 1,
      "composio.request_id": result.requestId,
      "composio.result_type": "completed",
      "composio.log_id": result.logId,
    });
    expect(childrenOf(call).map((span) => span.name)).toEqual(["POST"]);
    // The id is for traces only.
    expect(JSON.stringify(mock.calls.last())).not.toContain("call_1");
  });

  it("a tool that ran and failed: tool_error, whether the call resolves or throws", async () => {
    const { mock, tools } = setup();
    mock.onTool(SLUG, () => toolFailed("Repository not found"));
    await tools.execute(SLUG, { arguments: args });
    await expect(
      tools.execute(SLUG, { arguments: args }, { throwOnToolError: true }),
    ).rejects.toBeInstanceOf(ToolExecutionError);
    const spans = exportedSpans().filter((span) => span.name === SPAN);
    expect(spans).toHaveLength(2);
    for (const span of spans) {
      expect(span.attributes).toMatchObject({
        "composio.result_type": "failed",
        "error.type": "tool_error",
      });
      // The tool's message is its output: only with traceToolPayloads.
      expect(span.status).toEqual({ code: "ERROR" });
    }
  });

  it("a 429 retried: one call span, two attempts", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, "rate-limit", { slug: SLUG });
    await tools.execute(SLUG, { arguments: args, userId: "u1" }, { maxRetries: 1 });
    const call = spanNamed(SPAN);
    expect(call.attributes["composio.attempts"]).toBe(2);
    expect(childrenOf(call).map((span) => span.attributes["http.response.status_code"])).toEqual([
      429, 200,
    ]);
  });

  it("traceToolPayloads: the arguments (or the text) and the tool's output", async () => {
    const { mock, tools } = setup({ traceToolPayloads: true });
    mock.onTool(SLUG, () => ({ number: 1 }));
    await tools.execute(SLUG, { arguments: args });
    await tools.execute(SLUG, { text: "Open an issue titled Bug" });
    const [withArguments, withText] = exportedSpans().filter((span) => span.name === SPAN);
    expect(withArguments?.attributes).toMatchObject({
      "gen_ai.tool.call.arguments": JSON.stringify(args),
      "gen_ai.tool.call.result": JSON.stringify({ number: 1 }),
    });
    expect(withText?.attributes["gen_ai.tool.call.arguments"]).toBe(
      JSON.stringify({ text: "Open an issue titled Bug" }),
    );
  });

  it("through a shared core client, traced by its tracer", async () => {
    const mock = createMockComposio({ apiKeys: [KEY] });
    const client = createComposioClient({ apiKey: KEY, fetch: mock.fetch, tracer });
    await createToolsClient({ client }).execute(SLUG, { arguments: args });
    expect(spanNamed(SPAN).attributes["composio.result_type"]).toBe("completed");
  });
});
