import type { FetchLike } from "../client-options";
import { ComposioConnectionError } from "../errors";
import { unlessAborted } from "./abort";
import type { Log, OutgoingRequest } from "./log";

const CREDENTIAL_HEADERS = ["x-api-key", "x-user-api-key"];

/** What every request goes out through: `fetch(url, init)`, called once per attempt. */
export type Transport = (
  url: string,
  init: TransportInit,
  sending?: SendingHook,
) => Promise<Response>;

/** Called right before `fetch`, with what it gets: the debug log's view of the request. */
export type SendingHook = (url: string, request: OutgoingRequest) => void;

export interface TransportInit extends OutgoingRequest {
  signal: AbortSignal;
}

/**
 * The configured `fetch`, with what safety needs imposed on every request whatever middleware
 * made of it: redirects answered instead of followed, and credentials removed from any request to
 * another origin than `origin`. A rejection becomes a {@link ComposioConnectionError} saying
 * whether the request may have reached the server (see {@link connectionFailure}): runtimes
 * reject with what they like (workerd: a plain `Error("Network connection lost.")`), so every
 * rejection counts as a network failure. Aborts pass through untouched (the caller knows whether
 * it was a timeout or the user), and so does what a custom `fetch` throws synchronously: no
 * request left, it is the caller's own error.
 */
export function createTransport(fetchImpl: FetchLike, origin: string, log: Log): Transport {
  const prefix = `${origin}/`;
  return async (url, init, sending) => {
    const { signal } = init;
    let headers = init.headers;
    if (!url.startsWith(prefix) && CREDENTIAL_HEADERS.some((name) => name in headers)) {
      headers = { ...headers };
      for (const name of CREDENTIAL_HEADERS) delete headers[name];
      log.write("warn", `A request to ${new URL(url).origin} was sent without the API key.`);
    }
    if (signal.aborted) throw signal.reason;
    // After middleware, with the credentials fetch really gets: what the debug log shows.
    sending?.(url, { ...init, headers });
    const pending = fetchImpl(url, { ...init, headers, redirect: "manual" });
    try {
      return await pending;
    } catch (error) {
      if (signal.aborted || error instanceof ComposioConnectionError) throw error;
      const { message, mayHaveExecuted } = connectionFailure(error);
      throw new ComposioConnectionError(message, { mayHaveExecuted, cause: error });
    }
  };
}

/**
 * The `fetch` of `client.raw`: openapi-fetch has run the middleware and hands over a `Request`,
 * which goes out through the same transport, never through the middleware again. It rejects as
 * soon as the request's signal fires, even if a custom `fetch` ignores it.
 */
export function rawFetch(transport: Transport): (input: Request) => Promise<Response> {
  return async (request) => {
    const { signal } = request;
    const sent = transport(request.url, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: request.body === null ? null : await request.arrayBuffer(),
      signal,
    });
    return unlessAborted(sent, signal, () => signal.reason);
  };
}

// Error codes only a connection attempt or a name lookup raises: nothing reached the server.
const CONNECT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
  "ConnectionRefused", // Bun
]);
// System calls that fail before a request is written. EHOSTUNREACH or ECONNRESET count only
// here: raised by a read on an open connection, they come after the request went out.
const CONNECT_SYSCALLS = new Set(["getaddrinfo", "connect"]);
// Runtimes whose fetch errors carry no code say it in words (Deno: "tcp connect error:
// Connection refused", "dns error: failed to lookup address"); undici refuses some requests
// before opening a socket ("bad port", an invalid URL or header value).
const NOT_SENT_MESSAGE =
  /tcp connect error|connection refused|dns error|failed to lookup address|bad port|failed to parse url|invalid url|invalid header|bytestring/i;

/** Whether the request may have reached the server, and the message of the error saying so. */
export interface ConnectionFailure {
  message: string;
  mayHaveExecuted: boolean;
}

/** What `error`, a rejection of `fetch`, means: `mayHaveExecuted` is false only when unsent. */
export function connectionFailure(error: unknown): ConnectionFailure {
  const cause = rootCause(error);
  const notSent =
    cause.syscall !== undefined
      ? CONNECT_SYSCALLS.has(cause.syscall)
      : (cause.code !== undefined && CONNECT_CODES.has(cause.code)) ||
        // undici: the server closed the socket before this request wrote a byte to it.
        (cause.code === "UND_ERR_SOCKET" && cause.bytesWritten === 0) ||
        (cause.code === undefined && NOT_SENT_MESSAGE.test(cause.message));
  const reason = cause.code
    ? `${cause.code}${cause.syscall ? ` on ${cause.syscall}` : ""}`
    : cause.message;
  return {
    message: notSent
      ? `Could not connect to the server (${reason}); the request was not sent.`
      : `Connection failed (${reason}); the request may have reached the server and the tool may have run.`,
    mayHaveExecuted: !notSent,
  };
}

interface RootCause {
  code?: string;
  syscall?: string | undefined;
  bytesWritten?: number | undefined;
  message: string;
}

// undici nests the system error: TypeError("fetch failed", { cause: { code, syscall } }),
// sometimes inside an AggregateError when several addresses were tried.
function rootCause(error: unknown): RootCause {
  let message = error instanceof Error ? error.message : String(error);
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const { code, syscall, socket, cause, errors } = current as {
      code?: unknown;
      syscall?: unknown;
      socket?: { bytesWritten?: unknown };
      cause?: unknown;
      errors?: unknown;
    };
    if (current instanceof Error && current !== error) message = `${message}: ${current.message}`;
    if (typeof code === "string") {
      return {
        code,
        syscall: typeof syscall === "string" ? syscall : undefined,
        bytesWritten: typeof socket?.bytesWritten === "number" ? socket.bytesWritten : undefined,
        message,
      };
    }
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return { message };
}
