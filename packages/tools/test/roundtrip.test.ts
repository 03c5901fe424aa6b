import { sendJson, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createToolsClient, type ToolsClient } from "../src/index";

let server: TestHttpServer;
let tools: ToolsClient;
beforeAll(async () => {
  // Echoes the arguments back as the tool's data.
  server = await startHttpServer((request, res) =>
    sendJson(res, 200, { data: JSON.parse(request.body).arguments, error: null, successful: true }),
  );
  tools = createToolsClient({ apiKey: "k", baseUrl: server.url });
});
afterAll(() => server.close());

// 200 round trips over a real socket: bounded by the count, not by time. The limit only
// catches a hang, so it is far above what a loaded 2-core machine needs.
const PROPERTY_TIMEOUT = 300_000;

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const key = fc.oneof(
  fc.string({ unit: codeUnit }),
  fc.constantFrom("__proto__", "constructor", "user_id", "userId", "toolSlug", "log_id"),
);

it(
  "passes any argument keys and values through tools.execute and back as data, untouched",
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, fc.jsonValue()), async (args) => {
        // Compared as JSON text: exact keys, key order and values, with no prototype tricks.
        const wire = JSON.stringify(args);
        const result = await tools.execute("X", { arguments: args });
        expect(JSON.stringify(JSON.parse(server.requests.at(-1)?.body ?? "").arguments)).toBe(wire);
        expect(JSON.stringify(result.data)).toBe(wire);
      }),
      { numRuns: 200 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  },
  PROPERTY_TIMEOUT,
);
