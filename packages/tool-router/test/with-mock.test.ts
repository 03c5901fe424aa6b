// Sessions against @composio-client/testing's mock: every request the wrapper sends must pass the
// spec's rules, and pauses, failures and errors must come back as the types promise. Exact wire
// bytes are tested against a raw server in session.test.ts.
import { META_TOOL_SLUGS } from "@composio-client/spec/values";
import { describe, expect, it } from "vitest";
import {
  ComposioConnectionError,
  ConflictError,
  createToolRouterClient,
  type MetaToolSlug,
  PermissionDeniedError,
} from "../src/index";
import { apiError, createMockComposio, inputRequired, toolFailed } from "./mock";

function setup() {
  const mock = createMockComposio({ apiKeys: ["k"] });
  const session = createToolRouterClient({ apiKey: "k", fetch: mock.fetch }).session("trs_1");
  return { mock, session };
}

// Every meta slug of the spec, read from it: a slug the spec adds is covered without an edit.
const META_TOOLS = META_TOOL_SLUGS as MetaToolSlug[];

describe("sessions send what the spec accepts", () => {
  it("execute with every option", async () => {
    const { mock, session } = setup();
    await session.execute("GMAIL_SEND_EMAIL", {
      arguments: { to: "a" },
      account: "work",
      enableAutoWorkbenchOffload: true,
      inputResponses: { approval: { action: "accept", content: { decision: "approve" } } },
      requestState: "rs_1",
    });
    expect(mock.calls.last()).toMatchObject({ status: 200, validationErrors: [] });
  });

  it.each(META_TOOLS)("executeMeta %s", async (slug) => {
    const { mock, session } = setup();
    await session.executeMeta(slug, { arguments: { queries: [] } });
    expect(mock.calls.last()).toMatchObject({ status: 200, slug, validationErrors: [] });
  });

  it("proxyExecute with JSON, binary and URL bodies, parameters and connection data", async () => {
    const { mock, session } = setup();
    const customConnectionData = {
      authScheme: "OAUTH2" as const,
      toolkitSlug: "gmail",
      val: { access_token: "ya29.x" },
    };
    for (const body of [
      { method: "GET" as const, query: { n: 1 }, headers: { "x-a": "b" } },
      { method: "POST" as const, body: { raw: "aGk=" }, contentType: "application/json" },
      { method: "PATCH" as const, body: null },
      { method: "PUT" as const, binaryBody: new Uint8Array([1, 2, 3]), contentType: "image/png" },
      { method: "POST" as const, binaryBody: { url: "https://files.example.com/a.pdf" } },
      { method: "POST" as const, binaryBody: new Blob(["hi"], { type: "text/plain" }) },
    ]) {
      await session.proxyExecute({
        toolkit: "gmail",
        endpoint: "/e",
        customConnectionData,
        ...body,
      });
    }
    expect(mock.calls.proxy().map((c) => c.validationErrors)).toEqual(Array(6).fill([]));
  });
});

describe("sessions read the mock's answers", () => {
  it("a pause, answered through respond(), runs the tool once with the answers", async () => {
    const { mock, session } = setup();
    mock.onTool("GMAIL_SEND_EMAIL", (_args, ctx) =>
      ctx.inputResponses
        ? { answers: ctx.inputResponses }
        : inputRequired(
            { confirm: { message: "Send?", requestedSchema: { type: "object" } } },
            { requestState: "rs_given" },
          ),
    );
    const paused = await session.execute("GMAIL_SEND_EMAIL", {});
    if (paused.resultType !== "inputRequired") throw new Error(paused.resultType);
    expect(paused.requestState).toBe("rs_given");
    expect(paused.inputRequests.confirm?.message).toBe("Send?");
    const done = await paused.respond({ confirm: { action: "decline" } });
    expect(done).toMatchObject({
      resultType: "completed",
      data: { answers: { confirm: { action: "decline" } } },
    });
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(1);
  });

  it("a meta tool's pause and a proxied request's pause", async () => {
    const { mock, session } = setup();
    mock.onMetaTool("COMPOSIO_MULTI_EXECUTE_TOOL", (_a, ctx) =>
      ctx.inputResponses ? { ran: true } : inputRequired("Run all?"),
    );
    mock.onProxy(() => inputRequired("Call the API?"));
    const meta = await session.executeMeta("COMPOSIO_MULTI_EXECUTE_TOOL", {
      arguments: { tools: [] },
    });
    if (meta.resultType !== "inputRequired") throw new Error(meta.resultType);
    await expect(meta.respond({ approval: { action: "accept" } })).resolves.toMatchObject({
      resultType: "completed",
      data: { ran: true },
    });
    await expect(
      session.proxyExecute({ toolkit: "gmail", endpoint: "/e", method: "GET" }),
    ).resolves.toMatchObject({ resultType: "inputRequired" });
  });

  it("a failed tool, and the API's errors as typed errors", async () => {
    const { mock, session } = setup();
    mock.onTool("FAILS", () => toolFailed("Quota exceeded"));
    mock.onTool("FORBIDDEN", () => {
      throw apiError(403);
    });
    await expect(session.execute("FAILS")).resolves.toMatchObject({
      resultType: "failed",
      error: "Quota exceeded",
    });
    await expect(session.execute("FORBIDDEN")).rejects.toBeInstanceOf(PermissionDeniedError);
    mock.onTool("PAUSES", (_a, ctx) => (ctx.inputResponses ? {} : inputRequired("Ok?")));
    const paused = await session.execute("PAUSES");
    if (paused.resultType !== "inputRequired") throw new Error(paused.resultType);
    await paused.respond({ approval: { action: "accept" } });
    await expect(paused.respond({ approval: { action: "accept" } })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("a connection dropped after the tool ran is not retried", async () => {
    const { mock, session } = setup();
    mock.failNext(1, "drop");
    const error = await session.execute("GMAIL_SEND_EMAIL").catch((e) => e);
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect(error.mayHaveExecuted).toBe(true);
    expect(mock.calls).toHaveLength(1);
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(1);
  });
});
