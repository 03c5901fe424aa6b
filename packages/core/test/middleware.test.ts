import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import type { Middleware } from "../src/index";
import { clientOf, EXECUTE, serve } from "./helpers";

const ok = { data: {}, error: null, successful: true };
const init = { path: { tool_slug: "X" }, body: {} };

describe("middleware and the raw client", () => {
  it("runs openapi-fetch middleware on every request until ejected", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const client = clientOf(server);
    const seen: number[] = [];
    const tag: Middleware = {
      onRequest({ request }) {
        request.headers.set("x-tag", "tagged");
      },
      onResponse({ response }) {
        seen.push(response.status);
      },
    };
    client.use(tag);
    await client.post(EXECUTE, init);
    client.eject(tag);
    await client.post(EXECUTE, init);
    expect(server.requests.map((r) => r.headers["x-tag"])).toEqual(["tagged", undefined]);
    expect(seen).toEqual([200]);
  });

  it("exposes the typed openapi-fetch client with the same base URL and credentials", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const { data, error, response } = await clientOf(server).raw.POST(
      "/api/v3/tools/execute/{tool_slug}",
      { params: { path: { tool_slug: "GMAIL_SEND" } }, body: { arguments: {} } },
    );
    expect(error).toBeUndefined();
    expect(data?.successful).toBe(true);
    expect(response.status).toBe(200);
    expect(server.requests[0]?.headers["x-api-key"]).toBe("test_key_123");
  });
});
