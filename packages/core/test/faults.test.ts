// Fault injection against real servers on 127.0.0.1: what is retried, what is not, and what the
// error says about whether the tool may have run. Sleep and jitter are stubbed (stubClock), so
// no test waits on a backoff.
import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import {
  ComposioAbortError,
  ComposioApiError,
  ComposioConnectionError,
  ComposioTimeoutError,
  InternalServerError,
  RateLimitError,
} from "../src/index";
import { clock } from "../src/internal/retry";
import { connectionFailure } from "../src/internal/transport";
import {
  clientOf,
  closedPort,
  EXECUTE,
  newClient,
  onPath,
  PATHS,
  rejectionOf,
  resettingServer,
  serve,
  stubClock,
} from "./helpers";

const init = { path: { tool_slug: "GMAIL_SEND_EMAIL" }, body: { arguments: { to: "a@b.c" } } };
const ok = { data: { sent: true }, error: null, successful: true };
const failure = (status: number) => ({
  error: { message: "failure", code: 1, slug: "Failure", status },
});

describe.each(PATHS)("%s", (_path, middleware) => {
  onPath(middleware);

  describe("connections that never carried the request are retried", () => {
    it("a refused connection: retried maxRetries times, then not executed", async () => {
      const { delays } = stubClock();
      let attempts = 0;
      const client = newClient({
        apiKey: "k",
        baseUrl: `http://127.0.0.1:${await closedPort()}`,
        maxRetries: 4,
        fetch: (url, init) => {
          attempts++;
          return fetch(url, init);
        },
      });
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({ mayHaveExecuted: false });
      expect((error as Error).message).toMatch(/ECONNREFUSED.*was not sent/);
      expect((error as Error).cause).toBeInstanceOf(TypeError);
      expect(attempts).toBe(5);
      expect(delays).toEqual([500, 1000, 2000, 4000]);
    });

    it("a DNS failure: retried, not executed", async () => {
      const { delays } = stubClock();
      const client = newClient({
        apiKey: "k",
        baseUrl: "http://composio-test.invalid",
        allowInsecureHttp: true,
        logLevel: "off",
      });
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({ mayHaveExecuted: false });
      expect((error as Error).message).toMatch(/getaddrinfo.*was not sent/);
      expect(delays).toHaveLength(2);
    });

    it("a reset during connect, before any byte went out: retried, not executed", async () => {
      stubClock();
      const server = await resettingServer();
      const error = await rejectionOf(clientOf(server, { maxRetries: 2 }).post(EXECUTE, init));
      expect(error).toMatchObject({ mayHaveExecuted: false });
      expect(server.connections()).toBe(3);
    });
  });

  describe("anything that may have run is not retried by default", () => {
    it("a reset after the request arrived: once, may have run", async () => {
      const { delays } = stubClock();
      const server = await serve((_request, _res, _index, req) => {
        req.socket.resetAndDestroy();
      });
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({ mayHaveExecuted: true });
      expect((error as Error).message).toMatch(/may have run/);
      expect(server.requests).toHaveLength(1);
      expect(delays).toEqual([]);
    });

    it("a hang before headers: one ComposioTimeoutError, may have run", async () => {
      const held = readiness();
      const server = await serve(() => {
        // Never answers.
        held.ready();
      });
      const timer = fakeTimer();
      const call = rejectionOf(clientOf(server, { timeout: 100 }).post(EXECUTE, init));
      await held.promise;
      timer.runOut(100);
      const error = await call;
      expect(error).toBeInstanceOf(ComposioTimeoutError);
      expect(error).toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({ mayHaveExecuted: true });
      expect((error as Error).message).toMatch(/100 ms/);
      // Not retried: a retry would have waited on the faked backoff timer, and never rejected.
      expect(server.requests).toHaveLength(1);
    });

    it("a stall in the middle of the body: the timeout covers reading it", async () => {
      const server = await serve((_request, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"data": ');
      });
      const headers = readiness();
      const client = clientOf(server, { timeout: 100 });
      // Runs once the headers arrived, before the client reads the body.
      client.use({ onResponse: () => headers.ready() });
      const timer = fakeTimer();
      const call = rejectionOf(client.post(EXECUTE, init));
      await headers.promise;
      timer.runOut(100);
      expect(await call).toBeInstanceOf(ComposioTimeoutError);
      expect(server.requests).toHaveLength(1);
    });

    it("a connection dropped mid-body: may have run", async () => {
      const server = await serve((_request, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"data": {"partial"');
        setTimeout(() => res.socket?.destroy(), 20);
      });
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({ mayHaveExecuted: true });
      expect(server.requests).toHaveLength(1);
    });

    it.each([500, 502, 503, 408, 409])("a %i without x-should-retry: once", async (status) => {
      stubClock();
      const server = await serve((_request, res) => sendJson(res, status, failure(status)));
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioApiError);
      expect(error).toMatchObject({ status, mayHaveExecuted: true });
      expect((error as Error).message).toContain("the tool may have run");
      expect(server.requests).toHaveLength(1);
    });

    it("the timer is per attempt: a call can lengthen it", async () => {
      const server = await serve((_request, res) => {
        setTimeout(() => sendJson(res, 200, ok), 150);
      });
      const client = clientOf(server, { timeout: 50 });
      await expect(client.post(EXECUTE, init, { timeout: 5_000 })).resolves.toBeDefined();
      await expect(client.post(EXECUTE, init)).rejects.toBeInstanceOf(ComposioTimeoutError);
    });
  });

  describe("429 and x-should-retry", () => {
    it("retries a 429 and sends the identical body every time", async () => {
      stubClock();
      const server = await serve((_request, res, index) =>
        index < 2 ? sendJson(res, 429, failure(429)) : sendJson(res, 200, ok),
      );
      const { data } = await clientOf(server).post(EXECUTE, init);
      expect(data.data).toEqual({ sent: true });
      expect(server.requests).toHaveLength(3);
      expect(new Set(server.requests.map((r) => r.body))).toEqual(
        new Set([JSON.stringify(init.body)]),
      );
    });

    it("gives up after maxRetries with the last RateLimitError", async () => {
      stubClock();
      const server = await serve((_request, res) => sendJson(res, 429, failure(429)));
      const error = await rejectionOf(clientOf(server, { maxRetries: 1 }).post(EXECUTE, init));
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ mayHaveExecuted: false });
      expect(server.requests).toHaveLength(2);
    });

    it.each([
      ["retry-after-ms", { "retry-after-ms": "250" }, 250],
      ["retry-after in seconds", { "retry-after": "2" }, 2000],
      ["retry-after of 0", { "retry-after": "0" }, 0],
      ["retry-after-ms before retry-after", { "retry-after-ms": "300", "retry-after": "5" }, 300],
      [
        "retry-after when retry-after-ms is invalid",
        { "retry-after-ms": "-5", "retry-after": "1" },
        1000,
      ],
      ["backoff for a negative retry-after", { "retry-after": "-1" }, 500],
      ["backoff for a NaN retry-after", { "retry-after": "NaN" }, 500],
      ["backoff for a retry-after over 60 s", { "retry-after": "120" }, 500],
      ["backoff for a retry-after-ms over 60 s", { "retry-after-ms": "61000" }, 500],
      ["backoff for garbage", { "retry-after": "soon" }, 500],
    ])("waits per %s", async (_what, headers, expected) => {
      const { delays } = stubClock();
      const server = await serve((_request, res, index) =>
        index === 0 ? sendJson(res, 429, failure(429), headers) : sendJson(res, 200, ok),
      );
      await clientOf(server).post(EXECUTE, init);
      expect(delays).toEqual([expected]);
    });

    it("waits until a retry-after HTTP date", async () => {
      const { delays } = stubClock();
      const now = Date.parse("2026-11-21T12:00:00Z");
      vi.spyOn(clock, "now").mockReturnValue(now);
      const at = new Date(now + 3000).toUTCString();
      const server = await serve((_request, res, index) =>
        index === 0
          ? sendJson(res, 429, failure(429), { "retry-after": at })
          : sendJson(res, 200, ok),
      );
      await clientOf(server).post(EXECUTE, init);
      expect(delays).toEqual([3000]);
    });

    it("backs off min(0.5 s·2^n, 8 s) with jitter in (0.75, 1]", async () => {
      const fast = stubClock(0);
      const server = await serve((_request, res) => sendJson(res, 429, failure(429)));
      await rejectionOf(clientOf(server, { maxRetries: 6 }).post(EXECUTE, init));
      expect(fast.delays).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
      const slow = stubClock(0.999_999);
      await rejectionOf(clientOf(server, { maxRetries: 1 }).post(EXECUTE, init));
      expect(slow.delays[0]).toBeGreaterThan(375);
      expect(slow.delays[0]).toBeLessThan(376);
    });

    it("retries a 5xx the server marks x-should-retry: true", async () => {
      stubClock();
      const server = await serve((_request, res, index) =>
        index === 0
          ? sendJson(res, 503, failure(503), { "x-should-retry": "true" })
          : sendJson(res, 200, ok),
      );
      await clientOf(server).post(EXECUTE, init);
      expect(server.requests).toHaveLength(2);
    });

    it("never retries x-should-retry: false, even a 429", async () => {
      stubClock();
      const server = await serve((_request, res) =>
        sendJson(res, 429, failure(429), { "x-should-retry": "false" }),
      );
      await expect(clientOf(server).post(EXECUTE, init)).rejects.toBeInstanceOf(RateLimitError);
      expect(server.requests).toHaveLength(1);
    });

    it("lets a call set maxRetries: 0", async () => {
      stubClock();
      const server = await serve((_request, res) => sendJson(res, 429, failure(429)));
      await expect(clientOf(server).post(EXECUTE, init, { maxRetries: 0 })).rejects.toBeInstanceOf(
        RateLimitError,
      );
      expect(server.requests).toHaveLength(1);
    });
  });

  describe("allowDuplicateExecution: retrying what may have run, when the caller says it is safe", () => {
    it("on the client: retries 5xx and timeouts", async () => {
      stubClock();
      const flaky = await serve((_request, res, index) =>
        index === 0 ? sendJson(res, 500, failure(500)) : sendJson(res, 200, ok),
      );
      await clientOf(flaky, { allowDuplicateExecution: true }).post(EXECUTE, init);
      expect(flaky.requests).toHaveLength(2);

      // Only the first attempt hangs; the timeout is long enough for a loaded machine to answer
      // the second in time.
      const slow = await serve((_request, res, index) => {
        if (index > 0) sendJson(res, 200, ok);
      });
      await clientOf(slow, { allowDuplicateExecution: true, timeout: 1_500 }).post(EXECUTE, init);
      expect(slow.requests).toHaveLength(2);
    });

    it("per call, and only for that call", async () => {
      stubClock();
      const server = await serve((_request, res) => sendJson(res, 502, failure(502)));
      const client = clientOf(server, { maxRetries: 2 });
      await rejectionOf(client.post(EXECUTE, init, { allowDuplicateExecution: true }));
      expect(server.requests).toHaveLength(3);
      await rejectionOf(client.post(EXECUTE, init));
      expect(server.requests).toHaveLength(4);
    });

    it("still never retries x-should-retry: false or a 4xx", async () => {
      stubClock();
      const refused = await serve((_request, res) =>
        sendJson(res, 500, failure(500), { "x-should-retry": "false" }),
      );
      await rejectionOf(clientOf(refused, { allowDuplicateExecution: true }).post(EXECUTE, init));
      expect(refused.requests).toHaveLength(1);
      const invalid = await serve((_request, res) => sendJson(res, 400, failure(400)));
      await rejectionOf(clientOf(invalid, { allowDuplicateExecution: true }).post(EXECUTE, init));
      expect(invalid.requests).toHaveLength(1);
    });
  });

  describe("cancellation", () => {
    it("before: an aborted signal sends nothing", async () => {
      const server = await serve((_request, res) => sendJson(res, 200, ok));
      const error = await rejectionOf(
        clientOf(server).post(EXECUTE, init, { signal: AbortSignal.abort() }),
      );
      expect(error).toBeInstanceOf(ComposioAbortError);
      expect(error).toMatchObject({ mayHaveExecuted: false });
      expect(server.requests).toHaveLength(0);
    });

    it("during: cancels the request in flight", async () => {
      const controller = new AbortController();
      const server = await serve(() => {
        controller.abort();
      });
      const error = await rejectionOf(
        clientOf(server).post(EXECUTE, init, { signal: controller.signal }),
      );
      expect(error).toBeInstanceOf(ComposioAbortError);
      expect(error).toMatchObject({ mayHaveExecuted: true });
      expect(server.requests).toHaveLength(1);
    });

    it("in the backoff: rejects at once instead of waiting out Retry-After", async () => {
      const controller = new AbortController();
      const server = await serve((_request, res) => {
        sendJson(res, 429, failure(429), { "retry-after": "50" });
      });
      // Aborted when the client announces the retry, so the abort lands in the backoff however
      // slow the machine is. The real sleep runs here: if it ignored the signal, the test would
      // time out.
      const logger = { info: () => controller.abort() };
      const error = await rejectionOf(
        clientOf(server, { logger, logLevel: "info" }).post(EXECUTE, init, {
          signal: controller.signal,
        }),
      );
      expect(error).toBeInstanceOf(ComposioAbortError);
      expect(error).toMatchObject({ mayHaveExecuted: false });
      expect(server.requests).toHaveLength(1);
    }, 10_000);
  });

  describe("responses that are not JSON", () => {
    it("an HTML 502 is an InternalServerError with a snippet, not retried", async () => {
      const server = await serve((_request, res) => {
        res.writeHead(502, { "content-type": "text/html" });
        res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
      });
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as InternalServerError).body).toContain("<h1>502 Bad Gateway</h1>");
      expect(server.requests).toHaveLength(1);
    });

    it("a 5 MB error body is cut to 1 kB in the error", async () => {
      const server = await serve((_request, res) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end("é".repeat(2.5 * 1024 * 1024));
      });
      const error = (await rejectionOf(clientOf(server).post(EXECUTE, init))) as ComposioApiError;
      expect(new TextEncoder().encode(error.body as string).length).toBeLessThanOrEqual(1024);
      expect(error.message.length).toBeLessThan(1200);
    });
  });

  describe("runtimes whose fetch errors carry no code", () => {
    it.each([
      [
        "Deno, connection refused",
        "error sending request for url (http://127.0.0.1:9/x): client error (Connect): tcp connect error: Connection refused (os error 111)",
        false,
      ],
      [
        "Deno, DNS failure",
        "error sending request: dns error: failed to lookup address information",
        false,
      ],
      ["a browser", "Failed to fetch", true],
      ["workerd", "Network connection lost.", true],
    ])("%s: mayHaveExecuted is %s", (_runtime, message, expected) => {
      expect(connectionFailure(new TypeError(message)).mayHaveExecuted).toBe(expected);
    });
  });
});

/** A promise the test awaits and the function, called where the thing happens, that settles it. */
function readiness(): { promise: Promise<void>; ready: () => void } {
  let ready = () => {};
  const promise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  return { promise, ready };
}

/**
 * Fakes setTimeout for the rest of the test, so that the client's timeout runs out only when
 * `runOut` is called, once the test saw what must come first: with a real 100 ms, a loaded
 * machine can let it pass before the request is even written. The network stays real.
 */
function fakeTimer(): { runOut: (ms: number) => void } {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  onTestFinished(() => {
    vi.useRealTimers();
  });
  return { runOut: (ms) => vi.advanceTimersByTime(ms) };
}
