import type { ResolvedConfig } from "./config";
import { type Dispatch, fillPath, type Operation } from "./dispatch";
import { withHeaders } from "./dispatch-fetch";
import { toConnectionError } from "./transport";

/**
 * The lean path for GET operations: no body and so no content-type, and the query string
 * appended. Kept apart from the POST path so that the wrappers, which never read, do not bundle it.
 */
export function createFetchGetDispatch(config: ResolvedConfig): Dispatch {
  const { baseUrl, fetch } = config;
  return async (operation, _body, options, signal) => {
    const url = baseUrl + fillPath(operation) + queryString(operation);
    const headers = withHeaders(config.headers, operation.headerParams, options.headers);
    try {
      return { response: await fetch(url, { method: "GET", headers, signal, redirect: "manual" }) };
    } catch (error) {
      if (signal.aborted) throw error;
      throw toConnectionError(error);
    }
  };
}

/** `?a=1&b=x&b=y` for the operation's query parameters, or "" when there are none. */
function queryString(operation: Operation): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(operation.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(name, String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
