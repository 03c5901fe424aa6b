import {
  type ApiErrorInit,
  type ComposioApiError,
  ComposioConnectionError,
  createApiError,
  statusMayHaveExecuted,
} from "../errors";
import { isPlainObject } from "../validation";
import { parseRedacted, redactSecrets } from "./redact";

/** Most bytes of an error response read: enough for any error envelope, never a flood. */
const ERROR_BODY_BYTES = 64 * 1024;
/** Most bytes of a body past its limit that an error keeps. */
const PREFIX_BYTES = 4096;
/** Most bytes of a non-JSON body kept in an error, and of a message the server sent: 1 kB. */
const SNIPPET_BYTES = 1024;
// Bounds on the other server-sent strings an error keeps.
const SHORT_BYTES = 200;
const MAX_LISTED_ERRORS = 20;

/** What a call returns: the parsed 200 body. */
export interface SendResult {
  data: unknown;
  response: Response;
  requestId: string | undefined;
}

/** What the server's text is cleaned with before an error keeps it. */
export interface Untrusted {
  /** The configured keys, redacted from anything the server sent. */
  secrets: readonly string[];
}

/**
 * Reads `response` into what a call returns: a 2xx whose body is a JSON object, read up to
 * `maxResponseBytes`. Anything else throws the {@link ComposioApiError} it means: an error status
 * (its body read up to 64 kB for the details), or a 2xx the client cannot read, which says the
 * tool ran. `onCancel` receives the function that stops the read (see {@link readBody}).
 */
export async function readResponse(
  response: Response,
  maxResponseBytes: number,
  untrusted: Untrusted,
  signal: AbortSignal,
  onCancel: (cancel: (() => void) | undefined) => void,
): Promise<SendResult> {
  const { ok } = response;
  const limit = ok ? maxResponseBytes : ERROR_BODY_BYTES;
  const body = await readBody(response, limit, signal, onCancel);
  if (!ok) throw createApiError(errorFromResponse(response, body, untrusted));
  let data: unknown;
  let parseError: unknown;
  if (!body.truncated && body.text) {
    try {
      data = JSON.parse(body.text);
    } catch (error) {
      parseError = error;
    }
  }
  // Anything but a JSON object is an error that says the tool ran.
  if (!isPlainObject(data)) {
    throw createApiError(successBodyError(body, response, limit, untrusted, parseError));
  }
  return { data, response, requestId: response.headers.get("x-request-id") ?? undefined };
}

/** A body read up to a limit. */
interface BodyText {
  text: string;
  /**
   * True when the body went on past the limit: `text` is then only its first 4 kB, all an error
   * keeps of it.
   */
  truncated: boolean;
}

/**
 * Reads a response body as UTF-8, stopping at `limit` bytes. The bytes are counted as the stream
 * yields them, after fetch has decompressed them, so a gzip bomb is cut off after `limit` bytes
 * instead of filling memory. `onCancel` receives the function that stops the read when the
 * attempt is aborted, even if the body ignores the signal (a Response made by middleware): the
 * attempt calls it instead of adding a listener to its own signal. A failure mid-body is a
 * dropped connection: the server had answered, so the tool may have run.
 */
async function readBody(
  response: Response,
  limit: number,
  signal: AbortSignal,
  onCancel: (cancel: (() => void) | undefined) => void,
): Promise<BodyText> {
  if (signal.aborted) throw signal.reason;
  if (response.body === null) return { text: "", truncated: false };
  const reader = response.body.getReader();
  onCancel(() => void reader.cancel(signal.reason).catch(() => {}));
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      if (size + value.byteLength > limit) {
        chunks.push(value.subarray(0, limit - size));
        truncated = true;
        void reader.cancel().catch(() => {});
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ComposioConnectionError(
      "The connection failed while the response was being read; the tool may have run.",
      { mayHaveExecuted: true, cause: error },
    );
  } finally {
    onCancel(undefined);
  }
  // Past the limit, the chunks hold `limit` bytes, of which an error keeps the start.
  const length = truncated ? Math.min(PREFIX_BYTES, limit) : size;
  // Most bodies come in one chunk: decoded without a copy.
  const text =
    chunks.length === 1
      ? decoder.decode((chunks[0] as Uint8Array).subarray(0, length))
      : await new Blob(chunks as BlobPart[]).slice(0, length).text();
  return { text, truncated };
}

const decoder = new TextDecoder();

/** What an error is built from: `limit` is set for a body past `maxResponseBytes`. */
type ErrorInit = ApiErrorInit & { limit?: number };

/**
 * The error for a 2xx body that is not a JSON object: larger than `limit`, empty, not JSON
 * (`parseError` is what JSON.parse threw) or JSON of another type. The server answered 2xx, so
 * every such error says the tool ran.
 */
function successBodyError(
  body: BodyText,
  response: Response,
  limit: number,
  untrusted: Untrusted,
  parseError: unknown,
): ErrorInit {
  if (body.truncated) {
    const text = redactSecrets(body.text, untrusted.secrets);
    return {
      ...baseInit(response, untrusted, true),
      message: `${response.status}: the response is larger than maxResponseBytes (${limit} bytes), so it was not read${contentTypeNote(response.headers, untrusted)}: ${snippet(text)} (the tool ran)`,
      body: snippet(text),
      limit,
    };
  }
  // A RangeError: nested deeper than this runtime's parser goes.
  const what = !body.text
    ? "an empty body"
    : parseError === undefined
      ? "JSON that is not an object"
      : parseError instanceof RangeError
        ? "JSON nested too deeply"
        : "a body that is not valid JSON";
  const text = redactSecrets(body.text, untrusted.secrets);
  return {
    ...baseInit(response, untrusted, true),
    message: `${response.status}: expected a JSON object from the server but got ${what}${contentTypeNote(response.headers, untrusted)}${text ? `: ${snippet(text)}` : ""} (the tool ran)`,
    body: snippet(text),
  };
}

/**
 * The error for a non-2xx response from its (bounded) body. Whether the tool may have run is
 * what its status implies (see `statusMayHaveExecuted`).
 */
function errorFromResponse(response: Response, body: BodyText, untrusted: Untrusted): ErrorInit {
  const { status, headers } = response;
  const text = redactSecrets(body.text, untrusted.secrets);
  const init = baseInit(response, untrusted, statusMayHaveExecuted(status));
  const mayHaveRun = init.mayHaveExecuted ? " (the tool may have run)" : "";
  // fetch ran with redirect: "manual": browsers answer an opaque status 0, other runtimes the 3xx.
  if (response.type === "opaqueredirect" || (status >= 300 && status < 400)) {
    const location = headers.get("location");
    const shown = location ? ` to ${clean(location, untrusted, SHORT_BYTES)}` : "";
    return {
      ...init,
      message: `${status} redirect${shown} not followed: the client never sends the API key and body on to another URL. Check baseUrl.`,
      body: snippet(text),
    };
  }
  const parsed = body.truncated ? undefined : parseJson(body.text, untrusted);
  const detail = isPlainObject(parsed) && isPlainObject(parsed.error) ? parsed.error : undefined;
  if (detail) {
    const slug = shortString(detail.slug);
    const message = stringOr(detail.message, SNIPPET_BYTES) ?? "no message";
    const errors = Array.isArray(detail.errors)
      ? detail.errors
          .filter((e): e is string => typeof e === "string")
          .slice(0, MAX_LISTED_ERRORS)
          .map((e) => snippet(e, SHORT_BYTES))
      : [];
    const suggestedFix = stringOr(detail.suggested_fix, SNIPPET_BYTES);
    let formatted = `${status} ${slug ? `${slug}: ` : ""}${message}${mayHaveRun}`;
    for (const error of errors) formatted += `\n  - ${error}`;
    if (suggestedFix) formatted += `\n  Suggested fix: ${suggestedFix}`;
    return {
      ...init,
      message: formatted,
      code: typeof detail.code === "number" ? detail.code : undefined,
      slug,
      requestId: shortString(detail.request_id) ?? init.requestId,
      suggestedFix,
      errors,
      body: parsed,
    };
  }
  // Not Composio's error envelope: a proxy's HTML page, plain text, or some other JSON.
  const described = text ? `: ${snippet(text)}` : " with an empty body";
  const statusText = response.statusText
    ? ` ${clean(response.statusText, untrusted, SHORT_BYTES)}`
    : "";
  return {
    ...init,
    message: `${status}${statusText}${contentTypeNote(headers, untrusted)}${described}${mayHaveRun}`,
    body: parsed === undefined ? snippet(text) : parsed,
  };
}

function baseInit(
  response: Response,
  untrusted: Untrusted,
  mayHaveExecuted: boolean,
): Omit<ErrorInit, "message" | "body"> & { mayHaveExecuted: boolean } {
  const requestId = response.headers.get("x-request-id");
  return {
    status: response.status,
    requestId: requestId === null ? undefined : clean(requestId, untrusted, SHORT_BYTES),
    headers: response.headers,
    mayHaveExecuted,
  };
}

// Not JSON, or too deep to handle: the body is then kept as text.
function parseJson(text: string, untrusted: Untrusted): unknown {
  try {
    return parseRedacted(text, untrusted.secrets);
  } catch {
    return undefined;
  }
}

function contentTypeNote(headers: Headers, untrusted: Untrusted): string {
  const type = headers.get("content-type");
  return type ? ` (${clean(type, untrusted, 100)})` : "";
}

/** A server-sent string as an error may keep it: without the key, at most `maxBytes`. */
function clean(text: string, untrusted: Untrusted, maxBytes: number): string {
  return snippet(redactSecrets(text, untrusted.secrets), maxBytes);
}

function stringOr(value: unknown, maxBytes: number): string | undefined {
  return typeof value === "string" ? snippet(value, maxBytes) : undefined;
}

function shortString(value: unknown): string | undefined {
  return stringOr(value, SHORT_BYTES);
}

const encoder = /* @__PURE__ */ new TextEncoder();

/** The start of `text`, at most `maxBytes` in UTF-8, ending in "…" when cut. */
function snippet(text: string, maxBytes = SNIPPET_BYTES): string {
  // Cheap exit: even at 3 bytes per UTF-16 unit, it fits.
  if (text.length * 3 <= maxBytes) return text;
  // encodeInto stops before the first character that does not fit; `read` counts UTF-16 units.
  const buffer = new Uint8Array(maxBytes);
  if (encoder.encodeInto(text, buffer).read === text.length) return text;
  // "…" takes 3 bytes of the budget.
  return `${text.slice(0, encoder.encodeInto(text, buffer.subarray(3)).read)}…`;
}
