/**
 * The smoke program: calls all four operations through the public packages against a mock of the
 * API served over HTTP (mock.listen() in the harness), then runs @composio-client/testing's mock
 * inside the runtime itself. Web-standard APIs only, so that the same code runs on Node, Bun,
 * Deno, workerd and in a browser page.
 */
import { createAgentTools } from "@composio-client/ai";
import {
  apiError,
  createMockComposio,
  inputRequired,
  type MockComposio,
  toolFailed,
} from "@composio-client/testing";
import {
  createProxyFetch,
  createToolRouterClient,
  type MetaToolSlug,
  ProxyInputRequiredError,
} from "@composio-client/tool-router";
import {
  AuthenticationError,
  BadRequestError,
  ComposioApiError,
  ComposioConfigError,
  ComposioConnectionError,
  ComposioError,
  ComposioValidationError,
  createToolsClient,
} from "@composio-client/tools";

export interface SmokeOptions {
  /** The base URL of the mock served over HTTP. */
  baseUrl: string;
  /** A URL where nothing listens, for the connection-error check. */
  refusedUrl: string;
  /** Whether this runtime is a web browser, where creating a client needs the opt-in. */
  browser: boolean;
  /** Whether this runtime has node:http, for mock.listen() (Node, Bun, Deno). */
  canListen: boolean;
}

export interface SmokeSummary {
  /** What the runtime says it is, such as "Bun/1.4.5". */
  runtime: string;
  /** Names of the checks that passed. */
  passed: string[];
  /** One line per failed check: its name and what went wrong. */
  failures: string[];
  /** What was observed but not asserted: it differs between runtimes. */
  notes: Record<string, unknown>;
}

const SESSION_ID = "trs_4xY8pQ2mNa";
const ISSUE = { owner: "composiohq", repo: "composio", title: "Login button is misaligned" };

export async function runSmoke(options: SmokeOptions): Promise<SmokeSummary> {
  const summary: SmokeSummary = { runtime: runtimeName(), passed: [], failures: [], notes: {} };
  // The mock accepts any key.
  const common = { baseUrl: options.baseUrl, apiKey: "smoke_test_key", maxRetries: 0 };
  const optIn = { ...common, dangerouslyAllowBrowser: options.browser };
  let tools: ReturnType<typeof createToolsClient>;
  let session: ReturnType<ReturnType<typeof createToolRouterClient>["session"]>;
  try {
    tools = createToolsClient({ ...optIn, userId: "user_2b7f9c" });
    session = createToolRouterClient(optIn).session(SESSION_ID);
  } catch (error) {
    summary.failures.push(`creating the clients: ${describe(error)}`);
    return summary;
  }

  const check = async (name: string, body: () => Promise<void> | void) => {
    try {
      await body();
      summary.passed.push(name);
    } catch (error) {
      summary.failures.push(`${name}: ${describe(error)}`);
    }
  };

  await check("tools.execute", async () => {
    const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", { arguments: ISSUE });
    expectEqual("successful", result.successful, true);
    expectEqual("logId", result.logId, "log_Xq3Vb7Tn1KpR");
    if (result.successful) expectEqual("data.number", result.data.number, 1482);
  });
  await check("session.execute", async () => {
    const result = await session.execute("GITHUB_CREATE_AN_ISSUE", {
      arguments: ISSUE,
      account: "work-github",
    });
    expectEqual("resultType", result.resultType, "completed");
    if (result.resultType === "completed") expectEqual("logId", result.logId, "log_Bq8Wd2Rk5MnT");
  });
  await check("input required, answered", async () => {
    // The mock answers the spec's example named in the Prefer header, as Prism does.
    const paused = await session.execute(
      "GMAIL_SEND_EMAIL",
      { arguments: ISSUE },
      { headers: { prefer: "example=inputRequired" } },
    );
    if (paused.resultType !== "inputRequired") throw new Error(`got ${paused.resultType}`);
    const answered = await paused.respond(
      { approval_3f9a1c2b7d4e5f60: { action: "accept", content: { decision: "approve" } } },
      { headers: { prefer: "example=completed" } },
    );
    expectEqual("resultType", answered.resultType, "completed");
  });
  await check("session.executeMeta", async () => {
    const result = await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
      arguments: { queries: [{ use_case: "create an issue in a GitHub repository" }] },
    });
    if (result.resultType !== "completed") throw new Error(`got ${result.resultType}`);
    expectEqual("logId", result.logId, "log_Mt4Hs9Qa2VcE");
    expectEqual("data.results.length", (result.data.results as unknown[]).length, 1);
  });
  await check("session.proxyExecute", async () => {
    const result = await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "GET",
      query: { maxResults: 10 },
    });
    if (result.resultType !== "completed") throw new Error(`got ${result.resultType}`);
    expectEqual("status", result.status, 200);
    expectEqual(
      "data.resultSizeEstimate",
      (result.data as Record<string, unknown>).resultSizeEstimate,
      1,
    );
  });
  await check("createProxyFetch", async () => {
    // A standard fetch over proxy_execute; Prism answers with the spec's examples.
    const fetch = createProxyFetch(session, "gmail");
    const response = await fetch("/gmail/v1/users/me/messages?maxResults=10");
    expectEqual("status", response.status, 200);
    expectEqual(
      "content-type",
      response.headers.get("content-type"),
      "application/json; charset=UTF-8",
    );
    const data = (await response.json()) as Record<string, unknown>;
    expectEqual("resultSizeEstimate", data.resultSizeEstimate, 1);

    const paused = await rejectionOf(() =>
      createProxyFetch(
        session,
        "gmail",
        preferExample("inputRequired"),
      )("https://gmail.googleapis.com/x"),
    );
    expectInstance(paused, ProxyInputRequiredError);

    // A binary body is downloaded on first read only: cancelled unread, never.
    let downloads = 0;
    const counting = async () => {
      downloads += 1;
      return new Response("unused");
    };
    const binary = await createProxyFetch(session, "googledrive", {
      ...preferExample("binary"),
      downloadFetch: counting,
    })("https://www.googleapis.com/drive/v3/files/f1?alt=media");
    expectEqual("binary content-type", binary.headers.get("content-type"), "application/pdf");
    expectEqual("binary content-length", binary.headers.get("content-length"), "48213");
    await binary.body?.cancel();
    expectEqual("downloads", downloads, 0);
  });
  await check("proxyFetch download", async () => {
    // Composio's answer is scripted through the client's fetch: the spec example's URL expires.
    const reply = {
      result_type: "completed",
      status: 200,
      data: null,
      binary_data: {
        url: "https://storage.example/f.pdf?sig=1",
        content_type: "application/pdf",
        size: 4,
        expires_at: "2999-01-01T00:00:00Z",
      },
      headers: {},
    };
    const scripted = createToolRouterClient({
      ...optIn,
      fetch: async () =>
        new Response(JSON.stringify(reply), { headers: { "content-type": "application/json" } }),
    }).session(SESSION_ID);
    let sent: Request | undefined;
    const downloadFetch = async (input: string | URL | Request, init?: RequestInit) => {
      // Built as the runtime's fetch would: a runtime that refused an init field throws here.
      sent = new Request(input, init);
      return new Response(new Uint8Array([37, 80, 68, 70]));
    };
    const response = await createProxyFetch(scripted, "googledrive", { downloadFetch })(
      "/files/f1",
    );
    expectEqual("bytes", new Uint8Array(await response.arrayBuffer()).join(), "37,80,68,70");
    expectEqual("download url", sent?.url, reply.binary_data.url);
    expectEqual("download authorization", sent?.headers.get("authorization"), null);
    expectEqual("download x-api-key", sent?.headers.get("x-api-key"), null);
    // Runtimes without a cookie jar may not know the field: noted only.
    summary.notes.downloadCredentials = sent?.credentials;
  });

  await check("proxyExecute with bytes", async () => {
    // Each runtime encodes bytes with its own native encoder, or btoa where it has none: the
    // wire must get the same base64 from every one.
    let body: unknown;
    const scripted = createToolRouterClient({
      ...optIn,
      fetch: async (_input: string | URL | Request, init?: RequestInit) => {
        body = JSON.parse(String(init?.body));
        const reply = { result_type: "completed", status: 201, data: { id: "f1" }, headers: {} };
        return new Response(JSON.stringify(reply), {
          headers: { "content-type": "application/json" },
        });
      },
    }).session(SESSION_ID);
    const result = await scripted.proxyExecute({
      toolkit: "googledrive",
      endpoint: "/upload/drive/v3/files",
      method: "POST",
      binaryBody: new Uint8Array([37, 80, 68, 70, 255]),
      contentType: "application/pdf",
    });
    expectEqual("status", result.resultType === "completed" && result.status, 201);
    expectEqual(
      "binary_body",
      JSON.stringify((body as { binary_body?: unknown }).binary_body),
      JSON.stringify({ base64: "JVBERv8=", content_type: "application/pdf" }),
    );
  });

  await check("validation error", async () => {
    const error = await rejectionOf(() => session.executeMeta("" as MetaToolSlug, {}));
    // Thrown by tool-router, caught with the classes that tools re-exports: one core behind both.
    expectInstance(error, ComposioValidationError);
    expectInstance(error, ComposioError);
  });
  await check("api error", async () => {
    // The mock answers the spec's 401 example when asked for it, as Prism does.
    const error = await rejectionOf(() =>
      tools.execute(
        "GITHUB_CREATE_AN_ISSUE",
        { arguments: ISSUE },
        { headers: { prefer: "code=401" } },
      ),
    );
    expectInstance(error, AuthenticationError);
    expectInstance(error, ComposioApiError);
    expectEqual("status", (error as ComposioApiError).status, 401);
  });
  await check("connection error", async () => {
    const refused = createToolsClient({ ...optIn, baseUrl: options.refusedUrl });
    const error = await rejectionOf(() =>
      refused.execute("GITHUB_CREATE_AN_ISSUE", { arguments: ISSUE, userId: "user_2b7f9c" }),
    );
    expectInstance(error, ComposioConnectionError);
    // Whether the runtime's error says the request never left is runtime-specific: noted only.
    summary.notes.connectionRefused = {
      mayHaveExecuted: (error as ComposioConnectionError).mayHaveExecuted,
      message: (error as Error).message,
    };
  });
  await runMockChecks(check, optIn, options);
  await check("browser opt-in", () => {
    let refusal: unknown;
    try {
      createToolsClient(common);
    } catch (error) {
      refusal = error;
    }
    if (!options.browser) {
      if (refusal !== undefined) throw refusal;
      return;
    }
    expectInstance(refusal, ComposioConfigError);
    if (!(refusal as Error).message.includes("dangerouslyAllowBrowser")) {
      throw new Error(`refused for another reason: ${describe(refusal)}`);
    }
  });
  return summary;
}

/** Request options that make Prism answer the spec's example named `name`. */
function preferExample(name: string): { headers: Record<string, string> } {
  return { headers: { prefer: `example=${name}` } };
}

type Check = (name: string, body: () => Promise<void> | void) => Promise<void>;

/** @composio-client/testing's mock, run inside this runtime: handlers, pauses, faults, rules. */
async function runMockChecks(
  check: Check,
  optIn: { dangerouslyAllowBrowser: boolean },
  options: SmokeOptions,
): Promise<void> {
  const clientsOf = (mock: MockComposio, baseUrl?: string) => {
    // With retries, unlike the checks above: the mock proves which failures are retried.
    const retrying = { ...optIn, apiKey: "smoke_test_key", maxRetries: 2 };
    const common = baseUrl ? { ...retrying, baseUrl } : { ...retrying, fetch: mock.fetch };
    return {
      tools: createToolsClient({ ...common, userId: "user_1" }),
      session: createToolRouterClient(common).session(SESSION_ID),
    };
  };
  const scripted = (mock: MockComposio) => {
    mock.onTool("GITHUB_FIND_REPO", (args) => (args.org ? { id: 1 } : toolFailed("No org")));
    mock.onTool("GMAIL_SEND_EMAIL", (_args, ctx) =>
      ctx.inputResponses ? { id: "msg_1" } : inputRequired("Send it?"),
    );
    mock.onMetaTool("COMPOSIO_SEARCH_TOOLS", () => ({ results: [] }));
    mock.onProxy((request) => ({ status: 201, data: { query: request.query } }));
    return mock;
  };
  // One agent step through every operation: a failure, a pause, a 429 retried, sent once.
  const agentStep = async (
    { tools, session }: ReturnType<typeof clientsOf>,
    mock: MockComposio,
  ) => {
    const failed = await tools.execute("GITHUB_FIND_REPO", { arguments: {} });
    expectEqual("failed.error", failed.error, "No org");
    mock.failNext(1, "rate-limit", { slug: "GMAIL_SEND_EMAIL" });
    let sent = await session.execute("GMAIL_SEND_EMAIL", { arguments: { to: "ada@example.com" } });
    if (sent.resultType !== "inputRequired") throw new Error(`got ${sent.resultType}`);
    sent = await sent.respond({ approval: { action: "accept", content: { decision: "approve" } } });
    expectEqual("sent.resultType", sent.resultType, "completed");
    const meta = await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {});
    expectEqual("meta.resultType", meta.resultType, "completed");
    const proxied = await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/messages",
      method: "GET",
      query: { q: "x" },
    });
    expectEqual("proxied.status", proxied.resultType === "completed" && proxied.status, 201);
    expectEqual("GMAIL_SEND_EMAIL executions", mock.executions("GMAIL_SEND_EMAIL"), 1);
    const statuses = mock.calls.tool("GMAIL_SEND_EMAIL").map((c) => c.status);
    expectEqual("GMAIL_SEND_EMAIL statuses", statuses.join(","), "429,200,200");
  };

  await check("mock: an agent step", () => {
    const mock = scripted(createMockComposio());
    return agentStep(clientsOf(mock), mock);
  });
  await check("mock: the spec's rules and errors", async () => {
    const mock = createMockComposio({ apiKeys: ["smoke_test_key"] });
    mock.onTool("GONE", () => {
      throw apiError(410, { slug: "Tool_VersionRetired" });
    });
    const { tools } = clientsOf(mock);
    const invalid = await rejectionOf(() =>
      tools.client.post("/api/v3/tools/execute/{tool_slug}", {
        path: { tool_slug: "X" },
        body: { arguments: {}, toolSlug: "X" } as never,
      }),
    );
    expectInstance(invalid, BadRequestError);
    const gone = await rejectionOf(() => tools.execute("GONE", { arguments: {} }));
    expectEqual("gone.slug", (gone as ComposioApiError).slug, "Tool_VersionRetired");
    const wrongKey = createToolsClient({ ...optIn, apiKey: "wrong", fetch: mock.fetch });
    expectInstance(await rejectionOf(() => wrongKey.execute("X")), AuthenticationError);
  });
  await check("mock: faults", async () => {
    const mock = createMockComposio();
    const { tools } = clientsOf(mock);
    mock.failNext(1, "refused");
    const result = await tools.execute("T", { arguments: {} }); // retried: it was never sent
    expectEqual("successful", result.successful, true);
    mock.failNext(1, "drop");
    const dropped = await rejectionOf(() => tools.execute("T", { arguments: {} }));
    expectEqual("mayHaveExecuted", (dropped as ComposioConnectionError).mayHaveExecuted, true);
    mock.failNext(1, "hang");
    const hung = await rejectionOf(() => tools.execute("T", { arguments: {} }, { timeout: 50 }));
    expectEqual("hung.name", (hung as Error).name, "ComposioTimeoutError");
    expectEqual("executions", mock.executions("T"), 3);
  });
  await check("ai: an agent turn", async () => {
    const mock = scripted(createMockComposio());
    const agent = createAgentTools({
      tools: [{ slug: "GMAIL_SEND_EMAIL", input_parameters: { type: "object", required: ["to"] } }],
      runner: clientsOf(mock).session,
    });
    // The model's calls: one with broken JSON, one that waits for the user's approval.
    const batch = await agent.handleOpenAIToolCalls([
      { id: "c1", type: "function", function: { name: "GMAIL_SEND_EMAIL", arguments: "{" } },
      {
        id: "c2",
        type: "function",
        function: { name: "GMAIL_SEND_EMAIL", arguments: '{"to":"a"}' },
      },
    ]);
    const [pause] = batch.pauses;
    await pause?.respond({ approval: { action: "accept", content: { decision: "approve" } } });
    const contents = batch.results().map((message) => message.content);
    expectEqual("c1 is an error", contents[0]?.startsWith("Error: the arguments"), true);
    expectEqual("c2", contents[1], '{"id":"msg_1"}');
    expectEqual("GMAIL_SEND_EMAIL executions", mock.executions("GMAIL_SEND_EMAIL"), 1);
  });
  if (options.canListen) {
    await check("mock: over HTTP", async () => {
      const mock = scripted(createMockComposio());
      try {
        await agentStep(clientsOf(mock, await mock.listen()), mock);
      } finally {
        await mock.close();
      }
    });
  }
}

function runtimeName(): string {
  const scope = globalThis as {
    navigator?: { userAgent?: string };
    process?: { versions?: { node?: string } };
  };
  // Node 20 has no navigator; Node 21+, Bun, Deno, workerd and browsers name themselves there.
  if (typeof scope.navigator?.userAgent === "string") return scope.navigator.userAgent;
  if (scope.process?.versions?.node) return `Node.js/${scope.process.versions.node}`;
  return "unknown";
}

async function rejectionOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, but the call resolved");
}

function expectEqual(what: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) {
    throw new Error(`${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

function expectInstance(value: unknown, type: abstract new (...args: never[]) => unknown): void {
  if (!(value instanceof type)) throw new Error(`expected a ${type.name}, got ${describe(value)}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
