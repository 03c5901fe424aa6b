/** Options of `mock.listen()`. */
export interface ListenOptions {
  /** The port on 127.0.0.1; a free one when omitted. */
  port?: number;
}

export interface MockServer {
  url: string;
  close(): Promise<void>;
}

type Handle = (request: Request, signal: AbortSignal) => Promise<Response>;

// The few parts of node:http used here, typed locally so that no Node type reaches users.
interface NodeRequest extends AsyncIterable<Uint8Array> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  socket: { destroy(): void };
}
interface NodeResponse {
  writeHead(status: number, headers: Record<string, string>): void;
  end(body: Uint8Array): void;
  on(event: "close", listener: () => void): void;
  writableEnded: boolean;
}
interface NodeServer {
  keepAliveTimeout: number;
  listen(port: number, host: string, backlog: number, callback: () => void): void;
  once(event: "error", listener: (error: Error) => void): void;
  address(): { port: number } | string | null;
  close(callback: (error?: Error) => void): void;
  closeAllConnections?(): void;
}
interface NodeHttp {
  createServer(listener: (req: NodeRequest, res: NodeResponse) => void): NodeServer;
}

/**
 * node:http without importing it: a static or dynamic import would make bundlers for browsers
 * and workers (and miniflare, which refuses computed `import()`) try to load it everywhere.
 * Node 20.16+, Bun and Deno 2 provide `process.getBuiltinModule`.
 */
function nodeHttp(): NodeHttp {
  const scope = globalThis as {
    process?: { getBuiltinModule?: (id: string) => unknown };
  };
  const http = scope.process?.getBuiltinModule?.("node:http") as NodeHttp | undefined;
  if (!http) {
    throw new Error(
      "mock.listen() needs node:http (Node 20.16+, Bun or Deno 2); elsewhere, pass mock.fetch to the client.",
    );
  }
  return http;
}

/** Serves `handle` over HTTP on 127.0.0.1. */
export async function listen(handle: Handle, options: ListenOptions): Promise<MockServer> {
  const http = nodeHttp();
  const server = http.createServer((req, res) => {
    serve(handle, req, res).catch(() => req.socket.destroy());
  });
  // Node closes idle keep-alive sockets after 5 s, and a client reusing one at that moment gets
  // ECONNRESET: a flaky test on a loaded machine. close() ends every connection instead.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", 1024, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// Browser code on another origin may call the server: preflights are answered here (and not
// recorded), and the headers the client reads are exposed.
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "x-request-id, retry-after, retry-after-ms, x-should-retry",
};

// A rejection (refused, dropped) destroys the socket; a hang waits for the client to leave.
async function serve(handle: Handle, req: NodeRequest, res: NodeResponse): Promise<void> {
  if (req.method === "OPTIONS") {
    const requested = req.headers["access-control-request-headers"];
    res.writeHead(204, {
      ...CORS,
      "access-control-allow-methods": "POST, OPTIONS",
      "access-control-allow-headers": typeof requested === "string" ? requested : "*",
      "access-control-max-age": "600",
    });
    res.end(new Uint8Array(0));
    return;
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(chunk);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = req.method ?? "GET";
  const gone = new AbortController();
  res.on("close", () => {
    if (!res.writableEnded) gone.abort(new Error("the client closed the connection"));
  });
  const request = new Request(`http://127.0.0.1${req.url ?? "/"}`, {
    method,
    headers,
    ...(method === "GET" || method === "HEAD" ? {} : { body: concat(chunks) }),
  });
  const response = await handle(request, gone.signal);
  const out: Record<string, string> = { ...CORS };
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  res.writeHead(response.status, out);
  res.end(new Uint8Array(await response.arrayBuffer()));
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
