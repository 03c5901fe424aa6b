/**
 * Checks the wrapper packages run on user input before sending anything. Each throws a
 * {@link ComposioValidationError} naming the bad field, and never echoes the value itself,
 * which may be a credential.
 *
 * They check shapes (a string, an object), never value sets: an enum value, a field or a
 * credential key the server may accept later is typed at compile time, but at run time it is
 * sent and the server answers, since the client is never stricter than the server.
 */
import type { CustomConnectionData } from "@composio-client/api-types";
import { ComposioValidationError } from "./errors";

/** A short name of a value's type for error messages; never the value itself. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (value === "") return "an empty string";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/** True for `{}`-style objects: not null, not an array, not a Date, Map or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}

/**
 * Asserts `ok`, else throws `${path} must be ${expected}, got <the type of value>.`: the one
 * message every shape check gives.
 */
export function assertValid(
  ok: unknown,
  path: string,
  expected: string,
  value: unknown,
): asserts ok {
  if (!ok) {
    throw new ComposioValidationError(`${path} must be ${expected}, got ${describeType(value)}.`, {
      path,
    });
  }
}

/** Asserts a non-empty string. */
export function assertNonEmptyString(value: unknown, path: string): asserts value is string {
  assertValid(typeof value === "string" && value !== "", path, "a non-empty string", value);
}

/**
 * Asserts a usable path segment: a non-empty string other than `.` and `..`, which URL parsing
 * would resolve to another endpoint even after percent-encoding, and without a lone UTF-16
 * surrogate, on which encodeURIComponent throws.
 */
export function assertPathSegment(value: unknown, path: string): asserts value is string {
  assertNonEmptyString(value, path);
  if (value === "." || value === ".." || LONE_SURROGATE.test(value)) {
    throw new ComposioValidationError(
      `${path} must not be "." or "..", nor contain a lone UTF-16 surrogate.`,
      { path },
    );
  }
}

// A regex, not a call to encodeURIComponent in a try: minifiers drop calls to it whose result
// is unused, as free of side effects, and the check would silently vanish from builds.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Asserts a string or `undefined`. */
export function assertOptionalString(
  value: unknown,
  path: string,
): asserts value is string | undefined {
  assertValid(value === undefined || typeof value === "string", path, "a string", value);
}

/** Asserts a boolean or `undefined`: the string `"false"` is not a boolean. */
export function assertOptionalBoolean(
  value: unknown,
  path: string,
): asserts value is boolean | undefined {
  assertValid(value === undefined || typeof value === "boolean", path, "a boolean", value);
}

/** Asserts a plain object (`{...}`), such as tool arguments. */
export function assertPlainObject(
  value: unknown,
  path: string,
): asserts value is Record<string, unknown> {
  assertValid(isPlainObject(value), path, "a plain object", value);
}

/**
 * Asserts every path parameter before the URL is built: each must be a usable path segment (see
 * {@link assertPathSegment}).
 */
export function assertPathParams(params: Record<string, unknown>): void {
  for (const name of Object.keys(params)) assertPathSegment(params[name], name);
}

/**
 * Asserts that `value` has no key outside `known`: a misplaced key (a tool argument beside
 * `arguments`, a misspelt option) would otherwise be dropped without a word. `hint`, given the
 * refused key, says where such a key usually belongs.
 */
export function assertKnownKeys(
  value: object,
  known: readonly string[],
  path: string,
  hint?: (key: string) => string,
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new ComposioValidationError(
        `${noSuchOption(path, key, known)}${hint ? ` ${hint(key)}` : ""}`,
        { path: `${path}.${key}` },
      );
    }
  }
}

/**
 * The hint for a key refused beside a tool's `arguments`, naming that key where it belongs:
 * `A tool's own arguments go inside \`arguments\`: tools.execute(slug, { arguments: { title: ... } }).`
 */
export function misplacedArgumentHint(call: string): (key: string) => string {
  return (key) => {
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    return `A tool's own arguments go inside \`arguments\`: ${call}(slug, { arguments: { ${name}: ... } }).`;
  };
}

/**
 * Why `key` is refused where only `known` are taken, listing them so that a misspelling shows:
 * one wording for a wrapper's parameters, a call's options and a client's.
 */
export function noSuchOption(where: string, key: string, known: readonly string[]): string {
  return `${where} has no option ${JSON.stringify(key)}; it takes ${known.join(", ")}.`;
}

/** Asserts a plain object or `undefined`. */
export function assertOptionalPlainObject(
  value: unknown,
  path: string,
): asserts value is Record<string, unknown> | undefined {
  if (value !== undefined) assertPlainObject(value, path);
}

/**
 * Asserts `customConnectionData` (or `undefined`) of the right shape: an object with a
 * non-empty `authScheme` and `toolkitSlug`, and an object `val`. Which schemes exist and which
 * keys each requires is the server's to say: a scheme added, or a key made optional, is
 * accepted by the server before this package is released again.
 */
export function assertOptionalCustomConnectionData(
  value: unknown,
  path: string,
): asserts value is CustomConnectionData | undefined {
  if (value === undefined) return;
  assertPlainObject(value, path);
  assertNonEmptyString(value.authScheme, `${path}.authScheme`);
  assertNonEmptyString(value.toolkitSlug, `${path}.toolkitSlug`);
  assertPlainObject(value.val, `${path}.val`);
}
