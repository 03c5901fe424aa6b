import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import { ComposioValidationError } from "../src/index";
import { clientOf, EXECUTE, rejectionOf, SESSION_EXECUTE, serve } from "./helpers";

const ok = { data: { id: 1 }, error: null, successful: true, log_id: "log_1" };

describe("post: what goes on the wire", () => {
  it("sends the JSON body, credentials and default headers, and parses the reply", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok, { "x-request-id": "req_1" }));
    const client = clientOf(server, { headers: { "x-team": "agents" } });
    const result = await client.post(EXECUTE, {
      path: { tool_slug: "GITHUB_CREATE_AN_ISSUE" },
      body: { user_id: "u1", arguments: { title: "Bug" } },
    });
    expect(result.data).toEqual(ok);
    expect(result.requestId).toBe("req_1");
    expect(result.response.status).toBe(200);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/api/v3/tools/execute/GITHUB_CREATE_AN_ISSUE");
    expect(request?.headers).toMatchObject({
      "x-api-key": "test_key_123",
      "content-type": "application/json",
      accept: "application/json",
      "x-team": "agents",
    });
    expect(JSON.parse(request?.body ?? "")).toEqual({ user_id: "u1", arguments: { title: "Bug" } });
  });

  it("adds per-call headers and the operation's header parameters", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    await clientOf(server).post(
      EXECUTE,
      { path: { tool_slug: "X" }, header: { "x-llm-gateway-headers": '{"a":"b"}' }, body: {} },
      { headers: { "x-trace": "t1" } },
    );
    expect(server.requests[0]?.headers).toMatchObject({
      "x-llm-gateway-headers": '{"a":"b"}',
      "x-trace": "t1",
    });
  });

  it("percent-encodes path parameters so they stay one segment", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    await clientOf(server).post(SESSION_EXECUTE, {
      path: { session_id: "a/b?c#d %" },
      body: { tool_slug: "X" },
    });
    expect(server.requests[0]?.url).toBe("/api/v3/tool_router/session/a%2Fb%3Fc%23d%20%25/execute");
  });

  it.each([
    ["empty", ""],
    ["a single dot", "."],
    ["a double dot", ".."],
    ["a number", 42],
    ["undefined", undefined],
  ])("rejects a path parameter that is %s before sending", async (_what, value) => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    const error = await rejectionOf(
      clientOf(server).post(SESSION_EXECUTE, {
        path: { session_id: value as string },
        body: { tool_slug: "X" },
      }),
    );
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect((error as ComposioValidationError).path).toBe("session_id");
    expect(server.requests).toHaveLength(0);
  });

  it("rejects a body that is not JSON-serializable before sending", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    const error = await rejectionOf(
      clientOf(server).post(EXECUTE, {
        path: { tool_slug: "X" },
        body: { arguments: { big: 10n } },
      }),
    );
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("rejects per-call headers that cannot be sent, and per-call options out of range", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    const client = clientOf(server);
    const init = { path: { tool_slug: "X" }, body: {} };
    for (const options of [
      { headers: { "x-a": "1\r\n2" } },
      { headers: { "bad header": "1" } },
      { timeout: -5 },
      { maxRetries: 0.5 },
    ]) {
      expect(await rejectionOf(client.post(EXECUTE, init, options))).toBeInstanceOf(
        ComposioValidationError,
      );
    }
    expect(server.requests).toHaveLength(0);
  });

  it("passes user payload keys through unchanged, __proto__ included", async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"data":${JSON.parse(req.body).arguments.echo},"error":null,"successful":true}`);
    });
    const args = JSON.parse(
      '{"echo":"{\\"__proto__\\":{\\"polluted\\":true},\\"camelCase\\":1,\\"snake_case\\":2}"}',
    );
    const { data } = await clientOf(server).post(EXECUTE, {
      path: { tool_slug: "X" },
      body: { arguments: args },
    });
    expect(JSON.parse(server.requests[0]?.body ?? "").arguments).toEqual(args);
    expect(Object.keys(data.data)).toEqual(["__proto__", "camelCase", "snake_case"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
