// proxyFetch's mapping and the conversion of binary bodies are loaded with import() on first
// use. When such a module cannot be loaded (a chunk of the user's bundle that failed to
// download), the call fails with a typed error that says nothing was sent, and nothing is sent.
import { describe, expect, it, vi } from "vitest";
import { ComposioConnectionError } from "../src/index";
import { proxyAgainst } from "./proxy-fetch-helpers";

// Hoisted above the imports by vitest, so each factory says it itself.
vi.mock("../src/binary-body", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});
vi.mock("../src/proxy-fetch", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a rejection"),
    (error: unknown) => error,
  );
}

function expectNotSent(error: unknown): void {
  expect(error).toBeInstanceOf(ComposioConnectionError);
  expect(error).toMatchObject({ mayHaveExecuted: false });
  expect((error as Error).message).toContain("nothing was sent");
  // What import() threw (vitest wraps the mock's TypeError) is kept as the cause.
  expect((error as Error).cause).toBeInstanceOf(Error);
}

describe("a module loaded on demand that fails to load", () => {
  it("fails proxyExecute with bytes before anything is sent", async () => {
    const { session, requests } = await proxyAgainst();
    const error = await rejectionOf(
      session.proxyExecute({
        toolkit: "t",
        endpoint: "/u",
        method: "PUT",
        binaryBody: new Uint8Array([1, 2, 3]),
      }),
    );
    expectNotSent(error);
    expect(requests).toHaveLength(0);
    // A call without a binary body needs no such module.
    await session.proxyExecute({ toolkit: "t", endpoint: "/u", method: "GET" });
    expect(requests).toHaveLength(1);
  });

  it("fails a proxyFetch request before anything is sent", async () => {
    const { session, requests } = await proxyAgainst();
    const error = await rejectionOf(session.proxyFetch("github")("https://api.github.com/user"));
    expectNotSent(error);
    expect(requests).toHaveLength(0);
  });
});
