// The agent loop with the Vercel AI SDK: generateText drives the scripted model (the AI SDK's
// own mock model) through the tools `vercelTools` makes; the test asserts the tool messages
// the AI SDK hands the model.

import { AuthenticationError, createToolRouterClient } from "@composio-client/tool-router";
import { generateText, stepCountIs } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { expect, it } from "vitest";
import { createAgentTools } from "../src/index";
import { appErrorIn, stopOnAppError, vercelTools } from "../src/vercel";
import {
  APPROVE,
  EXPECTED,
  expectRan,
  mockComposio,
  QUESTION,
  SCRIPT,
  sessionOf,
  TOOLS,
} from "./fixtures";

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1, text: 1, reasoning: undefined },
};

/** A model turn that calls tools: [id, tool name, arguments as the model wrote them]. */
function callsTurn(calls: readonly (readonly [id: string, name: string, input: string])[]) {
  return {
    content: calls.map(([toolCallId, toolName, input]) => ({
      type: "tool-call" as const,
      toolCallId,
      toolName,
      input,
    })),
    finishReason: { unified: "tool-calls" as const, raw: "tool_calls" },
    usage,
    warnings: [],
  };
}

/** A model turn that answers in text and ends the loop. */
function textTurn(text: string) {
  return {
    content: [{ type: "text" as const, text }],
    finishReason: { unified: "stop" as const, raw: "stop" },
    usage,
    warnings: [],
  };
}

it("the AI SDK: execute runs each call, a pause is answered by the app, errors reach the model as errors", async () => {
  const mock = mockComposio();
  const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
  const questions: string[] = [];
  const tools = vercelTools(agent, {
    onInputRequired(pause) {
      questions.push(...Object.values(pause.inputRequests).map((request) => request.message));
      return APPROVE;
    },
  });
  const model = new MockLanguageModelV3({
    doGenerate: [
      ...SCRIPT.map((turn) =>
        callsTurn(turn.map((call) => [call.id, call.name, call.arguments] as const)),
      ),
      textTurn("Filed issue #7 and emailed Ada."),
    ],
  });

  const result = await generateText({ model, tools, stopWhen: stepCountIs(5), prompt: "File it." });

  expect(result.text).toBe("Filed issue #7 and emailed Ada.");
  expect(questions).toEqual([QUESTION]);
  const toolMessages = result.response.messages.filter((message) => message.role === "tool");
  const outputs = toolMessages.flatMap((message) =>
    message.content.map((part) =>
      part.type === "tool-result" ? [part.toolCallId, part.output] : part,
    ),
  );
  expect(outputs).toEqual([
    // Bad JSON and an unknown tool never reach `execute`: the AI SDK answers them itself.
    ["call_1", { type: "error-text", value: expect.stringContaining("GITHUB_CREATE_AN_ISSUE") }],
    ["call_2", { type: "error-text", value: expect.stringContaining("GITHUB_DELETE_REPO") }],
    // From here on, what this package's `execute` returned or threw.
    ...(EXPECTED[1] ?? []).map(({ id, isError, text }) => [
      id,
      isError ? { type: "error-text", value: text } : { type: "json", value: JSON.parse(text) },
    ]),
  ]);
  expectRan(mock, expect);
});

it("the AI SDK: stopOnAppError ends the loop on an error for the app, which appErrorIn finds", async () => {
  const mock = mockComposio();
  // A key Composio refuses: every call is a 401, which no other arguments can fix.
  const session = createToolRouterClient({ apiKey: "wrong-key", fetch: mock.fetch }).session(
    "trs_1",
  );
  const agent = createAgentTools({ tools: TOOLS, runner: session });
  const tools = vercelTools(agent, { onInputRequired: () => APPROVE });
  const issue = JSON.stringify({ owner: "acme", repo: "app", title: "Bug" });
  const turns = () => [callsTurn([["call_1", "GITHUB_CREATE_AN_ISSUE", issue]]), textTurn("Done.")];

  const stopped = new MockLanguageModelV3({ doGenerate: turns() });
  const result = await generateText({
    model: stopped,
    tools,
    stopWhen: [stepCountIs(5), stopOnAppError],
    prompt: "File it.",
  });
  // The model was not asked again with the 401 as the call's result.
  expect(stopped.doGenerateCalls).toHaveLength(1);
  const error = appErrorIn(result.steps);
  expect(error).toBeInstanceOf(AuthenticationError);
  expect((error as AuthenticationError).status).toBe(401);

  // Without it, the AI SDK hands the 401 to the model and goes on.
  const unstopped = new MockLanguageModelV3({ doGenerate: turns() });
  const onwards = await generateText({
    model: unstopped,
    tools,
    stopWhen: stepCountIs(5),
    prompt: "File it.",
  });
  expect(unstopped.doGenerateCalls).toHaveLength(2);
  expect(appErrorIn(onwards.steps)).toBeInstanceOf(AuthenticationError);
});

it("the AI SDK: errors the model should read, and the AI SDK's own answers, are not for the app", async () => {
  const mock = mockComposio();
  const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
  const tools = vercelTools(agent, { onInputRequired: () => APPROVE });
  const model = new MockLanguageModelV3({
    doGenerate: [
      callsTurn([
        // Blocked by a hook: a ToolCallError. An unknown tool: the AI SDK's own error.
        ["call_1", "SLACK_SEND_MESSAGE", JSON.stringify({ channel: "#general", text: "hi" })],
        ["call_2", "GITHUB_DELETE_REPO", "{}"],
      ]),
      textTurn("Could not post."),
    ],
  });
  const result = await generateText({
    model,
    tools,
    stopWhen: [stepCountIs(5), stopOnAppError],
    prompt: "Post it.",
  });
  const errors = result.steps[0]?.content.filter((part) => part.type === "tool-error") ?? [];
  expect(errors).toHaveLength(2);
  expect(appErrorIn(result.steps)).toBeUndefined();
  expect(result.text).toBe("Could not post.");
});

it("the AI SDK: what onInputRequired throws is the app's", async () => {
  const mock = mockComposio();
  const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
  const cancelled = new Error("The user closed the dialog");
  const tools = vercelTools(agent, {
    onInputRequired: () => {
      throw cancelled;
    },
  });
  const email = JSON.stringify({ recipient_email: "ada@example.com" });
  const model = new MockLanguageModelV3({
    doGenerate: [callsTurn([["call_1", "GMAIL_SEND_EMAIL", email]]), textTurn("Sent.")],
  });
  const result = await generateText({
    model,
    tools,
    stopWhen: [stepCountIs(5), stopOnAppError],
    prompt: "Email Ada.",
  });
  expect(model.doGenerateCalls).toHaveLength(1);
  expect(appErrorIn(result.steps)).toBe(cancelled);
});
