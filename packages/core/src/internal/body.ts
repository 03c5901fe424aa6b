import { ComposioConnectionError } from "../errors";

/** A body read up to a limit. */
export interface BodyText {
  text: string;
  /**
   * True when the body went on past the limit: `text` is then only its first 4 kB, all an error
   * keeps of it.
   */
  truncated: boolean;
}

/**
 * Reads a response body as UTF-8, stopping at `limit` bytes. The bytes are counted as the stream
 * yields them, after fetch has decompressed them, so a gzip bomb is cut off after `limit` bytes
 * instead of filling memory. `onCancel` receives the function that stops the read when the
 * attempt is aborted, even if the body ignores the signal (a Response made by middleware): the
 * attempt calls it instead of adding a listener to its own signal, which costs more than the
 * rest of a call's bookkeeping. A failure mid-body is a dropped connection: the server had answered, so
 * the tool may have run.
 */
export async function readBody(
  response: Response,
  limit: number,
  signal: AbortSignal,
  onCancel: (cancel: (() => void) | undefined) => void,
): Promise<BodyText> {
  if (signal.aborted) throw signal.reason;
  if (response.body === null) return { text: "", truncated: false };
  const reader = response.body.getReader();
  onCancel(() => void reader.cancel(signal.reason).catch(() => {}));
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      if (size + value.byteLength > limit) {
        chunks.push(value.subarray(0, limit - size));
        truncated = true;
        void reader.cancel().catch(() => {});
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ComposioConnectionError(
      "The connection failed while the response was being read; the tool may have run.",
      { mayHaveExecuted: true, cause: error },
    );
  } finally {
    onCancel(undefined);
  }
  // Past the limit, the chunks hold `limit` bytes, of which an error keeps the start.
  const length = truncated ? Math.min(PREFIX_BYTES, limit) : size;
  // Most bodies come in one chunk: decoded without a copy.
  const text =
    chunks.length === 1
      ? decoder.decode((chunks[0] as Uint8Array).subarray(0, length))
      : await new Blob(chunks as BlobPart[]).slice(0, length).text();
  return { text, truncated };
}

const PREFIX_BYTES = 4096;
const decoder = new TextDecoder();
