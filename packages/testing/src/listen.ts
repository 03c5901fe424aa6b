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
  listen(port: number, host: string, callback: () => void): void;
  once(event: "error", listener: (error: Error) => void): void;
  address(): { port: number } | string | null;
  close(callback: (error?: Error) => void): void;
  closeAllConnections?(): void;
}
interface NodeHttp {
  createServer(listener: (req: NodeRequest, res: NodeResponse) => void): NodeServer;
}

// A computed specifier: bundlers for browsers and workers must not try to include node:http.
const NODE_HTTP = ["node", "http"].join(":");

/** Serves `handle` over HTTP on 127.0.0.1 (Node, Bun and Deno all provide node:http). */
export async function listen(handle: Handle, options: ListenOptions): Promise<MockServer> {
  const http = (await import(/* @vite-ignore */ NODE_HTTP)) as NodeHttp;
  const server = http.createServer((req, res) => {
    serve(handle, req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
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

// A rejection (refused, dropped) destroys the socket; a hang waits for the client to leave.
async function serve(handle: Handle, req: NodeRequest, res: NodeResponse): Promise<void> {
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
  const out: Record<string, string> = {};
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
