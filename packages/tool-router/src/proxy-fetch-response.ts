import { ComposioAbortError, type FetchLike } from "@composio-client/core";
import { ProxyDownloadError, ProxyDownloadExpiredError } from "./proxy-fetch-errors";
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
export function toResponse(
  result: ProxyCompleted,
  method: string,
  downloadFetch: FetchLike | undefined,
  signal: AbortSignal | undefined,
): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(result.headers)) {
    if (typeof value !== "string" || DROPPED.has(name.toLowerCase())) continue;
    try {
      headers.append(name, value);
    } catch {
      // A value fetch cannot carry (a line break, say) is left out rather than failing the call.
    }
  }
  if (method === "HEAD" || NULL_BODY.includes(result.status)) {
    return new Response(null, { status: result.status, headers });
  }
  let body: BodyInit | null;
  if (result.binaryData) {
    const binary = result.binaryData;
    headers.set("content-type", binary.contentType);
    headers.set("content-length", String(binary.size));
    body = download(binary, downloadFetch, signal);
  } else {
    // The upstream's length is that of its bytes, not of the body serialized here.
    headers.delete("content-length");
    body = serialize(result.data, headers);
  }
  return new Response(body, { status: result.status, headers });
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

/**
 * A body that downloads from the signed URL on its first read, and never before: a caller that
 * only looks at the status downloads nothing.
 */
function download(
  binary: BinaryData,
  downloadFetch: FetchLike | undefined,
  signal: AbortSignal | undefined,
): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        reader ??= await open(binary, downloadFetch, signal);
        const chunk = await reader.read();
        if (chunk.done) controller.close();
        else controller.enqueue(chunk.value);
      },
      async cancel(reason) {
        await reader?.cancel(reason);
      },
    },
    // No read-ahead: `pull` runs only when the caller reads.
    { highWaterMark: 0 },
  );
}

async function open(
  binary: BinaryData,
  downloadFetch: FetchLike | undefined,
  signal: AbortSignal | undefined,
): Promise<ReadableStreamDefaultReader<Uint8Array>> {
  if (binary.expiresAt !== undefined && Date.parse(binary.expiresAt) <= Date.now()) {
    throw new ProxyDownloadExpiredError(binary.expiresAt);
  }
  const fetchImpl = downloadFetch ?? globalThis.fetch;
  let response: Response;
  try {
    // The URL is signed: it needs no credentials, and gets none. No Composio key, no cookies
    // ("credentials" is skipped where the runtime lacks it, as older workerd does: no cookie jar).
    response = await fetchImpl(binary.url, {
      method: "GET",
      ...("credentials" in Request.prototype && { credentials: "omit" }),
      ...(signal && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw new ComposioAbortError({ mayHaveExecuted: true, cause: error });
    throw new ProxyDownloadError("The binary body could not be downloaded.", { cause: error });
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel();
    // The URL is left out of the message: it grants access to the body until it expires.
    throw new ProxyDownloadError(
      `The binary body could not be downloaded: its URL answered ${response.status}.`,
      { status: response.status },
    );
  }
  return response.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
}
