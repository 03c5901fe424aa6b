import { META_TOOL_SLUGS } from "@composio-client/spec/values";
import { createMockComposio, toolBlocked } from "@composio-client/testing";
import {
  BadRequestError,
  createProxyFetch,
  createToolRouterClient,
  type MetaToolSlug,
  type ToolRouterSession,
  unlistedMetaSlug,
} from "@composio-client/tool-router";
import { beforeAll, describe, expect, inject, it } from "vitest";

// Prism (one for the whole suite, started by setup/prism.ts) serves the spec and validates every
// request against it: any field the spec does not have, or a missing required one, fails the call
// with a 4xx.
let session: ToolRouterSession;
beforeAll(async () => {
  session = createToolRouterClient({ apiKey: "contract_key", baseUrl: inject("prismUrl") }).session(
    "trs_4xY8pQ2mNa",
  );
});

// Every meta slug of the spec, read from it: a slug the spec adds is covered without an edit.
const META_TOOLS = META_TOOL_SLUGS as MetaToolSlug[];
// Prism answers with the example a request names in its Prefer header.
const preferExample = (name: string) => ({ headers: { prefer: `example=${name}` } });

describe("tool-router sessions against the spec (Prism)", () => {
  it("executes a tool with arguments and an account", async () => {
    const result = await session.execute("GITHUB_CREATE_AN_ISSUE", {
      arguments: { owner: "composiohq", repo: "composio", title: "Bug" },
      account: "work-github",
    });
    expect(result).toMatchObject({
      resultType: "completed",
      error: null,
      logId: "log_Bq8Wd2Rk5MnT",
      data: { labelIds: ["SENT"] },
      instantCharge: { amount: "0.0042", currency: "USD", chargedBy: "composio" },
    });
  });

  it("reads every example the spec gives as its own variant", async () => {
    const expected = {
      completed: "completed",
      failed: "failed",
      inputRequired: "inputRequired",
      blocked: "blocked",
      legacy: "completed",
    };
    for (const [example, resultType] of Object.entries(expected)) {
      const result = await session.execute("GMAIL_SEND_EMAIL", {}, preferExample(example));
      expect(result.resultType, example).toBe(resultType);
    }
  });

  it("reads a hook's block on execute and executeMeta, from Prism and the mock alike", async () => {
    const mock = createMockComposio();
    mock.onTool("GMAIL_SEND_EMAIL", () =>
      toolBlocked("Blocked by policy", { blockReason: { policy: "p" }, hookResults: [] }),
    );
    mock.onMetaTool("COMPOSIO_SEARCH_TOOLS", () => toolBlocked("Blocked by policy"));
    const mocked = createToolRouterClient({ apiKey: "k", fetch: mock.fetch }).session("trs_1");
    const results = [
      await session.execute("GMAIL_SEND_EMAIL", {}, preferExample("blocked")),
      await session.executeMeta("COMPOSIO_SEARCH_TOOLS", {}, preferExample("blocked")),
      await mocked.execute("GMAIL_SEND_EMAIL"),
      await mocked.executeMeta("COMPOSIO_SEARCH_TOOLS"),
    ];
    for (const result of results) {
      expect(result).toMatchObject({ resultType: "blocked", successful: false });
      if (result.resultType !== "blocked") continue;
      expect(result.error).toMatch(/^Blocked by policy/);
      expect(typeof result.logId).toBe("string");
    }
    // Prism's example carries the reason and the hooks' results, as the mock's handler did.
    expect(results[0]).toMatchObject({ blockReason: { policy: "external-email" } });
    expect(results[2]).toMatchObject({ blockReason: { policy: "p" }, hookResults: [] });
  });

  it("answers a pause with input_responses and request_state the spec accepts", async () => {
    const first = await session.execute(
      "GMAIL_SEND_EMAIL",
      {
        arguments: { recipient_email: "ada@example.com" },
        account: "work-gmail",
        enableAutoWorkbenchOffload: false,
      },
      preferExample("inputRequired"),
    );
    if (first.resultType !== "inputRequired")
      throw new Error(`expected a pause, got ${first.resultType}`);
    const [id] = Object.keys(first.inputRequests);
    expect(first.requestState).toBe("rs_eyJ0b29sIjoiR01BSUxfU0VORF9FTUFJTCJ9");
    const answered = await first.respond(
      { [id as string]: { action: "accept", content: { decision: "approve" } } },
      preferExample("completed"),
    );
    expect(answered.resultType).toBe("completed");
  });

  it("executes a tool with no arguments", async () => {
    await expect(session.execute("GITHUB_GET_THE_AUTHENTICATED_USER")).resolves.toBeDefined();
  });

  it.each(META_TOOLS)("executes the meta tool %s", async (slug) => {
    const result = await session.executeMeta(slug, {
      arguments: { queries: [{ use_case: "send an email" }] },
    });
    expect(result).toMatchObject({ resultType: "completed", logId: "log_Mt4Hs9Qa2VcE" });
  });

  it("answers a meta tool's pause", async () => {
    const first = await session.executeMeta(
      "COMPOSIO_MULTI_EXECUTE_TOOL",
      { arguments: { tools: [] } },
      preferExample("inputRequired"),
    );
    if (first.resultType !== "inputRequired")
      throw new Error(`expected a pause, got ${first.resultType}`);
    const answered = await first.respond({}, preferExample("completed"));
    expect(answered.resultType).toBe("completed");
  });

  it("sends an unlisted meta slug, which the spec refuses", async () => {
    const error = await session
      .executeMeta(unlistedMetaSlug("COMPOSIO_GET_RECIPE"))
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.headers.get("sl-violations")).toContain("slug");
  });

  it("proxies a GET with query and header parameters", async () => {
    const result = await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "GET",
      query: { maxResults: 10 },
      headers: { "x-goog-user": "me" },
      parameters: [{ name: "fields", value: "messages(id)", type: "query" }],
    });
    expect(result).toMatchObject({
      resultType: "completed",
      status: 200,
      data: { resultSizeEstimate: 1 },
      headers: { "content-type": expect.stringContaining("application/json") },
    });
  });

  it("reads a binary download and a pause from the proxy's examples", async () => {
    const params = { toolkit: "gmail", endpoint: "/e", method: "GET" as const };
    await expect(session.proxyExecute(params, preferExample("binary"))).resolves.toMatchObject({
      resultType: "completed",
      binaryData: { contentType: "application/pdf", size: 48213 },
    });
    await expect(
      session.proxyExecute(params, preferExample("inputRequired")),
    ).resolves.toMatchObject({ resultType: "inputRequired" });
  });

  it("proxies JSON, binary and URL bodies, with custom connection data", async () => {
    const customConnectionData = {
      authScheme: "OAUTH2" as const,
      toolkitSlug: "gmail",
      val: { access_token: "ya29.x" },
    };
    for (const body of [
      { method: "POST" as const, body: { raw: "aGk=" }, contentType: "application/json" },
      { method: "PATCH" as const, body: null },
      { method: "PUT" as const, binaryBody: new Uint8Array([1, 2, 3]), contentType: "image/png" },
      { method: "POST" as const, binaryBody: { url: "https://files.example.com/a.pdf" } },
      { method: "POST" as const, binaryBody: new Blob(["hi"], { type: "text/plain" }) },
    ]) {
      await expect(
        session.proxyExecute({
          toolkit: "gmail",
          endpoint: "/upload",
          customConnectionData,
          ...body,
        }),
      ).resolves.toMatchObject({ status: 200 });
    }
  });

  it("sends spec-valid proxy_execute bodies for every kind of proxyFetch request", async () => {
    const fetch = createProxyFetch(session, "github");
    const form = new FormData();
    form.append("file", new Blob(["a,b"], { type: "text/csv" }), "a.csv");
    for (const init of [
      { headers: { accept: "application/json", authorization: "token dropped" } },
      { method: "POST", headers: { "content-type": "application/json" }, body: '{"a":[1]}' },
      { method: "PUT", body: "plain text" },
      { method: "PATCH", body: new Uint8Array([1, 2, 3]) },
      { method: "POST", body: form },
      { method: "HEAD" },
      { method: "DELETE" },
    ]) {
      const response = await fetch(
        "https://api.github.com/repos/o/r/issues?state=open&x=1&x=2",
        init,
      );
      expect(response.status).toBe(200);
    }
  });

  it("is a real check: Prism rejects a body field the spec does not have", async () => {
    const error = await createToolRouterClient({
      apiKey: "contract_key",
      baseUrl: inject("prismUrl"),
    })
      .client.post("/api/v3/tool_router/session/{session_id}/execute", {
        path: { session_id: "trs_1" },
        body: { tool_slug: "X", toolkit: "github" } as never,
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.headers.get("sl-violations")).toContain("toolkit");
  });
});
