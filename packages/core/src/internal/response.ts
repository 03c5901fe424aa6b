import {
  type ApiErrorInit,
  type ComposioApiError,
  createApiError,
  ResponseTooLargeError,
  statusMayHaveExecuted,
} from "../errors";
import type { BodyText } from "./body";
import { isPlainObject } from "./describe";
import { parseRedacted, redactSecrets } from "./redact";

/** Most bytes of a non-JSON body kept in an error, and of a message the server sent: 1 kB. */
const SNIPPET_BYTES = 1024;
/** Most bytes of an error response read: enough for any error envelope, never a flood. */
export const ERROR_BODY_BYTES = 64 * 1024;
// Bounds on the other server-sent strings an error keeps.
const SHORT_BYTES = 200;
const MAX_LISTED_ERRORS = 20;

/** What the server's text is cleaned with before an error keeps it. */
export interface Untrusted {
  /** The configured keys, redacted from anything the server sent. */
  secrets: readonly string[];
}

/**
 * Parses a 2xx body that must be a JSON object; anything else is a typed error. The server
 * answered 2xx, so every such error says the tool ran.
 */
export function parseSuccessBody(
  body: BodyText,
  response: Response,
  limit: number,
  untrusted: Untrusted,
): unknown {
  if (body.truncated) {
    const text = redactSecrets(body.text, untrusted.secrets);
    return fail(
      new ResponseTooLargeError({
        ...baseInit(response, untrusted, true),
        message: `${response.status}: the response is larger than maxResponseBytes (${limit} bytes), so it was not read${contentTypeNote(response.headers, untrusted)}: ${snippet(text)} (the tool ran)`,
        body: snippet(text),
        limit,
      }),
    );
  }
  if (!body.text) return fail(invalidBody(response, "an empty body", "", untrusted));
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch (error) {
    // A RangeError: nested deeper than this runtime's parser goes.
    const what =
      error instanceof RangeError ? "JSON nested too deeply" : "a body that is not valid JSON";
    return fail(invalidBody(response, what, body.text, untrusted));
  }
  if (!isPlainObject(parsed)) {
    return fail(invalidBody(response, "JSON that is not an object", body.text, untrusted));
  }
  return parsed;
}

/** Builds the error for a non-2xx response from its (bounded) body. */
export function errorFromResponse(
  response: Response,
  body: BodyText,
  untrusted: Untrusted,
): ComposioApiError {
  const { status, headers } = response;
  const text = redactSecrets(body.text, untrusted.secrets);
  const init = baseInit(response, untrusted, statusMayHaveExecuted(status));
  // fetch ran with redirect: "manual": browsers answer an opaque status 0, other runtimes the 3xx.
  if (response.type === "opaqueredirect" || (status >= 300 && status < 400)) {
    const location = headers.get("location");
    const shown = location ? ` to ${clean(location, untrusted, SHORT_BYTES)}` : "";
    return createApiError({
      ...init,
      message: `${status} redirect${shown} not followed: the client never sends the API key and body on to another URL. Check baseUrl.`,
      body: snippet(text),
    });
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
    return createApiError({
      ...init,
      message: formatMessage(status, slug, message, errors, suggestedFix),
      code: typeof detail.code === "number" ? detail.code : undefined,
      slug,
      requestId: shortString(detail.request_id) ?? init.requestId,
      suggestedFix,
      errors,
      body: parsed,
    });
  }
  // Not Composio's error envelope: a proxy's HTML page, plain text, or some other JSON.
  const described = text ? `: ${snippet(text)}` : " with an empty body";
  const statusText = response.statusText
    ? ` ${clean(response.statusText, untrusted, SHORT_BYTES)}`
    : "";
  return createApiError({
    ...init,
    message: `${status}${statusText}${contentTypeNote(headers, untrusted)}${described}${mayHaveRunNote(status)}`,
    body: parsed === undefined ? snippet(text) : parsed,
  });
}

function invalidBody(
  response: Response,
  what: string,
  raw: string,
  untrusted: Untrusted,
): ComposioApiError {
  const text = redactSecrets(raw, untrusted.secrets);
  return createApiError({
    ...baseInit(response, untrusted, true),
    message: `${response.status}: expected a JSON object from the server but got ${what}${contentTypeNote(response.headers, untrusted)}${text ? `: ${snippet(text)}` : ""} (the tool ran)`,
    body: snippet(text),
  });
}

function baseInit(
  response: Response,
  untrusted: Untrusted,
  mayHaveExecuted: boolean,
): Omit<ApiErrorInit, "message" | "body"> {
  const requestId = response.headers.get("x-request-id");
  return {
    status: response.status,
    requestId: requestId === null ? undefined : clean(requestId, untrusted, SHORT_BYTES),
    headers: response.headers,
    mayHaveExecuted,
  };
}

// Thrown from here so that callers read as a parse that either returns or fails.
function fail(error: ComposioApiError): never {
  throw error;
}

// Not JSON, or too deep to handle: the body is then kept as text.
function parseJson(text: string, untrusted: Untrusted): unknown {
  try {
    return parseRedacted(text, untrusted.secrets);
  } catch {
    return undefined;
  }
}

function formatMessage(
  status: number,
  slug: string | undefined,
  message: string,
  errors: readonly string[],
  suggestedFix: string | undefined,
): string {
  let text = `${status} ${slug ? `${slug}: ` : ""}${message}${mayHaveRunNote(status)}`;
  for (const error of errors) text += `\n  - ${error}`;
  if (suggestedFix) text += `\n  Suggested fix: ${suggestedFix}`;
  return text;
}

function mayHaveRunNote(status: number): string {
  return statusMayHaveExecuted(status) ? " (the tool may have run)" : "";
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
export function snippet(text: string, maxBytes = SNIPPET_BYTES): string {
  // Cheap exit: even at 3 bytes per UTF-16 unit, it fits.
  if (text.length * 3 <= maxBytes) return text;
  // encodeInto stops before the first character that does not fit; `read` counts UTF-16 units.
  const buffer = new Uint8Array(maxBytes);
  if (encoder.encodeInto(text, buffer).read === text.length) return text;
  // "…" takes 3 bytes of the budget.
  return `${text.slice(0, encoder.encodeInto(text, buffer.subarray(3)).read)}…`;
}
