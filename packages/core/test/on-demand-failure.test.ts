// When the code of the rare paths cannot be loaded (a chunk of the user's bundle that failed to
// download), errors stay typed by their status and name the call, a failed connection counts as
// one that may have run, nothing is retried (so nothing runs twice), and the debug log stays
// silent rather than show anything unredacted.
import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it, vi } from "vitest";
import {
  ComposioApiError,
  ComposioConnectionError,
  InternalServerError,
  RateLimitError,
} from "../src/index";
import { clientOf, closedPort, EXECUTE, rejectionOf, serve, stubClock } from "./helpers";

vi.mock("../src/internal/rare", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

const init = { path: { tool_slug: "X" }, body: {} };
const ok = { data: {}, error: null, successful: true };

describe("when the code of the rare paths fails to load", () => {
  it("an error response is still typed by its status, without the body's details", async () => {
    const server = await serve((_req, res) => sendJson(res, 500, { error: { message: "boom" } }));
    const error = await rejectionOf(clientOf(server, { maxRetries: 0 }).post(EXECUTE, init));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, mayHaveExecuted: true, body: undefined });
    expect((error as Error).message).toContain("failed to load");
  });

  it("a 2xx body that is not JSON is still an error that says the tool ran", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("not json");
    });
    const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
    expect(error).toBeInstanceOf(ComposioApiError);
    expect(error).toMatchObject({ status: 200, mayHaveExecuted: true });
    expect(server.requests).toHaveLength(1);
  });

  it("an error still names the call, in its fields and its message", async () => {
    const server = await serve((_req, res) => sendJson(res, 404, { error: { message: "gone" } }));
    const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
    expect(error).toMatchObject({
      operation: `POST ${EXECUTE}`,
      toolSlug: "X",
      attempts: 1,
      message: `POST ${EXECUTE} X: 404: the client's code that reads responses failed to load`,
    });
  });

  it("nothing is retried, not even a 429 or a 503 that says x-should-retry", async () => {
    const { delays } = stubClock();
    for (const [status, headers] of [
      [429, { "retry-after-ms": "7" }],
      [503, { "x-should-retry": "true" }],
    ] as const) {
      const server = await serve((_req, res, index) =>
        index === 0 ? sendJson(res, status, {}, headers) : sendJson(res, 200, ok),
      );
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(error).toBeInstanceOf(status === 429 ? RateLimitError : InternalServerError);
      expect(server.requests).toHaveLength(1);
    }
    expect(delays).toEqual([]);
  });

  it("a failed connection is taken for one that may have run: not retried", async () => {
    const { delays } = stubClock();
    const url = `http://127.0.0.1:${await closedPort()}`;
    const error = await rejectionOf(clientOf({ url }).post(EXECUTE, init));
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect(error).toMatchObject({ mayHaveExecuted: true });
    expect((error as Error).message).toContain("may have reached the server");
    expect(delays).toEqual([]);
  });

  it("the debug log stays silent rather than show anything unredacted", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    const debug = vi.fn();
    await clientOf(server, { logger: { debug }, logLevel: "debug" }).post(EXECUTE, init);
    expect(debug).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(1);
  });
});
