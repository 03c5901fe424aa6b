import type { ToolSlug } from "@composio-client/core";
import { createCalls, type MockCall, type MockCalls, recordHeaders } from "./calls";
import {
  droppedError,
  type Fault,
  type FaultFilter,
  FaultQueue,
  type FaultType,
  faultRuns,
  refusedError,
} from "./faults";
import type {
  MetaSlugCheck,
  MetaToolHandler,
  MetaToolSlug,
  MockContext,
  ProxyHandler,
  ProxyRequest,
  ToolHandler,
} from "./handlers";
import { type ListenOptions, listen, type MockServer } from "./listen";
import { replyFor } from "./replies";
import { apiError, errorDetail, MockApiError } from "./results";
import { matchRoute, type Route } from "./routes";
import { SPEC } from "./spec.gen";
import { validate } from "./validate";

/** Options of {@link createMockComposio}. */
export interface MockComposioOptions {
  /** The API keys the mock accepts; any non-empty key when omitted. Others get 401. */
  apiKeys?: string[];
  /**
   * What a tool without a handler answers: the spec's example (`"example"`), or Composio's
   * 404 envelope (`"not-found"`). @defaultValue "example"
   */
  unknownTools?: "example" | "not-found";
}

/** A mock of Composio's tool-execution API. Pass `fetch` to a client, or `listen()`. */
export interface MockComposio {
  /** A `fetch` that answers as Composio would: pass it as the client's `fetch` option. */
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Every call received, in order, with filters such as `calls.tool(slug)`. */
  readonly calls: MockCalls;
  /** After {@link MockComposio.listen}: the server's URL, such as `http://127.0.0.1:41234`. */
  readonly url: string | undefined;
  /** Answers tool `slug`, through tools.execute and session.execute. Replaces an earlier handler. */
  onTool<Slug extends ToolSlug>(slug: Slug, handler: ToolHandler<Slug>): this;
  /**
   * Answers meta tool `slug` (session.executeMeta): a slug of the spec, or one it does not list
   * yet, made with tool-router's `unlistedMetaSlug("COMPOSIO_...")` as for `executeMeta`.
   */
  onMetaTool<Slug extends MetaToolSlug | (string & {})>(
    slug: Slug & MetaSlugCheck<Slug>,
    handler: MetaToolHandler,
  ): this;
  /** Answers proxied requests (session.proxyExecute). */
  onProxy(handler: ProxyHandler): this;
  /** The next `count` calls (matching `filter`) fail with `fault`. */
  failNext(count: number, fault: Fault | FaultType, filter?: FaultFilter): this;
  /** How many times a tool really ran: all tools, or only `slug`. Counts proxied calls too. */
  executions(slug?: string): number;
  /** Answers one web-standard request; rejects like `fetch` for a refused or dropped connection. */
  handle(
    request: Request,
    options?: { signal?: AbortSignal | null | undefined },
  ): Promise<Response>;
  /** Starts a real HTTP server on 127.0.0.1 with the same behaviour (Node, Bun, Deno). */
  listen(options?: ListenOptions): Promise<string>;
  /** Stops the server of {@link MockComposio.listen}, dropping open connections. */
  close(): Promise<void>;
  /** Forgets calls, handlers, faults and pauses. */
  reset(): void;
}

/**
 * Creates a mock of Composio's API that validates each request as the spec does, answers with
 * your handlers or the spec's examples, injects faults on demand and records every call.
 */
export function createMockComposio(options: MockComposioOptions = {}): MockComposio {
  return new Mock(options);
}

class Mock implements MockComposio {
  readonly calls: MockCalls;
  readonly #list: MockCall[];
  readonly #options: MockComposioOptions;
  readonly #tools = new Map<string, ToolHandler<string>>();
  readonly #metaTools = new Map<string, MetaToolHandler>();
  #proxy: ProxyHandler | undefined;
  readonly #faults = new FaultQueue();
  // Pauses the mock issued, and those already answered: a second answer is a 409.
  readonly #pauses = { issued: new Set<string>(), answered: new Set<string>(), next: 1 };
  #server: MockServer | undefined;
  #starting: Promise<MockServer> | undefined;
  #ids = 0;

  constructor(options: MockComposioOptions) {
    this.#options = options;
    const { calls, list } = createCalls();
    this.calls = calls;
    this.#list = list;
  }

  readonly fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    return this.handle(request, { signal: init?.signal ?? request.signal });
  };

  get url(): string | undefined {
    return this.#server?.url;
  }

  onTool<Slug extends ToolSlug>(slug: Slug, handler: ToolHandler<Slug>): this {
    this.#tools.set(slug, handler as unknown as ToolHandler<string>);
    return this;
  }

  onMetaTool<Slug extends MetaToolSlug | (string & {})>(
    slug: Slug & MetaSlugCheck<Slug>,
    handler: MetaToolHandler,
  ): this {
    this.#metaTools.set(slug, handler);
    return this;
  }

  onProxy(handler: ProxyHandler): this {
    this.#proxy = handler;
    return this;
  }

  failNext(count: number, fault: Fault | FaultType, filter: FaultFilter = {}): this {
    this.#faults.add(count, typeof fault === "string" ? ({ type: fault } as Fault) : fault, filter);
    return this;
  }

  executions(slug?: string): number {
    return this.#list.filter((c) => c.ran && (slug === undefined || c.slug === slug)).length;
  }

  reset(): void {
    this.#list.length = 0;
    this.#tools.clear();
    this.#metaTools.clear();
    this.#proxy = undefined;
    this.#faults.clear();
    this.#pauses.issued.clear();
    this.#pauses.answered.clear();
  }

  async listen(options: ListenOptions = {}): Promise<string> {
    // The server's promise, kept from the first call: a second call made while the first is
    // still starting gets the same server, not another one that close() would never stop.
    this.#starting ??= listen((request, signal) => this.handle(request, { signal }), options).then(
      (server) => {
        this.#server = server;
        return server;
      },
      (error: unknown) => {
        this.#starting = undefined;
        throw error;
      },
    );
    return (await this.#starting).url;
  }

  async close(): Promise<void> {
    const starting = this.#starting;
    this.#starting = undefined;
    this.#server = undefined;
    // A server still starting is waited for, then stopped.
    const server = await starting?.catch(() => undefined);
    await server?.close();
  }

  async handle(
    request: Request,
    { signal }: { signal?: AbortSignal | null | undefined } = {},
  ): Promise<Response> {
    signal?.throwIfAborted();
    const url = new URL(request.url);
    const route = matchRoute(url.pathname);
    const text = await request.text();
    const body = parseJson(text);
    const call: MockCall = {
      operation: route?.operation,
      method: request.method,
      path: url.pathname,
      pathParams: route?.pathParams ?? {},
      slug: route ? slugOf(route, body.value) : undefined,
      headers: recordHeaders(request.headers),
      body: body.ok ? body.value : text,
      status: undefined,
      ran: false,
      fault: undefined,
      validationErrors: [],
    };
    this.#list.push(call);
    if (!route || request.method !== route.data.method) {
      return this.#error(call, 404, {
        message: `No route ${request.method} ${url.pathname}`,
        slug: "Route_NotFound",
        suggestedFix:
          "Check the method and path: the mock answers the operations of Composio's spec that the client uses.",
      });
    }
    const fault = this.#faults.take(route.operation, call.slug);
    call.fault = fault?.type;
    if (fault?.type === "refused") throw refusedError(request.url);

    const refusal = this.#refusal(route, request.headers, body, call);
    if (refusal) return refusal;
    if (fault && !faultRuns(fault)) return this.#strike(fault, call, signal);

    const answer = await this.#answer(route, call, request.headers).catch((error: unknown) =>
      error instanceof MockApiError ? error : handlerBug(error),
    );
    if (answer instanceof MockApiError) {
      return this.#error(call, answer.status, answer.detail, answer.headers);
    }
    call.ran = answer.ran;
    if (fault) return this.#strike(fault, call, signal);
    return this.#json(call, 200, answer.body);
  }

  // 401 for a missing or unknown key, 400 for a body the spec refuses, 409 for a pause answered twice.
  #refusal(
    route: Route,
    headers: Headers,
    body: { ok: boolean; value: unknown },
    call: MockCall,
  ): Response | undefined {
    const keys = route.data.security.map((name) => headers.get(name)).filter((k) => k !== null);
    const accepted = this.#options.apiKeys;
    if (!keys.some((key) => key !== "" && (accepted === undefined || accepted.includes(key)))) {
      return this.#error(call, 401);
    }
    const problems = body.ok
      ? validate(route.data.body, body.value, REQUEST_SCHEMAS).concat(extraRules(route, body.value))
      : ["Error in payload: Invalid JSON"];
    if (problems.length > 0) {
      call.validationErrors = problems;
      return this.#error(call, 400, { errors: problems });
    }
    const state = (body.value as { request_state?: unknown }).request_state;
    if (typeof state === "string" && this.#pauses.answered.has(state))
      return this.#error(call, 409);
    return undefined;
  }

  async #answer(
    route: Route,
    call: MockCall,
    headers: Headers,
  ): Promise<{ body: unknown; ran: boolean }> {
    const body = call.body as Record<string, unknown>;
    const ctx = contextOf(route, call, body);
    const state = ctx.requestState;
    if (state !== undefined && ctx.inputResponses !== undefined && this.#pauses.issued.has(state)) {
      this.#pauses.issued.delete(state);
      this.#pauses.answered.add(state);
    }
    const handler = this.#handlerFor(route.operation, call.slug);
    if (!handler) return this.#fallback(route, call, headers);
    const result = await handler(body, ctx);
    return replyFor(route.operation, result, {
      logId: () => `log_mock_${++this.#ids}`,
      requestState: () => {
        const issued = `rs_mock_${this.#pauses.next++}`;
        this.#pauses.issued.add(issued);
        return issued;
      },
    });
  }

  #handlerFor(
    operation: string,
    slug: string | undefined,
  ): ((body: Record<string, unknown>, ctx: MockContext) => unknown) | undefined {
    if (operation === "proxyExecuteSession") {
      const proxy = this.#proxy;
      return proxy && ((body, ctx) => proxy(proxyRequestOf(body), ctx));
    }
    const handler =
      operation === "executeSessionMetaTool"
        ? this.#metaTools.get(slug ?? "")
        : this.#tools.get(slug ?? "");
    return handler && ((body, ctx) => handler((body.arguments ?? {}) as never, ctx));
  }

  // No handler: the spec's example (the one named by `Prefer: example=<name>`, as Prism does),
  // the example error of `Prefer: code=<status>`, or a 404 when unknown tools are refused.
  #fallback(route: Route, call: MockCall, headers: Headers): { body: unknown; ran: boolean } {
    const prefer = parsePrefer(headers.get("prefer"));
    if (prefer.code !== undefined) throw apiError(prefer.code);
    if (route.operation === "executeSessionMetaTool" && !LISTED_META_SLUGS.has(call.slug)) {
      // The spec's example answers a listed meta tool: for another, say what to do instead.
      throw apiError(404, {
        message: `Meta tool ${call.slug} is not in the spec the mock follows, and has no handler`,
        slug: "Mock_UnlistedMetaTool",
        suggestedFix: `Answer it with mock.onMetaTool(unlistedMetaSlug(${JSON.stringify(call.slug)}), handler).`,
      });
    }
    const isTool = route.operation === "executeTool" || route.operation === "executeSessionTool";
    if (isTool && this.#options.unknownTools === "not-found") {
      throw apiError(404, {
        message: `Tool ${call.slug} not found`,
        slug: "Tool_NotFound",
        suggestedFix: "Check the tool slug, or add a handler with mock.onTool().",
      });
    }
    const examples = route.data.examples;
    const name = prefer.example && prefer.example in examples ? prefer.example : undefined;
    const body = examples[name ?? (Object.keys(examples)[0] as string)];
    // A pause and a hook's block both answer without running the tool.
    const kind = (body as { result_type?: unknown }).result_type;
    return { body, ran: kind !== "input_required" && kind !== "blocked" };
  }

  #strike(fault: Fault, call: MockCall, signal: AbortSignal | null | undefined): Promise<Response> {
    switch (fault.type) {
      case "rate-limit":
        return Promise.resolve(
          this.#error(call, 429, {}, { "retry-after": String(fault.retryAfter ?? 0) }),
        );
      case "server-error":
        return Promise.resolve(this.#error(call, fault.status ?? 500));
      case "should-retry":
        return Promise.resolve(
          this.#error(
            call,
            fault.status ?? 503,
            {},
            {
              "x-should-retry": String(fault.retry ?? true),
            },
          ),
        );
      case "invalid-json":
        call.status = fault.status ?? 200;
        return Promise.resolve(
          new Response("<html><body><h1>502 Bad Gateway</h1></body></html>", {
            status: call.status,
            headers: { "content-type": "text/html", "x-request-id": this.#requestId() },
          }),
        );
      case "drop":
        return Promise.reject(droppedError());
      case "hang":
        return new Promise((_, reject) => {
          signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
        });
      case "refused":
        return Promise.reject(refusedError("http://127.0.0.1"));
    }
  }

  #error(
    call: MockCall,
    status: number,
    init: Parameters<typeof errorDetail>[1] = {},
    headers: Record<string, string> = {},
  ): Response {
    const requestId = this.#requestId();
    const detail = { ...errorDetail(status, init), request_id: requestId };
    return this.#json(call, status, { error: detail }, { ...headers, "x-request-id": requestId });
  }

  #json(call: MockCall, status: number, body: unknown, headers: Record<string, string> = {}) {
    call.status = status;
    return new Response(JSON.stringify(body), {
      status,
      headers: {
        "x-request-id": this.#requestId(),
        ...headers,
        "content-type": "application/json",
      },
    });
  }

  #requestId(): string {
    return `req_mock_${++this.#ids}`;
  }
}

// The schemas requests are checked with. A meta tool slug the spec does not list may be one
// Composio added since: the server decides, so the mock lets it reach a handler (or its default
// answer) rather than refusing it with the spec's enum.
const REQUEST_SCHEMAS = { ...SPEC.schemas, MetaToolSlug: { type: "string", minLength: 1 } };
const LISTED_META_SLUGS = new Set(SPEC.schemas.MetaToolSlug?.enum ?? []);

// What the spec says in words and not in its schemas: the BadRequest example's own message.
function extraRules(route: Route, body: unknown): string[] {
  const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  if (route.operation === "executeTool" && "arguments" in fields && "text" in fields) {
    return ["Error in payload.text.arguments: Only one of 'text' or 'arguments' must be provided"];
  }
  return [];
}

function slugOf(route: Route, body: unknown): string | undefined {
  const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const slug =
    route.operation === "executeTool"
      ? route.pathParams.tool_slug
      : route.operation === "executeSessionTool"
        ? fields.tool_slug
        : route.operation === "executeSessionMetaTool"
          ? fields.slug
          : undefined;
  return typeof slug === "string" ? slug : undefined;
}

function contextOf(route: Route, call: MockCall, body: Record<string, unknown>): MockContext {
  const text = (name: string) =>
    typeof body[name] === "string" ? (body[name] as string) : undefined;
  const responses = body.input_responses;
  return {
    operation: route.operation,
    slug: call.slug,
    userId: text("user_id") ?? text("entity_id"),
    sessionId: route.pathParams.session_id,
    account: text("account") ?? text("connected_account_id"),
    version: text("version"),
    text: text("text"),
    inputResponses:
      typeof responses === "object" && responses !== null
        ? (responses as Record<string, unknown>)
        : undefined,
    requestState: text("request_state"),
    headers: call.headers,
    body,
  };
}

function proxyRequestOf(body: Record<string, unknown>): ProxyRequest {
  const parameters = (body.parameters ?? []) as { name: string; value: string; type: string }[];
  const pick = (type: string) =>
    Object.fromEntries(parameters.filter((p) => p.type === type).map((p) => [p.name, p.value]));
  // Every value of a repeated query parameter (`?a=1&a=2`): an array then, a string otherwise.
  const query: Record<string, string | string[]> = {};
  for (const { name, value } of parameters.filter((p) => p.type === "query")) {
    const seen = Object.hasOwn(query, name) ? query[name] : undefined;
    Object.defineProperty(query, name, {
      value: seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return {
    toolkit: body.toolkit_slug as string,
    endpoint: body.endpoint as string,
    method: body.method as never,
    body: body.body,
    binaryBody: body.binary_body as never,
    query,
    headers: pick("header"),
  };
}

function parsePrefer(header: string | null): { example?: string; code?: number } {
  const out: { example?: string; code?: number } = {};
  for (const part of header?.split(/[,;]\s*/) ?? []) {
    const [key, value] = part.split("=");
    if (key?.trim() === "example" && value) out.example = value.trim();
    if (key?.trim() === "code" && value && Number.isInteger(Number(value)))
      out.code = Number(value);
  }
  return out;
}

function parseJson(text: string): { ok: boolean; value: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, value: undefined };
  }
}

// A handler that throws something other than apiError() is a bug in the test: a 500 that says
// so, whatever was thrown (a string, null, a Symbol, an object that cannot be printed).
function handlerBug(error: unknown): MockApiError {
  return apiError(500, {
    message: `A mock handler threw ${describe(error)}`,
    slug: "Mock_HandlerThrew",
    suggestedFix: "Fix the handler, or throw apiError(status) from it for an error answer.",
  });
}

function describe(value: unknown): string {
  try {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === "string") return JSON.stringify(value);
    return String(value);
  } catch {
    // A null-prototype object, or one whose toString throws.
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return "a value that cannot be printed";
    }
  }
}
