// A server that echoes the key back, in every place an error or a log line takes text from:
// the key never comes out, on either set-up (with and without middleware).
import type { ServerResponse } from "node:http";
import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import type { ComposioApiError } from "../src/index";
import { clientOf, EXECUTE, onPath, PATHS, rejectionOf, serve, stubClock } from "./helpers";

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
