// What a hostile server, a rebuilt Request or a careless caller tried, on both set-ups (with and
// without middleware): user code's errors stay the user's, `mayHaveExecuted` follows the
// evidence, every option is checked, and responses cannot exhaust memory. Real servers on
// 127.0.0.1; sleeps stubbed.
import { getEventListeners } from "node:events";
import { createDeflate, createGzip } from "node:zlib";
import { sendJson } from "@composio-client/mock-servers";
import { describe, expect, it, vi } from "vitest";
import {
  ComposioApiError,
  ComposioConfigError,
  ComposioConnectionError,
  ComposioTimeoutError,
  ComposioValidationError,
  type FetchLike,
  InternalServerError,
  ResponseTooLargeError,
} from "../src/index";
import { connectionFailure } from "../src/internal/transport";
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

const init = { path: { tool_slug: "GMAIL_SEND_EMAIL" }, body: { arguments: { to: "a@b.c" } } };
const ok = { data: { sent: true }, error: null, successful: true };

/** `count` bytes of zeros through a zlib compressor, fed 1 MiB at a time. */
async function bomb(make: typeof createGzip, count: number): Promise<Buffer> {
  const zip = make({ level: 9 });
  const out: Buffer[] = [];
  zip.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => zip.on("end", resolve));
  const mib = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < count / mib.length; i++) {
    if (!zip.write(mib)) await new Promise((resolve) => zip.once("drain", resolve));
  }
  zip.end();
  await done;
  return Buffer.concat(out);
}

/** The global fetch, counting the decoded body bytes the client pulls from each response. */
function countingFetch(): { fetch: FetchLike; pulled: () => number } {
  let pulled = 0;
  return {
    pulled: () => pulled,
    fetch: async (url, options) => {
      const response = await fetch(url, options);
      if (!response.body) return response;
      const counted = response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            pulled += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      );
      return new Response(counted, response);
    },
  };
}

describe.each(PATHS)("%s", (_path, middleware) => {
  onPath(middleware);

  describe("errors thrown by the caller's own code reach it unchanged, never retried", () => {
    it("from middleware: the same TypeError, nothing sent", async () => {
      stubClock();
      const server = await serve((_r, res) => sendJson(res, 200, ok));
      const thrown = new TypeError("bug in my middleware");
      const client = clientOf(server, { allowDuplicateExecution: true });
      client.use({
        onRequest() {
          throw thrown;
        },
      });
      expect(await rejectionOf(client.post(EXECUTE, init))).toBe(thrown);
      expect(server.requests).toHaveLength(0);
    });

    it("from a custom fetch that throws synchronously: nothing was sent", async () => {
      stubClock();
      const thrown = new TypeError("sync");
      const calls = vi.fn(() => {
        throw thrown;
      });
      const client = clientOf(
        { url: "http://127.0.0.1:9" },
        { fetch: calls as unknown as FetchLike, allowDuplicateExecution: true },
      );
      expect(await rejectionOf(client.post(EXECUTE, init))).toBe(thrown);
      expect(calls).toHaveBeenCalledTimes(1);
    });

    it("a custom fetch's rejection is a network failure that may have run, its cause kept", async () => {
      stubClock();
      // What workerd rejects with when a connection drops: a plain Error, no code.
      const lost = new Error("Network connection lost.");
      const calls = vi.fn(() => Promise.reject(lost));
      const client = clientOf(
        { url: "http://127.0.0.1:9" },
        { fetch: calls as unknown as FetchLike },
      );
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({ mayHaveExecuted: true, cause: lost });
      expect(calls).toHaveBeenCalledTimes(1);
    });

    it("from a logger", async () => {
      const server = await serve((_r, res) => sendJson(res, 200, ok));
      const thrown = new Error("logger is down");
      const logger = {
        debug: () => {
          throw thrown;
        },
      };
      const client = clientOf(server, { logger, logLevel: "debug" });
      expect(await rejectionOf(client.post(EXECUTE, init))).toBe(thrown);
    });
  });

  describe("the client's timer ends the call even when what it waits on ignores the signal", () => {
    it("a custom fetch that never settles", async () => {
      stubClock();
      const client = clientOf(
        { url: "http://127.0.0.1:9" },
        { fetch: () => new Promise<Response>(() => {}), timeout: 50, maxRetries: 0 },
      );
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioTimeoutError);
    });

    it("a Response from middleware whose body stalls", async () => {
      const server = await serve((_r, res) => sendJson(res, 200, ok));
      const client = clientOf(server, { timeout: 50, maxRetries: 0 });
      const stalling = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":'));
        },
      });
      client.use({ onResponse: () => new Response(stalling, { status: 200 }) });
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioTimeoutError);
      expect(error).toMatchObject({ mayHaveExecuted: true });
    });
  });

  describe("one call shape", () => {
    it("fetch(url, init) with a string URL, plain headers, manual redirects and a signal", async () => {
      const server = await serve((_r, res) => sendJson(res, 200, ok));
      const seen: unknown[][] = [];
      const client = clientOf(server, {
        fetch: (url, options) => {
          seen.push([url, options]);
          return fetch(url, options);
        },
      });
      await client.post(EXECUTE, init);
      expect(seen).toHaveLength(1);
      const [url, options] = seen[0] as [unknown, RequestInit];
      expect(url).toBe(`${server.url}/api/v3/tools/execute/GMAIL_SEND_EMAIL`);
      expect(options).toMatchObject({ method: "POST", redirect: "manual" });
      expect(options.signal).toBeInstanceOf(AbortSignal);
      expect(Object.getPrototypeOf(options.headers)).toBe(Object.prototype);
      expect(options.headers).toMatchObject({ "x-api-key": "test_key_123" });
    });

    it("an empty 502 has the body '' on either path", async () => {
      const server = await serve((_r, res) => {
        res.writeHead(502).end();
      });
      const error = await rejectionOf(clientOf(server).post(EXECUTE, init));
      expect(error).toBeInstanceOf(InternalServerError);
      expect((error as ComposioApiError).body).toBe("");
    });
  });

  describe("a 2xx that cannot be read: the server answered, so the tool ran", () => {
    it.each([
      [
        "a 204",
        (res: import("node:http").ServerResponse) =>
          res.writeHead(204, { "x-should-retry": "true" }).end(),
        "",
      ],
      [
        "truncated JSON",
        (res: import("node:http").ServerResponse) =>
          res
            .writeHead(200, { "content-type": "application/json", "x-should-retry": "true" })
            .end('{"data": {"sent"'),
        '{"data": {"sent"',
      ],
      [
        "an HTML page",
        (res: import("node:http").ServerResponse) =>
          res.writeHead(200, { "content-type": "text/html" }).end("<html>login</html>"),
        "<html>login</html>",
      ],
    ])(
      "%s: mayHaveExecuted, status and snippet, never re-sent, even if x-should-retry",
      async (_what, answer, shown) => {
        stubClock();
        const server = await serve((_r, res) => {
          answer(res);
        });
        const client = clientOf(server, { allowDuplicateExecution: true });
        const error = await rejectionOf(client.post(EXECUTE, init));
        expect(error).toBeInstanceOf(ComposioApiError);
        expect(error).toMatchObject({ mayHaveExecuted: true, body: shown });
        expect([200, 204]).toContain((error as ComposioApiError).status);
        expect(server.requests).toHaveLength(1);
      },
    );
  });

  describe("'not sent' needs proof", () => {
    it("an EHOSTUNREACH while reading an open connection may have run; on connect it did not", () => {
      const failure = (syscall: string) =>
        new TypeError("fetch failed", {
          cause: Object.assign(new Error("unreachable"), { code: "EHOSTUNREACH", syscall }),
        });
      expect(connectionFailure(failure("read")).mayHaveExecuted).toBe(true);
      expect(connectionFailure(failure("connect")).mayHaveExecuted).toBe(false);
    });

    it("a header value fetch would refuse is refused first, with nothing sent", async () => {
      const server = await serve((_r, res) => sendJson(res, 200, ok));
      const client = clientOf(server);
      for (const value of ["a\x7fb", "caf\u0100", "a\nb"]) {
        await expect(
          client.post(EXECUTE, { ...init, header: { "x-llm-gateway-headers": value } } as never),
        ).rejects.toBeInstanceOf(ComposioValidationError);
        await expect(
          client.post(EXECUTE, init, { headers: { "x-trace": value } }),
        ).rejects.toBeInstanceOf(ComposioValidationError);
      }
      expect(server.requests).toHaveLength(0);
    });

    it("fetch's 'bad port' refusal: not sent", async () => {
      stubClock();
      const client = newClient({ apiKey: "k", baseUrl: "http://127.0.0.1:1", maxRetries: 0 });
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({ mayHaveExecuted: false });
    });
  });

  describe("every option checked, per call as on the client", () => {
    it("booleans are booleans: the string 'false' does not turn duplicates on", async () => {
      const server = await serve((_r, res) => sendJson(res, 500, {}));
      const client = clientOf(server);
      const perCall = { allowDuplicateExecution: "false" } as unknown as {
        allowDuplicateExecution: boolean;
      };
      await expect(client.post(EXECUTE, init, perCall)).rejects.toThrow(
        /options\.allowDuplicateExecution must be true or false/,
      );
      expect(() => clientOf(server, perCall)).toThrow(ComposioConfigError);
      for (const option of ["allowInsecureHttp", "dangerouslyAllowBrowser"]) {
        expect(() => clientOf(server, { [option]: "yes" })).toThrow(ComposioConfigError);
      }
      expect(server.requests).toHaveLength(0);
    });

    it("signal must be an AbortSignal, refused before any timer starts", async () => {
      const server = await serve((_r, res) => sendJson(res, 200, ok));
      vi.useFakeTimers({ toFake: ["setTimeout"] });
      try {
        const error = await rejectionOf(
          clientOf(server).post(EXECUTE, init, { signal: {} as AbortSignal }),
        );
        expect(error).toBeInstanceOf(ComposioValidationError);
        expect(vi.getTimerCount()).toBe(0);
      } finally {
        vi.useRealTimers();
      }
    });

    it("timeout, maxRetries, maxResponseBytes and headers per call", async () => {
      const server = await serve((_r, res) => sendJson(res, 200, ok));
      const client = clientOf(server);
      for (const options of [
        { timeout: 0 },
        { maxRetries: 1.5 },
        { maxResponseBytes: -1 },
        { maxResponseBytes: "1" },
        { headers: "x" },
      ]) {
        await expect(client.post(EXECUTE, init, options as never)).rejects.toBeInstanceOf(
          ComposioValidationError,
        );
        expect(() => clientOf(server, options as never)).toThrow(ComposioConfigError);
      }
      await expect(client.post(EXECUTE, init, "fast" as never)).rejects.toBeInstanceOf(
        ComposioValidationError,
      );
      expect(server.requests).toHaveLength(0);
    });

    it("a logger's missing methods are no-ops; a method that is not a function is refused", async () => {
      const server = await serve((_r, res) => sendJson(res, 200, ok));
      const warn = vi.fn();
      await clientOf(server, { logger: { warn }, logLevel: "debug" }).post(EXECUTE, init);
      expect(() => clientOf(server, { logger: { debug: "yes" } as never })).toThrow(
        /logger has a debug that is not a function/,
      );
      expect(() => clientOf(server, { logger: "console" as never })).toThrow(ComposioConfigError);
    });

    it("keys refuse every control character, TAB included", () => {
      for (const key of ["ab\tcd", "ab\x7fcd", "ab\x01cd"]) {
        expect(() => newClient({ apiKey: key })).toThrow(ComposioConfigError);
        expect(() => newClient({ userApiKey: key })).toThrow(ComposioConfigError);
      }
    });
  });

  describe("bounded memory and typed errors", () => {
    it.each([
      ["gzip", createGzip],
      ["deflate", createDeflate],
    ])("a %s bomb stops at maxResponseBytes, counted decoded", async (encoding, make) => {
      const decoded = 64 * 1024 * 1024;
      const body = await bomb(make, decoded);
      const server = await serve((_r, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": encoding });
        res.end(body);
      });
      const counter = countingFetch();
      const limit = 256 * 1024;
      const client = clientOf(server, { fetch: counter.fetch, maxResponseBytes: limit });
      const error = await rejectionOf(client.post(EXECUTE, init));
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ status: 200, limit, mayHaveExecuted: true });
      expect(body.length).toBeLessThan(limit);
      // Reading stopped at the limit: a few stream chunks past it, not the 64 MiB.
      expect(counter.pulled()).toBeLessThan(limit + 1024 * 1024);
    });

    it("maxResponseBytes per call, and a body just within it", async () => {
      const server = await serve((_r, res) =>
        sendJson(res, 200, { ...ok, data: { text: "x".repeat(5000) } }),
      );
      const client = clientOf(server);
      await expect(client.post(EXECUTE, init, { maxResponseBytes: 1000 })).rejects.toBeInstanceOf(
        ResponseTooLargeError,
      );
      expect((await client.post(EXECUTE, init, { maxResponseBytes: 6000 })).data).toBeDefined();
    });

    it("JSON nested 100,000 deep: a typed error, not a RangeError", async () => {
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      for (const status of [200, 500]) {
        const server = await serve((_r, res) => {
          res.writeHead(status, { "content-type": "application/json" }).end(deep);
        });
        const error = await rejectionOf(clientOf(server, { maxRetries: 0 }).post(EXECUTE, init));
        expect(error).toBeInstanceOf(ComposioApiError);
        expect((error as Error).message.length).toBeLessThan(2048);
      }
    });

    it("a 5 MB non-envelope 502 and a 10 MB server message are kept to about 1 kB", async () => {
      const huge = await serve((_r, res) => {
        res.writeHead(502, { "content-type": "text/plain" }).end("y".repeat(5_000_000));
      });
      const error = (await rejectionOf(clientOf(huge).post(EXECUTE, init))) as ComposioApiError;
      expect(String(error.body).length).toBeLessThanOrEqual(1024);
      expect(error.message.length).toBeLessThan(1200);

      const chatty = await serve((_r, res) =>
        sendJson(res, 400, {
          error: { message: "m".repeat(10_000_000), errors: Array(10_000).fill("e".repeat(5000)) },
        }),
      );
      const flood = (await rejectionOf(clientOf(chatty).post(EXECUTE, init))) as ComposioApiError;
      expect(flood).toBeInstanceOf(ComposioApiError);
      expect(flood.status).toBe(400);
      expect(flood.message.length).toBeLessThan(8 * 1024);
      expect(JSON.stringify(flood.body ?? "").length).toBeLessThan(64 * 1024);
    });
  });

  describe("one abort listener per shared signal", () => {
    it("20 concurrent calls on one signal: no MaxListenersExceededWarning", async () => {
      const warnings: Error[] = [];
      const onWarning = (warning: Error) => warnings.push(warning);
      process.on("warning", onWarning);
      let listeners = 0;
      const server = await serve((_r, res) => {
        listeners = Math.max(listeners, getEventListeners(controller.signal, "abort").length);
        setTimeout(() => sendJson(res, 200, ok), 20);
      });
      const controller = new AbortController();
      const client = clientOf(server);
      await Promise.all(
        Array.from({ length: 20 }, () => client.post(EXECUTE, init, { signal: controller.signal })),
      );
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      process.off("warning", onWarning);
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
      expect(listeners).toBe(1);
      expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    });
  });
});
