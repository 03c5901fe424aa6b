// The binaryBody encoder: the same base64 as Buffer's, computed in slices that let the event
// loop run in between (counted by a timer that can only fire during a yield).
import { describe, expect, it } from "vitest";
import { bytesToBase64, encodeInSlices, encodeWithBtoa } from "../src/base64";

// 7 MiB + 1 byte: three slices, the last one short, and a length that is not a multiple of 3.
const bytes = new Uint8Array(7 * 1024 * 1024 + 1).map((_, i) => (i * 31 + 7) & 0xff);
const expected = Buffer.from(bytes).toString("base64");

async function withTurns(encode: () => Promise<string>): Promise<{ text: string; turns: number }> {
  let turns = 0;
  let ticking = true;
  const tick = () => {
    turns++;
    if (ticking) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const text = await encode();
  ticking = false;
  return { text, turns };
}

describe("bytesToBase64", () => {
  it.each([
    ["the runtime's native encoder", () => bytesToBase64(bytes)],
    ["the btoa fallback", () => encodeInSlices(bytes, encodeWithBtoa)],
  ])("with %s: Buffer's result, with the event loop running between slices", async (_, encode) => {
    const { text, turns } = await withTurns(encode);
    expect(text).toBe(expected);
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  it("encodes a small body at once", async () => {
    expect(await bytesToBase64(new Uint8Array([104, 105, 33]))).toBe("aGkh");
    expect(await encodeInSlices(new Uint8Array(), encodeWithBtoa)).toBe("");
  });
});
