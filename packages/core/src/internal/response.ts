import type { ApiErrorInit } from "../errors";
import type { BodyText } from "./body";
import { isPlainObject, parseRedacted, redactSecrets } from "./redact";

/** Most bytes of a non-JSON body kept in an error, and of a message the server sent: 1 kB. */
const SNIPPET_BYTES = 1024;
// Bounds on the other server-sent strings an error keeps.
const SHORT_BYTES = 200;
const MAX_LISTED_ERRORS = 20;

/** What the server's text is cleaned with before an error keeps it. */
export interface Untrusted {
  /** The configured keys, redacted from anything the server sent. */
  secrets: readonly string[];
}

/**
 * What an error is built from (by `createApiError`, which picks its class): `limit` is set for
 * a body past `maxResponseBytes`. Plain data, so that this module, loaded on demand, shares no
 * classes with the code that is always loaded.
 */
export type ErrorInit = ApiErrorInit & { mayHaveExecuted: boolean; limit?: number };

/**
 * The error of a response a call cannot return: a non-2xx one (`mayHaveExecuted` is what its
 * status implies), or a 2xx one whose body is not a JSON object (see `successBodyError`).
 */
export function responseError(
  response: Response,
  body: BodyText,
  untrusted: Untrusted,
  mayHaveExecuted: boolean,
  limit: number,
  parseError: unknown,
): ErrorInit {
  return response.ok
    ? successBodyError(body, response, limit, untrusted, parseError)
    : errorFromResponse(response, body, untrusted, mayHaveExecuted);
}

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
 * The error for a non-2xx response from its (bounded) body. `mayHaveExecuted` is what its
 * status implies, from the caller.
 */
function errorFromResponse(
  response: Response,
  body: BodyText,
  untrusted: Untrusted,
  mayHaveExecuted: boolean,
): ErrorInit {
  const { status, headers } = response;
  const text = redactSecrets(body.text, untrusted.secrets);
  const init = baseInit(response, untrusted, mayHaveExecuted);
  const mayHaveRun = mayHaveExecuted ? " (the tool may have run)" : "";
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
): Omit<ErrorInit, "message" | "body"> {
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
export function snippet(text: string, maxBytes = SNIPPET_BYTES): string {
  // Cheap exit: even at 3 bytes per UTF-16 unit, it fits.
  if (text.length * 3 <= maxBytes) return text;
  // encodeInto stops before the first character that does not fit; `read` counts UTF-16 units.
  const buffer = new Uint8Array(maxBytes);
  if (encoder.encodeInto(text, buffer).read === text.length) return text;
  // "…" takes 3 bytes of the budget.
  return `${text.slice(0, encoder.encodeInto(text, buffer.subarray(3)).read)}…`;
}
