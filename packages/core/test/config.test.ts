import { sendJson } from "@composio-client/mock-servers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ComposioConfigError, createComposioClient } from "../src/index";
import { resolveRequester } from "../src/internal/index";
import { EXECUTE, serve } from "./helpers";

const ok = { data: {}, error: null, successful: true };

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe("createComposioClient: credentials", () => {
  it("fails at creation, naming COMPOSIO_API_KEY, when no key is given or set", () => {
    vi.stubEnv("COMPOSIO_API_KEY", "");
    expect(() => createComposioClient()).toThrow(ComposioConfigError);
    expect(() => createComposioClient()).toThrow(/COMPOSIO_API_KEY/);
  });

  it("reads COMPOSIO_API_KEY and COMPOSIO_BASE_URL from the environment", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    vi.stubEnv("COMPOSIO_API_KEY", "env_key_456");
    vi.stubEnv("COMPOSIO_BASE_URL", server.url);
    const client = createComposioClient();
    expect(client.baseUrl).toBe(server.url);
    await client.post(EXECUTE, { path: { tool_slug: "X" }, body: {} });
    expect(server.requests[0]?.headers["x-api-key"]).toBe("env_key_456");
  });

  it("sends userApiKey as x-user-api-key and no x-api-key", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ok));
    vi.stubEnv("COMPOSIO_API_KEY", "env_key_456");
    const client = createComposioClient({ userApiKey: "user_key_789", baseUrl: server.url });
    await client.post(EXECUTE, { path: { tool_slug: "X" }, body: {} });
    expect(server.requests[0]?.headers["x-user-api-key"]).toBe("user_key_789");
    expect(server.requests[0]?.headers["x-api-key"]).toBeUndefined();
  });

  it("refuses apiKey and userApiKey together", () => {
    expect(() => createComposioClient({ apiKey: "a", userApiKey: "b" })).toThrow(
      /either apiKey or userApiKey/,
    );
  });

  it.each([
    ["a line feed", "key\nx-evil: 1"],
    ["a carriage return", "key\r"],
    ["a NUL", "key\0"],
    ["a non-Latin-1 character", "key\u2028"],
  ])("refuses a key with %s without echoing it", (_what, apiKey) => {
    const error = catchConfigError(() => createComposioClient({ apiKey }));
    expect(error.message).not.toContain(apiKey);
    expect(error.message).toMatch(/apiKey contains/);
  });

  it("refuses an empty key", () => {
    expect(() => createComposioClient({ apiKey: "" })).toThrow(/non-empty/);
  });
});

describe("createComposioClient: options", () => {
  it("defaults to Composio's production API", () => {
    vi.stubEnv("COMPOSIO_BASE_URL", "");
    expect(createComposioClient({ apiKey: "k" }).baseUrl).toBe("https://backend.composio.dev");
  });

  it("drops trailing slashes from baseUrl but keeps a path prefix", () => {
    const client = createComposioClient({
      apiKey: "k",
      baseUrl: "https://gw.example.com/composio//",
    });
    expect(client.baseUrl).toBe("https://gw.example.com/composio");
  });

  it.each([
    ["a relative URL", "/api"],
    ["another scheme", "ftp://example.com"],
    ["credentials", "https://user:pass@example.com"],
    ["a query string", "https://example.com/?a=1"],
  ])("refuses a baseUrl with %s", (_what, baseUrl) => {
    expect(() => createComposioClient({ apiKey: "k", baseUrl })).toThrow(ComposioConfigError);
  });

  it.each([0, -1, Number.NaN])("refuses timeout %s", (timeout) => {
    expect(() => createComposioClient({ apiKey: "k", timeout })).toThrow(/timeout/);
  });

  it.each([-1, 1.5, Number.NaN])("refuses maxRetries %s", (maxRetries) => {
    expect(() => createComposioClient({ apiKey: "k", maxRetries })).toThrow(/maxRetries/);
  });

  it("refuses headers that cannot be sent, without echoing the value", () => {
    const error = catchConfigError(() =>
      createComposioClient({ apiKey: "k", headers: { "x-team": "secret\nvalue" } }),
    );
    expect(error.message).toMatch(/x-team/);
    expect(error.message).not.toContain("secret");
  });

  it("fails clearly where there is no global fetch and none is passed", () => {
    vi.stubGlobal("fetch", undefined);
    expect(() => createComposioClient({ apiKey: "k" })).toThrow(/fetch/);
  });

  it("sends through a custom fetch", async () => {
    const seen: string[] = [];
    const client = createComposioClient({
      apiKey: "k",
      baseUrl: "https://api.example.test",
      fetch: async (input, init) => {
        seen.push(`${init?.method} ${String(input)}`);
        return Response.json(ok);
      },
    });
    await client.post(EXECUTE, { path: { tool_slug: "GMAIL_SEND" }, body: {} });
    expect(seen).toEqual(["POST https://api.example.test/api/v3/tools/execute/GMAIL_SEND"]);
  });
});

describe("createComposioClient: baseUrl is the API's origin", () => {
  it.each(["/api/v3", "/api/v3/", "/api/v3.1", "/api", "/API/V3//", "/composio/api/v3"])(
    "refuses a path ending in %s with the fix, before sending anything",
    async (path) => {
      const server = await serve((_req, res) => sendJson(res, 200, ok));
      const error = catchConfigError(() =>
        createComposioClient({ apiKey: "k", baseUrl: `${server.url}${path}` }),
      );
      expect(error.message).toMatch(
        /^baseUrl is the API's origin, e\.g\. https:\/\/backend\.composio\.dev, without \/api/i,
      );
      expect(server.requests).toHaveLength(0);
    },
  );

  it("refuses the same in COMPOSIO_BASE_URL, naming it", () => {
    vi.stubEnv("COMPOSIO_BASE_URL", "https://backend.composio.dev/api/v3");
    const error = catchConfigError(() => createComposioClient({ apiKey: "k" }));
    expect(error.message).toBe(
      "COMPOSIO_BASE_URL is the API's origin, e.g. https://backend.composio.dev, without /api/v3.",
    );
  });

  it.each(["/apis", "/my-api", "/api/v3/gateway"])(
    "keeps a path prefix that only looks like one: %s",
    async (path) => {
      const server = await serve((_req, res) => sendJson(res, 200, ok));
      const client = createComposioClient({ apiKey: "k", baseUrl: `${server.url}${path}` });
      await client.post(EXECUTE, { path: { tool_slug: "X" }, body: {} });
      expect(server.requests[0]?.url).toBe(`${path}/api/v3/tools/execute/X`);
    },
  );
});

function catchConfigError(create: () => unknown): ComposioConfigError {
  try {
    create();
  } catch (error) {
    expect(error).toBeInstanceOf(ComposioConfigError);
    return error as ComposioConfigError;
  }
  throw new Error("expected a ComposioConfigError");
}

describe("resolveRequester", () => {
  it("returns a shared client as is, and creates one from options", () => {
    const shared = createComposioClient({ apiKey: "k" });
    expect(resolveRequester({ client: shared })).toBe(shared);
    expect(resolveRequester({ apiKey: "k", baseUrl: "https://x.test" }).baseUrl).toBe(
      "https://x.test",
    );
  });

  it("refuses a shared client with options it would ignore", () => {
    const client = createComposioClient({ apiKey: "k" });
    expect(() =>
      resolveRequester({ client, apiKey: "other" } as unknown as { client: typeof client }),
    ).toThrow(/not both \(got client and apiKey\)/);
  });
});
