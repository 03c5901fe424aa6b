import { sendJson, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createToolRouterClient, type ToolRouterSession } from "../src/index";

let server: TestHttpServer;
let session: ToolRouterSession;
beforeAll(async () => {
  // Echoes the proxied body back as the upstream data.
  server = await startHttpServer((request, res) =>
    sendJson(res, 200, { status: 200, data: JSON.parse(request.body).body ?? null }),
  );
  session = createToolRouterClient({ apiKey: "k", baseUrl: server.url }).session("trs_1");
});
afterAll(() => server.close());

// 200 round trips over a real socket: bounded by the count, not by time. The limit only
// catches a hang, so it is far above what a loaded 2-core machine needs.
const PROPERTY_TIMEOUT = 300_000;

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

it(
  "passes any proxy body through proxyExecute and back as data, untouched",
  async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        // Compared as JSON text: exact keys, key order and values.
        const wire = JSON.stringify(body);
        const result = await session.proxyExecute({
          toolkit: "t",
          endpoint: "/e",
          method: "POST",
          body,
        });
        expect(JSON.stringify(JSON.parse(server.requests.at(-1)?.body ?? "").body)).toBe(wire);
        expect(result.resultType).toBe("completed");
        if (result.resultType === "completed") expect(JSON.stringify(result.data)).toBe(wire);
      }),
      { numRuns: 200 },
    );
  },
  PROPERTY_TIMEOUT,
);

it(
  "sends any query value as the string it converts to",
  async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string({ unit: codeUnit, minLength: 1 }),
          fc.oneof(fc.string({ unit: codeUnit }), fc.double(), fc.boolean()),
        ),
        async (query) => {
          await session.proxyExecute({ toolkit: "t", endpoint: "/e", method: "GET", query });
          expect(JSON.parse(server.requests.at(-1)?.body ?? "").parameters ?? []).toStrictEqual(
            Object.entries(query).map(([name, value]) => ({
              name,
              value: String(value),
              type: "query",
            })),
          );
        },
      ),
      { numRuns: 200 },
    );
  },
  PROPERTY_TIMEOUT,
);
