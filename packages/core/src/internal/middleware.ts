import type { MergedOptions, Middleware, MiddlewareCallbackParams } from "openapi-fetch";
import type { Dispatch } from "./send";
import type { Transport, TransportInit } from "./transport";

/** What middleware is told about the operation, as openapi-fetch tells it. */
interface MiddlewareContext {
  schemaPath: string;
  params: MiddlewareCallbackParams["params"];
  options: MergedOptions;
}

/** Sends through `middleware` (the live list of `use` and `eject`), or straight when it is empty. */
export function createMiddlewareDispatch(
  middleware: readonly Middleware[],
  baseUrl: string,
): Dispatch {
  let options: MergedOptions | undefined;
  return (url, init, operation, send) => {
    if (middleware.length === 0) return send(url, init);
    options ??= optionsForMiddleware(baseUrl, send);
    const { pathParams: path, headerParams: header, query } = operation;
    return sendThroughMiddleware(middleware, send, url, init, {
      schemaPath: operation.path,
      params: { path, ...(header && { header }), ...(query && { query }) },
      options,
    });
  };
}

// What openapi-fetch shows middleware as `options`; the body is already JSON, and the path and
// query are already in the URL: no serializing is left to do.
function optionsForMiddleware(baseUrl: string, send: Transport): MergedOptions {
  return Object.freeze({
    baseUrl,
    parseAs: "json",
    fetch: send,
    querySerializer: () => "",
    bodySerializer: (body: unknown) => body,
    pathSerializer: (path: string) => path,
  } as unknown as MergedOptions);
}

/**
 * Sends one attempt through `transport`, with openapi-fetch middleware around it: `onRequest`
 * in order (it may replace the `Request`, or answer with a `Response`), `onError` and
 * `onResponse` in reverse, as openapi-fetch runs them. Whatever `Request` comes out, only its
 * URL, method, headers and body are used: the transport re-imposes manual redirects, the
 * attempt's signal and the credential rule. An error thrown by middleware propagates unchanged.
 */
async function sendThroughMiddleware(
  middleware: readonly Middleware[],
  transport: Transport,
  url: string,
  init: TransportInit,
  context: MiddlewareContext,
): Promise<Response> {
  // A snapshot: middleware added or ejected mid-call applies from the next call.
  const chain = [...middleware];
  const original = new Request(url, { ...init, redirect: "manual" });
  let request = original;
  let response: Response | undefined;
  const id = randomId();
  const params = (): MiddlewareCallbackParams => ({ ...context, request, id });
  for (const m of chain) {
    const result = await m.onRequest?.(params());
    if (result instanceof Response) {
      response = result;
      break;
    }
    if (result instanceof Request) request = result;
    else if (result) {
      throw new TypeError(
        "onRequest: must return new Request() or Response() when modifying the request",
      );
    }
  }
  if (!response) {
    try {
      response = await transport(request.url, {
        method: request.method,
        headers: Object.fromEntries(request.headers),
        // The bytes already serialized, unless middleware built a new body.
        body: request === original ? init.body : await bodyOf(request),
        signal: init.signal,
      });
    } catch (thrown) {
      let error: unknown = thrown;
      for (const m of [...chain].reverse()) {
        const result: unknown = await m.onError?.({
          ...params(),
          error,
        });
        if (result instanceof Response) {
          response = result;
          break;
        }
        if (result instanceof Error) error = result;
        else if (result)
          throw new TypeError("onError: must return new Response() or instance of Error");
      }
      if (!response) throw error;
    }
  }
  for (const m of [...chain].reverse()) {
    const current: Response = response;
    const result: unknown = await m.onResponse?.({
      ...params(),
      response: current,
    });
    if (result instanceof Response) response = result;
    else if (result) {
      throw new TypeError("onResponse: must return new Response() when modifying the response");
    }
  }
  return response;
}

async function bodyOf(request: Request): Promise<ArrayBuffer | null> {
  return request.body === null ? null : request.arrayBuffer();
}

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
}
