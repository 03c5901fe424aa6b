// Errors of tools.execute name the operation and the tool, and the attempts made.
import { sendJson, startHttpServer } from "@composio-client/mock-servers";
import { afterEach, expect, it } from "vitest";
import { createComposioClient, createToolsClient, RateLimitError } from "../src/index";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const rateLimited = {
  error: { message: "Rate limit exceeded", code: 10429, slug: "RateLimit_Exceeded", status: 429 },
};

it("a 429 after every retry names tools.execute, the slug and the attempts", async () => {
  // retry-after-ms: 0, so the retries do not wait.
  const server = await startHttpServer((_req, res) =>
    sendJson(res, 429, rateLimited, { "retry-after-ms": "0" }),
  );
  servers.push(server);
  const own = createToolsClient({ apiKey: "test_key_123", baseUrl: server.url, maxRetries: 2 });
  const shared = createToolsClient({
    client: createComposioClient({ apiKey: "test_key_123", baseUrl: server.url, maxRetries: 2 }),
  });
  for (const tools of [own, shared]) {
    const error = await tools.execute("GMAIL_SEND_EMAIL").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      operation: "tools.execute",
      toolSlug: "GMAIL_SEND_EMAIL",
      attempts: 3,
      message:
        "tools.execute GMAIL_SEND_EMAIL after 3 attempts: 429 RateLimit_Exceeded: Rate limit exceeded",
    });
  }
});
