// How calls run: through a tools client or a session, which failures reach the model and which
// the app, never a retry of what may have run, the concurrency limit and the calls' order.
import { AuthenticationError, PermissionDeniedError, type TracerLike } from "@composio-client/core";
import { apiError, createMockComposio } from "@composio-client/testing";
import { createToolRouterClient } from "@composio-client/tool-router";
import { createToolsClient } from "@composio-client/tools";
import { describe, expect, it } from "vitest";
import { createAgentTools, PauseAlreadyAnsweredError, ToolCallsPendingError } from "../src/index";
import { mockComposio, sessionOf, TOOLS } from "./fixtures";

const call = (id: string, name: string, args: unknown) => ({
  id,
  type: "function",
  function: { name, arguments: JSON.stringify(args) },
});
const ISSUE = { owner: "composiohq", repo: "composio", title: "Bug" };

describe("running through a tools client", () => {
  it("runs as the userId given, and a failed tool is an error result with the tool's message", async () => {
    const mock = createMockComposio();
    mock.onTool("GITHUB_CREATE_AN_ISSUE", (args, ctx) => ({
      number: 1,
      title: `${args.title} (${ctx.userId})`,
    }));
    const tools = createToolsClient({ apiKey: "test", fetch: mock.fetch });
    const agent = createAgentTools({ tools: TOOLS, runner: tools, userId: "user_2b7f9c" });
    const batch = await agent.handleAnthropicToolUses([
      { type: "tool_use", id: "t1", name: "GITHUB_CREATE_AN_ISSUE", input: ISSUE },
    ]);
    expect(batch.results()).toEqual([
      {
        type: "tool_result",
        tool_use_id: "t1",
        content: '{"number":1,"title":"Bug (user_2b7f9c)"}',
      },
    ]);
  });
});

describe("traces", () => {
  it("names each call's span after the model's id for it, which is never sent", async () => {
    const spans: Record<string, unknown>[] = [];
    // A tracer as the client calls it: each span's attributes, as they start.
    const tracer: TracerLike = {
      startActiveSpan(_name, options, run) {
        spans.push({ ...options.attributes });
        const span = { setAttribute() {}, setStatus() {}, isRecording: () => false, end() {} };
        return run(span) as never;
      },
    };
    const mock = mockComposio();
    const session = createToolRouterClient({ apiKey: "test", fetch: mock.fetch, tracer });
    const agent = createAgentTools({ tools: TOOLS, runner: session.session("trs_1") });
    await agent.handleOpenAIToolCalls([call("call_7Qx", "GITHUB_CREATE_AN_ISSUE", ISSUE)]);
    expect(spans[0]).toMatchObject({
      "gen_ai.tool.name": "GITHUB_CREATE_AN_ISSUE",
      "gen_ai.tool.call.id": "call_7Qx",
    });
    expect(JSON.stringify(mock.calls.tool("GITHUB_CREATE_AN_ISSUE"))).not.toContain("call_7Qx");
  });
});

describe("failures", () => {
  it("tells the model a call may have run when the connection dropped after sending, and never retries it", async () => {
    const mock = mockComposio();
    mock.failNext(1, { type: "drop" }, { slug: "GITHUB_CREATE_AN_ISSUE" });
    const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
    const batch = await agent.handleOpenAIToolCalls([call("c1", "GITHUB_CREATE_AN_ISSUE", ISSUE)]);
    const [message] = batch.results();
    expect(message?.content).toMatch(
      /^Error: GITHUB_CREATE_AN_ISSUE may have run, but its result was lost \(.+\)\. Check whether it took effect before calling it again\.$/,
    );
    expect(mock.calls.tool("GITHUB_CREATE_AN_ISSUE")).toHaveLength(1);
  });

  it("tells the model a call did not run when Composio refused it (rate limited after retries)", async () => {
    const mock = mockComposio();
    mock.failNext(3, { type: "rate-limit" }, { slug: "GITHUB_CREATE_AN_ISSUE" });
    const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
    const batch = await agent.handleAnthropicToolUses([
      { type: "tool_use", id: "t1", name: "GITHUB_CREATE_AN_ISSUE", input: ISSUE },
    ]);
    const [block] = batch.results();
    expect(block?.is_error).toBe(true);
    expect(block?.content).toMatch(/^Error: GITHUB_CREATE_AN_ISSUE did not run: .*429/);
    expect(mock.executions("GITHUB_CREATE_AN_ISSUE")).toBe(0);
  });

  it.each([
    [401, AuthenticationError],
    [403, PermissionDeniedError],
  ])("throws a %i to the app as its typed error: no argument can fix it", async (status, type) => {
    const mock = mockComposio();
    mock.onTool("GITHUB_CREATE_AN_ISSUE", () => {
      throw apiError(status);
    });
    const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
    await expect(
      agent.handleOpenAIToolCalls([call("c1", "GITHUB_CREATE_AN_ISSUE", ISSUE)]),
    ).rejects.toBeInstanceOf(type);
  });

  it("tells the model when Composio's answer cannot be read, so it may have run", async () => {
    const agent = createAgentTools({
      tools: TOOLS,
      runner: fakeRunner(async () => ({ resultType: "unknown", serverResultType: "queued" })),
    });
    const batch = await agent.handleOpenAIToolCalls([
      call("c1", "SLACK_SEND_MESSAGE", { channel: "c", text: "t" }),
    ]);
    expect(batch.results()[0]?.content).toBe(
      'Error: Composio answered SLACK_SEND_MESSAGE with a result this client cannot read (result type "queued"), so it may have run. Check whether it took effect before calling it again.',
    );
  });
});

describe("cancellation", () => {
  it("throws ComposioAbortError to the app when its signal is aborted, and runs nothing", async () => {
    const mock = mockComposio();
    const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
    const handled = agent.handleOpenAIToolCalls([call("c1", "GITHUB_CREATE_AN_ISSUE", ISSUE)], {
      signal: AbortSignal.abort(),
    });
    await expect(handled).rejects.toMatchObject({
      name: "ComposioAbortError",
      mayHaveExecuted: false,
    });
    expect(mock.calls).toHaveLength(0);
  });
});

describe("pauses", () => {
  it("keeps the batch's results until every pause is answered, and answers each once", async () => {
    const mock = mockComposio();
    const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
    const email = { recipient_email: "ada@example.com" };
    const batch = await agent.handleOpenAIToolCalls([call("c1", "GMAIL_SEND_EMAIL", email)]);
    expect(() => batch.results()).toThrow(ToolCallsPendingError);
    const [pause] = batch.pauses;
    expect(pause?.requestState).toEqual(expect.any(String));
    const answered = await pause?.respond({
      approval: { action: "accept", content: { decision: "reject" } },
    });
    expect(answered).toEqual({
      resultType: "result",
      callId: "c1",
      result: {
        role: "tool",
        tool_call_id: "c1",
        content: "Error: GMAIL_SEND_EMAIL ran and failed: Rejected",
      },
    });
    expect(batch.pauses).toEqual([]);
    expect(batch.results()).toEqual([answered?.resultType === "result" && answered.result]);
    await expect(pause?.respond({})).rejects.toBeInstanceOf(PauseAlreadyAnsweredError);
    expect(mock.calls.tool("GMAIL_SEND_EMAIL")).toHaveLength(2);
  });
});

describe("concurrency", () => {
  it("runs at most `concurrency` calls at once, and keeps the results in call order", async () => {
    const gates = deferreds(5);
    const started = new Set<number>();
    let running = 0;
    let most = 0;
    const agent = createAgentTools({
      tools: TOOLS,
      concurrency: 2,
      runner: fakeRunner(async (args) => {
        started.add(Number(args.text));
        running++;
        most = Math.max(most, running);
        await gates[Number(args.text)]?.promise;
        running--;
        return { resultType: "completed", data: { n: Number(args.text) } };
      }),
    });
    const calls = [0, 1, 2, 3, 4].map((n) =>
      call(`c${n}`, "SLACK_SEND_MESSAGE", { channel: "c", text: String(n) }),
    );
    const handled = agent.handleOpenAIToolCalls(calls);
    // Finish them last to first, each as soon as it has started.
    for (const n of [1, 0, 3, 2, 4]) {
      await until(() => started.has(n));
      gates[n]?.resolve();
    }
    const batch = await handled;
    expect(most).toBe(2);
    expect(batch.results().map((message) => message.content)).toEqual(
      [0, 1, 2, 3, 4].map((n) => `{"n":${n}}`),
    );
  });

  it("after an error for the app, starts no new call, and throws once the running ones finish", async () => {
    const started: string[] = [];
    const slow = deferreds(1)[0] as Deferred;
    const agent = createAgentTools({
      tools: TOOLS,
      concurrency: 2,
      runner: fakeRunner(async (args) => {
        started.push(String(args.text));
        if (args.text === "slow") {
          await slow.promise;
          return { resultType: "completed", data: {} };
        }
        throw new AuthenticationError({
          status: 401,
          message: "bad key",
          headers: new Headers(),
          body: {},
        });
      }),
    });
    let settled = false;
    const handled = agent
      .handleOpenAIToolCalls(
        ["slow", "fails", "never"].map((text, n) =>
          call(`c${n}`, "SLACK_SEND_MESSAGE", { channel: "c", text }),
        ),
      )
      .finally(() => {
        settled = true;
      });
    await until(() => started.length === 2);
    await flush();
    expect(settled).toBe(false); // the slow call is still running: its result is not dropped
    slow.resolve();
    await expect(handled).rejects.toBeInstanceOf(AuthenticationError);
    expect(started).toEqual(["slow", "fails"]);
  });
});

describe("formatResults", () => {
  it("lets the app choose what the model reads of a tool's data", async () => {
    const agent = createAgentTools({
      tools: TOOLS,
      runner: fakeRunner(async () => ({
        resultType: "completed",
        data: { ts: "1", big: "x".repeat(10) },
      })),
      formatResults: {
        SLACK_SEND_MESSAGE: (data: Record<string, unknown>) => `posted at ${data.ts}`,
      },
    });
    const batch = await agent.handleOpenAIToolCalls([
      call("c1", "SLACK_SEND_MESSAGE", { channel: "c", text: "t" }),
    ]);
    expect(batch.results()[0]?.content).toBe("posted at 1");
  });
});

// A runner that answers from `answer`, as a session would: enough where the wire is not the point.
function fakeRunner(answer: (args: Record<string, unknown>) => Promise<unknown>) {
  return {
    id: "trs_fake",
    executeMeta: () => {
      throw new Error("not used");
    },
    execute: (_slug: string, params: { arguments: Record<string, unknown> }) =>
      answer(params.arguments),
  } as never;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
function deferreds(count: number): Deferred[] {
  return Array.from({ length: count }, () => {
    let resolve = () => {};
    const promise = new Promise<void>((done) => {
      resolve = done;
    });
    return { promise, resolve: () => resolve() };
  });
}

/** Lets every pending promise callback run: one macrotask turn, no fixed wait. */
function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits, turn by turn, until `ready()`; a hang is caught by the test's timeout. */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await flush();
}
