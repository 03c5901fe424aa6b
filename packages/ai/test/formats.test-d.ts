// Each format's definitions, accepted calls and results, against the real SDKs' types: what
// this package returns is what they take, and what they return is what it takes.
import type {
  Message,
  MessageCreateParams,
  ToolResultBlockParam,
  ToolUnion,
} from "@anthropic-ai/sdk/resources/messages";
import type {
  CallToolRequestParams,
  CallToolResult,
  ListToolsResult,
  Tool as McpSdkTool,
} from "@modelcontextprotocol/sdk/types.js";
import type { GenerateTextResult, StopCondition, ToolSet } from "ai";
import type {
  ChatCompletionCreateParams,
  ChatCompletionMessage,
  ChatCompletionTool,
  ChatCompletionToolMessageParam,
} from "openai/resources/chat/completions";
import type {
  FunctionTool,
  Response,
  ResponseCreateParams,
  ResponseInputItem,
} from "openai/resources/responses/responses";
import { describe, expectTypeOf, it } from "vitest";
import type { AgentTools, ToolCallBatch, ToolCallOutcome } from "../src/index";
import { type appErrorIn, stopOnAppError, vercelTools } from "../src/vercel";

declare const agent: AgentTools;

describe("OpenAI Chat Completions", () => {
  it("takes the definitions as tools, message.tool_calls as calls, and the results as messages", () => {
    expectTypeOf(agent.openAIChatTools()).toExtend<ChatCompletionTool[]>();
    expectTypeOf(agent.openAIChatTools()).toExtend<
      NonNullable<ChatCompletionCreateParams["tools"]>
    >();
    expectTypeOf<ChatCompletionMessage["tool_calls"]>().toExtend<
      Parameters<AgentTools["handleOpenAIToolCalls"]>[0]
    >();
    expectTypeOf<ReturnType<ToolCallBatch<ChatCompletionToolMessageParam>["results"]>>().toExtend<
      ChatCompletionToolMessageParam[]
    >();
    expectTypeOf(agent.handleOpenAIToolCalls).returns.resolves.toExtend<
      ToolCallBatch<ChatCompletionToolMessageParam>
    >();
  });
});

describe("OpenAI Responses", () => {
  it("takes the definitions as tools, response.output as calls, and the results as input items", () => {
    expectTypeOf(agent.openAIResponsesTools()).toExtend<FunctionTool[]>();
    expectTypeOf(agent.openAIResponsesTools()).toExtend<
      NonNullable<ResponseCreateParams["tools"]>
    >();
    expectTypeOf<Response["output"]>().toExtend<
      Parameters<AgentTools["handleOpenAIResponsesCalls"]>[0]
    >();
    expectTypeOf(agent.handleOpenAIResponsesCalls).returns.resolves.toExtend<
      ToolCallBatch<ResponseInputItem>
    >();
  });
});

describe("Anthropic Messages", () => {
  it("takes the definitions as tools, message.content as calls, and the results as blocks", () => {
    expectTypeOf(agent.anthropicTools()).toExtend<ToolUnion[]>();
    expectTypeOf(agent.anthropicTools()).toExtend<NonNullable<MessageCreateParams["tools"]>>();
    expectTypeOf<Message["content"]>().toExtend<
      Parameters<AgentTools["handleAnthropicToolUses"]>[0]
    >();
    expectTypeOf(agent.handleAnthropicToolUses).returns.resolves.toExtend<
      ToolCallBatch<ToolResultBlockParam>
    >();
  });
});

describe("MCP", () => {
  it("lists the definitions as tools, takes tools/call params, and answers a CallToolResult", () => {
    expectTypeOf(agent.mcpTools()).toExtend<McpSdkTool[]>();
    expectTypeOf(agent.mcpTools()).toExtend<ListToolsResult["tools"]>();
    expectTypeOf<CallToolRequestParams>().toExtend<
      Parameters<AgentTools["handleMcpToolCall"]>[0]
    >();
    expectTypeOf(agent.handleMcpToolCall).returns.resolves.toExtend<
      ToolCallOutcome<CallToolResult>
    >();
  });
});

describe("the Vercel AI SDK", () => {
  it("makes a ToolSet", () => {
    expectTypeOf(vercelTools(agent, { onInputRequired: () => ({}) })).toExtend<ToolSet>();
  });

  it("stops a loop with stopOnAppError, and reads generateText's steps with appErrorIn", () => {
    expectTypeOf(stopOnAppError).toExtend<StopCondition<ToolSet>>();
    expectTypeOf<GenerateTextResult<ToolSet, never>["steps"]>().toExtend<
      Parameters<typeof appErrorIn>[0]
    >();
  });
});
