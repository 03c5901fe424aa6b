/**
 * What a rejected `fetch` means: whether the request may have reached the server, and the
 * message saying so. Loaded on first use (see rare.ts): a program whose requests all connect
 * never loads it. It returns plain data; transport.ts builds the ComposioConnectionError.
 */

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
