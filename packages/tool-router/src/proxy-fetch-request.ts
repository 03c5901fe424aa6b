import type { ProxyMethod, ProxyParameter } from "@composio-client/api-types";
import { ComposioValidationError } from "@composio-client/core";
import type { ProxyExecuteParams } from "./proxy-params";

/** A Fetch API request turned into `proxyExecute` parameters. */
export interface ProxyFetchRequest {
  params: ProxyExecuteParams;
  method: ProxyMethod;
  /** The request's own signal: `init.signal`, else that of a `Request` input. */
  signal: AbortSignal;
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
 * `ComposioValidationError` for what the proxy cannot send, before anything is sent.
 */
export async function toProxyRequest(
  toolkit: string,
  input: string | URL | Request,
  init: RequestInit | undefined,
  baseUrl: string | undefined,
): Promise<ProxyFetchRequest> {
  const url = resolveUrl(input, baseUrl);
  let request: Request;
  try {
    request = new Request(input instanceof Request ? input : url.href, init);
  } catch (error) {
    throw new ComposioValidationError(`proxyFetch: invalid request: ${(error as Error).message}`, {
      path: "init",
      cause: error,
    });
  }
  // fetch upper-cases only some methods ("patch" stays lowercase); the proxy takes upper case.
  // Any method `Request` accepts is sent: which ones the proxy takes is the server's to say.
  const method = request.method.toUpperCase();

  const relative = url.origin === PLACEHOLDER;
  const body = await readBody(request);
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
  return { params, method: method as ProxyMethod, signal: request.signal };
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
      `proxyFetch: ${JSON.stringify(text)} names a host without a scheme; pass an absolute URL.`,
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
async function readBody(request: Request): Promise<Body | undefined> {
  if (request.body === null) return undefined;
  const bytes = new Uint8Array(await request.arrayBuffer());
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
