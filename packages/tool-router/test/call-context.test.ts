// Errors of the session calls name the operation and, where there is one, the tool slug.
import { sendJson, startHttpServer } from "@composio-client/mock-servers";
import { afterEach, expect, it } from "vitest";
import {
  ComposioConnectionError,
  createToolRouterClient,
  PermissionDeniedError,
  type ToolRouterSession,
} from "../src/index";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const forbidden = {
  error: { message: "Toolkit not allowed", code: 10403, slug: "Forbidden", status: 403 },
};

it.each([
  ["session.execute", "GMAIL_SEND_EMAIL", (s: ToolRouterSession) => s.execute("GMAIL_SEND_EMAIL")],
  [
    "session.executeMeta",
    "COMPOSIO_SEARCH_TOOLS",
    (s: ToolRouterSession) => s.executeMeta("COMPOSIO_SEARCH_TOOLS"),
  ],
  [
    "session.proxyExecute",
    undefined,
    (s: ToolRouterSession) => s.proxyExecute({ toolkit: "gmail", endpoint: "/m", method: "GET" }),
  ],
])(
  "%s: the operation, and the tool slug (%s), name the call",
  async (operation, toolSlug, call) => {
    const server = await startHttpServer((_req, res) => sendJson(res, 403, forbidden));
    servers.push(server);
    const session = createToolRouterClient({ apiKey: "test_key_123", baseUrl: server.url }).session(
      "trs_1",
    );
    const error = await call(session).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    const head = toolSlug ? `${operation} ${toolSlug}` : operation;
    expect(error).toMatchObject({
      operation,
      toolSlug,
      attempts: 1,
      message: `${head}: 403 Forbidden: Toolkit not allowed`,
    });
  },
);

it("a connection refused on every attempt says how many were made", async () => {
  const server = await startHttpServer(() => {});
  const url = server.url;
  await server.close();
  const session = createToolRouterClient({
    apiKey: "test_key_123",
    baseUrl: url,
    maxRetries: 1,
  }).session("trs_1");
  const error = await session.execute("GMAIL_SEND_EMAIL").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ComposioConnectionError);
  expect(error).toMatchObject({ operation: "session.execute", attempts: 2 });
  expect((error as Error).message).toMatch(
    /^session\.execute GMAIL_SEND_EMAIL after 2 attempts: Could not connect/,
  );
});
