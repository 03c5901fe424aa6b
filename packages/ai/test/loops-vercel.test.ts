// The agent loop with the Vercel AI SDK: generateText drives the scripted model (the AI SDK's
// own mock model) through the tools `vercelTools` makes; the test asserts the tool messages
// the AI SDK hands the model.
import { generateText, stepCountIs } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { expect, it } from "vitest";
import { createAgentTools } from "../src/index";
import { vercelTools } from "../src/vercel";
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
      ...SCRIPT.map((turn) => ({
        content: turn.map((call) => ({
          type: "tool-call" as const,
          toolCallId: call.id,
          toolName: call.name,
          input: call.arguments,
        })),
        finishReason: { unified: "tool-calls" as const, raw: "tool_calls" },
        usage,
        warnings: [],
      })),
      {
        content: [{ type: "text" as const, text: "Filed issue #7 and emailed Ada." }],
        finishReason: { unified: "stop" as const, raw: "stop" },
        usage,
        warnings: [],
      },
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
