import { sendJson } from "@composio-client/mock-servers";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ComposioConfigError,
  createComposioClient,
  type Logger,
  type LogLevel,
} from "../src/index";
import { clientOf, EXECUTE, rejectionOf, serve, stubClock } from "./helpers";

const init = { path: { tool_slug: "GMAIL_SEND_EMAIL" }, body: { arguments: { to: "a@b.c" } } };
const ok = { data: {}, error: null, successful: true };
const rateLimited = { error: { message: "slow down", code: 1, slug: "RateLimit", status: 429 } };

afterEach(() => {
  vi.unstubAllEnvs();
});

function recorder() {
  const lines: { level: string; message: string; details: unknown }[] = [];
  const at = (level: string) => (message: string, details?: unknown) =>
    lines.push({ level, message, details });
  const logger: Logger = {
    error: at("error"),
    warn: at("warn"),
    info: at("info"),
    debug: at("debug"),
  };
  return { logger, lines };
}

describe("logging", () => {
  it("debug shows method, URL, status, attempt, duration and request id of every attempt", async () => {
    stubClock();
    const server = await serve((_request, res, index) =>
      index === 0
        ? sendJson(res, 429, rateLimited)
        : sendJson(res, 200, ok, { "x-request-id": "req_9f8e" }),
    );
    const { logger, lines } = recorder();
    await clientOf(server, { logger, logLevel: "debug" }).post(EXECUTE, init);
    const url = `${server.url}/api/v3/tools/execute/GMAIL_SEND_EMAIL`;
    expect(lines.map((l) => `${l.level} ${l.message}`)).toEqual([
      `debug [composio] → POST ${url} (attempt 1 of 3)`,
      expect.stringMatching(
        new RegExp(
          `^debug \\[composio\\] ✗ POST ${url} \\(attempt 1\\) failed in \\d+ ms: RateLimitError: 429 RateLimit: slow down$`,
        ),
      ),
      `info [composio] Retrying POST ${url} in 500 ms after RateLimitError: 429 RateLimit: slow down (attempt 2 of 3)`,
      `debug [composio] → POST ${url} (attempt 2 of 3)`,
      expect.stringMatching(
        new RegExp(
          `^debug \\[composio\\] ← 200 POST ${url} \\(attempt 2\\) in \\d+ ms, request id req_9f8e$`,
        ),
      ),
    ]);
    expect(lines[0]?.details).toMatchObject({
      headers: { "x-api-key": "[redacted]", accept: "application/json" },
      body: init.body,
    });
  });

  it("writes nothing at the default level for a clean call", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const { logger, lines } = recorder();
    await clientOf(server, { logger, logLevel: undefined }).post(EXECUTE, init);
    expect(lines).toEqual([]);
  });

  it.each([
    ["off", 0],
    ["error", 0],
    ["warn", 1],
    ["info", 2],
  ] as [LogLevel, number][])(
    "level %s filters lines (%i of a retried unsafe call)",
    async (logLevel, count) => {
      stubClock();
      const server = await serve((_request, res, index) =>
        index === 0 ? sendJson(res, 429, rateLimited) : sendJson(res, 500, rateLimited),
      );
      const { logger, lines } = recorder();
      const client = clientOf(server, {
        logger,
        logLevel,
        allowDuplicateExecution: true,
        maxRetries: 2,
      });
      await rejectionOf(client.post(EXECUTE, init));
      // info: the 429 retry; warn: the retry of the 500, which may have run.
      expect(lines).toHaveLength(count);
      for (const line of lines) expect(line.message).toMatch(/^\[composio\] Retrying POST/);
    },
  );

  it("debug shows the request as fetch gets it: after middleware, headers redacted", async () => {
    const server = await serve((_request, res) => sendJson(res, 200, ok));
    const { logger, lines } = recorder();
    const client = clientOf(server, { logger, logLevel: "debug" });
    client.use({
      onRequest({ request }) {
        request.headers.set("x-trace-id", "trace_51");
        request.headers.set("authorization", "Bearer tok_from_middleware");
      },
    });
    client.use({
      onRequest: ({ request }) => new Request(`${request.url}?via=gateway`, request),
    });
    await client.post(EXECUTE, init);
    expect(server.requests[0]?.headers["x-trace-id"]).toBe("trace_51");
    const url = `${server.url}/api/v3/tools/execute/GMAIL_SEND_EMAIL?via=gateway`;
    const sent = lines.filter((l) => l.message.startsWith("[composio] →"));
    expect(sent.map((l) => l.message)).toEqual([`[composio] → POST ${url} (attempt 1 of 3)`]);
    expect(sent[0]?.details).toMatchObject({
      headers: {
        "x-trace-id": "trace_51",
        authorization: "[redacted]",
        "x-api-key": "[redacted]",
      },
      body: init.body,
    });
    expect(JSON.stringify(lines)).not.toContain("tok_from_middleware");
  });

  it("reads COMPOSIO_LOG; a bad logLevel option throws, naming it", () => {
    vi.stubEnv("COMPOSIO_LOG", "debug");
    const { logger, lines } = recorder();
    createComposioClient({
      apiKey: "k",
      logger,
      baseUrl: "http://example.test",
      allowInsecureHttp: true,
    });
    expect(lines.map((l) => l.level)).toEqual(["warn"]);
    expect(() => createComposioClient({ apiKey: "k", logLevel: "trace" as LogLevel })).toThrow(
      ComposioConfigError,
    );
    expect(() => createComposioClient({ apiKey: "k", logLevel: "trace" as LogLevel })).toThrow(
      /logLevel must be one of off, error, warn, info, debug/,
    );
  });
});

describe("a bad COMPOSIO_LOG", () => {
  // Warned once per process: each test loads core afresh.
  async function freshCore() {
    vi.resetModules();
    return import("../src/index");
  }

  it("warns once through the logger and falls back to warn, without throwing", async () => {
    const core = await freshCore();
    vi.stubEnv("COMPOSIO_LOG", "verbose");
    // A 429 (retried with an info line), a 500 (retried with a warning), then the answer.
    const server = await serve((_request, res, index) =>
      index === 0
        ? sendJson(res, 429, rateLimited, { "retry-after-ms": "0" })
        : index === 1
          ? sendJson(res, 500, rateLimited, { "retry-after-ms": "0" })
          : sendJson(res, 200, ok),
    );
    const { logger, lines } = recorder();
    const options = { apiKey: "k", baseUrl: server.url, logger, allowDuplicateExecution: true };
    const client = core.createComposioClient(options);
    core.createComposioClient(options);
    await client.post(EXECUTE, init);
    expect(lines.map((l) => `${l.level} ${l.message}`)).toEqual([
      'warn [composio] COMPOSIO_LOG must be one of off, error, warn, info, debug, not "verbose"; using warn.',
      expect.stringMatching(/^warn \[composio\] Retrying POST .* may already have run/),
    ]);
    expect(() =>
      core.createComposioClient({ ...options, logLevel: "verbose" as LogLevel }),
    ).toThrow(core.ComposioConfigError);
  });

  it("warns once through console.warn when no logger is given", async () => {
    const core = await freshCore();
    vi.stubEnv("COMPOSIO_LOG", "verbose");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    core.createComposioClient({ apiKey: "k" });
    core.createComposioClient({ apiKey: "k" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[composio\] COMPOSIO_LOG must be one of .*verbose/);
  });
});
