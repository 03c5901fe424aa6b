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
  return { text: decode(chunks, truncated ? Math.min(PREFIX_BYTES, limit) : size), truncated };
}

const PREFIX_BYTES = 4096;
const decoder = new TextDecoder();

/** The first `length` bytes of `chunks`, which hold at least that many, as text. */
function decode(chunks: Uint8Array[], length: number): string {
  // Most bodies come in one chunk: decoded without a copy.
  let whole = chunks[0] ?? new Uint8Array(0);
  if (chunks.length > 1) {
    whole = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      if (offset === length) break;
      const part = chunk.subarray(0, length - offset);
      whole.set(part, offset);
      offset += part.length;
    }
  }
  return decoder.decode(whole.subarray(0, length));
}
