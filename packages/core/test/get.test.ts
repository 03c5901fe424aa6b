import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import {
  ComposioValidationError,
  InternalServerError,
  NotFoundError,
  ResponseTooLargeError,
} from "../src/index";
import { clientOf, onPath, PATHS, serve, stubClock } from "./helpers";

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

describe.each(PATHS)("get, on the one request path %s", (_name, middleware) => {
  onPath(middleware);

  it("retries a timeout, a dropped connection, 408 and 409 without allowDuplicateExecution", async () => {
    const { delays } = stubClock();
    const statuses = await serve((_req, res, index) =>
      index === 0
        ? sendJson(res, 408, { error: { message: "x" } })
        : index === 1
          ? sendJson(res, 409, { error: { message: "x" } })
          : sendJson(res, 200, page),
    );
    await clientOf(statuses).get("/api/v3/tools", {});
    expect(statuses.requests).toHaveLength(3);
    const dropped = await serve((_request, res, index, req) => {
      if (index === 0) req.socket.destroy();
      else sendJson(res, 200, page);
    });
    await clientOf(dropped).get("/api/v3/tools", {});
    expect(dropped.requests).toHaveLength(2);
    // Only the first attempt hangs.
    const slow = await serve((_req, res, index) => {
      if (index > 0) sendJson(res, 200, page);
    });
    await clientOf(slow, { timeout: 1_500 }).get("/api/v3/tools", {});
    expect(slow.requests).toHaveLength(2);
    expect(delays.length).toBeGreaterThanOrEqual(4);
  });

  it("still stops on x-should-retry: false, a 4xx and maxRetries", async () => {
    stubClock();
    const server = await serve((req, res) =>
      req.url?.includes("hint")
        ? sendJson(res, 503, { error: { message: "x" } }, { "x-should-retry": "false" })
        : sendJson(res, 404, { error: { message: "x" } }),
    );
    const client = clientOf(server);
    await expect(
      client.get("/api/v3/tools", { query: { toolkit_slug: "hint" } }),
    ).rejects.toBeInstanceOf(InternalServerError);
    await expect(client.get("/api/v3/tools", {})).rejects.toBeInstanceOf(NotFoundError);
    expect(server.requests).toHaveLength(2);
    const failing = await serve((_req, res) => sendJson(res, 500, { error: { message: "x" } }));
    await expect(clientOf(failing).get("/api/v3/tools", {}, { maxRetries: 1 })).rejects.toThrow();
    expect(failing.requests).toHaveLength(2);
  });

  it("does not follow a redirect, and reads no more than maxResponseBytes", async () => {
    stubClock();
    const elsewhere = await serve((_req, res) => sendJson(res, 200, page));
    const redirecting = await serve((_req, res) => {
      res.writeHead(302, { location: `${elsewhere.url}/collect` });
      res.end();
    });
    await expect(clientOf(redirecting).get("/api/v3/tools", {})).rejects.toMatchObject({
      status: 302,
    });
    expect(elsewhere.requests).toHaveLength(0);
    const large = await serve((_req, res) =>
      sendJson(res, 200, { ...page, items: ["x".repeat(10_000)] }),
    );
    await expect(
      clientOf(large).get("/api/v3/tools", {}, { maxResponseBytes: 1_000 }),
    ).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("refuses bad query values, path parameters and options before sending anything", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, page));
    const client = clientOf(server);
    const bad = [
      () => client.get("/api/v3/tools", { query: { toolkit_slug: {} as never } }),
      () => client.get("/api/v3/tools", { query: { limit: Number.NaN } }),
      () => client.get("/api/v3/tools/{tool_slug}", { path: { tool_slug: ".." } }),
      () => client.get("/api/v3/tools", {}, { timeout: -1 }),
    ];
    for (const call of bad) await expect(call()).rejects.toBeInstanceOf(ComposioValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("logs GET with redacted headers and no body", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, page));
    const lines: { message: string; details: unknown }[] = [];
    const log = (message: string, details?: unknown) => lines.push({ message, details });
    const logger = { error: log, warn: log, info: log, debug: log };
    await clientOf(server, { logger, logLevel: "debug" }).get("/api/v3/tools", {
      query: { limit: 1 },
    });
    expect(lines[0]?.message).toBe(
      `[composio] → GET ${server.url}/api/v3/tools?limit=1 (attempt 1 of 3)`,
    );
    expect(lines[0]?.details).toEqual({
      headers: expect.objectContaining({ "x-api-key": "[redacted]" }),
    });
  });
});

describe("get: middleware", () => {
  it("sees a GET with its path and query parameters, as openapi-fetch shows them", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { slug: "A" }));
    const client = clientOf(server);
    const seen: unknown[] = [];
    client.use({
      onRequest({ request, params, schemaPath }) {
        seen.push([request.method, schemaPath, params]);
      },
    });
    await client.get("/api/v3/tools/{tool_slug}", {
      path: { tool_slug: "A" },
      query: { version: "v1" },
    });
    expect(seen).toEqual([
      ["GET", "/api/v3/tools/{tool_slug}", { path: { tool_slug: "A" }, query: { version: "v1" } }],
    ]);
  });
});
