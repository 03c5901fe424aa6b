import { unlistedMetaSlug } from "@composio-client/tool-router";
import { ComposioConnectionError } from "@composio-client/tools";
import { describe, expect, it } from "vitest";
import { apiError, inputRequired, type ProxyRequest, toolBlocked, toolFailed } from "../src/index";
import { SESSION_ID, setup } from "./helpers";

describe("handlers", () => {
  it("answers tools.execute with a handler's data, and records the call with its context", async () => {
    const { mock, tools } = setup();
    const seen: unknown[] = [];
    mock.onTool("GITHUB_CREATE_AN_ISSUE", (args, ctx) => {
      seen.push({ args, userId: ctx.userId, account: ctx.account, version: ctx.version });
      return { number: 7 };
    });
    const result = await tools.execute("GITHUB_CREATE_AN_ISSUE", {
      arguments: { title: "Bug" },
      connectedAccountId: "ca_1",
      version: "20250101_00",
    });
    expect(result).toMatchObject({ successful: true, data: { number: 7 }, error: null });
    expect(seen).toEqual([
      { args: { title: "Bug" }, userId: "user_1", account: "ca_1", version: "20250101_00" },
    ]);
    const [call] = mock.calls.tool("GITHUB_CREATE_AN_ISSUE");
    expect(call).toMatchObject({
      operation: "executeTool",
      pathParams: { tool_slug: "GITHUB_CREATE_AN_ISSUE" },
      body: { arguments: { title: "Bug" }, user_id: "user_1" },
      status: 200,
      ran: true,
    });
    expect(call?.headers["x-api-key"]).toBe("[redacted]");
    expect(mock.executions("GITHUB_CREATE_AN_ISSUE")).toBe(1);
  });

  it("answers session.execute with a handler, the session id and account in its context", async () => {
    const { mock, session } = setup();
    mock.onTool("GMAIL_SEND_EMAIL", (args, ctx) => ({
      to: args.recipient_email,
      session: ctx.sessionId,
      account: ctx.account,
    }));
    const result = await session.execute("GMAIL_SEND_EMAIL", {
      arguments: { recipient_email: "ada@example.com" },
      account: "work-gmail",
    });
    expect(result).toMatchObject({
      resultType: "completed",
      data: { to: "ada@example.com", session: SESSION_ID, account: "work-gmail" },
    });
  });

  it("returns a failed result from toolFailed, which still counts as an execution", async () => {
    const { mock, tools, session } = setup();
    mock.onTool("GMAIL_SEND_EMAIL", () => toolFailed("Recipient rejected", { code: 550 }));
    await expect(tools.execute("GMAIL_SEND_EMAIL", { arguments: {} })).resolves.toMatchObject({
      successful: false,
      error: "Recipient rejected",
      data: { code: 550 },
    });
    await expect(session.execute("GMAIL_SEND_EMAIL", {})).resolves.toMatchObject({
      resultType: "failed",
      error: "Recipient rejected",
    });
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(2);
  });

  it("pauses with inputRequired, then runs once when the answer arrives", async () => {
    const { mock, session } = setup();
    mock.onTool("GMAIL_SEND_EMAIL", (_args, ctx) => {
      const answer = ctx.inputResponses?.approval as
        | { content?: { decision?: string } }
        | undefined;
      if (!answer) return inputRequired("Send this email?");
      return answer.content?.decision === "approve" ? { sent: true } : toolFailed("Rejected");
    });
    const paused = await session.execute("GMAIL_SEND_EMAIL", { arguments: { subject: "Hi" } });
    if (paused.resultType !== "inputRequired") throw new Error(`got ${paused.resultType}`);
    expect(paused.inputRequests.approval).toMatchObject({
      type: "elicitation",
      mode: "form",
      message: "Send this email?",
      requestedSchema: { properties: { decision: { enum: ["approve", "reject"] } } },
    });
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(0);
    const done = await paused.respond({
      approval: { action: "accept", content: { decision: "approve" } },
    });
    expect(done).toMatchObject({ resultType: "completed", data: { sent: true } });
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(1);
    const [, answered] = mock.calls.tool("GMAIL_SEND_EMAIL");
    expect(answered?.body).toMatchObject({
      input_responses: { approval: { action: "accept" } },
      request_state: paused.requestState,
    });
  });

  it("answers a hook's block from toolBlocked on execute and executeMeta, which runs nothing", async () => {
    const { mock, session } = setup();
    const blockReason = { hook: "before_execute", rule: ["external", 2] };
    mock.onTool("GMAIL_SEND_EMAIL", () =>
      toolBlocked("External email needs approval.", { blockReason, hookResults: [{ ok: false }] }),
    );
    mock.onMetaTool("COMPOSIO_SEARCH_TOOLS", () => toolBlocked("No searching today."));
    const blocked = await session.execute("GMAIL_SEND_EMAIL", { arguments: {} });
    expect(blocked).toEqual({
      resultType: "blocked",
      successful: false,
      error: "External email needs approval.",
      blockReason,
      hookResults: [{ ok: false }],
      logId: expect.any(String),
      requestId: expect.any(String),
    });
    await expect(session.executeMeta("COMPOSIO_SEARCH_TOOLS")).resolves.toMatchObject({
      resultType: "blocked",
      error: "No searching today.",
      blockReason: undefined,
    });
    expect(mock.executions()).toBe(0);
    const [call] = mock.calls.tool("GMAIL_SEND_EMAIL");
    expect(call?.ran).toBe(false);
  });

  it("refuses toolBlocked from a tools.execute handler, which has no hooks, as a handler bug", async () => {
    const { mock, tools } = setup();
    mock.onTool("GMAIL_SEND_EMAIL", () => toolBlocked("no"));
    await expect(tools.execute("GMAIL_SEND_EMAIL", { arguments: {} })).rejects.toMatchObject({
      status: 500,
      slug: "Mock_HandlerThrew",
    });
  });

  it("answers a pause answered twice with the spec's 409", async () => {
    const { mock, session } = setup();
    mock.onTool("GMAIL_SEND_EMAIL", (_a, ctx) =>
      ctx.inputResponses ? { sent: true } : inputRequired("Send?"),
    );
    const paused = await session.execute("GMAIL_SEND_EMAIL", {});
    if (paused.resultType !== "inputRequired") throw new Error(`got ${paused.resultType}`);
    const answer = { approval: { action: "accept" as const, content: { decision: "approve" } } };
    await paused.respond(answer);
    await expect(paused.respond(answer)).rejects.toMatchObject({
      status: 409,
      slug: "ToolRouter_InputAlreadyAnswered",
    });
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(1);
  });

  it("answers meta tools and proxied requests with their handlers", async () => {
    const { mock, session } = setup();
    mock.onMetaTool("COMPOSIO_SEARCH_TOOLS", (args) => ({ results: [], echoed: args }));
    mock.onProxy((request) => ({
      status: 201,
      data: { got: [request.method, request.endpoint, request.query, request.headers] },
      headers: { "x-upstream": "yes" },
    }));
    await expect(
      session.executeMeta("COMPOSIO_SEARCH_TOOLS", {
        arguments: { queries: [{ use_case: "email" }] },
      }),
    ).resolves.toMatchObject({
      resultType: "completed",
      data: { echoed: { queries: [{ use_case: "email" }] } },
    });
    const proxied = await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/users/me/messages",
      method: "GET",
      query: { maxResults: 10 },
      headers: { "x-goog": "1" },
    });
    expect(proxied).toMatchObject({
      resultType: "completed",
      status: 201,
      data: { got: ["GET", "/users/me/messages", { maxResults: "10" }, { "x-goog": "1" }] },
      headers: { "x-upstream": "yes" },
    });
    expect(mock.calls.meta("COMPOSIO_SEARCH_TOOLS")).toHaveLength(1);
    expect(mock.calls.proxy()).toHaveLength(1);
    expect(mock.executions()).toBe(2);
  });

  it("answers a binary proxied download", async () => {
    const { mock, session } = setup();
    mock.onProxy(() => ({
      binary: { url: "https://files.example/a.pdf", contentType: "application/pdf", size: 3 },
    }));
    await expect(
      session.proxyExecute({ toolkit: "drive", endpoint: "/f", method: "GET" }),
    ).resolves.toMatchObject({
      binaryData: { url: "https://files.example/a.pdf", contentType: "application/pdf", size: 3 },
    });
  });

  it("turns a thrown apiError into Composio's envelope, and the tool did not run", async () => {
    const { mock, tools } = setup();
    mock.onTool("GITHUB_STAR", () => {
      throw apiError(403, { slug: "ToolRouter_ToolkitNotAllowed", message: "No GitHub here" });
    });
    const error = await tools.execute("GITHUB_STAR", { arguments: {} }).catch((e) => e);
    expect(error).toMatchObject({
      name: "PermissionDeniedError",
      status: 403,
      code: 10403,
      slug: "ToolRouter_ToolkitNotAllowed",
      message: expect.stringContaining("No GitHub here"),
    });
    expect(mock.executions("GITHUB_STAR")).toBe(0);
    expect(mock.calls.last()?.status).toBe(403);
  });

  it("answers a handler's bug with a 500 naming it", async () => {
    const { mock, tools } = setup();
    mock.onTool("BROKEN", () => {
      throw new TypeError("oops");
    });
    const error = await tools.execute("BROKEN", { arguments: {} }).catch((e) => e);
    expect(error).toMatchObject({ status: 500, slug: "Mock_HandlerThrew" });
    expect(error.message).toContain("TypeError: oops");
  });

  const unprintable = Object.create(null);
  const throwingToString = {
    toString() {
      throw new Error("no");
    },
  };
  it.each([
    ["a string", "nope", 'threw "nope"'],
    ["null", null, "threw null"],
    ["undefined", undefined, "threw undefined"],
    ["a Symbol", Symbol("s"), "threw Symbol(s)"],
    ["a null-prototype object", unprintable, "threw [object Object]"],
    ["an object whose toString throws", throwingToString, "threw [object Object]"],
  ])(
    "answers a handler that throws %s with that 500, never a rejected fetch",
    async (_name, thrown, text) => {
      const { mock, tools } = setup();
      mock.onTool("BROKEN", () => {
        throw thrown;
      });
      const error = await tools.execute("BROKEN", { arguments: {} }).catch((e) => e);
      expect(error).not.toBeInstanceOf(ComposioConnectionError);
      expect(error).toMatchObject({ status: 500, slug: "Mock_HandlerThrew" });
      expect(error.message).toContain(text);
      expect(mock.calls.last()?.status).toBe(500);
    },
  );

  it("sends every value of a repeated query parameter to onProxy", async () => {
    const { mock, session } = setup();
    const seen: ProxyRequest["query"][] = [];
    mock.onProxy((request) => {
      seen.push(request.query);
      return { status: 200, data: {} };
    });
    await session.proxyExecute({
      toolkit: "github",
      endpoint: "/search",
      method: "GET",
      parameters: [
        { name: "a", value: "1", type: "query" },
        { name: "a", value: "2", type: "query" },
        { name: "__proto__", value: "p", type: "query" },
      ],
      query: { b: "3", a: "4" },
    });
    expect(seen).toHaveLength(1);
    expect(Object.entries(seen[0] ?? {})).toEqual([
      ["a", ["1", "2", "4"]],
      ["__proto__", "p"],
      ["b", "3"],
    ]);
  });

  it("leaves out proxy reply headers set to undefined", async () => {
    const { mock, session } = setup();
    mock.onProxy((request) =>
      request.endpoint === "/cached"
        ? { status: 200, data: {}, headers: { etag: '"v1"', "content-type": "application/json" } }
        : { status: 200, data: {}, headers: { etag: undefined, "content-type": "text/plain" } },
    );
    const plain = await session.proxyExecute({ toolkit: "g", endpoint: "/plain", method: "GET" });
    expect(plain).toMatchObject({
      resultType: "completed",
      headers: { "content-type": "text/plain" },
    });
    expect(plain.resultType === "completed" && Object.keys(plain.headers)).toEqual([
      "content-type",
    ]);
  });
});

describe("meta tools the spec does not list: never stricter than Composio", () => {
  it("sends an unlisted slug to its handler, registered through unlistedMetaSlug", async () => {
    const { mock, session } = setup();
    mock.onMetaTool(unlistedMetaSlug("COMPOSIO_GET_RECIPE"), (args) => ({
      recipe: args.recipe_id,
    }));
    const result = await session.executeMeta(unlistedMetaSlug("COMPOSIO_GET_RECIPE"), {
      arguments: { recipe_id: "rcp_1" },
    });
    expect(result).toMatchObject({ resultType: "completed", data: { recipe: "rcp_1" } });
    expect(mock.calls.last()).toMatchObject({ status: 200, validationErrors: [] });
  });

  it("answers one without a handler with a 404 that says how to answer it", async () => {
    const { session } = setup();
    const error = await session
      .executeMeta(unlistedMetaSlug("COMPOSIO_GET_RECIPE"), { arguments: {} })
      .catch((e) => e);
    expect(error).toMatchObject({ status: 404, slug: "Mock_UnlistedMetaTool" });
    expect(error.message).toContain("COMPOSIO_GET_RECIPE");
    expect(JSON.stringify(error)).not.toContain("Connect the user");
  });
});

describe("defaults", () => {
  it("answers a tool without a handler with the spec's example", async () => {
    const { mock, tools, session } = setup();
    await expect(tools.execute("ANY_TOOL", { arguments: {} })).resolves.toMatchObject({
      successful: true,
      logId: "log_Xq3Vb7Tn1KpR",
    });
    await expect(session.execute("ANY_TOOL")).resolves.toMatchObject({
      resultType: "completed",
      logId: "log_Bq8Wd2Rk5MnT",
    });
    expect(mock.executions("ANY_TOOL")).toBe(2);
  });

  it("serves the example named by Prefer, as Prism does, and a pause is not an execution", async () => {
    const { mock, session } = setup();
    const paused = await session.execute(
      "GMAIL_SEND_EMAIL",
      {},
      { headers: { prefer: "example=inputRequired" } },
    );
    expect(paused.resultType).toBe("inputRequired");
    expect(mock.executions()).toBe(0);
  });

  it("answers 404 for a tool without a handler when unknownTools is not-found", async () => {
    const { mock, tools } = setup({ unknownTools: "not-found" });
    mock.onTool("KNOWN", () => ({ ok: true }));
    await expect(tools.execute("KNOWN", { arguments: {} })).resolves.toMatchObject({
      successful: true,
    });
    await expect(tools.execute("UNKNOWN", { arguments: {} })).rejects.toMatchObject({
      status: 404,
      slug: "Tool_NotFound",
    });
  });

  it("gives its own errors a slug and fix that fit, not the spec's example for the status", async () => {
    const { mock } = setup();
    const unknown = await mock.fetch("https://backend.composio.dev/api/v3/tools", {
      headers: { "x-api-key": "k" },
    });
    expect(unknown.status).toBe(404);
    const { error } = await unknown.json();
    expect(error).toMatchObject({ slug: "Route_NotFound", message: "No route GET /api/v3/tools" });
    expect(error.suggested_fix).not.toContain("Connect the user");
    // A message of one's own: the example's slug and fix, about connected accounts, are not kept.
    const detail = apiError(404, { message: "No such issue" }).detail;
    expect(detail).toMatchObject({ status: 404, slug: "Http_404", message: "No such issue" });
    expect(detail.suggested_fix).toBeUndefined();
    // Nothing of one's own: the spec's example, as documented.
    expect(apiError(404).detail.slug).toBe("ConnectedAccount_NotFound");
  });

  it("forgets handlers, calls and faults on reset", async () => {
    const { mock, tools } = setup();
    mock.onTool("T", () => ({ mine: true })).failNext(1, "server-error");
    mock.reset();
    await expect(tools.execute("T", { arguments: {} })).resolves.toMatchObject({
      data: { number: 1482 },
    });
    expect(mock.calls).toHaveLength(1);
  });
});
