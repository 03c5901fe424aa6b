import { inspect } from "node:util";
import { sendJson, startHttpServer } from "@composio-client/mock-servers";
import { afterEach, describe, expect, it } from "vitest";
import {
  ComposioValidationError,
  createToolRouterClient,
  type MetaToolSlug,
  PermissionDeniedError,
  type ProxyExecuteParams,
} from "../src/index";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const executeReply = { data: { id: 7 }, error: null, log_id: "log_1" };

async function sessionAgainst(reply: unknown = executeReply, status = 200) {
  const server = await startHttpServer((_req, res) =>
    sendJson(res, status, reply, { "x-request-id": "req_42" }),
  );
  servers.push(server);
  const router = createToolRouterClient({ apiKey: "k", baseUrl: server.url, maxRetries: 0 });
  return {
    router,
    session: router.session("trs_1"),
    sent: () => server.requests,
    body: (index = 0) => JSON.parse(server.requests[index]?.body ?? "null"),
  };
}

describe("router.session", () => {
  it("binds the id, percent-encoded into the path", async () => {
    const { router, sent } = await sessionAgainst();
    const session = router.session("trs/1 ?");
    expect(session.id).toBe("trs/1 ?");
    await session.execute("X");
    expect(sent()[0]?.url).toBe("/api/v3/tool_router/session/trs%2F1%20%3F/execute");
  });

  it.each(["", ".", ".."])("refuses the session id %j at once", async (id) => {
    const { router } = await sessionAgainst();
    expect(() => router.session(id)).toThrow(ComposioValidationError);
  });
});

describe("session.execute", () => {
  it("sends tool_slug, arguments and account, and maps the result", async () => {
    const { session, body } = await sessionAgainst();
    const result = await session.execute(
      "GITHUB_CREATE_AN_ISSUE",
      { title: "Bug", per_page: 1 },
      {
        account: "work-github",
      },
    );
    expect(body()).toEqual({
      tool_slug: "GITHUB_CREATE_AN_ISSUE",
      arguments: { title: "Bug", per_page: 1 },
      account: "work-github",
    });
    expect(result).toEqual({ data: { id: 7 }, error: null, logId: "log_1", requestId: "req_42" });
  });

  it("leaves out what was not given", async () => {
    const { session, body } = await sessionAgainst();
    await session.execute("X");
    expect(body()).toEqual({ tool_slug: "X" });
  });

  it("returns null data as {} and keeps the tool's error", async () => {
    const { session } = await sessionAgainst({
      data: null,
      error: "Rate limited upstream",
      log_id: "l",
    });
    expect(await session.execute("X")).toMatchObject({ data: {}, error: "Rate limited upstream" });
  });

  it("throws API errors as typed errors", async () => {
    const { session } = await sessionAgainst(
      { error: { message: "Toolkit not allowed", code: 10403, slug: "Forbidden", status: 403 } },
      403,
    );
    await expect(session.execute("X")).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe("session.executeMeta", () => {
  it("sends the meta tool slug and arguments", async () => {
    const { session, sent, body } = await sessionAgainst();
    await session.executeMeta("COMPOSIO_SEARCH_TOOLS", { queries: [{ use_case: "send email" }] });
    expect(sent()[0]?.url).toBe("/api/v3/tool_router/session/trs_1/execute_meta");
    expect(body()).toEqual({
      slug: "COMPOSIO_SEARCH_TOOLS",
      arguments: { queries: [{ use_case: "send email" }] },
    });
  });

  it("refuses a slug the spec does not list, before sending", async () => {
    const { session, sent } = await sessionAgainst();
    const error = await session.executeMeta("COMPOSIO_SEARCH_TOOL" as MetaToolSlug).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(error.message).toContain("COMPOSIO_SEARCH_TOOLS");
    expect(sent()).toHaveLength(0);
  });
});

describe("session.proxyExecute", () => {
  const proxyReply = {
    status: 201,
    data: { id: "file_1" },
    binary_data: {
      url: "https://cdn.example/f",
      content_type: "image/png",
      size: 3,
      expires_at: "2026-12-01T00:00:00Z",
    },
    headers: { "content-type": "application/json" },
  };

  it("turns query and headers into parameters, as strings, after raw parameters", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "GET",
      parameters: [{ name: "fields", value: "id", type: "query" }],
      query: { maxResults: 10, includeSpam: false },
      headers: { "x-goog-user": "me" },
    });
    expect(body()).toEqual({
      toolkit_slug: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "GET",
      parameters: [
        { name: "fields", value: "id", type: "query" },
        { name: "maxResults", value: "10", type: "query" },
        { name: "includeSpam", value: "false", type: "query" },
        { name: "x-goog-user", value: "me", type: "header" },
      ],
    });
  });

  it("sends a JSON body unchanged and maps the result to camelCase", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    const payload = { raw_message: { To: "a@b.c" }, labelIds: ["INBOX"] };
    const result = await session.proxyExecute({
      toolkit: "gmail",
      endpoint: "/gmail/v1/users/me/messages/send",
      method: "POST",
      body: payload,
      contentType: "application/json",
      customConnectionData: {
        authScheme: "OAUTH2",
        toolkitSlug: "gmail",
        val: { access_token: "t" },
      },
    });
    expect(body()).toEqual({
      toolkit_slug: "gmail",
      endpoint: "/gmail/v1/users/me/messages/send",
      method: "POST",
      body: payload,
      parameters: [{ name: "Content-Type", value: "application/json", type: "header" }],
      custom_connection_data: {
        authScheme: "OAUTH2",
        toolkitSlug: "gmail",
        val: { access_token: "t" },
      },
    });
    expect(result).toEqual({
      status: 201,
      data: { id: "file_1" },
      binaryData: {
        url: "https://cdn.example/f",
        contentType: "image/png",
        size: 3,
        expiresAt: "2026-12-01T00:00:00Z",
      },
      headers: { "content-type": "application/json" },
      requestId: "req_42",
    });
  });

  it.each([
    ["a Uint8Array", new Uint8Array([104, 105, 33])],
    ["an ArrayBuffer", new Uint8Array([104, 105, 33]).buffer],
    ["a Blob", new Blob([new Uint8Array([104, 105, 33])], { type: "text/plain" })],
  ])("sends %s as base64 with its content type", async (_what, bytes) => {
    const { session, body } = await sessionAgainst(proxyReply);
    await session.proxyExecute({
      toolkit: "googledrive",
      endpoint: "/upload/drive/v3/files",
      method: "POST",
      binaryBody: bytes,
      ...(bytes instanceof Blob ? {} : { contentType: "text/plain" }),
    });
    expect(body().binary_body).toEqual({ base64: "aGkh", content_type: "text/plain" });
  });

  it("sends a large binary body intact", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    const bytes = new Uint8Array(300_000).map((_, i) => i % 256);
    await session.proxyExecute({ toolkit: "t", endpoint: "/u", method: "PUT", binaryBody: bytes });
    // Compared through Node's own encoder: a deep equal of 300,000 elements is needlessly slow.
    expect(body().binary_body.base64).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("passes URL and base64 binary bodies through", async () => {
    const { session, body } = await sessionAgainst(proxyReply);
    await session.proxyExecute({
      toolkit: "t",
      endpoint: "/u",
      method: "POST",
      binaryBody: { url: "https://files.example/a.pdf", contentType: "application/pdf" },
    });
    await session.proxyExecute({
      toolkit: "t",
      endpoint: "/u",
      method: "POST",
      binaryBody: { base64: "aGkh" },
    });
    expect(body(0).binary_body).toEqual({
      url: "https://files.example/a.pdf",
      content_type: "application/pdf",
    });
    expect(body(1).binary_body).toEqual({ base64: "aGkh" });
  });

  it("keeps a missing binary_data absent and headers present", async () => {
    const { session } = await sessionAgainst({ status: 204, data: null });
    const result = await session.proxyExecute({ toolkit: "t", endpoint: "/u", method: "DELETE" });
    expect(result).toEqual({ status: 204, data: null, headers: {}, requestId: "req_42" });
    expect("binaryData" in result).toBe(false);
  });

  const bad: [string, unknown][] = [
    ["a body on GET", { toolkit: "t", endpoint: "/u", method: "GET", body: { a: 1 } }],
    [
      "a binary body on HEAD",
      { toolkit: "t", endpoint: "/u", method: "HEAD", binaryBody: new Uint8Array(1) },
    ],
    [
      "body and binaryBody together",
      { toolkit: "t", endpoint: "/u", method: "POST", body: {}, binaryBody: { base64: "aA==" } },
    ],
    ["an unknown method", { toolkit: "t", endpoint: "/u", method: "TRACE" }],
    ["an empty toolkit", { toolkit: "", endpoint: "/u", method: "GET" }],
    ["a missing endpoint", { toolkit: "t", method: "GET" }],
    [
      "an empty binary body",
      { toolkit: "t", endpoint: "/u", method: "POST", binaryBody: new Uint8Array(0) },
    ],
    [
      "a relative binary URL",
      { toolkit: "t", endpoint: "/u", method: "POST", binaryBody: { url: "/a.pdf" } },
    ],
    [
      "a query value that is an object",
      { toolkit: "t", endpoint: "/u", method: "GET", query: { a: {} } },
    ],
    [
      "a raw parameter of an unknown type",
      {
        toolkit: "t",
        endpoint: "/u",
        method: "GET",
        parameters: [{ name: "a", value: "1", type: "cookie" }],
      },
    ],
  ];
  it.each(bad)("refuses %s before sending", async (_what, params) => {
    const { session, sent } = await sessionAgainst(proxyReply);
    const error = await session.proxyExecute(params as ProxyExecuteParams).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(sent()).toHaveLength(0);
  });
});

describe("safety through the wrapper", () => {
  it("never shows the key when the router or a session is inspected or serialized", () => {
    const key = "sk_live_router_0123456789abcdef";
    const router = createToolRouterClient({ apiKey: key });
    const session = router.session("trs_1");
    for (const value of [router, session]) {
      expect(inspect(value, { depth: null, showHidden: true })).not.toContain(key);
      expect(JSON.stringify(value)).not.toContain(key);
    }
  });

  it("refuses a lone surrogate in the session id before sending", () => {
    const router = createToolRouterClient({ apiKey: "k" });
    expect(() => router.session("trs_\ud800")).toThrow(ComposioValidationError);
  });
});
