import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Answers one request. `index` counts requests from 0. The handler may also misbehave on
 * purpose: destroy the socket, never answer, or stall in the middle of a body.
 */
export type Handler = (
  request: RecordedRequest,
  res: ServerResponse,
  index: number,
  req: IncomingMessage,
) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 that records every request. */
export interface TestHttpServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Drops open connections and stops listening. */
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 and a free port; `handler` answers each request. */
export async function startHttpServer(handler: Handler): Promise<TestHttpServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(recorded);
    try {
      await handler(recorded, res, requests.length - 1, req);
    } catch (error) {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  });
  // Node closes a keep-alive socket after 5 s idle; a client reusing it at that moment gets
  // ECONNRESET, a race that event-loop stalls on a loaded machine make likely. Tests close every
  // connection themselves. A backlog above Node's 511 lets 1,000 concurrent connects queue.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", 2048, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Sends `body` as JSON with `status` and extra `headers`. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
