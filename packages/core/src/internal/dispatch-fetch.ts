import type { ResolvedConfig } from "./config";
import { type Dispatch, fillPath } from "./dispatch";
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
  return async (operation, body, options, signal) => {
    const url = baseUrl + fillPath(operation);
    const headers =
      operation.headerParams || options.headers
        ? withHeaders(baseHeaders, operation.headerParams, options.headers)
        : baseHeaders;
    try {
      return {
        response: await fetch(url, { method: "POST", headers, body, signal, redirect: "manual" }),
      };
    } catch (error) {
      if (signal.aborted) throw error;
      throw toConnectionError(error);
    }
  };
}

// Header names are case-insensitive: later sources replace earlier ones whatever their case.
export function withHeaders(
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
