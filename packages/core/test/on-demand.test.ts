// The code only errors, retries and debug logging need (src/internal/rare.ts) is loaded with
// import() on first use: calls that succeed never load it, and one that fails loads it once.
import { sendJson } from "@composio-client/mock-servers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { closedPort, EXECUTE, rejectionOf, serve } from "./helpers";

const init = { path: { tool_slug: "X" }, body: {} };
const ok = { data: {}, error: null, successful: true };
const loads = { count: 0 };

// A fresh module graph, so that the module starts not yet loaded; its loads are counted.
function freshModules() {
  vi.resetModules();
  loads.count = 0;
  vi.doMock("../src/internal/rare", async (importOriginal) => {
    loads.count++;
    return importOriginal();
  });
}
beforeEach(freshModules);

async function clientOf(server: { url: string }) {
  const { createComposioClient } = await import("../src/index");
  return createComposioClient({ apiKey: "test_key_123", baseUrl: server.url, logLevel: "off" });
}

describe("the code of the rare paths", () => {
  it("is not loaded by calls that succeed", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    const client = await clientOf(server);
    for (let i = 0; i < 3; i++) await client.post(EXECUTE, init);
    expect(loads.count).toBe(0);
  });

  it("is loaded once by an error response, and reads it", async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 404, { error: { message: "no such tool", slug: "Tool_NotFound" } }),
    );
    const client = await clientOf(server);
    const { NotFoundError } = await import("../src/index");
    for (let i = 0; i < 2; i++) {
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toBe(
        "POST /api/v3/tools/execute/{tool_slug} X: 404 Tool_NotFound: no such tool",
      );
    }
    expect(loads.count).toBe(1);
  });

  it("is loaded by a refused connection, to tell that it was not sent", async () => {
    const { clock } = await import("../src/internal/clock");
    const sleep = vi.spyOn(clock, "sleep").mockResolvedValue();
    const url = `http://127.0.0.1:${await closedPort()}`;
    const { ComposioConnectionError } = await import("../src/index");
    const error = await rejectionOf((await clientOf({ url })).post(EXECUTE, init));
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect(error).toMatchObject({ mayHaveExecuted: false });
    expect(sleep).toHaveBeenCalledTimes(2);
    expect(loads.count).toBe(1);
  });

  it("reads a Retry-After with it once an error response loaded it", async () => {
    const { clock } = await import("../src/internal/clock");
    const sleep = vi.spyOn(clock, "sleep").mockResolvedValue();
    const server = await serve((_req, res, index) =>
      index === 0 ? sendJson(res, 429, {}, { "retry-after-ms": "7" }) : sendJson(res, 200, ok),
    );
    await (await clientOf(server)).post(EXECUTE, init);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([7]);
    expect(loads.count).toBe(1);
  });

  it("is loaded by debug logging, before the first request", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    const debug = vi.fn();
    const { createComposioClient } = await import("../src/index");
    const client = createComposioClient({
      apiKey: "test_key_123",
      baseUrl: server.url,
      logger: { debug },
      logLevel: "debug",
    });
    await client.post(EXECUTE, init);
    expect(loads.count).toBe(1);
    expect(debug.mock.calls[0]?.[1]).toMatchObject({ headers: { "x-api-key": "[redacted]" } });
  });
});
