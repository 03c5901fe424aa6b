import type { FetchLike, RequestOptions } from "@composio-client/core";
import type { OnDemandKit } from "./on-demand";
import { toProxyRequest } from "./proxy-fetch-request";
import { toResponse } from "./proxy-fetch-response";
import type { ProxyExecuteParams } from "./proxy-params";
import type { ProxyExecuteResult } from "./results";

/** Options of `session.proxyFetch`: request options for every call, and where URLs go. */
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

/** `session.proxyExecute`, as `proxyFetch` calls it. */
export type ProxyExecute = (
  params: ProxyExecuteParams,
  options?: RequestOptions,
) => Promise<ProxyExecuteResult>;

/**
 * One `fetch(input, init)` through `proxyExecute`; see `ToolRouterSession.proxyFetch`. This
 * module imports nothing at run time: `kit` brings the classes it throws.
 */
export async function proxyFetchCall(
  kit: OnDemandKit,
  proxyExecute: ProxyExecute,
  toolkit: string,
  options: ProxyFetchOptions,
  input: string | URL | Request,
  init: RequestInit | undefined,
  /** The request's own signal: `init.signal`, else that of a `Request` input. */
  own: AbortSignal | null | undefined,
): Promise<Response> {
  const { baseUrl, downloadFetch, signal: shared, ...request } = options;
  const signal = either(shared, own ?? undefined);
  const { params, method } = await toProxyRequest(kit, toolkit, input, init, baseUrl);
  const result = await proxyExecute(params, signal ? { ...request, signal } : request);
  if (result.resultType === "inputRequired") throw new kit.ProxyInputRequiredError(result);
  if (result.resultType !== "completed") {
    throw new kit.ProxyUnknownResultError(
      `Composio answered with a result_type this client does not know: ${String(result.serverResultType)}.`,
      result,
    );
  }
  if (!(result.status >= 200 && result.status <= 599)) {
    throw new kit.ProxyUnknownResultError(
      `The upstream status ${result.status} cannot be returned as a Response.`,
      { serverResultType: "completed", body: result, requestId: result.requestId },
    );
  }
  return toResponse(kit, result, method, downloadFetch, signal);
}

/** A signal that fires when either does. */
function either(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (!a || !b || a === b) return a ?? b;
  const signals = AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal };
  if (signals.any) return signals.any([a, b]);
  // Node 18 has no AbortSignal.any.
  const controller = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}
