import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import { InternalServerError, RateLimitError } from "../src/index";
import { clientOf, EXECUTE, rejectionOf, serve } from "./helpers";

const init = { path: { tool_slug: "GMAIL_SEND_EMAIL" }, body: { arguments: { to: "a@b.c" } } };
const ok = { data: { sent: true }, error: null, successful: true };
const failure = (status: number) => ({
  error: { message: "failure", code: 1, slug: "Failure", status },
});

describe("safe retries", () => {
  it("retries a 429 and sends the identical body each time", async () => {
    const server = await serve((_request, res, index) =>
      index < 2
        ? sendJson(res, 429, failure(429), { "retry-after-ms": "0" })
        : sendJson(res, 200, ok),
    );
    const { data } = await clientOf(server).post(EXECUTE, init);
    expect(data.data).toEqual({ sent: true });
    expect(server.requests).toHaveLength(3);
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(1);
  });

  it("gives up after maxRetries and throws the last error", async () => {
    const server = await serve((_request, res) =>
      sendJson(res, 429, failure(429), { "retry-after": "0" }),
    );
    const error = await rejectionOf(clientOf(server, { maxRetries: 1 }).post(EXECUTE, init));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry a 5xx: the tool may have run", async () => {
    const server = await serve((_request, res) => sendJson(res, 500, failure(500)));
    const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).mayHaveExecuted).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a 5xx the server marks x-should-retry: true", async () => {
    const server = await serve((_request, res, index) =>
      index === 0
        ? sendJson(res, 503, failure(503), { "x-should-retry": "true", "retry-after-ms": "0" })
        : sendJson(res, 200, ok),
    );
    await clientOf(server).post(EXECUTE, init);
    expect(server.requests).toHaveLength(2);
  });

  it("never retries when the server says x-should-retry: false, even a 429", async () => {
    const server = await serve((_request, res) =>
      sendJson(res, 429, failure(429), { "x-should-retry": "false" }),
    );
    await expect(clientOf(server).post(EXECUTE, init)).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });

  it("lets a call set maxRetries: 0", async () => {
    const server = await serve((_request, res) =>
      sendJson(res, 429, failure(429), { "retry-after-ms": "0" }),
    );
    await expect(clientOf(server).post(EXECUTE, init, { maxRetries: 0 })).rejects.toBeInstanceOf(
      RateLimitError,
    );
    expect(server.requests).toHaveLength(1);
  });
});
