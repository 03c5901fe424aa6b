// proxyFetch, pauses and results against a server that tries to bend them: signed download URLs
// of every scheme, downloads that never end or lie about their size, request bodies that never
// end or fail, answers that echo the key, and ids that are prototype keys. Each one is a real
// local server on 127.0.0.1.
import { inspect } from "node:util";
import { sendJson, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import { afterEach, describe, expect, it } from "vitest";
import {
  ComposioAbortError,
  ComposioValidationError,
  createProxyFetch,
  createToolRouterClient,
  type FetchLike,
  ProxyDownloadError,
  ProxyDownloadTooLargeError,
  ProxyUnknownResultError,
} from "../src/index";

const KEY = "ak_hostile_9f3c1e7a2b";
const servers: TestHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(...args: Parameters<typeof startHttpServer>): Promise<TestHttpServer> {
  const server = await startHttpServer(...args);
  servers.push(server);
  return server;
}

/** A session whose proxy_execute always answers `reply`, with the client options given. */
async function sessionAnswering(reply: unknown, options: Record<string, unknown> = {}) {
  const server = await serve((_request, res) => sendJson(res, 200, reply));
  const router = createToolRouterClient({ apiKey: KEY, baseUrl: server.url, ...options });
  return { session: router.session("trs_1"), server };
}

function binaryAt(url: string, size: number) {
  return {
    result_type: "completed",
    status: 200,
    data: null,
    binary_data: { url, content_type: "application/octet-stream", size },
    headers: {},
  };
}

/** A `downloadFetch` that records each URL it is asked for and answers with `bytes`. */
function recordingFetch(bytes = new Uint8Array([1, 2, 3])) {
  const urls: string[] = [];
  const fetch: FetchLike = async (input) => {
    urls.push(String(input));
    return new Response(bytes);
  };
  return { fetch, urls };
}

describe("signed download URLs", () => {
  it.each([
    "file:///etc/passwd",
    "data:application/octet-stream;base64,AQID",
    "javascript:alert(1)",
    "blob:https://composio.dev/0b6c2a44-8f15-4d7e-9f0e-3b1d6c8a9e71",
    "ftp://files.example.com/body.bin",
  ])("refuses %s before any fetch", async (url) => {
    const { session } = await sessionAnswering(binaryAt(url, 3));
    const { fetch, urls } = recordingFetch();
    const response = await createProxyFetch(session, "t", { downloadFetch: fetch })("/f");
    const error = await response.arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyDownloadError);
    expect((error as Error).message).toMatch(/uses \w+:, which the client does not fetch/);
    expect(urls).toEqual([]);
  });

  it("never reads a data: URL's inline bytes with the default fetch", async () => {
    const { session } = await sessionAnswering(binaryAt("data:text/plain,inline", 6));
    const response = await createProxyFetch(session, "t")("/f");
    await expect(response.text()).rejects.toBeInstanceOf(ProxyDownloadError);
  });

  it("fetches plain http: beyond loopback only where the client allows insecure HTTP", async () => {
    const url = "http://files.example.com/body.bin";
    const refused = recordingFetch();
    const strict = await sessionAnswering(binaryAt(url, 3));
    const response = await createProxyFetch(strict.session, "t", {
      downloadFetch: refused.fetch,
    })("/f");
    await expect(response.arrayBuffer()).rejects.toBeInstanceOf(ProxyDownloadError);
    expect(refused.urls).toEqual([]);

    const allowed = recordingFetch();
    const lax = await sessionAnswering(binaryAt(url, 3), { allowInsecureHttp: true });
    const body = await createProxyFetch(lax.session, "t", { downloadFetch: allowed.fetch })("/f");
    expect([...new Uint8Array(await body.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(allowed.urls).toEqual([url]);
  });
  // fetch follows redirects itself; a real one to a non-loopback http: host cannot be served
  // here, so the download fetch reports where its redirects ended, as fetch does in response.url.
  it("refuses a body whose redirects ended on plain http: beyond loopback", async () => {
    const storage = await serve((_request, res) => {
      res.writeHead(200, { "content-length": "3" });
      res.end(Buffer.from([1, 2, 3]));
    });
    const redirected =
      (landedAt: string): FetchLike =>
      async (input) => {
        const response = await fetch(String(input));
        Object.defineProperty(response, "url", { value: landedAt });
        return response;
      };
    const { session } = await sessionAnswering(binaryAt(storage.url, 3));

    const insecure = await createProxyFetch(session, "t", {
      downloadFetch: redirected("http://files.example.com/body.bin"),
    })("/f");
    const error = await insecure.arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyDownloadError);
    expect((error as Error).message).toMatch(
      /redirected to http:, which the client does not fetch/,
    );

    const secure = await createProxyFetch(session, "t", {
      downloadFetch: redirected("https://files.example.com/body.bin"),
    })("/f");
    expect([...new Uint8Array(await secure.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});

describe("downloads are bounded", () => {
  /** Storage that streams 64 KiB chunks until the client hangs up, or 16 MiB, whichever first. */
  async function endlessStorage() {
    let written = 0;
    const server = await serve(async (_request, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      const chunk = Buffer.alloc(64 * 1024, 7);
      while (!res.destroyed && written < 16 * 1024 * 1024) {
        written += chunk.length;
        if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
      }
      res.end();
    });
    return { url: `${server.url}/body`, written: () => written };
  }

  async function readAll(response: Response): Promise<{ bytes: number; error: unknown }> {
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let bytes = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return { bytes, error: undefined };
        bytes += value.byteLength;
      }
    } catch (error) {
      return { bytes, error };
    }
  }

  it("stops at maxResponseBytes given to createProxyFetch", async () => {
    const storage = await endlessStorage();
    // A size that announces nothing usable: the limit alone bounds the read.
    const { session } = await sessionAnswering(binaryAt(storage.url, -1));
    const limit = 1024 * 1024;
    const response = await createProxyFetch(session, "t", { maxResponseBytes: limit })("/f");
    const { bytes, error } = await readAll(response);
    expect(error).toBeInstanceOf(ProxyDownloadTooLargeError);
    expect((error as ProxyDownloadTooLargeError).limit).toBe(limit);
    expect(bytes).toBe(limit);
  });

  it("stops at the client's maxResponseBytes when the call gives none", async () => {
    const storage = await endlessStorage();
    const { session } = await sessionAnswering(binaryAt(storage.url, -1), {
      maxResponseBytes: 256 * 1024,
    });
    const { bytes, error } = await readAll(await createProxyFetch(session, "t")("/f"));
    expect(error).toBeInstanceOf(ProxyDownloadTooLargeError);
    expect(bytes).toBe(256 * 1024);
  });

  it("refuses a body announced as 5 GB before fetching it", async () => {
    const { session } = await sessionAnswering(binaryAt("https://files.example.com/big", 5e9));
    const { fetch, urls } = recordingFetch();
    const response = await createProxyFetch(session, "t", { downloadFetch: fetch })("/f");
    await expect(response.arrayBuffer()).rejects.toBeInstanceOf(ProxyDownloadTooLargeError);
    expect(urls).toEqual([]);
  });

  it("hands over the announced size of a longer body, then fails the read", async () => {
    const storage = await endlessStorage();
    const { session } = await sessionAnswering(binaryAt(storage.url, 100_000));
    const response = await createProxyFetch(session, "t")("/f");
    expect(response.headers.get("content-length")).toBe("100000");
    const { bytes, error } = await readAll(response);
    expect(bytes).toBe(100_000);
    expect(error).toBeInstanceOf(ProxyDownloadError);
    expect((error as Error).message).toMatch(/longer than its announced 100000 bytes/);
  });

  it("fails a body that ends before its announced size", async () => {
    const storage = await serve((_request, res) => {
      res.end(Buffer.alloc(10));
    });
    const { session } = await sessionAnswering(binaryAt(`${storage.url}/b`, 20));
    const { bytes, error } = await readAll(await createProxyFetch(session, "t")("/f"));
    expect(bytes).toBe(10);
    expect((error as Error).message).toBe("The binary body ended after 10 of its 20 bytes.");
  });

  it("turns a connection dropped midway into ProxyDownloadError with the cause", async () => {
    const storage = await serve((_request, res) => {
      res.writeHead(200, { "content-length": "1000" });
      res.write(Buffer.alloc(100), () => res.destroy());
    });
    const { session } = await sessionAnswering(binaryAt(`${storage.url}/b`, 1000));
    const { error } = await readAll(await createProxyFetch(session, "t")("/f"));
    expect(error).toBeInstanceOf(ProxyDownloadError);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});

describe("request body streams", () => {
  it("an abort cancels a body that never ends, wherever it stands, and sends nothing", async () => {
    const { session, server } = await sessionAnswering({ result_type: "completed", status: 200 });
    let pulled!: () => void;
    const waiting = new Promise<void>((resolve) => {
      pulled = resolve;
    });
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array([1]));
        pulled();
        // Never enqueues again, never closes.
        return new Promise(() => {});
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const call = createProxyFetch(session, "t")("https://api.example.com/upload", {
      method: "POST",
      body,
      duplex: "half",
      signal: controller.signal,
    } as RequestInit).catch((e: unknown) => e);
    await waiting;
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(ComposioAbortError);
    expect((error as ComposioAbortError).mayHaveExecuted).toBe(false);
    expect(cancelled).toBe(true);
    expect(server.requests).toEqual([]);
  });

  it("a body stream that fails midway is a ComposioValidationError with its error as cause", async () => {
    const { session, server } = await sessionAnswering({ result_type: "completed", status: 200 });
    const broken = new Error("disk read failed");
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 0) controller.enqueue(new Uint8Array([1, 2]));
        else controller.error(broken);
      },
    });
    const error = await createProxyFetch(session, "t")("https://api.example.com/upload", {
      method: "POST",
      body,
      duplex: "half",
    } as RequestInit).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect((error as Error).cause).toBe(broken);
    expect((error as Error).message).toContain("disk read failed");
    expect(server.requests).toEqual([]);
  });
});

describe("secrets", () => {
  it("keeps the key out of ProxyUnknownResultError's body, message and inspect output", async () => {
    const reply = { result_type: `unheard-of ${KEY}`, echo: { [KEY]: [`key ${KEY}`] } };
    const { session } = await sessionAnswering(reply);
    const error = await createProxyFetch(session, "t")("/f").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyUnknownResultError);
    const shown = `${(error as Error).message} ${JSON.stringify((error as ProxyUnknownResultError).body)} ${inspect(error, { depth: 10 })}`;
    expect(shown).not.toContain(KEY);
    expect((error as ProxyUnknownResultError).body).toEqual({
      result_type: "unheard-of [redacted]",
      echo: { "[redacted]": ["key [redacted]"] },
    });
  });

  it("never repeats the password of a URL with userinfo", async () => {
    const { session, server } = await sessionAnswering({ result_type: "completed", status: 200 });
    const error = await createProxyFetch(
      session,
      "t",
    )("https://user:hunter2@api.example.com/x")
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ComposioValidationError);
    expect(inspect(error, { depth: 10 })).not.toContain("hunter2");
    expect(server.requests).toEqual([]);
  });
});

describe("records keyed by the server", () => {
  it("keeps __proto__, constructor and toString as own upstream headers", async () => {
    const server = await serve((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        '{"result_type":"completed","status":200,"data":{"__proto__":{"polluted":1}},' +
          '"headers":{"__proto__":"p","constructor":"c","toString":"t"}}',
      );
    });
    const session = createToolRouterClient({ apiKey: KEY, baseUrl: server.url }).session("s");
    const result = await session.proxyExecute({ toolkit: "t", endpoint: "/x", method: "GET" });
    if (result.resultType !== "completed") throw new Error(result.resultType);
    expect(Object.getPrototypeOf(result.headers)).toBe(Object.prototype);
    expect(Object.keys(result.headers)).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    const response = await createProxyFetch(session, "t")("/x");
    expect(response.headers.get("constructor")).toBe("c");
    expect(response.headers.get("tostring")).toBe("t");
  });
});
