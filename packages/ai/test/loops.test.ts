// A whole agent loop per model API, against the mock: a scripted model makes the calls of
// fixtures.ts's SCRIPT, the app runs them with this package, answers the pause, and the test
// asserts every message handed back, exactly.
import type {
  ContentBlock,
  MessageParam,
  ToolResultBlockParam,
} from "@anthropic-ai/sdk/resources/messages";
import type {
  ChatCompletionMessage,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import type { ResponseInputItem, ResponseOutputItem } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { createAgentTools, type ToolCallBatch } from "../src/index";
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

/** Answers every pause of a batch as the user would, after checking what was asked. */
async function answerPauses<Result>(batch: ToolCallBatch<Result>): Promise<Result[]> {
  expect(batch.pauses.map((pause) => [pause.callId, pause.toolSlug])).toEqual([
    ["call_5", "GMAIL_SEND_EMAIL"],
  ]);
  for (const pause of batch.pauses) {
    expect(pause.arguments).toEqual({ recipient_email: "ada@example.com", body: "Issue #7" });
    expect(pause.inputRequests.approval?.message).toBe(QUESTION);
    const answered = await pause.respond(APPROVE);
    expect(answered.resultType).toBe("result");
  }
  return batch.results();
}

describe("the agent loop", () => {
  it("OpenAI Chat Completions: tool messages, one per call, in call order", async () => {
    const mock = mockComposio();
    const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
    const messages: ChatCompletionMessageParam[] = [{ role: "user", content: "File the bug." }];
    for (const turn of SCRIPT) {
      const message: ChatCompletionMessage = {
        role: "assistant",
        content: null,
        refusal: null,
        tool_calls: turn.map((call) => ({
          id: call.id,
          type: "function",
          function: { name: call.name, arguments: call.arguments },
        })),
      };
      messages.push(message);
      const batch = await agent.handleOpenAIToolCalls(message.tool_calls);
      if (batch.pauses.length > 0) messages.push(...(await answerPauses(batch)));
      else messages.push(...batch.results());
    }
    const toolMessages = messages.filter((message) => message.role === "tool");
    expect(toolMessages).toEqual(
      EXPECTED.flat().map(({ id, text }) => ({ role: "tool", tool_call_id: id, content: text })),
    );
    expectRan(mock, expect);
  });

  it("OpenAI Responses: function_call_output items, one per function_call", async () => {
    const mock = mockComposio();
    const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
    const input: ResponseInputItem[] = [{ role: "user", content: "File the bug." }];
    for (const turn of SCRIPT) {
      // A reasoning item comes first, as from reasoning models: it is not a call.
      const output: ResponseOutputItem[] = [
        { type: "reasoning", id: "rs_1", summary: [] },
        ...turn.map((call) => ({
          type: "function_call" as const,
          id: `fc_${call.id}`,
          call_id: call.id,
          name: call.name,
          arguments: call.arguments,
          status: "completed" as const,
        })),
      ];
      input.push(...(output as ResponseInputItem[]));
      const batch = await agent.handleOpenAIResponsesCalls(output);
      if (batch.pauses.length > 0) input.push(...(await answerPauses(batch)));
      else input.push(...batch.results());
    }
    const outputs = input.filter((item) => "type" in item && item.type === "function_call_output");
    expect(outputs).toEqual(
      EXPECTED.flat().map(({ id, text }) => ({
        type: "function_call_output",
        call_id: id,
        output: text,
      })),
    );
    expectRan(mock, expect);
  });

  it("Anthropic: tool_result blocks in one user message per turn, is_error on errors", async () => {
    const mock = mockComposio();
    const agent = createAgentTools({ tools: TOOLS, runner: sessionOf(mock) });
    const messages: MessageParam[] = [{ role: "user", content: "File the bug." }];
    for (const turn of SCRIPT) {
      const content: ContentBlock[] = [
        { type: "text", text: "On it.", citations: null },
        ...turn.map((call) => ({
          type: "tool_use" as const,
          id: call.id,
          name: call.name,
          // Anthropic sends parsed input; the broken call of the script stays a string here,
          // as a truncated stream would leave it.
          input: safeParse(call.arguments),
          caller: { type: "direct" as const },
        })),
      ];
      messages.push({ role: "assistant", content });
      const batch = await agent.handleAnthropicToolUses(content);
      const results: ToolResultBlockParam[] =
        batch.pauses.length > 0 ? await answerPauses(batch) : batch.results();
      messages.push({ role: "user", content: results });
    }
    expect(messages.filter((_, index) => index > 0 && index % 2 === 0)).toEqual(
      EXPECTED.map((turn) => ({
        role: "user",
        content: turn.map(({ id, isError, text }) => ({
          type: "tool_result",
          tool_use_id: id,
          content: text,
          ...(isError && { is_error: true }),
        })),
      })),
    );
    expectRan(mock, expect);
  });
});

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
