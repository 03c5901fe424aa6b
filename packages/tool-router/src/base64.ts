// Keeps String.fromCharCode's argument list well below engines' limits.
const CHUNK = 0x8000;

/** Base64 of `bytes` with web-standard APIs only (no Buffer), so it runs in every runtime. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
