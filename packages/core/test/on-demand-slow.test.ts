// When the code of the rare paths is slow to load (a chunk of the user's bundle still
// downloading, or never), nothing waits for it that should not: an abort and a timeout reject
// at once, named after the call, and a retry that needs it waits as a backoff does, which the
// caller's abort ends.

import { beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import type { ComposioClientOptions } from "../src/index";
import { EXECUTE, rejectionOf, serve } from "./helpers";

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../src/internal/rare", () => {
  loads.count++;
  return new Promise(() => {});
});

// A fresh module graph per test, so that each starts with the module not yet loaded, and its
// load still pending from no earlier test.
let core: typeof import("../src/index");
beforeEach(async () => {
  vi.resetModules();
  loads.count = 0;
  core = await import("../src/index");
});

function clientOf(server: { url: string }, options: ComposioClientOptions = {}) {
  return core.createComposioClient({
    apiKey: "test_key_123",
    baseUrl: server.url,
    logLevel: "off",
    ...options,
  });
}

const init = { path: { tool_slug: "X" }, body: {} };
const CALL = `POST ${EXECUTE} X`;

/** A server that never answers; `held` settles once a request arrived. */
async function silentServer() {
  let arrived = () => {};
  const held = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const server = await serve(() => arrived());
  return { server, held };
}

// Faked, so that the timeout runs out only once the request is in flight; the network is real.
function fakeTimeouts(): (ms: number) => void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  onTestFinished(() => {
    vi.useRealTimers();
  });
  return (ms) => vi.advanceTimersByTime(ms);
}

describe("when the code of the rare paths never finishes loading", () => {
  it("an abort in flight rejects at once, named after the call", async () => {
    const { server, held } = await silentServer();
    const controller = new AbortController();
    const call = rejectionOf(clientOf(server).post(EXECUTE, init, { signal: controller.signal }));
    await held;
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(core.ComposioAbortError);
    expect((error as Error).message).toBe(
      `${CALL}: Request aborted while in flight; the tool may have run.`,
    );
  });

  it("a timeout rejects at once, named after the call, and is not retried", async () => {
    const { server, held } = await silentServer();
    const runOut = fakeTimeouts();
    const call = rejectionOf(clientOf(server, { timeout: 100 }).post(EXECUTE, init));
    await held;
    runOut(100);
    const error = await call;
    expect(error).toBeInstanceOf(core.ComposioTimeoutError);
    expect((error as Error).message).toBe(
      `${CALL}: Request timed out after 100 ms; the tool may have run.`,
    );
    expect(server.requests).toHaveLength(1);
    expect(loads.count).toBe(0);
  });

  it("a timeout that may be retried waits for it as for a backoff: an abort ends the wait", async () => {
    const { server, held } = await silentServer();
    const runOut = fakeTimeouts();
    const controller = new AbortController();
    const call = rejectionOf(
      clientOf(server, { timeout: 100, allowDuplicateExecution: true }).post(EXECUTE, init, {
        signal: controller.signal,
      }),
    );
    await held;
    runOut(100);
    // Generous: on a busy machine, resolving the module may take a while.
    await vi.waitFor(() => expect(loads.count).toBe(1), { timeout: 60_000 });
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(core.ComposioAbortError);
    expect(error).toMatchObject({ mayHaveExecuted: true, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it("debug logging waits for it before the first attempt: an abort ends the wait", async () => {
    const { server } = await silentServer();
    const controller = new AbortController();
    const client = clientOf(server, { logLevel: "debug", logger: { debug: () => {} } });
    const call = rejectionOf(client.post(EXECUTE, init, { signal: controller.signal }));
    // Generous: on a busy machine, resolving the module may take a while.
    await vi.waitFor(() => expect(loads.count).toBe(1), { timeout: 60_000 });
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(core.ComposioAbortError);
    expect(error).toMatchObject({ mayHaveExecuted: false, attempts: 0 });
    expect(server.requests).toHaveLength(0);
  });
});
