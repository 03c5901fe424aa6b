import type { paths } from "@composio-client/api-types";
import type { Client } from "openapi-fetch";
import type { Dispatch } from "./dispatch";

const passThrough = (body: unknown) => body as string;
// openapi-fetch's result, loosened: callers check the typed paths.
type RawResult = { error?: unknown; response: Response };

/**
 * The path through openapi-fetch, so that its middleware (`onRequest`, `onResponse`,
 * `onError`) runs; used when middleware is registered. `raw`'s own fetch is the credential-
 * guarding transport.
 */
export function createOpenapiFetchDispatch(raw: Client<paths>): Dispatch {
  return async (operation, body, options, signal) => {
    if (operation.method === "GET") {
      const { error, response }: RawResult = await raw.GET(
        operation.path as never,
        {
          params: { path: operation.pathParams, query: operation.query },
          parseAs: "stream",
          headers: options.headers,
          signal,
        } as never,
      );
      return response.ok ? { response } : { response, errorBody: error };
    }
    // parseAs "stream" leaves a 2xx body unread, for the caller to read under its timer.
    const { error, response }: RawResult = await raw.POST(
      operation.path as never,
      {
        params: { path: operation.pathParams, header: operation.headerParams },
        body,
        bodySerializer: passThrough,
        parseAs: "stream",
        headers: options.headers,
        signal,
      } as never,
    );
    return response.ok ? { response } : { response, errorBody: error };
  };
}
