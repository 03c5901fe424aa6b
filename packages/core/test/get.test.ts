import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import { InternalServerError } from "../src/index";
import { clientOf, serve, stubClock } from "./helpers";

const page = { items: [], next_cursor: null, total_pages: 1, current_page: 1, total_items: 0 };

describe("get: reading tool definitions", () => {
  it("sends a GET with the query, credentials and no body, and parses the reply", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, page, { "x-request-id": "r1" }));
    const result = await clientOf(server).get("/api/v3/tools", {
      query: { toolkit_slug: "github", tags: ["a", "b"], cursor: undefined, limit: 50 },
    });
    expect(result.data).toEqual(page);
    expect(result.requestId).toBe("r1");
    const [request] = server.requests;
    expect(request?.method).toBe("GET");
    expect(request?.url).toBe("/api/v3/tools?toolkit_slug=github&tags=a&tags=b&limit=50");
    expect(request?.headers["x-api-key"]).toBe("test_key_123");
    expect(request?.headers["content-type"]).toBeUndefined();
    expect(request?.body).toBe("");
  });

  it("percent-encodes the tool slug, through openapi-fetch middleware too", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { slug: "A" }));
    const client = clientOf(server);
    await client.get("/api/v3/tools/{tool_slug}", { path: { tool_slug: "A/B" } });
    client.use({ onRequest: ({ request }) => request });
    await client.get("/api/v3/tools/{tool_slug}", {
      path: { tool_slug: "A/B" },
      query: { version: "20250909_00" },
    });
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([
      ["GET", "/api/v3/tools/A%2FB"],
      ["GET", "/api/v3/tools/A%2FB?version=20250909_00"],
    ]);
  });

  it("retries a 500 on GET, which has no side effects, where a POST would not be", async () => {
    const { delays } = stubClock();
    let calls = 0;
    const server = await serve((_req, res) =>
      ++calls < 3 ? sendJson(res, 500, { error: { message: "x" } }) : sendJson(res, 200, page),
    );
    const requester = clientOf(server);
    const result = await requester.get("/api/v3/tools", {});
    expect(result.data).toEqual(page);
    expect(server.requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    // The same failure on a POST is not retried: the tool may have run.
    calls = 0;
    const post = requester.post("/api/v3/tools/execute/{tool_slug}", {
      path: { tool_slug: "X" },
      body: {},
    });
    await expect(post).rejects.toBeInstanceOf(InternalServerError);
  });
});
