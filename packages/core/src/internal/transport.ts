import type { FetchLike } from "../client-options";
import { ComposioConnectionError } from "../errors";

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

/**
 * The `fetch` openapi-fetch calls: the configured one, with rejections turned into
 * {@link ComposioConnectionError}s that say whether the request may have reached the server.
 * Aborts pass through untouched; the caller knows whether it was a timeout or the user.
 */
export function createTransport(fetchImpl: FetchLike): FetchLike {
  return async (request) => {
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
  const { code, message } = rootCause(error);
  const mayHaveExecuted = code === undefined || !NOT_SENT_CODES.has(code);
  const reason = code ?? message;
  return new ComposioConnectionError(
    mayHaveExecuted
      ? `Connection failed (${reason}); the request may have reached the server and the tool may have run.`
      : `Could not connect to the server (${reason}); the request was not sent.`,
    { mayHaveExecuted, cause: error },
  );
}

// undici nests the system error: TypeError("fetch failed", { cause: { code } }), sometimes
// inside an AggregateError when several addresses were tried. The innermost says the most.
function rootCause(error: unknown): { code: string | undefined; message: string } {
  let message = error instanceof Error ? error.message : String(error);
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const { code, cause, errors } = current as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string") return { code, message };
    if (current instanceof Error && current !== error) message = `${message}: ${current.message}`;
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return { code: undefined, message };
}
