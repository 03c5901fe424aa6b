import type { FetchLike } from "../client-options";
import { ComposioConnectionError } from "../errors";
import type { Log } from "./log";

// Failures that happen before a request can leave the machine: nothing reached the server.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "ConnectionRefused", // Bun
]);
// System calls that fail before a request is written: resolving the name and connecting.
const NOT_SENT_SYSCALLS = new Set(["getaddrinfo", "connect"]);
// Runtimes whose fetch errors carry no code say it in words (Deno: "tcp connect error:
// Connection refused", "dns error: failed to lookup address").
const NOT_SENT_MESSAGE = /tcp connect error|connection refused|dns error|failed to lookup address/i;
const CREDENTIAL_HEADERS = ["x-api-key", "x-user-api-key"];

/**
 * The `fetch` openapi-fetch calls with each `Request`, after middleware: the configured one, with
 * - credentials removed from any request to another origin than `origin`;
 * - rejections turned into {@link ComposioConnectionError}s that say whether the request may
 *   have reached the server. Aborts pass through untouched: the caller knows whether it was a
 *   timeout or the user.
 */
export function createTransport(
  fetchImpl: FetchLike,
  origin: string,
  log: Log,
): (request: Request) => Promise<Response> {
  const prefix = `${origin}/`;
  return async (input) => {
    let request = input;
    if (!request.url.startsWith(prefix) && CREDENTIAL_HEADERS.some((h) => request.headers.has(h))) {
      const headers = new Headers(request.headers);
      for (const name of CREDENTIAL_HEADERS) headers.delete(name);
      request = new Request(request, { headers });
      log.warn(`A request to ${new URL(request.url).origin} was sent without the API key.`);
    }
    try {
      return await fetchImpl(request);
    } catch (error) {
      if (request.signal.aborted) throw error;
      throw toConnectionError(error);
    }
  };
}

export function toConnectionError(error: unknown): ComposioConnectionError {
  if (error instanceof ComposioConnectionError) return error;
  const cause = rootCause(error);
  const notSent =
    (cause.code !== undefined && NOT_SENT_CODES.has(cause.code)) ||
    (cause.syscall !== undefined && NOT_SENT_SYSCALLS.has(cause.syscall)) ||
    // undici: the server closed the socket before this request wrote a byte to it.
    (cause.code === "UND_ERR_SOCKET" && cause.bytesWritten === 0) ||
    (cause.code === undefined && NOT_SENT_MESSAGE.test(cause.message));
  const reason = cause.code
    ? `${cause.code}${cause.syscall ? ` on ${cause.syscall}` : ""}`
    : cause.message;
  return new ComposioConnectionError(
    notSent
      ? `Could not connect to the server (${reason}); the request was not sent.`
      : `Connection failed (${reason}); the request may have reached the server and the tool may have run.`,
    { mayHaveExecuted: !notSent, cause: error },
  );
}

interface RootCause {
  code: string | undefined;
  syscall: string | undefined;
  bytesWritten: number | undefined;
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
  return { code: undefined, syscall: undefined, bytesWritten: undefined, message };
}
