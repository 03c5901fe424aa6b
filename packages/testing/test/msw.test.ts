import { createToolRouterClient } from "@composio-client/tool-router";
import { ComposioConnectionError, createToolsClient } from "@composio-client/tools";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMockComposio, toolFailed } from "../src/index";
import { composioHandlers } from "../src/msw";

const mock = createMockComposio();
const server = setupServer(...composioHandlers(mock));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
beforeEach(() => mock.reset());

// The clients use the global fetch and the default base URL: MSW intercepts them.
const tools = () => createToolsClient({ apiKey: "k", userId: "u" });

describe("composioHandlers (msw/node)", () => {
  it("answers through MSW with the mock's handlers, and records the calls", async () => {
    mock.onTool("GMAIL_SEND_EMAIL", () => toolFailed("Quota exceeded"));
    await expect(tools().execute("GMAIL_SEND_EMAIL", { arguments: {} })).resolves.toMatchObject({
      successful: false,
      error: "Quota exceeded",
    });
    const session = createToolRouterClient({ apiKey: "k" }).session("trs_1");
    await expect(session.executeMeta("COMPOSIO_SEARCH_TOOLS", {})).resolves.toMatchObject({
      resultType: "completed",
    });
    expect(mock.calls.map((c) => c.operation)).toEqual(["executeTool", "executeSessionMetaTool"]);
  });

  it("validates requests and retries a 429 there too", async () => {
    mock.failNext(1, "rate-limit");
    await expect(tools().execute("T", { arguments: {} })).resolves.toMatchObject({
      successful: true,
    });
    expect(mock.calls.map((c) => c.status)).toEqual([429, 200]);
    expect(mock.executions("T")).toBe(1);
  });

  it("turns a dropped connection into MSW's network error", async () => {
    mock.failNext(1, "drop");
    await expect(tools().execute("T", { arguments: {} }, { maxRetries: 0 })).rejects.toBeInstanceOf(
      ComposioConnectionError,
    );
  });
});
