import type { paths } from "@composio-client/api-types";
import * as openapiFetch from "openapi-fetch";

type CreateClient = typeof openapiFetch.default<paths>;

/**
 * openapi-fetch's `createClient`, in both of our builds. Its CommonJS file sets
 * `exports.default` without `__esModule`, so when our CommonJS build loads it under Node's
 * interop rules the default import is the whole module object, and the function is one
 * level further down. Resolved per call, so that bundlers drop openapi-fetch from programs
 * that never create a full client.
 */
export function createClient(options: Parameters<CreateClient>[0]): ReturnType<CreateClient> {
  const create =
    typeof openapiFetch.default === "function"
      ? openapiFetch.default
      : (openapiFetch.default as unknown as { default: typeof openapiFetch.default }).default;
  return create<paths>(options);
}
