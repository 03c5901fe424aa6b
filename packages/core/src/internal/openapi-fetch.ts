import * as openapiFetch from "openapi-fetch";

type CreateClient = typeof openapiFetch.default;

/**
 * openapi-fetch's `createClient`, in both of our builds. Its CommonJS file sets
 * `exports.default` without `__esModule`, so when our CommonJS build loads it under Node's
 * interop rules the default import is the whole module object, and the function is one
 * level further down.
 */
export const createClient: CreateClient =
  typeof openapiFetch.default === "function"
    ? openapiFetch.default
    : (openapiFetch.default as unknown as { default: CreateClient }).default;
