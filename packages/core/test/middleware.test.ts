import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import type { Middleware } from "../src/index";
import { clientOf, EXECUTE, rebuildRequest, serve } from "./helpers";

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

  it("raw calls run each middleware once, and get the same guarded fetch", async () => {
    const elsewhere = await serve((_request, res) => sendJson(res, 200, ok));
    const server = await serve((_request, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/stolen` }).end();
    });
    const client = clientOf(server);
    let runs = 0;
    client.use(rebuildRequest, {
      onRequest() {
        runs++;
      },
    });
    const { response } = await client.raw.POST("/api/v3/tools/execute/{tool_slug}", {
      params: { path: { tool_slug: "X" } },
      body: {},
    });
    expect(runs).toBe(1);
    // The rebuilt Request asked to follow redirects; the guarded fetch did not.
    expect(response.status).toBe(307);
    expect(elsewhere.requests).toHaveLength(0);

    // Pointed at another origin by middleware, a raw call goes without the key.
    client.use({
      onRequest({ request }) {
        return new Request(`${elsewhere.url}/other`, request);
      },
    });
    await client.raw.POST("/api/v3/tools/execute/{tool_slug}", {
      params: { path: { tool_slug: "X" } },
      body: {},
    });
    expect(elsewhere.requests[0]?.headers["x-api-key"]).toBeUndefined();
    expect(runs).toBe(2);
  });
});

describe("the lean path and the middleware path send the same request", () => {
  it("with no middleware, and with a middleware that changes nothing", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const client = clientOf(server, { headers: { "X-Team": "agents" } });
    const call = () =>
      client.post(
        EXECUTE,
        {
          path: { tool_slug: "A/B" },
          header: { "x-llm-gateway-headers": "{}" },
          body: { text: "t" },
        },
        { headers: { "x-trace": "1", "X-TEAM": "override" } },
      );
    await call();
    const noop: Middleware = { onRequest: () => undefined };
    client.use(noop);
    await call();
    const [lean, viaMiddleware] = server.requests;
    const comparable = (r: typeof lean) => {
      const { connection, host, "content-length": _length, ...headers } = r?.headers ?? {};
      return { method: r?.method, url: r?.url, body: r?.body, headers };
    };
    expect(comparable(lean)).toEqual(comparable(viaMiddleware));
    expect(lean?.headers).toMatchObject({
      "x-team": "override",
      "x-trace": "1",
      "x-api-key": "test_key_123",
    });
  });

  it("routes calls through middleware added with raw.use too, until raw.eject", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const client = clientOf(server);
    const tag: Middleware = {
      onRequest({ request }) {
        request.headers.set("x-tag", "raw");
      },
    };
    client.raw.use(tag);
    await client.post(EXECUTE, init);
    client.raw.eject(tag);
    await client.post(EXECUTE, init);
    expect(server.requests.map((r) => r.headers["x-tag"])).toEqual(["raw", undefined]);
  });

  it("refuses middleware that is not one, registering nothing", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const client = clientOf(server);
    expect(() => client.use({} as Middleware)).toThrow();
    await client.post(EXECUTE, init);
    expect(server.requests).toHaveLength(1);
  });
});

describe("middleware added while a raw call is in flight", () => {
  it("applies to the next raw call and to post alike", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const client = clientOf(server);
    const first = client.raw.POST("/api/v3/tools/execute/{tool_slug}", {
      params: { path: { tool_slug: "X" } },
      body: {},
    });
    const tag: Middleware = {
      onRequest({ request }) {
        request.headers.set("x-tag", "late");
      },
    };
    client.use(tag);
    await first;
    await client.raw.POST("/api/v3/tools/execute/{tool_slug}", {
      params: { path: { tool_slug: "X" } },
      body: {},
    });
    await client.post(EXECUTE, init);
    // The call in flight keeps the middleware it started with, as openapi-fetch's own calls do.
    expect(server.requests.map((r) => r.headers["x-tag"])).toEqual([undefined, "late", "late"]);
  });
});
