import type { FetchLike } from "@composio-client/core";
import { ComposioAbortError } from "@composio-client/core/common";
import { isAllowedScheme } from "@composio-client/core/internal";
import {
  ProxyDownloadError,
  ProxyDownloadExpiredError,
  ProxyDownloadTooLargeError,
} from "./proxy-fetch-errors";
import { HOP_BY_HOP } from "./proxy-fetch-request";
import type { BinaryData, ProxyCompleted } from "./results";

// Content-Encoding describes the upstream's bytes on the wire, not the body rebuilt here.
const DROPPED = new Set([...HOP_BY_HOP, "content-encoding"]);
// `new Response` refuses a body with these statuses.
const NULL_BODY = [204, 205, 304];

/**
 * Turns a completed proxy call into the `Response` fetch would have given. Call only with a
 * status from 200 to 599, which is all `new Response` takes.
 */
export function toResponse(result: ProxyCompleted, method: string, rules: DownloadRules): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(result.headers)) {
    if (typeof value !== "string" || DROPPED.has(name.toLowerCase())) continue;
    setHeader(headers, name, value, "append");
  }
  if (method === "HEAD" || NULL_BODY.includes(result.status)) {
    return new Response(null, { status: result.status, headers });
  }
  let body: BodyInit | null;
  if (result.binaryData) {
    const binary = result.binaryData;
    setHeader(headers, "content-type", String(binary.contentType), "set");
    const size = announcedSize(binary);
    if (size === undefined) headers.delete("content-length");
    else headers.set("content-length", String(size));
    body = download(binary, rules);
  } else {
    // The upstream's length is that of its bytes, not of the body serialized here.
    headers.delete("content-length");
    body = serialize(result.data, headers);
  }
  return new Response(body, { status: result.status, headers });
}

/** Sets or appends a header from the server; a value fetch cannot carry is left out. */
function setHeader(headers: Headers, name: string, value: string, how: "set" | "append"): void {
  try {
    headers[how](name, value);
  } catch {
    // A line break or a non-Latin-1 character, say: left out rather than failing the call.
  }
}

/** JSON when the upstream said JSON (or sent no type), text for a string; null: no body. */
function serialize(data: unknown, headers: Headers): string | null {
  if (data === null || data === undefined) return null;
  const type = headers.get("content-type");
  const json = type !== null && /^application\/(.+\+)?json\s*(;|$)/i.test(type);
  if (typeof data === "string" && !json) return data;
  if (type === null) headers.set("content-type", "application/json");
  return JSON.stringify(data);
}

/** How a signed download may go, from the client's settings and the call's options. */
export interface DownloadRules {
  /** Most bytes read: the call's `maxResponseBytes`, else the client's. */
  maxBytes: number;
  /** Whether plain http: may be fetched beyond loopback: the client's `allowInsecureHttp`. */
  allowInsecureHttp: boolean;
  /** The `fetch` to download with; `globalThis.fetch` when undefined. */
  fetch: FetchLike | undefined;
  signal: AbortSignal | undefined;
}

/**
 * A body that downloads from the signed URL on its first read, and never before: a caller that
 * only looks at the status downloads nothing. It yields at most the announced size, and at most
 * `maxBytes`; a body that ends early, goes on past its size or drops fails the read with a
 * {@link ProxyDownloadError}, after the bytes within its size were handed over.
 */
function download(binary: BinaryData, rules: DownloadRules): ReadableStream<Uint8Array> {
  const size = announcedSize(binary);
  const limit = Math.min(size ?? Number.POSITIVE_INFINITY, rules.maxBytes);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let received = 0;
  // Set once the body went past `limit`: the bytes within it are handed over, then this fails.
  let overflow: ProxyDownloadError | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (overflow) throw overflow;
        reader ??= await open(binary, size, rules);
        const chunk = await readChunk(reader, rules.signal);
        if (chunk.done) {
          if (size !== undefined && received < size) {
            throw new ProxyDownloadError(
              `The binary body ended after ${received} of its ${size} bytes.`,
            );
          }
          controller.close();
          return;
        }
        const room = limit - received;
        if (chunk.value.byteLength > room) {
          overflow = tooLong(size, rules.maxBytes);
          void reader.cancel(overflow).catch(() => {});
          if (room === 0) throw overflow;
          controller.enqueue(chunk.value.subarray(0, room));
          received = limit;
          return;
        }
        received += chunk.value.byteLength;
        controller.enqueue(chunk.value);
      },
      async cancel(reason) {
        await reader?.cancel(reason);
      },
    },
    // No read-ahead: `pull` runs only when the caller reads.
    { highWaterMark: 0 },
  );
}

/** The size the server announced, when it is a usable byte count. */
function announcedSize(binary: BinaryData): number | undefined {
  return Number.isSafeInteger(binary.size) && binary.size >= 0 ? binary.size : undefined;
}

/** The error of a body past its announced size, or past `maxBytes` when that is the lower. */
function tooLong(size: number | undefined, maxBytes: number): ProxyDownloadError {
  return size !== undefined && size <= maxBytes
    ? new ProxyDownloadError(`The binary body is longer than its announced ${size} bytes.`)
    : new ProxyDownloadTooLargeError(maxBytes);
}

/** The next chunk; a connection that drops mid-body is a {@link ProxyDownloadError}. */
async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  signal: AbortSignal | undefined,
): Promise<ReadableStreamReadResult<Uint8Array>> {
  try {
    return await reader.read();
  } catch (error) {
    if (signal?.aborted) throw new ComposioAbortError({ mayHaveExecuted: true, cause: error });
    throw new ProxyDownloadError(
      "The connection failed while the binary body was being downloaded.",
      { cause: error },
    );
  }
}

async function open(
  binary: BinaryData,
  size: number | undefined,
  rules: DownloadRules,
): Promise<ReadableStreamDefaultReader<Uint8Array>> {
  if (binary.expiresAt !== undefined && Date.parse(binary.expiresAt) <= Date.now()) {
    throw new ProxyDownloadExpiredError(binary.expiresAt);
  }
  // The URL is left out of every message: it grants access to the body until it expires.
  let url: URL;
  try {
    url = new URL(binary.url);
  } catch {
    throw new ProxyDownloadError("The binary body's download URL is not a valid URL.");
  }
  if (!isAllowedScheme(url, rules.allowInsecureHttp)) {
    throw new ProxyDownloadError(
      `The binary body's download URL uses ${url.protocol}, which the client does not fetch: ` +
        "only https:, and http: to loopback or with allowInsecureHttp.",
    );
  }
  if (size !== undefined && size > rules.maxBytes)
    throw new ProxyDownloadTooLargeError(rules.maxBytes);
  const fetchImpl = rules.fetch ?? globalThis.fetch;
  const { signal } = rules;
  let response: Response;
  try {
    // The URL is signed: it needs no credentials, and gets none. No Composio key, no cookies
    // ("credentials" is skipped where the runtime lacks it, as older workerd does: no cookie jar).
    response = await fetchImpl(url.href, {
      method: "GET",
      ...("credentials" in Request.prototype && { credentials: "omit" }),
      ...(signal && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw new ComposioAbortError({ mayHaveExecuted: true, cause: error });
    throw new ProxyDownloadError("The binary body could not be downloaded.", { cause: error });
  }
  // fetch follows redirects: where they ended is held to the same rule as the signed URL, so
  // that a redirect cannot hand over a body fetched over plain http.
  const landed = landedUrl(response, url);
  if (!isAllowedScheme(landed, rules.allowInsecureHttp)) {
    await response.body?.cancel();
    throw new ProxyDownloadError(
      `The binary body's download URL redirected to ${landed.protocol}, which the client does not fetch: ` +
        "only https:, and http: to loopback or with allowInsecureHttp.",
    );
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel();
    throw new ProxyDownloadError(
      `The binary body could not be downloaded: its URL answered ${response.status}.`,
      { status: response.status },
    );
  }
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  if (length > rules.maxBytes) {
    await response.body.cancel();
    throw new ProxyDownloadTooLargeError(rules.maxBytes);
  }
  return response.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
}

/** Where fetch's redirects ended (`response.url`), or the signed URL when the fetch does not say. */
function landedUrl(response: Response, signed: URL): URL {
  try {
    return response.url ? new URL(response.url) : signed;
  } catch {
    return signed; // a custom fetch's own notion of `url`: nothing to hold to the rule
  }
}
