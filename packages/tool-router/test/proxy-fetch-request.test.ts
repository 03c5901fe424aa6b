// proxyFetch, request side: what a fetch call becomes in the proxy_execute body.

import { startHttpServer } from "@composio-client/mock-servers";
import { describe, expect, it, vi } from "vitest";
import {
  ComposioAbortError,
  ComposioTimeoutError,
  ComposioValidationError,
  createProxyFetch,
  createToolRouterClient,
  InternalServerError,
  type ToolRouterSession,
} from "../src/index";
import { API_KEY, proxyAgainst } from "./proxy-fetch-helpers";

const header = (name: string, value: string) => ({ name, value, type: "header" });
const query = (name: string, value: string) => ({ name, value, type: "query" });

async function refusal(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("proxyFetch: URL and query", () => {
  it("sends an absolute URL as endpoint, its query as parameters, repeated keys in order", async () => {
    const { session, sent } = await proxyAgainst();
    await createProxyFetch(
      session,
      "github",
    )(
      "https://api.github.com/search/issues?q=is%3Aopen+label%3Abug&sort=created&q=repo%3Aa%2Fb&empty=",
    );
    expect(sent()).toEqual({
      toolkit_slug: "github",
      endpoint: "https://api.github.com/search/issues",
      method: "GET",
      parameters: [
        query("q", "is:open label:bug"),
        query("sort", "created"),
        query("q", "repo:a/b"),
        query("empty", ""),
      ],
    });
  });

  it("takes a URL object and a Request, whose method, headers and body it keeps", async () => {
    const { session, sent } = await proxyAgainst();
    const fetch = createProxyFetch(session, "github");
    await fetch(new URL("https://api.github.com/user"));
    await fetch(
      new Request("https://api.github.com/user/repos?per_page=1", {
        method: "POST",
        headers: { "content-type": "application/json", "x-github-api-version": "2022-11-28" },
        body: JSON.stringify({ name: "hello" }),
      }),
    );
    expect(sent(0)).toEqual({
      toolkit_slug: "github",
      endpoint: "https://api.github.com/user",
      method: "GET",
    });
    expect(sent(1)).toEqual({
      toolkit_slug: "github",
      endpoint: "https://api.github.com/user/repos",
      method: "POST",
      body: { name: "hello" },
      parameters: [
        query("per_page", "1"),
        header("content-type", "application/json"),
        header("x-github-api-version", "2022-11-28"),
      ],
    });
  });

  it("resolves a relative URL against baseUrl, as new URL(input, baseUrl) does", async () => {
    const { session, sent } = await proxyAgainst();
    const fetch = createProxyFetch(session, "gmail", {
      baseUrl: "https://gmail.googleapis.com/gmail/v1/",
    });
    await fetch("users/me/messages?maxResults=10");
    await fetch("/upload/x");
    expect(sent(0)).toMatchObject({
      endpoint: "https://gmail.googleapis.com/gmail/v1/users/me/messages",
      parameters: [query("maxResults", "10")],
    });
    expect(sent(1)).toMatchObject({ endpoint: "https://gmail.googleapis.com/upload/x" });
  });

  it("sends a relative path as is without baseUrl: relative to the account's base URL", async () => {
    const { session, sent } = await proxyAgainst();
    await createProxyFetch(session, "gmail")("/gmail/v1/users/me/messages?maxResults=10#top");
    expect(sent()).toEqual({
      toolkit_slug: "gmail",
      endpoint: "/gmail/v1/users/me/messages",
      method: "GET",
      parameters: [query("maxResults", "10")],
    });
  });

  it.each([
    ["a host without a scheme", "//evil.example/x"],
    ["a non-HTTP scheme", "ftp://files.example/x"],
    ["a URL with credentials", "https://user:pass@api.example/x"],
  ])("refuses %s before sending anything", async (_what, url) => {
    const { session, requests } = await proxyAgainst();
    const error = await refusal(createProxyFetch(session, "github")(url));
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(requests).toHaveLength(0);
  });

  it("refuses a baseUrl that is not an absolute http(s) URL at once", async () => {
    const { session } = await proxyAgainst();
    expect(() => createProxyFetch(session, "github", { baseUrl: "api.github.com" })).toThrow(
      ComposioValidationError,
    );
    expect(() => createProxyFetch(session, "")).toThrow(ComposioValidationError);
  });
});

describe("proxyFetch: methods", () => {
  it.each([
    ["GET", "GET"],
    ["get", "GET"],
    ["POST", "POST"],
    ["PUT", "PUT"],
    ["DELETE", "DELETE"],
    ["patch", "PATCH"],
    ["HEAD", "HEAD"],
  ])("sends %s as %s", async (method, wire) => {
    const { session, sent } = await proxyAgainst();
    await createProxyFetch(session, "github")("https://api.github.com/x", { method });
    expect(sent().method).toBe(wire);
  });

  // Never stricter than the server: which methods its proxy takes is the server's to say.
  it.each([
    ["OPTIONS", "OPTIONS"],
    ["propfind", "PROPFIND"],
  ])("sends %s, which the spec does not list, as %s", async (method, wire) => {
    const { session, sent } = await proxyAgainst();
    await createProxyFetch(session, "github")("https://api.github.com/x", { method });
    expect(sent().method).toBe(wire);
  });

  it("refuses TRACE, which fetch itself forbids, before sending", async () => {
    const { session, requests } = await proxyAgainst();
    const error = await refusal(
      createProxyFetch(session, "github")("https://a.example/", { method: "TRACE" }),
    );
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(requests).toHaveLength(0);
  });
});

describe("proxyFetch: headers", () => {
  it("forwards headers except hop-by-hop ones, host, content-length and authorization", async () => {
    const { session, sent, requests } = await proxyAgainst();
    await createProxyFetch(session, "github")("https://api.github.com/x", {
      headers: {
        Accept: "application/vnd.github+json",
        Authorization: "token ghp_callers_own_token",
        "Proxy-Authorization": "Basic cHJveHk=",
        Connection: "keep-alive, x-hop",
        "Keep-Alive": "timeout=5",
        "X-Hop": "dropped: named in Connection",
        TE: "trailers",
        Upgrade: "h2c",
        "If-None-Match": '"etag-1"',
        "X-Custom": "1, 2",
      },
    });
    expect(sent().parameters).toEqual([
      header("accept", "application/vnd.github+json"),
      header("if-none-match", '"etag-1"'),
      header("x-custom", "1, 2"),
    ]);
    // The caller's token never reaches Composio, let alone the upstream.
    expect(requests[0]?.body).not.toContain("ghp_callers_own_token");
  });

  it("sends per-call options' headers to Composio, never as upstream parameters", async () => {
    const { session, sent, requests } = await proxyAgainst();
    await createProxyFetch(session, "github", { headers: { "x-trace-id": "t1" } })(
      "https://a.example/",
    );
    expect(requests[0]?.headers["x-trace-id"]).toBe("t1");
    expect(requests[0]?.headers["x-api-key"]).toBe(API_KEY);
    expect(sent().parameters).toBeUndefined();
  });
});

describe("proxyFetch: bodies", () => {
  const post = (session: ToolRouterSession, init: RequestInit) =>
    createProxyFetch(session, "t")("https://api.example/upload", { method: "POST", ...init });

  it.each([
    ["application/json", '{"title":"Bug","labels":["a"],"n":1.5}'],
    ["application/vnd.api+json; charset=utf-8", '{"title":"Bug","labels":["a"],"n":1.5}'],
  ])("parses a %s body and sends it as JSON", async (type, text) => {
    const { session, sent } = await proxyAgainst();
    await post(session, { headers: { "content-type": type }, body: text });
    expect(sent()).toEqual({
      toolkit_slug: "t",
      endpoint: "https://api.example/upload",
      method: "POST",
      body: { title: "Bug", labels: ["a"], n: 1.5 },
      parameters: [header("content-type", type)],
    });
  });

  it("refuses a body that is not the JSON its content type says, before sending", async () => {
    const { session, requests } = await proxyAgainst();
    const error = await refusal(
      post(session, { headers: { "content-type": "application/json" }, body: "{oops" }),
    );
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(requests).toHaveLength(0);
  });

  it.each([
    ["a string", "hello, world", "hello, world", "text/plain;charset=UTF-8"],
    ["URLSearchParams", new URLSearchParams({ a: "1", b: "x y" }), "a=1&b=x+y", undefined],
    ["an XML string", "<a>1</a>", "<a>1</a>", "application/xml"],
  ])("sends %s as a string body with its content type", async (_what, body, text, type) => {
    const { session, sent } = await proxyAgainst();
    await post(session, {
      body,
      ...(type === "application/xml" && { headers: { "content-type": type } }),
    });
    expect(sent().body).toBe(text);
    expect(sent().binary_body).toBeUndefined();
    const contentType = (sent().parameters as { name: string; value: string }[]).find(
      (p) => p.name === "content-type",
    );
    expect(contentType?.value).toBe(type ?? "application/x-www-form-urlencoded;charset=UTF-8");
  });

  const bytes = () => new Uint8Array([0, 159, 146, 150, 255]);
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes().subarray(0, 2));
        controller.enqueue(bytes().subarray(2));
        controller.close();
      },
    });
  it.each([
    ["a Uint8Array", () => bytes()],
    ["an ArrayBuffer", () => bytes().buffer],
    ["a DataView", () => new DataView(bytes().buffer)],
    ["a ReadableStream", stream],
  ])("sends %s as base64 binary_body with its content type", async (_what, body) => {
    const { session, sent } = await proxyAgainst();
    await post(session, {
      body: body(),
      headers: { "content-type": "image/png", "x-upload": "1" },
      duplex: "half",
    } as RequestInit);
    expect(sent()).toEqual({
      toolkit_slug: "t",
      endpoint: "https://api.example/upload",
      method: "POST",
      binary_body: { base64: "AJ+Slv8=", content_type: "image/png" },
      // The content type travels in binary_body only.
      parameters: [header("x-upload", "1")],
    });
  });

  it("sends a Blob with the Blob's type, and bytes without a type without one", async () => {
    const { session, sent } = await proxyAgainst();
    await post(session, { body: new Blob([bytes()], { type: "application/pdf" }) });
    await post(session, { body: bytes() });
    expect(sent(0).binary_body).toEqual({ base64: "AJ+Slv8=", content_type: "application/pdf" });
    expect(sent(1).binary_body).toEqual({ base64: "AJ+Slv8=" });
  });

  it("sends text that is not UTF-8 as bytes, unchanged", async () => {
    const { session, sent } = await proxyAgainst();
    await post(session, { body: bytes(), headers: { "content-type": "text/plain" } });
    expect(sent().body).toBeUndefined();
    expect(sent().binary_body).toEqual({ base64: "AJ+Slv8=", content_type: "text/plain" });
  });

  it("encodes FormData as multipart into binary_body, with its boundary", async () => {
    const { session, sent } = await proxyAgainst();
    const form = new FormData();
    form.append("title", "Report");
    form.append("file", new Blob(["a,b\n1,2\n"], { type: "text/csv" }), "report.csv");
    await post(session, { body: form });
    const binary = sent().binary_body as { base64: string; content_type: string };
    const boundary = /^multipart\/form-data; ?boundary=(.+)$/.exec(binary.content_type)?.[1];
    expect(boundary).toBeTruthy();
    const multipart = Buffer.from(binary.base64, "base64").toString("utf8");
    expect(multipart.startsWith(`--${boundary}\r\n`)).toBe(true);
    expect(multipart).toContain('Content-Disposition: form-data; name="title"\r\n\r\nReport\r\n');
    expect(multipart).toContain(
      'filename="report.csv"\r\nContent-Type: text/csv\r\n\r\na,b\n1,2\n',
    );
    expect(multipart.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(sent().parameters).toBeUndefined();
  });

  it("sends no body for an empty one", async () => {
    const { session, sent } = await proxyAgainst();
    await post(session, { body: "", headers: { "content-type": "application/json" } });
    await post(session, { body: new Uint8Array(0) });
    expect(sent(0)).not.toHaveProperty("body");
    expect(sent(1)).not.toHaveProperty("binary_body");
  });
});

describe("proxyFetch: signals and safety", () => {
  it("sends nothing when the call's signal or the options' signal already fired", async () => {
    const { session, requests } = await proxyAgainst();
    const aborted = AbortSignal.abort();
    const errors = [
      await refusal(createProxyFetch(session, "t")("https://a.example/", { signal: aborted })),
      await refusal(createProxyFetch(session, "t", { signal: aborted })("https://a.example/")),
      await refusal(
        createProxyFetch(session, "t")(new Request("https://a.example/", { signal: aborted })),
      ),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(ComposioAbortError);
      expect((error as ComposioAbortError).mayHaveExecuted).toBe(false);
    }
    expect(requests).toHaveLength(0);
  });

  it("applies the options' timeout to each call", async () => {
    // Composio never answers: only the timeout ends the call. The client's timer is faked and
    // runs out once the server holds the request: on a loaded machine a real 50 ms could pass
    // before the request is even written, and the server would then never see it.
    let arrived = () => {};
    const held = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const silent = await startHttpServer(() => arrived());
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const session = createToolRouterClient({ apiKey: API_KEY, baseUrl: silent.url }).session("s");
      const call = refusal(createProxyFetch(session, "t", { timeout: 50 })("https://a.example/"));
      await held;
      vi.advanceTimersByTime(50);
      const error = await call;
      expect(error).toBeInstanceOf(ComposioTimeoutError);
      expect((error as Error).message).toMatch(/50 ms/);
      expect(silent.requests).toHaveLength(1);
    } finally {
      vi.useRealTimers();
      await silent.close();
    }
  });

  it("retries what may have run only when the options allow duplicate execution", async () => {
    const { session, requests } = await proxyAgainst({ error: { message: "boom" } }, 500);
    const options = { allowDuplicateExecution: true, maxRetries: 1 };
    const error = await refusal(createProxyFetch(session, "t", options)("https://a.example/"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(2);
  });

  it("never retries a proxied call that may have run, even with retries left", async () => {
    const { session, requests } = await proxyAgainst({ error: { message: "boom" } }, 500);
    const error = await refusal(
      createProxyFetch(session, "t")("https://a.example/", { method: "POST" }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).mayHaveExecuted).toBe(true);
    expect(requests).toHaveLength(1);
  });
});
