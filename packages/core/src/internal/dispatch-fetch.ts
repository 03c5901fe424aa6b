import type { ResolvedConfig } from "./config";
import { type Dispatch, fillPath, queryString } from "./dispatch";
import { toConnectionError } from "./transport";

/**
 * The lean path: `fetch(url, init)` straight away, with the URL and headers built here. It skips
 * openapi-fetch's `Request` construction and header merging, the costliest part of a call on
 * Node, and is used whenever no openapi-fetch middleware is registered.
 */
export function createFetchDispatch(config: ResolvedConfig): Dispatch {
  const { baseUrl, fetch } = config;
  // Built once; shared by every call that adds no headers of its own (fetch never mutates it).
  const baseHeaders: Record<string, string> = {
    ...config.headers,
    "content-type": "application/json",
  };
  // A GET sends no body, so no content-type either.
  const getHeaders: Record<string, string> = { ...config.headers };
  return async (operation, body, options, signal) => {
    const isGet = operation.method === "GET";
    const url = baseUrl + fillPath(operation) + queryString(operation);
    const base = isGet ? getHeaders : baseHeaders;
    const headers =
      operation.headerParams || options.headers
        ? withHeaders(base, operation.headerParams, options.headers)
        : base;
    try {
      return {
        response: await fetch(
          url,
          isGet
            ? { method: "GET", headers, signal, redirect: "manual" }
            : { method: "POST", headers, body, signal, redirect: "manual" },
        ),
      };
    } catch (error) {
      if (signal.aborted) throw error;
      throw toConnectionError(error);
    }
  };
}

// Header names are case-insensitive: later sources replace earlier ones whatever their case.
function withHeaders(
  base: Record<string, string>,
  ...sources: (Record<string, string> | undefined)[]
): Record<string, string> {
  const merged = { ...base };
  for (const source of sources) {
    if (source)
      for (const name of Object.keys(source)) merged[name.toLowerCase()] = source[name] as string;
  }
  return merged;
}
