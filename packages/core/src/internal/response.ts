import { type ComposioApiError, createApiError, statusMayHaveExecuted } from "../errors";
import { isPlainObject } from "./describe";

/** Most bytes of a non-JSON body kept in an error: 1 kB. */
const SNIPPET_BYTES = 1024;

/** Parses a 2xx body that must be a JSON object; anything else is a typed error. */
export function parseSuccessBody(text: string | undefined, response: Response): unknown {
  if (!text) throw invalidBody(response, "an empty body", "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidBody(response, "a body that is not valid JSON", text);
  }
  if (!isPlainObject(parsed)) throw invalidBody(response, "JSON that is not an object", text);
  return parsed;
}

/**
 * Builds the error for a non-2xx response. `body` is what openapi-fetch read: the parsed JSON,
 * or the raw text when it was not JSON.
 */
export function errorFromResponse(response: Response, body: unknown): ComposioApiError {
  const { status, headers } = response;
  const headerRequestId = headers.get("x-request-id") ?? undefined;
  // fetch ran with redirect: "manual": browsers answer an opaque status 0, other runtimes the 3xx.
  if (response.type === "opaqueredirect" || (status >= 300 && status < 400)) {
    const location = headers.get("location");
    return createApiError({
      status,
      message: `${status} redirect${location ? ` to ${snippet(location, 200)}` : ""} not followed: the client never sends the API key and body on to another URL. Check baseUrl.`,
      requestId: headerRequestId,
      headers,
      body: typeof body === "string" ? snippet(body) : body,
    });
  }
  const detail = isPlainObject(body) && isPlainObject(body.error) ? body.error : undefined;
  if (detail) {
    const slug = stringOr(detail.slug);
    const message = stringOr(detail.message) ?? "no message";
    const errors = Array.isArray(detail.errors)
      ? detail.errors.filter((e): e is string => typeof e === "string")
      : [];
    const suggestedFix = stringOr(detail.suggested_fix);
    return createApiError({
      status,
      message: formatMessage(status, slug, message, errors, suggestedFix),
      code: typeof detail.code === "number" ? detail.code : undefined,
      slug,
      requestId: stringOr(detail.request_id) ?? headerRequestId,
      suggestedFix,
      errors,
      headers,
      body,
    });
  }
  // Not Composio's error envelope: a proxy's HTML page, plain text, or some other JSON.
  const text = typeof body === "string" ? body : body === undefined ? "" : JSON.stringify(body);
  const shownBody = typeof body === "string" ? snippet(body) : body;
  const described = text ? `: ${snippet(text)}` : " with an empty body";
  const statusText = response.statusText ? ` ${response.statusText}` : "";
  return createApiError({
    status,
    message: `${status}${statusText}${contentTypeNote(headers)}${described}${mayHaveRunNote(status)}`,
    requestId: headerRequestId,
    headers,
    body: shownBody,
  });
}

function invalidBody(response: Response, what: string, text: string): ComposioApiError {
  return createApiError({
    status: response.status,
    message: `${response.status}: expected a JSON object from the server but got ${what}${contentTypeNote(response.headers)}${text ? `: ${snippet(text)}` : ""}`,
    requestId: response.headers.get("x-request-id") ?? undefined,
    headers: response.headers,
    body: snippet(text),
  });
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

function contentTypeNote(headers: Headers): string {
  const type = headers.get("content-type");
  return type ? ` (${snippet(type, 100)})` : "";
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The start of `text`, at most `maxBytes` in UTF-8, ending in "…" when cut. */
export function snippet(text: string, maxBytes = SNIPPET_BYTES): string {
  const whole = utf8PrefixLength(text, maxBytes);
  if (whole === text.length) return text;
  // "…" takes 3 bytes of the budget.
  return `${text.slice(0, utf8PrefixLength(text, maxBytes - 3))}…`;
}

/** How many UTF-16 units of `text` fit in `maxBytes` of UTF-8, stopping at the first that does not. */
function utf8PrefixLength(text: string, maxBytes: number): number {
  let bytes = 0;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > maxBytes) break;
    units += char.length;
  }
  return units;
}
