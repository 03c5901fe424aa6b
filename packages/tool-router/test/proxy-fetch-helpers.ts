import { type RecordedRequest, sendJson, startHttpServer } from "@composio-client/mock-servers";
import { afterEach } from "vitest";
import { createToolRouterClient, type ToolRouterSession } from "../src/index";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

export const API_KEY = "composio_test_key_f00d";

/** A `completed` proxy reply: the upstream answered `status` with `data` and `headers`. */
export function completed(
  data: unknown,
  headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" },
  status = 200,
): Record<string, unknown> {
  return { result_type: "completed", status, data, headers };
}

/**
 * A session on a local stand-in for Composio that answers every proxy_execute with `reply`
 * (or `reply(body)`), and records the bodies it was sent.
 */
export async function proxyAgainst(
  reply: unknown | ((body: Record<string, unknown>) => unknown) = completed({ ok: true }),
  status = 200,
) {
  const server = await startHttpServer((request, res) => {
    const body = JSON.parse(request.body);
    sendJson(res, status, typeof reply === "function" ? reply(body) : reply, {
      "x-request-id": "req_proxy_1",
    });
  });
  servers.push(server);
  const session: ToolRouterSession = createToolRouterClient({
    apiKey: API_KEY,
    baseUrl: server.url,
    maxRetries: 2,
  }).session("trs_1");
  return {
    session,
    requests: server.requests,
    /** The parsed proxy_execute body of request `index`. */
    sent: (index = 0): Record<string, unknown> =>
      JSON.parse(server.requests[index]?.body ?? "null"),
  };
}

/** A stand-in for the storage behind signed URLs: serves `bytes` as `type` on any path. */
export async function storageServing(bytes: Uint8Array, type: string, status = 200) {
  const server = await startHttpServer((_request, res) => {
    res.writeHead(status, { "content-type": type, "content-length": bytes.length });
    res.end(Buffer.from(bytes));
  });
  servers.push(server);
  return server;
}

/** What a request to the signed URL carried that could be a credential. */
export function credentialsOf(request: RecordedRequest | undefined): Record<string, unknown> {
  const headers = request?.headers ?? {};
  return {
    authorization: headers.authorization,
    cookie: headers.cookie,
    "x-api-key": headers["x-api-key"],
    "x-user-api-key": headers["x-user-api-key"],
  };
}

/** Binary reply pointing at `url`. */
export function binaryReply(url: string, size: number, expiresAt = "2999-01-01T00:00:00Z") {
  return {
    result_type: "completed",
    status: 200,
    data: null,
    binary_data: { url, content_type: "image/png", size, expires_at: expiresAt },
    headers: { "content-type": "image/png", "content-length": "999", etag: '"v1"' },
  };
}
