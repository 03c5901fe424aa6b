// What an error of the request path says about its call: the operation, the tool slug and the
// attempts made, in its properties and message, and how util.inspect (console.log) shows it.
import { inspect } from "node:util";
import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import {
  ComposioAbortError,
  type ComposioApiError,
  ComposioConnectionError,
  ComposioTimeoutError,
  RateLimitError,
} from "../src/index";
import {
  clientOf,
  closedPort,
  EXECUTE,
  newClient,
  onPath,
  PATHS,
  rejectionOf,
  SESSION_EXECUTE,
  serve,
  stubClock,
} from "./helpers";

const init = { path: { tool_slug: "GMAIL_SEND_EMAIL" }, body: { arguments: { to: "a@b.c" } } };
const OPERATION = "POST /api/v3/tools/execute/{tool_slug}";
const rateLimited = {
  error: { message: "Rate limit exceeded", code: 10429, slug: "RateLimit_Exceeded", status: 429 },
};

describe.each(PATHS)("%s", (_path, middleware) => {
  onPath(middleware);

  describe("errors name the call and the attempts made", () => {
    it("a 429 after every retry: operation, slug and attempts, in the message too", async () => {
      stubClock();
      const server = await serve((_req, res) => sendJson(res, 429, rateLimited));
      const error = await rejectionOf(clientOf(server, { maxRetries: 2 }).post(EXECUTE, init));
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({
        operation: OPERATION,
        toolSlug: "GMAIL_SEND_EMAIL",
        attempts: 3,
        message: `${OPERATION} GMAIL_SEND_EMAIL after 3 attempts: 429 RateLimit_Exceeded: Rate limit exceeded`,
      });
      expect(server.requests).toHaveLength(3);
    });

    it("one attempt is not counted in the message", async () => {
      const server = await serve((_req, res) => sendJson(res, 404, { error: { message: "No" } }));
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(error).toMatchObject({
        attempts: 1,
        message: `${OPERATION} GMAIL_SEND_EMAIL: 404 No`,
      });
    });

    it("the stack starts with the same message, once", async () => {
      const server = await serve((_req, res) => sendJson(res, 404, { error: { message: "No" } }));
      const error = (await rejectionOf(clientOf(server).post(EXECUTE, init))) as Error;
      expect(error.stack?.split("\n")[0]).toBe(`NotFoundError: ${error.message}`);
    });

    it("a call without a tool_slug path parameter takes the slug from the body", async () => {
      const server = await serve((_req, res) => sendJson(res, 403, { error: { message: "No" } }));
      const error = await rejectionOf(
        clientOf(server).post(SESSION_EXECUTE, {
          path: { session_id: "trs_1" },
          body: { tool_slug: "GITHUB_STAR_A_REPO" },
        }),
      );
      expect(error).toMatchObject({
        operation: `POST ${SESSION_EXECUTE}`,
        toolSlug: "GITHUB_STAR_A_REPO",
        message: expect.stringMatching(/^POST \S+\/execute GITHUB_STAR_A_REPO: 403/),
      });
    });

    it("a refused connection after every retry", async () => {
      stubClock();
      const client = newClient({
        apiKey: "k",
        baseUrl: `http://127.0.0.1:${await closedPort()}`,
        maxRetries: 2,
      });
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({
        operation: OPERATION,
        toolSlug: "GMAIL_SEND_EMAIL",
        attempts: 3,
      });
      expect((error as Error).message).toMatch(
        /^POST \S+ GMAIL_SEND_EMAIL after 3 attempts: Could not connect .*ECONNREFUSED/,
      );
    });

    it("a timeout on each of two attempts", async () => {
      stubClock();
      const server = await serve(() => {
        // Never answers.
      });
      const client = clientOf(server, {
        timeout: 100,
        maxRetries: 1,
        allowDuplicateExecution: true,
      });
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioTimeoutError);
      expect(error).toMatchObject({ operation: OPERATION, attempts: 2 });
      expect((error as Error).message).toMatch(
        /^POST \S+ GMAIL_SEND_EMAIL after 2 attempts: Request timed out after 100 ms/,
      );
    });

    it("an abort before sending: no attempt", async () => {
      const server = await serve((_req, res) => sendJson(res, 200, {}));
      const signal = AbortSignal.abort();
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init, { signal }));
      expect(error).toBeInstanceOf(ComposioAbortError);
      expect(error).toMatchObject({
        operation: OPERATION,
        toolSlug: "GMAIL_SEND_EMAIL",
        attempts: 0,
        message: `${OPERATION} GMAIL_SEND_EMAIL: Request aborted before it was sent.`,
      });
      expect(server.requests).toHaveLength(0);
    });

    it("an abort in the backoff after a 429", async () => {
      const controller = new AbortController();
      const server = await serve((_req, res) => {
        controller.abort();
        sendJson(res, 429, rateLimited, { "retry-after-ms": "0" });
      });
      const error = await rejectionOf(
        clientOf(server).post(EXECUTE, init, { signal: controller.signal }),
      );
      expect(error).toBeInstanceOf(ComposioAbortError);
      expect(error).toMatchObject({ operation: OPERATION, attempts: 1 });
    });

    it("an error that already names a call (a fetch built on another client) keeps it", async () => {
      const inner = await rejectionOf(
        newClient({
          apiKey: "k",
          baseUrl: `http://127.0.0.1:${await closedPort()}`,
          maxRetries: 0,
        }).post(SESSION_EXECUTE, { path: { session_id: "trs_1" }, body: { tool_slug: "INNER" } }),
      );
      const message = (inner as Error).message;
      const outer = newClient({
        apiKey: "k",
        baseUrl: "https://api.example.test",
        maxRetries: 0,
        fetch: () => Promise.reject(inner),
      });
      const error = await rejectionOf(outer.post(EXECUTE, init));
      expect(error).toBe(inner);
      expect(error).toMatchObject({ toolSlug: "INNER", message });
    });
  });
});

describe("util.inspect of an error", () => {
  it("shows the stack, then every field with headers as a plain record", async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 429, rateLimited, { "x-request-id": "req_7f3a" }),
    );
    const error = await rejectionOf(clientOf(server, { maxRetries: 0 }).post(EXECUTE, init));
    expect((error as ComposioApiError).headers).toBeInstanceOf(Headers);
    const shown = inspect(error);
    expect(shown).toMatch(
      /^RateLimitError: POST \S+ GMAIL_SEND_EMAIL: 429 RateLimit_Exceeded: Rate limit exceeded\n {4}at /,
    );
    for (const field of [
      "status: 429",
      "code: 10429",
      "slug: 'RateLimit_Exceeded'",
      "requestId: 'req_7f3a'",
      "mayHaveExecuted: false",
      `operation: '${OPERATION}'`,
      "toolSlug: 'GMAIL_SEND_EMAIL'",
      "attempts: 1",
      "'x-request-id': 'req_7f3a'",
    ]) {
      expect(shown).toContain(field);
    }
    expect(shown).toMatch(/headers: \{\n/);
    expect(shown).not.toContain("Headers {");
  });

  it("shows a connection error's mayHaveExecuted and cause", async () => {
    const client = clientOf({ url: `http://127.0.0.1:${await closedPort()}` }, { maxRetries: 0 });
    const shown = inspect(await rejectionOf(client.post(EXECUTE, init)));
    expect(shown).toMatch(/^ComposioConnectionError: POST /);
    expect(shown).toContain("mayHaveExecuted: false");
    expect(shown).toContain("cause: TypeError: fetch failed");
  });

  it("needs no node:util: the runtime passes its own inspect to the registered symbol", async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 429, rateLimited, { "x-request-id": "req_7f3a" }),
    );
    const error = await rejectionOf(clientOf(server, { maxRetries: 0 }).post(EXECUTE, init));
    const custom = (error as Record<symbol, (...args: unknown[]) => string>)[
      Symbol.for("nodejs.util.inspect.custom")
    ];
    const shown = custom?.call(error, 2, {}, (value: unknown) => JSON.stringify(value));
    expect(shown).toContain('"headers":{');
    expect(shown).toContain('"x-request-id":"req_7f3a"');
    expect(shown).toContain('"mayHaveExecuted":false');
  });
});
