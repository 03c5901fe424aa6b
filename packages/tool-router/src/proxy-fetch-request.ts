import type { ProxyMethod, ProxyParameter } from "@composio-client/api-types";
import { ComposioAbortError, ComposioValidationError } from "@composio-client/core/common";
import { anySignal, redactUserinfo } from "@composio-client/core/internal";
import type { ProxyExecuteParams } from "./proxy-params";

/** A Fetch API request turned into `proxyExecute` parameters. */
export interface ProxyFetchRequest {
  params: ProxyExecuteParams;
  method: ProxyMethod;
  /** What ends the call: the request's own signal (`init.signal`, else a `Request`'s) or `shared`. */
  signal: AbortSignal | undefined;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1): they concern one connection, never the proxied call. */
export const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
];
// Never forwarded either: headers the proxy sets itself, and `authorization`, since Composio
// injects the connected account's credentials.
const DROPPED = new Set([...HOP_BY_HOP, "host", "content-length", "authorization"]);
// Only the path of a relative URL is kept; this origin never leaves the client.
const PLACEHOLDER = "http://relative.invalid";

/**
 * Reads `fetch(input, init)` into `proxyExecute` parameters, consuming the body. Throws
 * `ComposioValidationError` for what the proxy cannot send, and `ComposioAbortError` when the
 * request's signal or `shared` fires while its body is read, before anything is sent.
 */
export async function toProxyRequest(
  toolkit: string,
  input: string | URL | Request,
  init: RequestInit | undefined,
  baseUrl: string | undefined,
  shared: AbortSignal | undefined,
): Promise<ProxyFetchRequest> {
  const url = resolveUrl(input, baseUrl);
  let request: Request;
  try {
    request = new Request(input instanceof Request ? input : url.href, init);
  } catch (error) {
    // Request's message may quote the URL; resolveUrl refused credentials in it already.
    throw new ComposioValidationError(
      `proxyFetch: invalid request: ${redactUserinfo((error as Error).message)}`,
      { path: "init", cause: error },
    );
  }
  const signal = anySignal(shared, request.signal);
  // fetch upper-cases only some methods ("patch" stays lowercase); the proxy takes upper case.
  // Any method `Request` accepts is sent: which ones the proxy takes is the server's to say.
  const method = request.method.toUpperCase();

  const relative = url.origin === PLACEHOLDER;
  const body = await readBody(request, signal);
  const params = {
    toolkit,
    // A relative path is sent as is: Composio resolves it against the account's base URL.
    endpoint: relative ? url.pathname : url.origin + url.pathname,
    method,
    parameters: [
      ...Array.from(url.searchParams, ([name, value]) => query(name, value)),
      ...headerParameters(request.headers, body !== undefined && "binaryBody" in body),
    ],
    ...body,
  } as ProxyExecuteParams;
  return { params, method: method as ProxyMethod, signal };
}

function query(name: string, value: string): ProxyParameter {
  return { name, value, type: "query" };
}

function resolveUrl(input: string | URL | Request, baseUrl: string | undefined): URL {
  const text = input instanceof Request ? input.url : String(input);
  let url: URL;
  try {
    url = new URL(text, baseUrl ?? PLACEHOLDER);
  } catch (error) {
    throw new ComposioValidationError(`proxyFetch: ${JSON.stringify(text)} is not a valid URL.`, {
      path: "input",
      cause: error,
    });
  }
  // Composio injects the account's credentials; a user:password in the URL is never sent on.
  if (url.username || url.password) {
    throw new ComposioValidationError(
      "proxyFetch: the URL has credentials (user:password@); Composio injects the connected account's credentials instead.",
      { path: "input" },
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ComposioValidationError(
      `proxyFetch sends http: and https: URLs, not ${url.protocol}`,
      {
        path: "input",
      },
    );
  }
  // "//host/path" without baseUrl would silently pick the placeholder's scheme.
  if (baseUrl === undefined && url.origin !== PLACEHOLDER && !/^https?:/i.test(text)) {
    throw new ComposioValidationError(
      `proxyFetch: ${JSON.stringify(redactUserinfo(text))} names a host without a scheme; pass an absolute URL.`,
      { path: "input" },
    );
  }
  return url;
}

function headerParameters(headers: Headers, binary: boolean): ProxyParameter[] {
  // Headers named in Connection are hop-by-hop too.
  const listed = (headers.get("connection") ?? "").toLowerCase().split(",");
  const parameters: ProxyParameter[] = [];
  headers.forEach((value, name) => {
    if (DROPPED.has(name) || listed.some((token) => token.trim() === name)) return;
    // A binary body carries its own content type.
    if (binary && name === "content-type") return;
    parameters.push({ name, value, type: "header" });
  });
  return parameters;
}

type Body = { body: unknown } | { binaryBody: Uint8Array; contentType?: string };

/**
 * JSON content types are parsed and sent as `body`, text ones as a string `body`; anything
 * else (no type, binary types, multipart form data) as base64 `binary_body`. Empty: no body.
 */
async function readBody(
  request: Request,
  signal: AbortSignal | undefined,
): Promise<Body | undefined> {
  if (request.body === null) return undefined;
  const bytes = await readBytes(request.body, signal);
  if (bytes.length === 0) return undefined;
  const type = request.headers.get("content-type") ?? "";
  const mime = (type.split(";")[0] ?? "").trim().toLowerCase();
  if (/^application\/(.+\+)?json$/.test(mime)) {
    try {
      return { body: JSON.parse(utf8(bytes)) };
    } catch (error) {
      throw new ComposioValidationError(
        `proxyFetch: the body is not JSON, although its Content-Type is ${type}.`,
        { path: "init.body", cause: error },
      );
    }
  }
  if (/^text\/|^application\/(x-www-form-urlencoded|xml|.+\+xml)$/.test(mime)) {
    try {
      return { body: utf8(bytes) };
    } catch {
      // Not UTF-8 after all: the bytes go as they are.
    }
  }
  return type === "" ? { binaryBody: bytes } : { binaryBody: bytes, contentType: type };
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/**
 * All of a request body's bytes. An abort cancels the stream wherever it stands (one that never
 * ends included) and rejects with `ComposioAbortError`; a stream that fails rejects with
 * `ComposioValidationError`, its error as `cause`. Nothing was sent either way.
 */
async function readBytes(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const aborted = () => new ComposioAbortError({ mayHaveExecuted: false, cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  const reader = body.getReader();
  // Cancelling settles the pending read, which ends the loop below.
  const cancel = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener("abort", cancel, { once: true });
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal?.aborted) throw aborted();
      if (done) break;
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ComposioAbortError) throw error;
    throw new ComposioValidationError(
      `proxyFetch: the request body could not be read: ${error instanceof Error ? error.message : String(error)}`,
      { path: "init.body", cause: error },
    );
  } finally {
    signal?.removeEventListener("abort", cancel);
  }
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}
