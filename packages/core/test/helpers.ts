import { type Handler, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import { afterEach } from "vitest";
import { type ComposioClientOptions, createComposioClient } from "../src/index";

const servers: TestHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A real server on 127.0.0.1, closed after the test. */
export async function serve(handler: Handler): Promise<TestHttpServer> {
  const server = await startHttpServer(handler);
  servers.push(server);
  return server;
}

/** A client of `server` with a test key. */
export function clientOf(server: TestHttpServer, options: ComposioClientOptions = {}) {
  return createComposioClient({ apiKey: "test_key_123", baseUrl: server.url, ...options });
}

export const EXECUTE = "/api/v3/tools/execute/{tool_slug}";
export const SESSION_EXECUTE = "/api/v3/tool_router/session/{session_id}/execute";

/** Resolves with what `promise` rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}
