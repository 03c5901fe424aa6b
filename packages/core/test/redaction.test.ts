// A server that echoes the key back, in every place an error or a log line takes text from:
// the key never comes out, on either set-up (with and without middleware).
import type { ServerResponse } from "node:http";
import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import type { ComposioApiError } from "../src/index";
import {
  clientOf,
  EXECUTE,
  newClient,
  onPath,
  PATHS,
  rejectionOf,
  serve,
  stubClock,
} from "./helpers";

const KEY = "ck_live_Secret123";
const init = { path: { tool_slug: "GMAIL_SEND_EMAIL" }, body: { arguments: {} } };
const escaped = KEY.replace(/./g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const ECHOES: [string, (res: ServerResponse) => void][] = [
  [
    "the envelope's message, errors, fix, slug and request id",
    (res) =>
      sendJson(res, 401, {
        error: {
          message: `Invalid key ${KEY}`,
          errors: [`key=${KEY}`],
          suggested_fix: `Replace ${KEY}`,
          slug: KEY,
          request_id: KEY,
        },
      }),
  ],
  [
    "JSON escapes",
    (res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(`{"error":{"message":"key ${escaped}"},"echo":{"${escaped}":"${escaped}"}}`);
    },
  ],
  [
    "an HTML 502, its status text and content type",
    (res) => {
      res.writeHead(502, `Bad ${KEY}`, { "content-type": `text/html; key=${KEY}` });
      res.end(`<p>your key ${KEY} was refused</p>`);
    },
  ],
  [
    "a 200 that is not JSON",
    (res) => {
      res.writeHead(200, { "x-request-id": KEY }).end(`not json ${KEY}`);
    },
  ],
  [
    "a redirect's location",
    (res) => {
      res.writeHead(307, { location: `https://evil.example/?k=${KEY}` }).end(KEY);
    },
  ],
  [
    "a 429 that is retried, logged, then given up",
    (res) => sendJson(res, 429, { error: { message: `slow down ${KEY}` } }),
  ],
];

describe.each(PATHS)("%s", (_path, middleware) => {
  onPath(middleware);

  describe.each([
    ["apiKey", { apiKey: KEY }],
    ["userApiKey", { apiKey: undefined, userApiKey: KEY }],
  ])("the configured %s, echoed by the server", (_option, credentials) => {
    it.each(ECHOES)("in %s: never in the error or the logs", async (_where, answer) => {
      stubClock();
      const server = await serve((_r, res) => answer(res));
      const lines: unknown[] = [];
      const log = (...args: unknown[]) => lines.push(args);
      const logger = { error: log, warn: log, info: log, debug: log };
      const client = clientOf(server, { ...credentials, logger, logLevel: "debug" });
      const error = (await rejectionOf(client.post(EXECUTE, init))) as ComposioApiError;
      const kept = JSON.stringify([
        error.message,
        error.stack,
        error.body,
        error.errors,
        error.suggestedFix,
        error.slug,
        error.requestId,
        lines,
      ]);
      expect(server.requests[0]?.headers).toMatchObject(
        "userApiKey" in credentials ? { "x-user-api-key": KEY } : { "x-api-key": KEY },
      );
      expect(kept).not.toContain(KEY);
      expect(kept).toContain("[redacted]");
    });
  });
});

describe("which keys are searched for in the server's text", () => {
  const message = "The latest test run failed; retry the test_key_123 check.";

  it.each([
    // Too short to be a real key: ordinary words around it are left alone.
    ["a 4-character key", "test", message],
    ["a 7-character key", "test_ke", message],
    // Long enough: replaced wherever it appears whole, inside other text included.
    [
      "an 8-character key",
      "test_key",
      "The latest test run failed; retry the [redacted]_123 check.",
    ],
    [
      "a real-length key",
      "test_key_123",
      "The latest test run failed; retry the [redacted] check.",
    ],
  ])("%s", async (_what, key, expected) => {
    const server = await serve((_r, res) => sendJson(res, 400, { error: { message } }));
    const client = clientOf(server, { apiKey: key });
    const error = (await rejectionOf(client.post(EXECUTE, init))) as ComposioApiError;
    expect(error.message).toContain(`400 ${expected}`);
    expect((error.body as { error: { message: string } }).error.message).toBe(expected);
  });

  it("redacts a short key from its own headers all the same", async () => {
    const server = await serve((_r, res) => sendJson(res, 500, { error: { message: "no" } }));
    const lines: unknown[] = [];
    const logger = { debug: (...args: unknown[]) => lines.push(args) };
    const client = clientOf(server, { apiKey: "test", logger, logLevel: "debug", maxRetries: 0 });
    await rejectionOf(client.post(EXECUTE, init));
    expect(JSON.stringify(lines)).toContain('"x-api-key":"[redacted]"');
  });
});

describe("credentials in a URL the client quotes", () => {
  it("never repeat the password of a baseUrl it refuses", () => {
    let message = "";
    try {
      newClient({ apiKey: "test_key_123", baseUrl: "https://user:hunter2@exa mple.com" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/is not an absolute URL/);
    expect(message).not.toContain("hunter2");
  });
});
