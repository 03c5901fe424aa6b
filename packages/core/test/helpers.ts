import { createServer } from "node:net";
import { type Handler, startHttpServer, type TestHttpServer } from "@composio-client/mock-servers";
import { afterEach, beforeEach, vi } from "vitest";
import { type ComposioClientOptions, createComposioClient, type Middleware } from "../src/index";
import { clock } from "../src/internal/retry";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** A real HTTP server on 127.0.0.1, closed after the test. */
export async function serve(handler: Handler): Promise<TestHttpServer> {
  const server = await startHttpServer(handler);
  cleanups.push(() => server.close());
  return server;
}

/**
 * The common way to write middleware that changes a request, and the most hostile to safety:
 * a new Request from the old one's parts, without its `redirect: "manual"` and abort signal.
 */
export const rebuildRequest: Middleware = {
  onRequest({ request }) {
    return new Request(request.url, {
      method: request.method,
      headers: new Headers(request.headers),
      body: request.body,
      duplex: "half",
    } as RequestInit);
  },
};

/** The two set-ups every fault and security test runs on, with `describe.each(PATHS)`. */
export const PATHS: [string, Middleware[]][] = [
  ["without middleware", []],
  ["with middleware that rebuilds the Request", [rebuildRequest]],
];

let pathMiddleware: Middleware[] = [];

/** Registers `middleware` in every client the tests of this describe block create. */
export function onPath(middleware: Middleware[]): void {
  beforeEach(() => {
    pathMiddleware = middleware;
  });
  afterEach(() => {
    pathMiddleware = [];
  });
}

/** `createComposioClient`, with the middleware of the current path registered. */
export function newClient(options: ComposioClientOptions) {
  const client = createComposioClient(options);
  client.use(...pathMiddleware);
  return client;
}

/** A client of `server` with a test key. */
export function clientOf(server: { url: string }, options: ComposioClientOptions = {}) {
  return newClient({
    apiKey: "test_key_123",
    baseUrl: server.url,
    logLevel: "off",
    ...options,
  });
}

/**
 * Replaces the retry loop's sleep and jitter for this test: sleeps resolve at once (unless the
 * signal already fired) and are recorded in `delays`; `random` is fixed.
 */
export function stubClock(random = 0): { delays: number[] } {
  const delays: number[] = [];
  vi.spyOn(clock, "random").mockReturnValue(random);
  vi.spyOn(clock, "sleep").mockImplementation(async (ms, signal, onAbort) => {
    delays.push(ms);
    if (signal?.aborted) throw onAbort();
  });
  return { delays };
}

/** A port nothing listens on: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A TCP server that resets every connection as soon as it is accepted, before any byte. */
export async function resettingServer(): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    socket.resetAndDestroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, connections: () => connections };
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
