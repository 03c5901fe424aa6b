import type { FetchLike, RequestOptions } from "@composio-client/core";
import { ComposioValidationError } from "@composio-client/core/common";
import {
  assertNonEmptyString,
  assertOptionalPlainObject,
  redactJson,
  requesterSettings,
} from "@composio-client/core/internal";
import { ProxyInputRequiredError, ProxyUnknownResultError } from "./proxy-fetch-errors";
import { toProxyRequest } from "./proxy-fetch-request";
import { toResponse } from "./proxy-fetch-response";
import { clientOf, type ToolRouterSession } from "./session";

/** Options of {@link createProxyFetch}: request options for every call, and where URLs go. */
export interface ProxyFetchOptions extends RequestOptions {
  /**
   * What relative URLs resolve against, as `new URL(input, baseUrl)` does. Without it, a
   * relative URL's path is sent as is, relative to the connected account's base URL.
   */
  baseUrl?: string | undefined;
  /**
   * The `fetch` that downloads binary bodies from their signed URLs, with no credentials.
   * @defaultValue `globalThis.fetch`, looked up at download time
   */
  downloadFetch?: FetchLike | undefined;
}

/**
 * A standard `fetch` that sends each request through `session.proxyExecute` for `toolkit`, so
 * that fetch-based SDKs (Octokit, openapi-fetch...) run on the connected account's credentials.
 * Upstream 4xx and 5xx resolve as `Response`s; a pause rejects with `ProxyInputRequiredError`,
 * and Composio's own errors with the usual `ComposioError` classes. Any `authorization` header is
 * dropped: Composio injects the credentials. A standalone function, not a session method, so
 * that programs that never proxy a fetch do not bundle it.
 * @example
 * ```ts
 * const fetch = createProxyFetch(session, "github");
 * const octokit = new Octokit({ request: { fetch } });
 * const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues", { owner, repo });
 * ```
 */
export function createProxyFetch(
  session: Pick<ToolRouterSession, "proxyExecute">,
  toolkit: string,
  options: ProxyFetchOptions = {},
): FetchLike {
  assertNonEmptyString(toolkit, "toolkit");
  assertOptionalPlainObject(options, "options");
  if (options.baseUrl !== undefined && !/^https?:\/\/./i.test(String(options.baseUrl))) {
    throw new ComposioValidationError("options.baseUrl must be an absolute http(s) URL.", {
      path: "options.baseUrl",
    });
  }
  const { baseUrl, downloadFetch, signal: shared, ...request } = options;
  const settings = requesterSettings(clientOf(session));
  // An error is meant to be logged: what the server sent goes into one without the key.
  const redact = <T>(value: T): T => redactJson(value, settings.secrets) as T;
  return async (input, init) => {
    const { params, method, signal } = await toProxyRequest(toolkit, input, init, baseUrl, shared);
    const result = await session.proxyExecute(params, { ...request, signal });
    if (result.resultType === "inputRequired") throw new ProxyInputRequiredError(redact(result));
    if (result.resultType !== "completed") {
      const serverResultType = redact(result.serverResultType);
      throw new ProxyUnknownResultError(
        `Composio answered with a result_type this client does not know: ${String(serverResultType)}.`,
        { serverResultType, body: redact(result.body), requestId: result.requestId },
      );
    }
    if (!(result.status >= 200 && result.status <= 599)) {
      throw new ProxyUnknownResultError(
        `The upstream status ${result.status} cannot be returned as a Response.`,
        { serverResultType: "completed", body: redact(result), requestId: result.requestId },
      );
    }
    return toResponse(result, method, {
      maxBytes: request.maxResponseBytes ?? settings.maxResponseBytes,
      allowInsecureHttp: settings.allowInsecureHttp,
      fetch: downloadFetch,
      signal,
    });
  };
}
