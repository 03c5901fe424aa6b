// proxyFetch, response side: what a proxy_execute answer becomes for the fetch caller.
import { describe, expect, it } from "vitest";
import {
  ComposioError,
  createProxyFetch,
  PermissionDeniedError,
  ProxyDownloadError,
  ProxyDownloadExpiredError,
  ProxyInputRequiredError,
  ProxyUnknownResultError,
} from "../src/index";
import {
  API_KEY,
  binaryReply,
  completed,
  credentialsOf,
  proxyAgainst,
  storageServing,
} from "./proxy-fetch-helpers";

const URL_ = "https://api.example/items/1";

async function fetchReply(reply: unknown, init?: RequestInit) {
  const { session } = await proxyAgainst(reply);
  return createProxyFetch(session, "t")(URL_, init);
}

describe("proxyFetch: upstream answers become Responses", () => {
  it("gives JSON data as JSON, with the upstream status and headers", async () => {
    const data = { id: 1, title: "Bug", labels: [{ name: "a" }], big: null };
    const response = await fetchReply(
      completed(
        data,
        {
          "Content-Type": "application/json; charset=utf-8",
          "X-RateLimit-Remaining": "4999",
          link: '<https://api.example/items?page=2>; rel="next"',
          // These describe the upstream's compressed bytes, not the body rebuilt here.
          "content-encoding": "gzip",
          "content-length": "12",
          // Hop-by-hop: about the upstream's connection.
          "transfer-encoding": "chunked",
          connection: "close",
        },
        201,
      ),
    );
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "application/json; charset=utf-8",
      "x-ratelimit-remaining": "4999",
      link: '<https://api.example/items?page=2>; rel="next"',
    });
    expect(await response.json()).toEqual(data);
  });

  it("gives text data as text", async () => {
    const response = await fetchReply(
      completed("line 1\nline 2 ✓", { "content-type": "text/csv" }),
    );
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(await response.text()).toBe("line 1\nline 2 ✓");
  });

  it("serializes a JSON string as JSON when the upstream said JSON", async () => {
    const response = await fetchReply(completed("just a string"));
    expect(await response.text()).toBe('"just a string"');
  });

  it("labels data without a content type as JSON when it is not a string", async () => {
    const response = await fetchReply(completed([1, 2], {}));
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual([1, 2]);
  });

  it("gives null data as an empty body", async () => {
    const response = await fetchReply(completed(null));
    expect(await response.text()).toBe("");
  });

  it.each([204, 205, 304])("gives a %i a null body", async (status) => {
    const response = await fetchReply(completed({ ignored: true }, {}, status));
    expect(response.status).toBe(status);
    expect(response.body).toBeNull();
  });

  it("gives a HEAD response a null body, and keeps its content-length", async () => {
    const response = await fetchReply(
      completed("", { "content-type": "image/png", "content-length": "48213" }),
      { method: "HEAD" },
    );
    expect(response.body).toBeNull();
    expect(response.headers.get("content-length")).toBe("48213");
  });

  it("resolves an upstream 404 and 503 as Responses, as fetch does", async () => {
    const missing = await fetchReply(completed({ message: "Not Found" }, undefined, 404));
    expect(missing.status).toBe(404);
    expect(missing.ok).toBe(false);
    expect(await missing.json()).toEqual({ message: "Not Found" });
    const down = await fetchReply(completed("busy", { "content-type": "text/plain" }, 503));
    expect(down.status).toBe(503);
    expect(await down.text()).toBe("busy");
  });

  it("reads an older server's answer without result_type as the upstream's", async () => {
    const response = await fetchReply({ status: 200, data: { ok: 1 }, headers: {} });
    expect(await response.json()).toEqual({ ok: 1 });
  });
});

describe("proxyFetch: what never poses as an upstream response", () => {
  it("rejects a pause with ProxyInputRequiredError carrying it", async () => {
    const paused = {
      result_type: "input_required",
      input_requests: {
        approval_1: {
          type: "elicitation",
          mode: "form",
          message: "Allow the agent to read your repositories?",
          requested_schema: { type: "object" },
        },
      },
      request_state: "rs_opaque",
    };
    const error = await fetchReply(paused).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyInputRequiredError);
    expect(error).toBeInstanceOf(ComposioError);
    const pause = error as ProxyInputRequiredError;
    expect(pause.inputRequests).toEqual({
      approval_1: {
        type: "elicitation",
        mode: "form",
        message: "Allow the agent to read your repositories?",
        requestedSchema: { type: "object" },
      },
    });
    expect(pause.requestState).toBe("rs_opaque");
    expect(pause.requestId).toBe("req_proxy_1");
    expect(pause.result.resultType).toBe("inputRequired");
  });

  it("rejects an unknown result_type with ProxyUnknownResultError keeping the body", async () => {
    const body = { result_type: "queued", ticket: "q_1" };
    const error = await fetchReply(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyUnknownResultError);
    expect((error as ProxyUnknownResultError).serverResultType).toBe("queued");
    expect((error as ProxyUnknownResultError).body).toEqual(body);
  });

  it("rejects an upstream status no Response can carry", async () => {
    const error = await fetchReply(completed(null, {}, 102)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyUnknownResultError);
  });

  it("rejects Composio's own errors with the usual classes", async () => {
    const { session } = await proxyAgainst({ error: { message: "Toolkit not allowed" } }, 403);
    const error = await createProxyFetch(session, "t")(URL_).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
  });
});

describe("proxyFetch: binary bodies from signed URLs", () => {
  const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]);

  it("downloads the body on first read only, with no credentials", async () => {
    const storage = await storageServing(png, "application/octet-stream");
    const { session } = await proxyAgainst(
      binaryReply(`${storage.url}/proxy/abc/photo.png?sig=s3cr3t`, png.length),
    );
    const response = await createProxyFetch(session, "t", {
      headers: { cookie: "session=composio" },
    })(URL_);
    // Status and headers come before the body: nothing is downloaded yet.
    expect(storage.requests).toHaveLength(0);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(png.length));
    expect(response.headers.get("etag")).toBe('"v1"');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]?.url).toBe("/proxy/abc/photo.png?sig=s3cr3t");
    expect(credentialsOf(storage.requests[0])).toEqual({
      authorization: undefined,
      cookie: undefined,
      "x-api-key": undefined,
      "x-user-api-key": undefined,
    });
    expect(JSON.stringify(storage.requests[0]?.headers)).not.toContain(API_KEY);
  });

  it("downloads with downloadFetch when given, and not before the body is read", async () => {
    const storage = await storageServing(png, "image/png");
    const { session } = await proxyAgainst(binaryReply(`${storage.url}/f`, png.length));
    const seen: string[] = [];
    const downloadFetch = (input: string | URL | Request, init?: RequestInit) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    const response = await createProxyFetch(session, "t", { downloadFetch })(URL_);
    // A stream that reads ahead would have started its download by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([]);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
    expect(seen).toEqual([`${storage.url}/f`]);
  });

  it("fails the read with ProxyDownloadExpiredError once expires_at has passed", async () => {
    const storage = await storageServing(png, "image/png");
    const { session } = await proxyAgainst(
      binaryReply(`${storage.url}/f`, png.length, "2001-01-01T00:00:00Z"),
    );
    const response = await createProxyFetch(session, "t")(URL_);
    const error = await response.arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyDownloadExpiredError);
    expect((error as ProxyDownloadExpiredError).expiresAt).toBe("2001-01-01T00:00:00Z");
    expect(storage.requests).toHaveLength(0);
  });

  it("fails the read with ProxyDownloadError when the storage refuses", async () => {
    const storage = await storageServing(new Uint8Array(0), "text/plain", 403);
    const { session } = await proxyAgainst(binaryReply(`${storage.url}/f?sig=s3cr3t`, 10));
    const response = await createProxyFetch(session, "t")(URL_);
    const error = await response.blob().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyDownloadError);
    expect((error as ProxyDownloadError).status).toBe(403);
    // The signed URL grants access to the body: it stays out of the message.
    expect((error as Error).message).not.toContain("s3cr3t");
  });

  it("downloads nothing for a HEAD request", async () => {
    const storage = await storageServing(png, "image/png");
    const { session } = await proxyAgainst(binaryReply(`${storage.url}/f`, png.length));
    const response = await createProxyFetch(session, "t")(URL_, { method: "HEAD" });
    expect(response.body).toBeNull();
    expect(storage.requests).toHaveLength(0);
  });
});
