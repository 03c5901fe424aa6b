import { createServer } from "node:net";
import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it } from "vitest";
import {
  ComposioAbortError,
  ComposioConnectionError,
  ComposioTimeoutError,
  createComposioClient,
} from "../src/index";
import { clientOf, EXECUTE, rejectionOf, serve } from "./helpers";

const init = { path: { tool_slug: "GMAIL_SEND_EMAIL" }, body: { arguments: { to: "a@b.c" } } };
const ok = { data: {}, error: null, successful: true };

/** A port nothing listens on: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("connection failures", () => {
  it("reports a refused connection as not executed, after retrying it", async () => {
    let attempts = 0;
    const client = createComposioClient({
      apiKey: "k",
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      maxRetries: 1,
      fetch: (request) => {
        attempts++;
        return fetch(request);
      },
    });
    const error = await rejectionOf(client.post(EXECUTE, init));
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect((error as ComposioConnectionError).mayHaveExecuted).toBe(false);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(attempts).toBe(2);
  });

  it("does not retry a connection reset after the request arrived, and says it may have run", async () => {
    const server = await serve((_request, _res, _index, req) => {
      req.socket.destroy();
    });
    const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect((error as ComposioConnectionError).mayHaveExecuted).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("reports a connection dropped in the middle of the body as may-have-run", async () => {
    const server = await serve((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"data": {"partial"');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect((error as ComposioConnectionError).mayHaveExecuted).toBe(true);
    expect(server.requests).toHaveLength(1);
  });
});

describe("timeouts", () => {
  it("times out an attempt that gets no headers, once, with mayHaveExecuted", async () => {
    const server = await serve(() => {
      // Never answers.
    });
    const error = await rejectionOf(clientOf(server, { timeout: 100 }).post(EXECUTE, init));
    expect(error).toBeInstanceOf(ComposioTimeoutError);
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect((error as ComposioTimeoutError).mayHaveExecuted).toBe(true);
    expect((error as Error).message).toMatch(/100 ms/);
    expect(server.requests).toHaveLength(1);
  });

  it("covers reading the body: a stall mid-body times out", async () => {
    const server = await serve((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"data": ');
    });
    const error = await rejectionOf(clientOf(server, { timeout: 100 }).post(EXECUTE, init));
    expect(error).toBeInstanceOf(ComposioTimeoutError);
  });

  it("lets a call override the client's timeout", async () => {
    const server = await serve((_request, res) => {
      setTimeout(() => sendJson(res, 200, ok), 150);
    });
    const client = clientOf(server, { timeout: 50 });
    await expect(client.post(EXECUTE, init, { timeout: 5_000 })).resolves.toBeDefined();
    await expect(client.post(EXECUTE, init)).rejects.toBeInstanceOf(ComposioTimeoutError);
  });
});

describe("cancellation", () => {
  it("sends nothing when the signal is already aborted", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const error = await rejectionOf(
      clientOf(server).post(EXECUTE, init, { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(ComposioAbortError);
    expect((error as ComposioAbortError).mayHaveExecuted).toBe(false);
    expect(server.requests).toHaveLength(0);
  });

  it("cancels a request in flight", async () => {
    const controller = new AbortController();
    const server = await serve(() => {
      controller.abort();
    });
    const error = await rejectionOf(
      clientOf(server).post(EXECUTE, init, { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(ComposioAbortError);
    expect((error as ComposioAbortError).mayHaveExecuted).toBe(true);
    expect(server.requests).toHaveLength(1);
  });
});
