// OpenTelemetry spans of the request path, recorded by the real SDK (in memory, with the
// async-hooks context manager) against real servers on 127.0.0.1: one span per call, one per HTTP
// attempt inside it, what each carries, and that the API key is in none of them (useTracing
// checks every span of every test). Sleeps between retries are stubbed; timeouts are faked.
import { sendJson } from "@composio-client/mock-servers";
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import {
  ComposioAbortError,
  ComposioConfigError,
  ComposioConnectionError,
  ComposioTimeoutError,
  ComposioValidationError,
  type SpanLike,
  type TracerLike,
} from "../src/index";
import { labelCall, type TracedCall } from "../src/internal/call-plan";
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
import { childrenOf, exportedSpans, inParentSpan, spanNamed, tracer, useTracing } from "./otel";

const KEY = "test_key_123";
useTracing({ beforeAll, afterEach, afterAll }, KEY);

const SLUG = "GMAIL_SEND_EMAIL";
const SPAN = `execute_tool ${SLUG}`;
const init = { path: { tool_slug: SLUG }, body: { arguments: { to: "a@b.c" } } };
const ok = { data: { sent: true }, error: null, successful: true, log_id: "log_1" };

// What tools.execute tells core: a tool execution, read as a completed or failed result.
const traced: TracedCall = {
  kind: "execute_tool",
  read: (data) => ({
    resultType: data.successful === true ? "completed" : "failed",
    logId: data.log_id as string,
    data: data.data,
    error: data.error as string | null,
  }),
};
const label = (options = {}) => labelCall(options, "tools.execute", SLUG, traced);

/** A labelled tools.execute call through a client of `server` with the test tracer. */
function execute(server: { url: string }, options: Record<string, unknown> = {}, call = {}) {
  return clientOf(server, { tracer, ...options }).post(EXECUTE, init, label(call));
}

const forbidden = {
  error: { message: "Toolkit not allowed", code: 10403, slug: "Forbidden", status: 403 },
};

describe.each(PATHS)("%s", (_path, middleware) => {
  onPath(middleware);

  it("a call: one INTERNAL span, child of the caller's, around one CLIENT span per attempt", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok, { "x-request-id": "req_1" }));
    await inParentSpan("agent step", () => execute(server, {}, { toolCallId: "call_7Xq" }));

    const parent = spanNamed("agent step");
    const call = spanNamed(SPAN);
    expect(call).toMatchObject({ kind: "INTERNAL", parentSpanId: parent.spanId });
    expect(call.traceId).toBe(parent.traceId);
    expect(call.attributes).toEqual({
      "composio.operation": "tools.execute",
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": SLUG,
      "gen_ai.tool.call.id": "call_7Xq",
      "composio.attempts": 1,
      "composio.request_id": "req_1",
      "composio.result_type": "completed",
      "composio.log_id": "log_1",
    });
    expect(call.status).toEqual({ code: "UNSET" });

    const attempts = childrenOf(call);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ name: "POST", kind: "CLIENT" });
    expect(attempts[0]?.attributes).toEqual({
      "http.request.method": "POST",
      "url.full": `${server.url}/api/v3/tools/execute/${SLUG}`,
      "server.address": "127.0.0.1",
      "server.port": Number(new URL(server.url).port),
      "http.response.status_code": 200,
    });
    expect(attempts[0]?.status).toEqual({ code: "UNSET" });
  });

  it("toolCallId goes on the span only: never in the request's headers or body", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    await execute(server, {}, { toolCallId: "call_never_sent" });
    const [request] = server.requests;
    expect(JSON.stringify(request?.headers)).not.toContain("call_never_sent");
    expect(request?.body).toBe(JSON.stringify(init.body));
    expect(spanNamed(SPAN).attributes["gen_ai.tool.call.id"]).toBe("call_never_sent");
  });

  it("a 429 then a 200: two attempt spans, the retry with its resend count", async () => {
    stubClock();
    const server = await serve((_req, res, index) =>
      index === 0
        ? sendJson(res, 429, { error: { message: "Slow down", status: 429 } })
        : sendJson(res, 200, ok),
    );
    await execute(server);
    const call = spanNamed(SPAN);
    expect(call.attributes["composio.attempts"]).toBe(2);
    expect(call.status).toEqual({ code: "UNSET" });
    const [first, second] = childrenOf(call);
    expect(first?.attributes).toMatchObject({
      "http.response.status_code": 429,
      "error.type": "429",
    });
    expect(first?.attributes).not.toHaveProperty("http.request.resend_count");
    expect(first?.status).toMatchObject({ code: "ERROR", message: "429 Slow down" });
    expect(second?.attributes).toMatchObject({
      "http.request.resend_count": 1,
      "http.response.status_code": 200,
    });
    expect(second?.attributes).not.toHaveProperty("error.type");
    expect(second?.status).toEqual({ code: "UNSET" });
  });
});

describe("each way a call fails", () => {
  it("an API error: its class on the call, its status on the attempt, nothing ran", async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 403, forbidden, { "x-request-id": "req_403" }),
    );
    await rejectionOf(execute(server));
    const call = spanNamed(SPAN);
    expect(call.attributes).toMatchObject({
      "error.type": "PermissionDeniedError",
      "composio.may_have_executed": false,
      "composio.request_id": "req_403",
      "composio.attempts": 1,
    });
    expect(call.attributes).not.toHaveProperty("composio.result_type");
    expect(call.status).toEqual({
      code: "ERROR",
      message: `tools.execute ${SLUG}: 403 Forbidden: Toolkit not allowed`,
    });
    const [attempt] = childrenOf(call);
    expect(attempt?.attributes).toMatchObject({
      "http.response.status_code": 403,
      "error.type": "403",
    });
  });

  it("a 500: the call may have run", async () => {
    const server = await serve((_req, res) => sendJson(res, 500, { error: { message: "Boom" } }));
    await rejectionOf(execute(server));
    expect(spanNamed(SPAN).attributes).toMatchObject({
      "error.type": "InternalServerError",
      "composio.may_have_executed": true,
    });
    expect(childrenOf(spanNamed(SPAN))[0]?.attributes["error.type"]).toBe("500");
  });

  it("a refused connection: retried, each attempt failed without a status", async () => {
    stubClock();
    const url = `http://127.0.0.1:${await closedPort()}`;
    const error = await rejectionOf(execute({ url }, { maxRetries: 1 }));
    expect(error).toBeInstanceOf(ComposioConnectionError);
    const call = spanNamed(SPAN);
    expect(call.attributes).toMatchObject({
      "error.type": "ComposioConnectionError",
      "composio.may_have_executed": false,
      "composio.attempts": 2,
    });
    const attempts = childrenOf(call);
    expect(attempts).toHaveLength(2);
    for (const attempt of attempts) {
      expect(attempt.attributes["error.type"]).toBe("ComposioConnectionError");
      expect(attempt.attributes).not.toHaveProperty("http.response.status_code");
      expect(attempt.status.code).toBe("ERROR");
    }
    expect(attempts[1]?.attributes["http.request.resend_count"]).toBe(1);
  });

  it("a timeout: the request was sent, so the tool may have run", async () => {
    let arrived!: () => void;
    const held = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const server = await serve(() => arrived());
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const call = rejectionOf(execute(server, { timeout: 100 }));
    await held;
    vi.advanceTimersByTime(100);
    expect(await call).toBeInstanceOf(ComposioTimeoutError);
    const span = spanNamed(SPAN);
    expect(span.attributes).toMatchObject({
      "error.type": "ComposioTimeoutError",
      "composio.may_have_executed": true,
    });
    expect(childrenOf(span)[0]?.attributes["error.type"]).toBe("ComposioTimeoutError");
  });

  it("an abort in flight, and one before anything was sent (no attempt span)", async () => {
    const controller = new AbortController();
    const server = await serve(() => controller.abort());
    await rejectionOf(execute(server, {}, { signal: controller.signal }));
    const inFlight = spanNamed(SPAN);
    expect(inFlight.attributes).toMatchObject({
      "error.type": "ComposioAbortError",
      "composio.may_have_executed": true,
      "composio.attempts": 1,
    });
    expect(childrenOf(inFlight)[0]?.attributes["error.type"]).toBe("ComposioAbortError");

    const before = await rejectionOf(execute(server, {}, { signal: AbortSignal.abort() }));
    expect(before).toBeInstanceOf(ComposioAbortError);
    const spans = exportedSpans().filter((span) => span.name === SPAN);
    const aborted = spans[1];
    expect(aborted?.attributes).toMatchObject({
      "error.type": "ComposioAbortError",
      "composio.may_have_executed": false,
      "composio.attempts": 0,
    });
    expect(aborted && childrenOf(aborted)).toEqual([]);
  });

  it("input refused before sending gets no span: nothing was sent, and it is thrown at once", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    expect(await rejectionOf(execute(server, {}, { timeout: -1 }))).toBeInstanceOf(
      ComposioValidationError,
    );
    expect(await rejectionOf(execute(server, {}, { toolCallId: "" }))).toMatchObject({
      path: "options.toolCallId",
    });
    const client = clientOf(server, { tracer });
    const unserializable = { ...init, body: { arguments: { big: 1n } } };
    expect(
      await rejectionOf(client.post(EXECUTE, unserializable as never, label())),
    ).toBeInstanceOf(ComposioValidationError);
    expect(exportedSpans()).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it("middleware's own error: its class, on the call and the attempt", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    const client = clientOf(server, { tracer });
    client.use({
      onRequest() {
        throw new RangeError("middleware failed");
      },
    });
    await rejectionOf(client.post(EXECUTE, init, label()));
    const call = spanNamed(SPAN);
    expect(call.attributes["error.type"]).toBe("RangeError");
    expect(call.attributes).not.toHaveProperty("composio.may_have_executed");
    expect(childrenOf(call)[0]?.attributes["error.type"]).toBe("RangeError");
  });
});

describe("calls the wrappers do not label", () => {
  it("client.post: named by method and spec path, with the session id it has", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { result_type: "completed" }));
    const client = clientOf(server, { tracer });
    await client.post(SESSION_EXECUTE, {
      path: { session_id: "trs_1" },
      body: { tool_slug: SLUG, arguments: {} },
    });
    const call = spanNamed(`POST ${SESSION_EXECUTE}`);
    expect(call.attributes).toEqual({
      "composio.operation": `POST ${SESSION_EXECUTE}`,
      "composio.session.id": "trs_1",
      "composio.attempts": 1,
    });
    expect(childrenOf(call)).toHaveLength(1);
  });

  it("client.get: a GET attempt span whose URL has the query", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { items: [] }));
    await clientOf(server, { tracer }).get("/api/v3/tools", { query: { toolkit_slug: "github" } });
    const call = spanNamed("GET /api/v3/tools");
    const [attempt] = childrenOf(call);
    expect(attempt).toMatchObject({ name: "GET", kind: "CLIENT" });
    expect(attempt?.attributes).toMatchObject({
      "http.request.method": "GET",
      "url.full": `${server.url}/api/v3/tools?toolkit_slug=github`,
    });
  });
});

describe("payloads: only with traceToolPayloads, bounded, the key redacted", () => {
  it("off by default: neither arguments nor result, nor a tool's error message", async () => {
    const server = await serve((_req, res, index) =>
      sendJson(res, 200, index === 0 ? ok : { ...ok, successful: false, error: "No such user" }),
    );
    await execute(server);
    await execute(server);
    const [completed, failed] = exportedSpans().filter((span) => span.name === SPAN);
    for (const span of [completed, failed]) {
      expect(span?.attributes).not.toHaveProperty("gen_ai.tool.call.arguments");
      expect(span?.attributes).not.toHaveProperty("gen_ai.tool.call.result");
    }
    expect(failed?.attributes).toMatchObject({
      "composio.result_type": "failed",
      "error.type": "tool_error",
    });
    expect(failed?.status).toEqual({ code: "ERROR" });
  });

  it("on: the arguments and result as JSON, and a failed tool's message", async () => {
    const server = await serve((_req, res, index) =>
      sendJson(res, 200, index === 0 ? ok : { ...ok, successful: false, error: "No such user" }),
    );
    await execute(server, { traceToolPayloads: true });
    await execute(server, { traceToolPayloads: true });
    const [completed, failed] = exportedSpans().filter((span) => span.name === SPAN);
    expect(completed?.attributes).toMatchObject({
      "gen_ai.tool.call.arguments": JSON.stringify(init.body.arguments),
      "gen_ai.tool.call.result": JSON.stringify(ok.data),
    });
    expect(failed?.attributes).not.toHaveProperty("gen_ai.tool.call.result");
    expect(failed?.status).toEqual({ code: "ERROR", message: "No such user" });
  });

  it("a result past 8,192 characters is cut, with a marker", async () => {
    const data = { text: "x".repeat(20_000) };
    const server = await serve((_req, res) => sendJson(res, 200, { ...ok, data }));
    await execute(server, { traceToolPayloads: true });
    const result = spanNamed(SPAN).attributes["gen_ai.tool.call.result"] as string;
    const json = JSON.stringify(data);
    expect(result).toBe(`${json.slice(0, 8192)}…[truncated: ${json.length} characters in all]`);
  });

  it("a server that echoes the key, everywhere it can, puts it in no span", async () => {
    stubClock();
    const server = await serve((_req, res, index) =>
      index === 0
        ? sendJson(res, 429, { error: { message: `bad ${KEY}` } }, { "x-request-id": KEY })
        : sendJson(
            res,
            200,
            { ...ok, data: { echoed: KEY }, log_id: KEY, error: null },
            { "x-request-id": `req ${KEY}` },
          ),
    );
    const client = clientOf(server, { tracer, traceToolPayloads: true });
    await client.post(
      EXECUTE,
      { ...init, body: { arguments: { note: `my key is ${KEY}` } } },
      labelCall({ toolCallId: KEY }, "tools.execute", SLUG, traced),
    );
    const call = spanNamed(SPAN);
    expect(call.attributes).toMatchObject({
      "gen_ai.tool.call.id": "[redacted]",
      "gen_ai.tool.call.arguments": JSON.stringify({ note: "my key is [redacted]" }),
      "gen_ai.tool.call.result": JSON.stringify({ echoed: "[redacted]" }),
      "composio.log_id": "[redacted]",
      "composio.request_id": "req [redacted]",
    });
    // useTracing checks every span, attribute, event and status for the key after each test.
  });

  it("a span that is not recorded (not sampled) gets no payload serialized", async () => {
    const setAttribute = vi.fn();
    const span: SpanLike = { setAttribute, setStatus: vi.fn(), isRecording: () => false, end() {} };
    const unsampled: TracerLike = {
      startActiveSpan: (_name, _options, fn) => fn(span) as never,
    };
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    await execute(server, { tracer: unsampled, traceToolPayloads: true });
    const keys = setAttribute.mock.calls.map(([key]) => key);
    expect(keys).not.toContain("gen_ai.tool.call.arguments");
    expect(keys).not.toContain("gen_ai.tool.call.result");
    expect(keys).toContain("composio.result_type");
  });
});

describe("the options", () => {
  it("are checked like every other option", () => {
    expect(() => newClient({ apiKey: KEY, tracer: {} as never })).toThrow(
      new ComposioConfigError(
        'tracer must be an OpenTelemetry Tracer, such as trace.getTracer("my-app").',
      ),
    );
    expect(() => newClient({ apiKey: KEY, traceToolPayloads: "yes" as never })).toThrow(
      /traceToolPayloads must be true or false, got string/,
    );
    // A tool call's id is per call: the client refuses it.
    expect(() => newClient({ apiKey: KEY, toolCallId: "call_1" } as never)).toThrow(/toolCallId/);
  });

  it("without a tracer, nothing is recorded", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    await clientOf(server).post(EXECUTE, init, label({ toolCallId: "call_1" }));
    expect(exportedSpans()).toEqual([]);
  });
});
