// When a module loaded on demand (the conversion of binary bodies, proxyFetch's mapping) is slow
// to load, or never loads, the caller's abort still ends the call at once, before anything is
// sent.
import { describe, expect, it, vi } from "vitest";
import { ComposioAbortError } from "../src/index";
import { proxyAgainst } from "./proxy-fetch-helpers";

// Hoisted above the imports by vitest: each factory says it itself.
vi.mock("../src/binary-body", () => new Promise(() => {}));
vi.mock("../src/proxy-fetch", () => new Promise(() => {}));

async function abortedWhileLoading(start: (signal: AbortSignal) => Promise<unknown>) {
  const controller = new AbortController();
  const call = start(controller.signal).then(
    () => expect.unreachable("expected a rejection"),
    (error: unknown) => error,
  );
  // Past the checks that run before the load; the load itself never ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  controller.abort();
  return call;
}

describe("a module loaded on demand that never finishes loading", () => {
  it("does not keep proxyExecute with bytes from being aborted", async () => {
    const { session, requests } = await proxyAgainst();
    const error = await abortedWhileLoading((signal) =>
      session.proxyExecute(
        { toolkit: "t", endpoint: "/u", method: "PUT", binaryBody: new Uint8Array([1]) },
        { signal },
      ),
    );
    expect(error).toBeInstanceOf(ComposioAbortError);
    expect(error).toMatchObject({ mayHaveExecuted: false });
    expect(requests).toHaveLength(0);
  });

  it("does not keep a proxyFetch request from being aborted", async () => {
    const { session, requests } = await proxyAgainst();
    const error = await abortedWhileLoading((signal) =>
      session.proxyFetch("github")("https://api.github.com/user", { signal }),
    );
    expect(error).toBeInstanceOf(ComposioAbortError);
    expect(error).toMatchObject({ mayHaveExecuted: false });
    expect(requests).toHaveLength(0);
  });
});
