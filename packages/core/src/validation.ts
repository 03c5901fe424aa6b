/**
 * Checks the wrapper packages run on user input before sending anything. Each throws a
 * {@link ComposioValidationError} naming the bad field, and never echoes the value itself,
 * which may be a credential.
 */
import type { AuthScheme, CustomConnectionData } from "@composio-client/api-types";
import { ComposioValidationError } from "./errors";
import { describeType, isPlainObject } from "./internal/value-type";

/** Asserts a non-empty string. */
export function assertNonEmptyString(value: unknown, path: string): asserts value is string {
  if (typeof value !== "string" || value.length === 0) {
    throw new ComposioValidationError(
      `${path} must be a non-empty string, got ${typeof value === "string" ? "an empty string" : describeType(value)}.`,
      { path },
    );
  }
}

/**
 * Asserts a usable path segment: a non-empty string other than `.` and `..`, which URL parsing
 * would resolve to another endpoint even after percent-encoding.
 */
export function assertPathSegment(value: unknown, path: string): asserts value is string {
  assertNonEmptyString(value, path);
  if (value === "." || value === "..") {
    throw new ComposioValidationError(`${path} must not be ${JSON.stringify(value)}.`, { path });
  }
  // encodeURIComponent throws a URIError on a lone surrogate half.
  if (LONE_SURROGATE.test(value)) {
    throw new ComposioValidationError(`${path} contains a lone UTF-16 surrogate.`, { path });
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Asserts a string or `undefined`. */
export function assertOptionalString(
  value: unknown,
  path: string,
): asserts value is string | undefined {
  if (value !== undefined && typeof value !== "string") {
    throw new ComposioValidationError(`${path} must be a string, got ${describeType(value)}.`, {
      path,
    });
  }
}

/** Asserts a boolean or `undefined`: the string `"false"` is not a boolean. */
export function assertOptionalBoolean(
  value: unknown,
  path: string,
): asserts value is boolean | undefined {
  if (value !== undefined && typeof value !== "boolean") {
    throw new ComposioValidationError(`${path} must be a boolean, got ${describeType(value)}.`, {
      path,
    });
  }
}

/** Asserts a plain object (`{...}`), such as tool arguments. */
export function assertPlainObject(
  value: unknown,
  path: string,
): asserts value is Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw new ComposioValidationError(
      `${path} must be a plain object, got ${describeType(value)}.`,
      {
        path,
      },
    );
  }
}

/**
 * Asserts that `value` has no key outside `known`: a misplaced key (a tool argument beside
 * `arguments`, a misspelt option) would otherwise be dropped without a word. `hint` says where
 * such a key usually belongs.
 */
export function assertKnownKeys(
  value: object,
  known: readonly string[],
  path: string,
  hint = "",
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new ComposioValidationError(
        `${path} has no option ${JSON.stringify(key)}; it takes ${known.join(", ")}.${hint && ` ${hint}`}`,
        { path: `${path}.${key}` },
      );
    }
  }
}

/** Asserts a plain object or `undefined`. */
export function assertOptionalPlainObject(
  value: unknown,
  path: string,
): asserts value is Record<string, unknown> | undefined {
  if (value !== undefined) assertPlainObject(value, path);
}

/** Asserts one of the `allowed` strings. */
export function assertOneOf<const Allowed extends string>(
  value: unknown,
  allowed: readonly Allowed[],
  path: string,
): asserts value is Allowed {
  if (!allowed.includes(value as Allowed)) {
    const shown = typeof value === "string" ? JSON.stringify(value) : describeType(value);
    throw new ComposioValidationError(
      `${path} must be one of ${allowed.join(", ")}; got ${shown}.`,
      { path },
    );
  }
}

/**
 * The `val` keys each auth scheme requires. The type makes the compiler reject a missing or
 * unknown scheme whenever the spec changes.
 */
export const REQUIRED_CONNECTION_KEYS = {
  OAUTH2: ["access_token"],
  DCR_OAUTH: ["client_id", "access_token"],
  API_KEY: [],
  BASIC_WITH_JWT: ["username", "password"],
  BASIC: ["username"],
  BEARER_TOKEN: ["token"],
  OAUTH1: ["oauth_token", "oauth_token_secret"],
  NO_AUTH: [],
  SERVICE_ACCOUNT: ["application_id", "installation_id", "private_key"],
  GOOGLE_SERVICE_ACCOUNT: ["credentials_json"],
  S2S_OAUTH2: ["access_token"],
} as const satisfies Record<AuthScheme, readonly string[]>;

const AUTH_SCHEMES = Object.keys(REQUIRED_CONNECTION_KEYS) as AuthScheme[];

/** Asserts valid `customConnectionData` (or `undefined`): a known scheme and its required keys. */
export function assertOptionalCustomConnectionData(
  value: unknown,
  path: string,
): asserts value is CustomConnectionData | undefined {
  if (value === undefined) return;
  assertPlainObject(value, path);
  assertOneOf(value.authScheme, AUTH_SCHEMES, `${path}.authScheme`);
  assertNonEmptyString(value.toolkitSlug, `${path}.toolkitSlug`);
  const val = value.val;
  assertPlainObject(val, `${path}.val`);
  for (const key of REQUIRED_CONNECTION_KEYS[value.authScheme]) {
    if (typeof val[key] !== "string") {
      throw new ComposioValidationError(
        `${path}.val.${key} is required for authScheme ${value.authScheme} and must be a string.`,
        { path: `${path}.val.${key}` },
      );
    }
  }
  for (const key of Object.keys(value)) {
    if (key !== "authScheme" && key !== "toolkitSlug" && key !== "val") {
      throw new ComposioValidationError(`${path}.${key} is not a known field.`, {
        path: `${path}.${key}`,
      });
    }
  }
}
