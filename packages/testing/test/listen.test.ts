import { createToolRouterClient } from "@composio-client/tool-router";
import {
  AuthenticationError,
  ComposioConnectionError,
  ComposioTimeoutError,
  createToolsClient,
} from "@composio-client/tools";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockComposio, inputRequired, type MockComposio } from "../src/index";

let mock: MockComposio;
afterEach(() => mock?.close());

async function listening(options = {}) {
  mock = createMockComposio(options);
  const url = await mock.listen();
  const common = { apiKey: "k", baseUrl: url, maxRetries: 1 };
  return {
    url,
    tools: createToolsClient({ ...common, userId: "u" }),
    session: createToolRouterClient(common).session("trs_1"),
  };
}

describe("mock.listen(): the same mock over real HTTP on 127.0.0.1", () => {
  it("starts one server for concurrent calls, which close() stops", async () => {
    mock = createMockComposio();
    const [first, second] = await Promise.all([mock.listen(), mock.listen()]);
    expect(second).toBe(first);
    expect(mock.url).toBe(first);
    const answered = await fetch(`${first}/api/v3/tools`, { headers: { "x-api-key": "k" } });
    expect(answered.status).toBe(404);
    await answered.arrayBuffer();
    await mock.close();
    expect(mock.url).toBeUndefined();
    await expect(fetch(`${first}/api/v3/tools`)).rejects.toThrow();
  });

  it("serves tools, pauses and proxied calls, and records them", async () => {
    const { url, tools, session } = await listening();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.url).toBe(url);
    mock.onTool("GMAIL_SEND_EMAIL", (_args, ctx) =>
      ctx.inputResponses ? { id: "m1" } : inputRequired("Send?"),
    );
    await expect(tools.execute("GMAIL_SEND_EMAIL", { arguments: {} })).rejects.toMatchObject({
      status: 500, // tools.execute never pauses: the handler's misuse is a 500 naming it
    });
    const paused = await session.execute("GMAIL_SEND_EMAIL", { arguments: { to: "a" } });
    if (paused.resultType !== "inputRequired") throw new Error(paused.resultType);
    const done = await paused.respond({ approval: { action: "accept" } });
    expect(done).toMatchObject({ resultType: "completed", data: { id: "m1" } });
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(1);
    expect(mock.calls.tool("GMAIL_SEND_EMAIL").map((c) => c.headers["x-api-key"])).toEqual([
      "[redacted]",
      "[redacted]",
      "[redacted]",
    ]);
  });

  it("checks keys and retries a 429 over the wire", async () => {
    const { tools } = await listening({ apiKeys: ["k"] });
    mock.failNext(1, "rate-limit");
    await expect(tools.execute("T", { arguments: {} })).resolves.toMatchObject({
      successful: true,
    });
    expect(mock.calls.map((c) => c.status)).toEqual([429, 200]);
    const wrongKey = createToolsClient({ apiKey: "nope", baseUrl: mock.url });
    await expect(wrongKey.execute("T", { arguments: {} })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });

  it("drops the connection, and hangs until the client's timeout", async () => {
    const { tools } = await listening();
    let ran = () => {};
    mock.onTool("T", () => {
      ran();
      return { ok: true };
    });
    mock.failNext(1, "drop");
    const dropped = await tools.execute("T", { arguments: {} }).catch((e) => e);
    expect(dropped).toBeInstanceOf(ComposioConnectionError);
    expect(dropped.mayHaveExecuted).toBe(true);
    mock.failNext(1, "hang");
    const held = new Promise<void>((resolve) => {
      ran = resolve;
    });
    // The client's timer is faked and runs out once the mock ran the tool and holds the request:
    // a real 200 ms can pass on a loaded machine before the request even reaches the mock.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const hung = tools.execute("T", { arguments: {} }, { timeout: 200 }).catch((e) => e);
      await held;
      vi.advanceTimersByTime(200);
      expect(await hung).toBeInstanceOf(ComposioTimeoutError);
    } finally {
      vi.useRealTimers();
    }
    expect(mock.executions("T")).toBe(2);
  });

  it("stops listening on close", async () => {
    const { url } = await listening();
    await mock.close();
    expect(mock.url).toBeUndefined();
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe("mock.listen() for browser code on another origin", () => {
  it("answers the preflight without recording it, and exposes the headers clients read", async () => {
    const { url } = await listening();
    const preflight = await fetch(`${url}/api/v3/tools/execute/T`, {
      method: "OPTIONS",
      headers: {
        origin: "http://127.0.0.1:8080",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,x-api-key",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type,x-api-key");
    expect(mock.calls).toHaveLength(0);
    const response = await fetch(`${url}/api/v3/tools/execute/T`, { method: "POST" });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });
});
