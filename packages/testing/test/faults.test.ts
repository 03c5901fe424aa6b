import {
  ComposioApiError,
  ComposioConnectionError,
  ComposioTimeoutError,
  InternalServerError,
  RateLimitError,
} from "@composio-client/tools";
import { describe, expect, it } from "vitest";
import { setup } from "./helpers";

const SEND = ["GMAIL_SEND_EMAIL", { arguments: { to: "ada@example.com" } }] as const;

describe("faults on demand, through the real client's retries", () => {
  it("429 with retry-after is retried, and the email is sent exactly once", async () => {
    const { mock, tools } = setup();
    mock.onTool("GMAIL_SEND_EMAIL", () => ({ id: "msg_1" }));
    mock.failNext(1, { type: "rate-limit", retryAfter: 0 });
    await expect(tools.execute(...SEND)).resolves.toMatchObject({ data: { id: "msg_1" } });
    expect(mock.calls.tool("GMAIL_SEND_EMAIL").map((c) => [c.status, c.fault, c.ran])).toEqual([
      [429, "rate-limit", false],
      [200, undefined, true],
    ]);
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(1);
  });

  it("429s beyond maxRetries reach the caller as RateLimitError, with nothing run", async () => {
    const { mock, tools } = setup({}, { maxRetries: 1 });
    mock.failNext(2, "rate-limit");
    await expect(tools.execute(...SEND)).rejects.toBeInstanceOf(RateLimitError);
    expect(mock.calls).toHaveLength(2);
    expect(mock.executions()).toBe(0);
  });

  it("a refused connection is known not to have run, and is retried", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, "refused");
    await expect(tools.execute(...SEND)).resolves.toMatchObject({ successful: true });
    expect(mock.calls.map((c) => c.fault)).toEqual(["refused", undefined]);
    expect(mock.executions()).toBe(1);
  });

  it("a refused connection beyond the retries says mayHaveExecuted: false", async () => {
    const { mock, tools } = setup({}, { maxRetries: 0 });
    mock.failNext(1, "refused");
    const error = await tools.execute(...SEND).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect(error.mayHaveExecuted).toBe(false);
  });

  it("a 5xx after the tool ran is not retried: one execution, mayHaveExecuted", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, { type: "server-error", status: 502 });
    const error = await tools.execute(...SEND).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioApiError);
    expect(error).toMatchObject({ status: 502, mayHaveExecuted: true });
    expect(mock.calls).toHaveLength(1);
    expect(mock.executions("GMAIL_SEND_EMAIL")).toBe(1);
  });

  it("x-should-retry: true makes even a 500 retryable, and nothing ran", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, { type: "should-retry", status: 500 });
    await expect(tools.execute(...SEND)).resolves.toMatchObject({ successful: true });
    expect(mock.calls.map((c) => [c.status, c.ran])).toEqual([
      [500, false],
      [200, true],
    ]);
  });

  it("x-should-retry: false is never retried", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, { type: "should-retry", status: 503, retry: false });
    await expect(tools.execute(...SEND)).rejects.toBeInstanceOf(InternalServerError);
    expect(mock.calls).toHaveLength(1);
  });

  it("a drop after the request arrived ran the tool and is not retried", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, "drop");
    const error = await tools.execute(...SEND).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioConnectionError);
    expect(error.mayHaveExecuted).toBe(true);
    expect(mock.calls).toHaveLength(1);
    expect(mock.executions()).toBe(1);
  });

  it("a hang lasts until the client's timeout", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, { type: "hang", ran: false });
    const error = await tools.execute(...SEND, { timeout: 100 }).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioTimeoutError);
    expect(mock.calls.map((c) => [c.fault, c.status, c.ran])).toEqual([["hang", undefined, false]]);
  });

  it("a hang ends when the caller aborts", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, "hang");
    const controller = new AbortController();
    const pending = tools.execute(...SEND, { signal: controller.signal }).catch((e) => e);
    await expect.poll(() => mock.calls.length).toBe(1);
    controller.abort();
    expect((await pending).name).toBe("ComposioAbortError");
    expect(mock.executions()).toBe(1);
  });

  it("a body that is not JSON becomes a typed error, not a SyntaxError", async () => {
    const { mock, tools } = setup();
    mock.failNext(1, { type: "invalid-json", status: 502 });
    const error = await tools.execute(...SEND).catch((e) => e);
    expect(error).toBeInstanceOf(ComposioApiError);
    expect(error.status).toBe(502);
    expect(mock.executions()).toBe(1);
  });

  it("applies a fault only to the calls its filter names", async () => {
    const { mock, tools, session } = setup();
    mock.failNext(1, "server-error", { slug: "GMAIL_SEND_EMAIL", operation: "executeSessionTool" });
    await expect(tools.execute(...SEND)).resolves.toMatchObject({ successful: true });
    await expect(session.execute("OTHER")).resolves.toMatchObject({ resultType: "completed" });
    await expect(session.execute("GMAIL_SEND_EMAIL")).rejects.toMatchObject({ status: 500 });
    await expect(session.execute("GMAIL_SEND_EMAIL")).resolves.toMatchObject({
      resultType: "completed",
    });
  });

  it("refuses a count below 1", () => {
    const { mock } = setup();
    expect(() => mock.failNext(0, "drop")).toThrow(RangeError);
  });
});
