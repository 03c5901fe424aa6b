import { inspect } from "node:util";
import { sendJson } from "@composio-client/mock-servers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ComposioApiError, ComposioConfigError, ComposioError, type Logger } from "../src/index";
import {
  clientOf,
  closedPort,
  EXECUTE,
  newClient,
  onPath,
  PATHS,
  rejectionOf,
  serve,
  stubClock,
} from "./helpers";

const KEY = "sk_live_7f3c9a2b4d5e6f708192a3b4c5d6e7f8";
const init = { path: { tool_slug: "GMAIL_SEND_EMAIL" }, body: { arguments: { to: "a@b.c" } } };
const ok = { data: {}, error: null, successful: true };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each(PATHS)("%s", (_path, middleware) => {
  onPath(middleware);

  describe("redirects", () => {
    it.each([301, 302, 307, 308])(
      "refuses a %i to another origin: nothing reaches it",
      async (status) => {
        const elsewhere = await serve((_request, res) => sendJson(res, 200, ok));
        const server = await serve((_request, res) => {
          res.writeHead(status, { location: `${elsewhere.url}/collect` });
          res.end();
        });
        const error = await rejectionOf(clientOf(server, { apiKey: KEY }).post(EXECUTE, init));
        expect(error).toBeInstanceOf(ComposioApiError);
        expect(error).toMatchObject({ status, mayHaveExecuted: false });
        expect((error as Error).message).toContain(
          `redirect to ${elsewhere.url}/collect not followed`,
        );
        expect(elsewhere.requests).toHaveLength(0);
        expect(server.requests).toHaveLength(1);
      },
    );

    it("is not retried", async () => {
      stubClock();
      const server = await serve((_request, res) => {
        res.writeHead(307, { location: "/api/v3/tools/execute/OTHER" });
        res.end();
      });
      await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(server.requests).toHaveLength(1);
    });
  });

  describe("credentials go only to the configured origin", () => {
    it("strips the key from a request that middleware sends elsewhere", async () => {
      const elsewhere = await serve((_request, res) => sendJson(res, 200, ok));
      const server = await serve((_request, res) => sendJson(res, 200, ok));
      const client = clientOf(server, { apiKey: KEY });
      client.use({
        onRequest: ({ request }) => new Request(`${elsewhere.url}/api/v3/tools/execute/X`, request),
      });
      await client.post(EXECUTE, init);
      expect(elsewhere.requests).toHaveLength(1);
      expect(elsewhere.requests[0]?.headers["x-api-key"]).toBeUndefined();
      expect(JSON.stringify(elsewhere.requests[0]?.headers)).not.toContain(KEY);
    });

    it("keeps it for the configured origin, under a path prefix too", async () => {
      const server = await serve((_request, res) => sendJson(res, 200, ok));
      await clientOf({ url: `${server.url}/composio/` }, { apiKey: KEY }).post(EXECUTE, init);
      expect(server.requests[0]?.url).toBe("/composio/api/v3/tools/execute/GMAIL_SEND_EMAIL");
      expect(server.requests[0]?.headers["x-api-key"]).toBe(KEY);
    });
  });

  describe("plain http and browsers", () => {
    it("refuses http:// to a host other than loopback unless allowInsecureHttp", () => {
      expect(() => newClient({ apiKey: KEY, baseUrl: "http://api.example.com" })).toThrow(
        /unencrypted.*allowInsecureHttp/,
      );
      const warnings: string[] = [];
      const logger = quietLogger({ warn: (message) => warnings.push(message) });
      expect(
        newClient({
          apiKey: KEY,
          baseUrl: "http://api.example.com",
          allowInsecureHttp: true,
          logger,
        }).baseUrl,
      ).toBe("http://api.example.com");
      expect(warnings.join()).toContain("unencrypted to api.example.com");
    });

    it.each([
      "http://localhost:8080",
      "http://127.0.0.1",
      "http://127.8.9.1:1",
      "http://[::1]:3000",
      "http://app.localhost",
    ])("allows loopback %s", (baseUrl) => {
      expect(() => newClient({ apiKey: KEY, baseUrl })).not.toThrow();
    });

    it("refuses to start in a browser unless dangerouslyAllowBrowser", () => {
      vi.stubGlobal("window", {});
      vi.stubGlobal("document", {});
      vi.stubGlobal("navigator", {});
      expect(() => newClient({ apiKey: KEY })).toThrow(/dangerouslyAllowBrowser/);
      expect(() => newClient({ apiKey: KEY, dangerouslyAllowBrowser: true })).not.toThrow();
    });

    it("refuses a key with surrounding whitespace, which fetch would silently strip", () => {
      expect(() => newClient({ apiKey: ` ${KEY} ` })).toThrow(ComposioConfigError);
    });
  });

  describe("the key never leaks", () => {
    function expectNoKey(value: unknown): void {
      for (const text of [
        inspect(value, { depth: null, showHidden: true }),
        JSON.stringify(value) ?? "",
        String(value),
        value instanceof Error ? (value.stack ?? "") : "",
      ]) {
        expect(text).not.toContain(KEY);
        expect(text).not.toContain(KEY.slice(8, 24));
      }
    }

    it("from the client", () => {
      const client = newClient({ apiKey: KEY, headers: { "x-team": "a" } });
      expectNoKey(client);
      expectNoKey(client.raw);
      expect(inspect(client)).toBe('ComposioClient { baseUrl: "https://backend.composio.dev" }');
      expect(JSON.parse(JSON.stringify(client))).toEqual({
        baseUrl: "https://backend.composio.dev",
      });
    });

    it("from every kind of error", async () => {
      stubClock();
      const errors: unknown[] = [];
      const collect = (promise: Promise<unknown>) =>
        rejectionOf(promise).then((e) => errors.push(e));
      const apiError = await serve((_request, res) =>
        sendJson(res, 401, {
          error: { message: "Invalid API key", code: 10401, slug: "Auth", status: 401 },
        }),
      );
      const hang = await serve(() => {});
      const html = await serve((_request, res) => {
        res.writeHead(500, { "content-type": "text/html" });
        res.end("<html>oops</html>");
      });
      const controller = new AbortController();
      const aborting = await serve(() => controller.abort());
      await collect(clientOf(apiError, { apiKey: KEY }).post(EXECUTE, init));
      await collect(clientOf(hang, { apiKey: KEY, timeout: 50 }).post(EXECUTE, init));
      await collect(clientOf(html, { apiKey: KEY }).post(EXECUTE, init));
      await collect(
        clientOf(aborting, { apiKey: KEY }).post(EXECUTE, init, { signal: controller.signal }),
      );
      await collect(
        clientOf({ url: `http://127.0.0.1:${await closedPort()}` }, { apiKey: KEY }).post(
          EXECUTE,
          init,
        ),
      );
      await collect(
        clientOf(html, { apiKey: KEY }).post(EXECUTE, { ...init, path: { tool_slug: ".." } }),
      );
      await collect(Promise.resolve().then(() => newClient({ apiKey: `${KEY}\n` })));
      await collect(Promise.resolve().then(() => newClient({ apiKey: `${KEY}é€` })));
      expect(errors.map((e) => (e as Error).name)).toEqual([
        "AuthenticationError",
        "ComposioTimeoutError",
        "InternalServerError",
        "ComposioAbortError",
        "ComposioConnectionError",
        "ComposioValidationError",
        "ComposioConfigError",
        "ComposioConfigError",
      ]);
      for (const error of errors) {
        expect(error).toBeInstanceOf(ComposioError);
        expectNoKey(error);
      }
    });

    it("from debug logs, which redact credentials and proxy parameter values", async () => {
      const server = await serve((_request, res) =>
        sendJson(res, 200, ok, { "x-request-id": "req_7" }),
      );
      const lines: unknown[][] = [];
      const logger = quietLogger({ debug: (...args) => lines.push(args) });
      const client = clientOf(server, { apiKey: KEY, logger, logLevel: "debug" });
      await client.post("/api/v3/tool_router/session/{session_id}/proxy_execute", {
        path: { session_id: "trs_1" },
        body: {
          toolkit_slug: "gmail",
          endpoint: "/gmail/v1/users/me/messages",
          method: "GET",
          parameters: [
            { name: "Authorization", value: "Bearer ya29.secret-token", type: "header" },
          ],
          custom_connection_data: {
            authScheme: "OAUTH2",
            toolkitSlug: "gmail",
            val: { access_token: "gho_secret" },
          },
        },
      });
      const logged = JSON.stringify(lines);
      expect(logged).not.toContain(KEY);
      expect(logged).not.toContain("ya29.secret-token");
      expect(logged).not.toContain("gho_secret");
      expect(logged).toContain('"x-api-key":"[redacted]"');
      expect(logged).toContain('"name":"Authorization","value":"[redacted]"');
    });
  });

  function quietLogger(overrides: Partial<Logger>): Logger {
    const ignore = () => {};
    return { error: ignore, warn: ignore, info: ignore, debug: ignore, ...overrides };
  }
});
