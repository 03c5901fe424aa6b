// Property tests: arbitrary input either reaches the server intact or is refused with a typed
// error before anything is sent. Never a raw TypeError or URIError, never a mangled value.
import { sendJson, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ComposioClient,
  ComposioConfigError,
  ComposioValidationError,
  createComposioClient,
} from "../src/index";
import { clientOf, SESSION_EXECUTE } from "./helpers";

// 200 calls over a real socket each: bounded by the count, not by time. The limit only catches
// a hang, so it is far above what a loaded 2-core machine needs.
const PROPERTY_TIMEOUT = 300_000;

const echo = { data: {}, error: null, log_id: "l" };
let server: TestHttpServer;
let client: ComposioClient;
beforeAll(async () => {
  // Echoes the arguments back as data, so a round trip can be compared.
  server = await startHttpServer((request, res) =>
    sendJson(res, 200, { ...echo, data: JSON.parse(request.body).arguments ?? {} }),
  );
  client = clientOf(server);
});
afterAll(() => server.close());

// Any UTF-16 string, lone surrogates included, plus the values that matter most.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const anyString = fc.oneof(
  fc.string({ unit: codeUnit }),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", ".", "..", "%2e%2e", "../x", "a/b", "?#", " "),
);

describe("path parameters", () => {
  it(
    "arrive as exactly one segment that decodes to the value, or are refused unsent",
    async () => {
      await fc.assert(
        fc.asyncProperty(anyString, async (sessionId) => {
          const before = server.requests.length;
          const result = await client
            .post(SESSION_EXECUTE, { path: { session_id: sessionId }, body: { tool_slug: "X" } })
            .catch((error: unknown) => error);
          if (result instanceof ComposioValidationError) {
            expect(server.requests.length).toBe(before);
            return;
          }
          expect(result).not.toBeInstanceOf(Error);
          const url = server.requests.at(-1)?.url ?? "";
          const match = /^\/api\/v3\/tool_router\/session\/([^/?#]*)\/execute$/.exec(url);
          expect(match).not.toBeNull();
          expect(decodeURIComponent(match?.[1] ?? "")).toBe(sessionId);
          expect(sessionId).not.toMatch(/^\.{0,2}$/);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("header values", () => {
  it(
    "per call: reach the server unchanged (less surrounding blanks), or are refused unsent",
    async () => {
      await fc.assert(
        fc.asyncProperty(anyString, async (value) => {
          const before = server.requests.length;
          const result = await client
            .post(
              SESSION_EXECUTE,
              { path: { session_id: "s" }, body: { tool_slug: "X" } },
              { headers: { "x-probe": value } },
            )
            .catch((error: unknown) => error);
          if (result instanceof ComposioValidationError) {
            expect(server.requests.length).toBe(before);
            if (value.trim().length >= 8) expect(result.message).not.toContain(value);
            return;
          }
          expect(result).not.toBeInstanceOf(Error);
          // fetch trims spaces and tabs around a header value; Node reads bytes as Latin-1.
          expect(server.requests.at(-1)?.headers["x-probe"] ?? "").toBe(
            value.replace(/^[\t ]+|[\t ]+$/g, ""),
          );
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "as an API key: sent exactly, or refused at creation without echoing it",
    async () => {
      await fc.assert(
        fc.asyncProperty(anyString, async (apiKey) => {
          let keyed: ComposioClient;
          try {
            keyed = createComposioClient({ apiKey, baseUrl: server.url, logLevel: "off" });
          } catch (error) {
            expect(error).toBeInstanceOf(ComposioConfigError);
            // Short keys can occur in any sentence by chance; a real key cannot.
            if (apiKey.trim().length >= 8) expect((error as Error).message).not.toContain(apiKey);
            return;
          }
          await keyed.post(SESSION_EXECUTE, {
            path: { session_id: "s" },
            body: { tool_slug: "X" },
          });
          expect(server.requests.at(-1)?.headers["x-api-key"]).toBe(apiKey);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe("arguments and data", () => {
  it("round-trip any JSON keys and values unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(anyString, fc.jsonValue()), async (args) => {
        const { data } = await client.post(SESSION_EXECUTE, {
          path: { session_id: "s" },
          body: { tool_slug: "X", arguments: args },
        });
        // Compared as JSON text: exact keys, key order and values, with no prototype tricks.
        const wire = JSON.stringify(args);
        expect(JSON.stringify(JSON.parse(server.requests.at(-1)?.body ?? "").arguments)).toBe(wire);
        // The union includes a pause, which has no data; the echo server always answers data.
        expect(JSON.stringify("data" in data ? data.data : undefined)).toBe(wire);
      }),
      { numRuns: 200 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
