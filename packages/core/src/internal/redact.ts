import { isPlainObject } from "../validation";

const REDACTED = "[redacted]";
// Credentials, and headers that commonly carry them.
const SECRET_HEADERS = new Set([
  "x-api-key",
  "x-user-api-key",
  "authorization",
  "proxy-authorization",
  "cookie",
  "x-llm-gateway-headers",
]);

/** A copy of `headers` safe to log. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    safe[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
  }
  return safe;
}

/**
 * A copy of a wire request body safe to log: the values of proxy and custom-auth `parameters`
 * (tokens often travel there) and every value of `custom_connection_data.val` are replaced.
 */
export function redactBody(body: unknown): unknown {
  if (!isPlainObject(body)) return body;
  const safe: Record<string, unknown> = { ...body };
  if (Array.isArray(body.parameters)) safe.parameters = redactParameterValues(body.parameters);
  if (isPlainObject(body.custom_auth_params)) {
    const auth = body.custom_auth_params;
    safe.custom_auth_params = Array.isArray(auth.parameters)
      ? { ...auth, parameters: redactParameterValues(auth.parameters) }
      : auth;
  }
  if (isPlainObject(body.custom_connection_data)) {
    const data = body.custom_connection_data;
    safe.custom_connection_data = isPlainObject(data.val)
      ? { ...data, val: Object.fromEntries(Object.keys(data.val).map((key) => [key, REDACTED])) }
      : data;
  }
  return safe;
}

function redactParameterValues(parameters: unknown[]): unknown[] {
  return parameters.map((parameter) =>
    isPlainObject(parameter) ? { ...parameter, value: REDACTED } : parameter,
  );
}

/**
 * The shortest key searched for in text. No real Composio key is shorter; a shorter one is a
 * test fixture (`"test"`), and replacing it would garble ordinary words ("the latest test").
 * Headers that carry keys are redacted whatever their length.
 */
const MIN_REDACTED_LENGTH = 8;

/** The configured keys that text from the server is searched for: those long enough to be keys. */
export function secretsToRedact(keys: readonly string[]): string[] {
  return keys.filter((key) => key.length >= MIN_REDACTED_LENGTH);
}

/**
 * `text` with the password of every URL's userinfo (`https://user:password@host`) replaced, for
 * messages that quote a URL the caller or the server gave.
 */
export function redactUserinfo(text: string): string {
  return text.replace(/(\/\/[^/?#@\s:]*:)[^/?#@\s]*@/g, `$1${REDACTED}@`);
}

/**
 * A copy of a JSON value from the server with `secrets` replaced in every string and key, for
 * an error to keep. A value too deep to copy is replaced by a note rather than kept unredacted.
 */
export function redactJson(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0 || value === undefined) return value;
  try {
    return parseRedacted(JSON.stringify(value), secrets);
  } catch {
    return "[not kept: too deeply nested to redact]";
  }
}

/** `text` with every occurrence of each secret replaced; for anything the server sent. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let safe = text;
  for (const secret of secrets) {
    if (safe.includes(secret)) safe = safe.split(secret).join(REDACTED);
  }
  return safe;
}

/**
 * Parses JSON the server sent with the secrets redacted from every string and key: the raw text
 * is redacted first, and the reviver catches a key written with JSON escapes (`\u0074est_key`).
 * Throws like `JSON.parse`, a RangeError included when the nesting is too deep to revive.
 */
export function parseRedacted(text: string, secrets: readonly string[]): unknown {
  return JSON.parse(
    redactSecrets(text, secrets),
    function (this: Record<string, unknown>, key: string, value: unknown) {
      const safe = typeof value === "string" ? redactSecrets(value, secrets) : value;
      const safeKey = redactSecrets(key, secrets);
      if (safeKey === key) return safe;
      // defineProperty: an own "__proto__" key stays data instead of replacing the prototype.
      Object.defineProperty(this, safeKey, {
        value: safe,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return undefined;
    },
  );
}
