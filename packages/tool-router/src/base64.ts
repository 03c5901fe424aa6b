// 3 MiB: a multiple of 3, so that slices encode to base64 that joins without padding in the
// middle, and small enough that one slice blocks the event loop for a few milliseconds at most.
const SLICE = 3 * 1024 * 1024;
// Keeps String.fromCharCode's argument list well below engines' limits.
const CHARS = 0x8000;

type Encode = (bytes: Uint8Array) => string;

/**
 * Base64 of `bytes`, in slices with a turn of the event loop between them: a 50 MB upload then
 * never freezes the process (it took 11 s in one piece). Each slice uses the runtime's native
 * encoder where there is one (`Uint8Array.prototype.toBase64`, Node's and Bun's `Buffer`), else
 * `btoa`, which every runtime has.
 */
export function bytesToBase64(bytes: Uint8Array): Promise<string> {
  return encodeInSlices(bytes, nativeEncoder() ?? encodeWithBtoa);
}

/** Encodes `bytes` slice by slice with `encode`, yielding between slices. */
export async function encodeInSlices(bytes: Uint8Array, encode: Encode): Promise<string> {
  if (bytes.length <= SLICE) return encode(bytes);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    parts.push(encode(bytes.subarray(start, start + SLICE)));
  }
  return parts.join("");
}

function nativeEncoder(): Encode | undefined {
  if (typeof (Uint8Array.prototype as { toBase64?: unknown }).toBase64 === "function") {
    return (bytes) => (bytes as Uint8Array & { toBase64(): string }).toBase64();
  }
  const buffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  if (typeof buffer?.from === "function") {
    return (bytes) =>
      buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  }
  return undefined;
}

/** The web-standard fallback (no Buffer), for runtimes without a native encoder. */
export function encodeWithBtoa(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHARS) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHARS));
  }
  return btoa(binary);
}
