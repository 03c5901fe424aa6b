import type { JsonSchema } from "../json-schema";
import type { Format } from "./format";

/** A tool for OpenAI Chat Completions (`ChatCompletionFunctionTool` in `openai`). */
export interface OpenAIChatTool {
  type: "function";
  function: {
    name: string;
    description: string;
    parameters: JsonSchema;
    /** Set when you asked for strict mode: `false` for a tool strict mode cannot express. */
    strict?: boolean;
  };
}

/** A tool call of an assistant message (`message.tool_calls` in `openai`). */
export interface OpenAIChatToolCall {
  id: string;
  type: string;
  function?: { name: string; arguments: string };
  /** A custom (free-text) tool's call: never one of these tools, so it gets an error result. */
  custom?: { name: string; input: string };
}

/** A tool message (`ChatCompletionToolMessageParam` in `openai`). */
export interface OpenAIToolMessage {
  role: "tool";
  tool_call_id: string;
  content: string;
}

export const openAIChat: Format<
  OpenAIChatTool,
  readonly OpenAIChatToolCall[] | null | undefined,
  OpenAIToolMessage
> = {
  names: "openai",
  strictMode: true,
  define: (tool, name, strict) => ({
    type: "function",
    function: {
      name,
      description: tool.description,
      parameters: strict || tool.inputSchema,
      ...(strict !== undefined && { strict: strict !== false }),
    },
  }),
  calls: (toolCalls) =>
    (toolCalls ?? []).map((call) => ({
      id: call.id,
      name: call.function?.name ?? call.custom?.name ?? "",
      arguments: call.function?.arguments ?? call.custom?.input,
    })),
  write: (call, outcome) => ({ role: "tool", tool_call_id: call.id, content: outcome.text }),
};
